import pg from 'pg';
import { SessionStore } from '@sluice/accounts';
import { loadPlatformEnv, exitOnFatalError } from '@sluice/config';
import { startService } from '@sluice/stream';
import { auditorService } from './auditor-service';

exitOnFatalError('auditor');

const env = loadPlatformEnv();
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
// Sessions are created by the review console (services/review); the auditor only checks them.
const sessions = new SessionStore(pool, 12 * 3_600_000);
await startService(auditorService({ pool, prefix: env.SLUICE_TOPIC_PREFIX, sessions }));
