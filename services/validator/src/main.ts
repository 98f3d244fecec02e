import { exitOnFatalError } from '@sluice/config';
import pg from 'pg';
import { loadRuleBook } from '@sluice/rules';
import { startService } from '@sluice/stream';
import { PgDecisionStore } from './pg-decision-store';
import { loadValidatorConfig } from './validator-config';
import { validatorService } from './validator-service';

exitOnFatalError('validator');

// Wiring only: configuration, rule book, decision table, the stream service (SIGTERM handled there).
const config = loadValidatorConfig(process.env);
const rules = loadRuleBook(config.rulesDir);
const pool = new pg.Pool({ connectionString: config.platform.DATABASE_URL, max: 4 });
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
