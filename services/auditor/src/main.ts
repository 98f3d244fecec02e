import pg from 'pg';
import { loadPlatformEnv } from '@sluice/config';
import { startService } from '@sluice/stream';
import { auditorService } from './auditor-service';

const env = loadPlatformEnv();
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 4 });
await startService(auditorService({ pool, prefix: env.SLUICE_TOPIC_PREFIX }));
