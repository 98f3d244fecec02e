import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect } from 'vitest';
import { loadReferences } from '@sluice/cli';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { repoRoot } from '@sluice/local-stack';
import { integrationStack, kafkaTest as test, uniqueName } from '@sluice/testkit';
import { until } from '../e2e/e2e-helpers';
import { corpus, endingOf, type BadInput } from './bad-input-corpus';
import { avroDocument, INGESTED, ticketText } from './bad-input-records';
import {
  deadLetterRecords,
  finalRecords,
  startPipeline,
  type DeadLetterRecord,
  type FinalRecord,
} from '../support/pipeline-run';

const run = promisify(execFile);
const producerScript = fileURLToPath(new URL('./bad_producer.py', import.meta.url));
// Debian's python3 carries python3-confluent-kafka and python3-avro (.ci/run installs them).
const pythonBin = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const sluiceBin = join(repoRoot, 'node_modules', '.bin', 'sluice');

describe('a corpus of bad inputs (issue 12): every record ends somewhere named, the pipeline goes on', () => {
  test('32 classes from a Python producer and sluice publish: each a dead letter with a reason, a decision with its rule, or a refusal at the door', async ({
    kafka,
    admin,
    prefix,
    serde,
  }) => {
    const tenant = uniqueName('bad');
    const { kafkaBrokers, schemaRegistryUrl, databaseUrl } = integrationStack();
    await ensureTopics(admin, planTopics(prefix));
    await serde.prepare([INGESTED]);
    await loadReferences(join(repoRoot, 'samples', 'reference'), tenant);
    const classes = corpus(tenant);
    const markerOf = (c: BadInput) => `${tenant}.${c.name}`;
    const pipeline = startPipeline(prefix);
    const folder = await mkdtemp(join(tmpdir(), 'bad-inputs-'));
    const env = {
      ...process.env,
      SLUICE_TOPIC_PREFIX: prefix,
      KAFKA_BROKERS: kafkaBrokers.join(','),
      SCHEMA_REGISTRY_URL: schemaRegistryUrl,
      DATABASE_URL: databaseUrl,
    };
    try {
      // Straight to Kafka by a non-JavaScript client, one record per class, then a good document:
      // it must come through after all of them (the pipeline goes on).
      const good = `${tenant}.good-after-the-bad`;
      const pythonLines = [
        ...classes
          .filter((c) => c.via === 'python')
          .flatMap((c) => [...(c.first ? [c.first(markerOf(c))] : []), c.build(markerOf(c))])
          .map((line) => JSON.stringify(line)),
        JSON.stringify({ key: good, record: avroDocument(good, tenant) }),
      ];
      const producer = run(
        pythonBin,
        [producerScript, kafkaBrokers.join(','), schemaRegistryUrl, physicalTopic(INGESTED, prefix)],
        { timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
      );
      producer.child.stdin?.on('error', () => undefined); // the exit code and stderr say why
      producer.child.stdin?.end(`${pythonLines.join('\n')}\n`);
      expect(
        (await producer.catch((error: { stderr: string }) => ({ stdout: error.stderr }))).stdout.trim(),
      ).toBe(String(pythonLines.length));

      // Through the CLI: a JSONL file of documents and a 10 MB text file.
      const cliClasses = classes.filter((c) => c.via === 'cli');
      const bigText = cliClasses.find((c) => c.name === 'ten-megabyte-text')!;
      await writeFile(
        join(folder, 'documents.jsonl'),
        cliClasses
          .filter((c) => c !== bigText)
          .map((c) => JSON.stringify(c.build(markerOf(c))))
          .join('\n'),
      );
      await writeFile(
        join(folder, `${markerOf(bigText)}.txt`),
        `${ticketText}\n${'Lorem ipsum dolor sit amet. '.repeat(375_000)}`,
      );
      const publish = await run(
        sluiceBin,
        ['publish', folder, '--tenant', tenant, '--kind', 'ticket', '--json'],
        { env, timeout: 180_000, maxBuffer: 16 * 1024 * 1024 },
      ).catch((error: { stdout: string; stderr: string; code: number }) => error);
      const refusals = publish.stderr;

      const expected = classes.filter((c) => !('door' in c.ends));
      let letters: DeadLetterRecord[] = [];
      let finals: FinalRecord[] = [];
      await until(
        'every bad input and the good document after them to end somewhere',
        async () => {
          [letters, finals] = await Promise.all([
            deadLetterRecords(kafka, admin, prefix),
            finalRecords(kafka, serde),
          ]);
          return (
            finals.some((f) => f.documentId === good) &&
            expected.every((c) => endingOf(markerOf(c), letters, finals) !== 'nowhere')
          );
        },
        300_000,
        3_000,
      ).catch((error: unknown) => {
        console.log(pipeline.logs.join('').slice(-6000));
        console.log(classes.map((c) => `${c.name}: ${endingOf(markerOf(c), letters, finals)}`).join('\n'));
        throw error;
      });
      console.log(
        classes
          .map(
            (c) =>
              `${c.name.padEnd(36)} ${'door' in c.ends ? `refused: ${new RegExp(`skipped [^\\n]*${c.ends.door.source}[^\\n]*`).exec(refusals)?.[0] ?? '?'}` : endingOf(markerOf(c), letters, finals)}`,
          )
          .join('\n'),
      );

      // One assertion per class on where its record ended.
      for (const c of classes) {
        const ending = endingOf(markerOf(c), letters, finals);
        if ('door' in c.ends)
          expect(refusals, c.name).toMatch(new RegExp(`skipped [^\\n]*: [^\\n]*${c.ends.door.source}`));
        else if ('deadLetter' in c.ends)
          // A class with a first record under the same id: that one's final (accepted), and only it.
          expect(ending, c.name).toMatch(
            new RegExp(
              `^dead-letter ${c.ends.deadLetter}: .*${c.ends.reason.source}[^|]*${c.first ? ' \\| processed ACCEPTED \\[[^\\]]*\\]' : ''}$`,
            ),
          );
        else if (c.ends.final === 'review')
          expect(ending, c.name).toMatch(
            new RegExp(`^review [A-Z]+ \\[[^\\]]*${c.ends.rule ?? '[a-z-]+'}[^\\]]*\\]$`),
          );
        else
          expect(ending, c.name).toMatch(
            new RegExp(`^processed ${c.ends.final} \\[[^\\]]*${c.ends.rule ?? ''}[^\\]]*\\]$`),
          );
      }
      // Nothing twice, nothing else: one final record per document, and the good one accepted.
      const ids = finals.map((f) => f.documentId);
      expect(ids.length - new Set(ids).size).toBe(0);
      expect(finals.find((f) => f.documentId === good)).toMatchObject({
        where: 'processed',
        decision: 'ACCEPTED',
      });
    } finally {
      await pipeline.stop();
      await rm(folder, { recursive: true, force: true });
    }
    expect(classes.length).toBeGreaterThanOrEqual(25);
  }, 600_000);
});
