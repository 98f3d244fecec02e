import { createRootLogger, exitOnFatalError } from '@sluice/config';
import { createPool } from '@sluice/db';
import { loadRuleBook } from '@sluice/rules';
import { startService } from '@sluice/stream';
import { PgDecisionStore } from './pg-decision-store';
import { loadValidatorConfig } from './validator-config';
import { validatorService } from './validator-service';
import { VALIDATOR } from './validate-enriched';

exitOnFatalError('validator');

// Wiring only: configuration, rule book, decision table, the stream service (SIGTERM handled there).
const config = loadValidatorConfig(process.env);
const logger = createRootLogger(VALIDATOR, config);
const rules = loadRuleBook(config.RULES_DIR);
const pool = createPool({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_MAX }, logger);
await startService(
  validatorService({
    store: new PgDecisionStore(pool, config.SLUICE_TOPIC_PREFIX),
    rules,
    pingDatabase: async () => {
      await pool.query('SELECT 1');
    },
  }),
  { config, logger },
);
