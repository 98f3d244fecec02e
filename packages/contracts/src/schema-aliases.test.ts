import avsc from 'avsc';
import { describe, expect, it } from 'vitest';
import type { SchemaRegistry } from '@kafkajs/confluent-schema-registry';
import { AvroSerde } from './avro-serde';
import { topicSchema } from './topic-catalogue';

const INGESTED = 'documents.ingested.v1';
const doc = {
  id: 'ACME-1',
  tenant: 'acme',
  kind: 'invoice',
  source: { platform: 'erp', uri: null },
  contentType: 'text/plain',
  text: 'Invoice ACME-1',
  receivedAt: 1_748_822_400_000,
  attributes: {},
};

function serdeWithWriter(writer: avsc.Type): AvroSerde {
  const registry = { getSchema: () => Promise.resolve(writer) } as unknown as SchemaRegistry;
  return new AvroSerde(registry, 'http://registry.invalid');
}

function wire(writer: avsc.Type, value: unknown): Buffer {
  const header = Buffer.alloc(5);
  header.writeInt32BE(42, 1);
  return Buffer.concat([header, writer.toBuffer(value)]);
}

describe('writer schemas in another namespace (issue 12, input 4)', () => {
  it('decodes our schema written under com.acme.ingest by unqualified names, nested records included', async () => {
    const ours = topicSchema(INGESTED) as unknown as Record<string, unknown>;
    const writer = avsc.Type.forSchema({ ...ours, namespace: 'com.acme.ingest' } as avsc.Schema);
    expect(writer.name).toBe('com.acme.ingest.DocumentIngested');
    // The fields added later (issue 9) decode to their defaults.
    expect((await serdeWithWriter(writer).decode(INGESTED, wire(writer, doc))).value).toEqual({ ...doc, parentId: null, content: null, contentRef: null, textRef: null });
  });

  it('a writer that cannot resolve is a dead letter whose reason says what to change', async () => {
    const writer = avsc.Type.forSchema({ type: 'record', name: 'com.acme.Other', fields: [{ name: 'x', type: 'string' }] });
    await expect(serdeWithWriter(writer).decode(INGESTED, wire(writer, { x: 'y' }))).rejects.toMatchObject({
      code: 'DECODE_FAILED',
      message: expect.stringContaining('same record names (any namespace), new fields with defaults') as unknown,
    });
  });
});
