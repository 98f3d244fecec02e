import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { Command } from 'commander';
import { loadPlatformEnv } from '@sluice/config';
import { reviewExamples, reviewStats } from '@sluice/review';
import { emit } from '../output';
import { databasePool } from '../platform-clients';
import { sinceOption } from '../since-option';


const percent = (rate: number | null) => (rate === null ? '-' : `${(rate * 100).toFixed(1)}%`);
const seconds = (s: number | null) => (s === null ? '-' : s < 120 ? `${s.toFixed(0)} s` : s < 7200 ? `${(s / 60).toFixed(1)} min` : `${(s / 3600).toFixed(1)} h`);

/** `sluice reviews export|stats`: people's decisions as training data, and how the human loop is doing. */
export function reviewsCommand(): Command {
  const reviews = new Command('reviews').description('decided reviews: training data (export) and figures (stats), for the topic prefix in SLUICE_TOPIC_PREFIX');

  reviews
    .command('export')
    .description('decided reviews as JSONL: input text, model output with model/prompt refs and spans, the final value per field, rationale, reviewer pseudonym')
    .option('--since <date>', 'decided at or after', sinceOption)
    .option('--tenant <tenant>', 'one tenant only')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { since?: Date; tenant?: string; out?: string }) => {
      const pool = databasePool();
      const out = options.out ? createWriteStream(options.out) : process.stdout;
      let count = 0;
      try {
        for await (const example of reviewExamples(pool, { scope: loadPlatformEnv().SLUICE_TOPIC_PREFIX, since: options.since, tenant: options.tenant })) {
          if (!out.write(`${JSON.stringify(example)}\n`)) await once(out, 'drain');
          count += 1;
        }
      } finally {
        await pool.end();
        if (options.out) out.end();
      }
      process.stderr.write(`${count} review(s) exported${options.out ? ` to ${options.out}` : ''}\n`);
    });

  reviews
    .command('stats')
    .description('automation rate, correction rate per field and per model, time to decision p50/p95')
    .option('--since <date>', 'documents and requests at or after', sinceOption)
    .option('--tenant <tenant>', 'one tenant only')
    .option('--json', 'print as JSON')
    .action(async (options: { since?: Date; tenant?: string; json?: boolean }) => {
      const pool = databasePool();
      try {
        const stats = await reviewStats(pool, { scope: loadPlatformEnv().SLUICE_TOPIC_PREFIX, since: options.since, tenant: options.tenant });
        emit(Boolean(options.json), stats, () =>
          [
            `documents ${stats.documents}, decided without a person ${percent(stats.automationRate)}`,
            `reviews: ${stats.reviewed.decided} decided (${stats.reviewed.approved} approved, ${stats.reviewed.rejected} rejected), ${stats.reviewed.waiting} waiting, ${stats.reviewed.escalated} escalated`,
            `time to decision: p50 ${seconds(stats.timeToDecisionSeconds.p50)}, p95 ${seconds(stats.timeToDecisionSeconds.p95)}`,
            'corrections per field:',
            ...stats.correctionRateByField.map((f) => `  ${f.field.padEnd(28)} ${String(f.corrected).padStart(5)}/${String(f.reviewed).padEnd(5)} ${percent(f.rate)}`),
            'corrections per extraction model (fields corrected / fields reviewed):',
            ...stats.correctionRateByModel.map((m) => `  ${m.model.padEnd(40)} ${String(m.fieldsCorrected).padStart(5)}/${String(m.fieldsReviewed).padEnd(5)} ${percent(m.rate)}`),
          ].join('\n'),
        );
      } finally {
        await pool.end();
      }
    });
  return reviews;
}
