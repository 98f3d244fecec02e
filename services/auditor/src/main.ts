import pg from 'pg';
import { loadPlatformEnv, exitOnFatalError } from '@sluice/config';
import { startService } from '@sluice/stream';
import { auditorService } from './auditor-service';

exitOnFatalError('auditor');

const env = loadPlatformEnv();
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
await startService(auditorService({ pool, prefix: env.SLUICE_TOPIC_PREFIX }));
