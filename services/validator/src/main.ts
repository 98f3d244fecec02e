import { exitOnFatalError } from '@sluice/config';
import pino from 'pino';
import { createPool } from '@sluice/db';
import { loadRuleBook } from '@sluice/rules';
import { startService } from '@sluice/stream';
import { PgDecisionStore } from './pg-decision-store';
import { loadValidatorConfig } from './validator-config';
import { validatorService } from './validator-service';

exitOnFatalError('validator');

// Wiring only: configuration, rule book, decision table, the stream service (SIGTERM handled there).
const config = loadValidatorConfig(process.env);
const rules = loadRuleBook(config.rulesDir);
const logger = pino({ name: 'sluice', level: process.env.LOG_LEVEL ?? 'info' }).child({ service: 'validator' });
const pool = createPool({ connectionString: config.platform.DATABASE_URL, max: config.platform.DATABASE_POOL_MAX }, logger);
await startService(
  validatorService({
    store: new PgDecisionStore(pool, config.platform.SLUICE_TOPIC_PREFIX),
    rules,
    pingDatabase: async () => {
      await pool.query('SELECT 1');
    },
  }),
  process.env,
);
