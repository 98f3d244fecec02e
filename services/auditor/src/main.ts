import pino from 'pino';
import { SessionStore } from '@sluice/accounts';
import { loadPlatformEnv, exitOnFatalError } from '@sluice/config';
import { createPool } from '@sluice/db';
import { startService } from '@sluice/stream';
import { auditorService } from './auditor-service';

exitOnFatalError('auditor');

const env = loadPlatformEnv();
const logger = pino({ name: 'sluice', level: process.env.LOG_LEVEL ?? 'info' }).child({ service: 'auditor' });
const pool = createPool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_MAX }, logger);
// Sessions are created by the review console (services/review); the auditor only checks them.
const sessions = new SessionStore(pool, 12 * 3_600_000);
await startService(auditorService({ pool, prefix: env.SLUICE_TOPIC_PREFIX, sessions }));
