import { SessionStore } from '@sluice/accounts';
import { createRootLogger, exitOnFatalError } from '@sluice/config';
import { createPool } from '@sluice/db';
import { startService } from '@sluice/stream';
import { loadAuditorConfig } from './auditor-config';
import { auditorService } from './auditor-service';

exitOnFatalError('auditor');

// Wiring only: configuration, database, sessions, the stream service (SIGTERM handled there).
const config = loadAuditorConfig();
const logger = createRootLogger('auditor', config);
const pool = createPool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_MAX }, logger);
// Sessions are created by the review console (services/review); the auditor only checks them.
const sessions = new SessionStore(pool, config.AUDITOR_SESSION_TTL_MS);
await startService(auditorService({ pool, prefix: config.SLUICE_TOPIC_PREFIX, sessions }), { config, logger });
