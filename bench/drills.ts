// npm run drills [-- --documents 5000 --only kill,postgres --fault-seconds 30 --model-fault-seconds 60 --save]
//
// Issue 12's fault drills (bench/support/fault-drills.ts), one after the other, each on a topic
// prefix of its own: prints each drill's counts as a table and one JSON line, and exits 1 when a
// drill lost or duplicated a final record, dead-lettered a good one or left a broken audit chain.
import { parseArgs } from 'node:util';
import { loadPlatformEnv } from '@sluice/config';
import { ensureDatabase, runMigrations } from '@sluice/db';
import pg from 'pg';
import { emitResult } from './support/bench-context';
import {
  drillDescriptions,
  drillNames,
  drillTable,
  runDrill,
  type DrillFigures,
  type DrillName,
} from './support/fault-drills';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '5000' },
    only: { type: 'string' },
    'fault-seconds': { type: 'string', default: '30' },
    'model-fault-seconds': { type: 'string', default: '60' },
    kills: { type: 'string', default: '10' },
    'kill-interval-seconds': { type: 'string', default: '4' },
    'timeout-minutes': { type: 'string', default: '30' },
    save: { type: 'boolean', default: false },
  },
});

const env = loadPlatformEnv();
await ensureDatabase(env.DATABASE_URL);
const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 1 });
await runMigrations(pool).finally(() => pool.end());

const wanted = (values.only?.split(',').map((name) => name.trim()) ?? [...drillNames]) as DrillName[];
const rows: DrillFigures[] = [];
for (const drill of wanted) {
  if (!drillNames.includes(drill))
    throw new TypeError(`unknown drill ${drill}: one of ${drillNames.join(', ')}`);
  process.stdout.write(`\n== ${drill}: ${drillDescriptions[drill]}, ${values.documents} documents\n`);
  const figures = await runDrill(drill, {
    documents: Number(values.documents),
    faultMs: Number(drill === 'model' ? values['model-fault-seconds'] : values['fault-seconds']) * 1000,
    kills: Number(values.kills),
    killIntervalMs: Number(values['kill-interval-seconds']) * 1000,
    kafkaBrokers: env.KAFKA_BROKERS,
    schemaRegistryUrl: env.SCHEMA_REGISTRY_URL,
    databaseUrl: env.DATABASE_URL,
    timeoutMs: Number(values['timeout-minutes']) * 60_000,
    log: (line) => process.stdout.write(`   ${line}\n`),
  });
  rows.push(figures);
  process.stdout.write(`${drillTable([figures])}\n`);
}
process.stdout.write(`\n${drillTable(rows)}\n`);
emitResult({ bench: 'drills', drills: rows }, values.save);
const failed = rows.filter(
  (row) => row.lost > 0 || row.duplicates > 0 || row.deadLetters > 0 || !row.auditVerified,
);
if (failed.length > 0) {
  process.stderr.write(`drills failed: ${failed.map((row) => row.drill).join(', ')}\n`);
  process.exitCode = 1;
}
