import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect } from 'vitest';
import type { DocumentIngested } from '@sluice/contracts';
import { ensureTopics, physicalTopic, planTopics } from '@sluice/contracts';
import { integrationStack, kafkaTest as test, uniqueName } from '@sluice/testkit';
import { collectValues, sampleDocument } from './smoke-helpers';

const run = promisify(execFile);
const INGESTED = 'documents.ingested.v1';
const script = fileURLToPath(new URL('./confluent_interop.py', import.meta.url));
// Debian's python3 carries python3-confluent-kafka and python3-avro (.ci/run installs them).
const pythonBin = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function runPython(args: string[], input?: string): Promise<string> {
  const child = run(pythonBin, [script, ...args], { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 });
  if (input !== undefined) {
    child.child.stdin?.end(input);
  }
  return child.then(({ stdout }) => stdout);
}

describe('Confluent wire format with a non-JavaScript client (confluent-kafka + Apache Avro, Python)', () => {
  test('Python reads what Sluice writes, and Sluice reads what Python writes', async ({ kafka, admin, prefix, serde }) => {
    await ensureTopics(admin, planTopics(prefix, [INGESTED]));
    await serde.prepare([INGESTED]);
    const topic = physicalTopic(INGESTED, prefix);
    const { kafkaBrokers, schemaRegistryUrl } = integrationStack();
    const brokers = kafkaBrokers.join(',');

    // Sluice → Python
    const ours = [0, 1, 2, 3, 4].map(sampleDocument);
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: await Promise.all(ours.map(async (doc) => ({ key: doc.id, value: await serde.encode(INGESTED, doc) }))),
    });
    await producer.disconnect();
    const pythonView = (await runPython(['consume', brokers, schemaRegistryUrl, topic, String(ours.length)]))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { key: string; schemaId: number; value: DocumentIngested });
    expect(pythonView.map((r) => r.key).sort()).toEqual(ours.map((d) => d.id).sort());
    for (const record of pythonView) {
      expect(record.schemaId).toBe(serde.schemaId(INGESTED));
      expect(record.value).toEqual(ours.find((doc) => doc.id === record.key));
    }

    // Python → Sluice
    const theirs: DocumentIngested[] = [100, 101, 102].map((i) => ({
      ...sampleDocument(i),
      id: `py-${i}`,
      text: `Rechnung Nr. ${i} — Gesamtbetrag 1.234,56 € — 日本語`,
    }));
    await runPython(['produce', brokers, schemaRegistryUrl, topic], theirs.map((doc) => JSON.stringify(doc)).join('\n'));
    const all = await collectValues<DocumentIngested>(kafka, topic, serde, INGESTED, ours.length + theirs.length, {
      groupId: uniqueName('interop'),
    });
    for (const doc of theirs) {
      const received = all.find((entry) => entry.key === doc.id);
      expect(received?.value).toEqual(doc);
    }
  });
});
