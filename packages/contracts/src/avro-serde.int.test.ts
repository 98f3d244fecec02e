import { describe, expect } from 'vitest';
import { kafkaTest as test } from '@sluice/testkit';
import type { DocumentIngested } from './parsed-document-types';

const INGESTED = 'documents.ingested.v1';

function document(text: string): DocumentIngested {
  return {
    id: 'doc-1',
    tenant: 'acme',
    kind: 'invoice',
    source: { platform: 'serde-test', uri: null },
    contentType: 'text/plain',
    text,
    receivedAt: 1_700_000_000_000,
    attributes: { lang: 'de' },
    parentId: null,
    content: null,
    contentRef: null,
    textRef: null,
  };
}

describe('AvroSerde against the registry client (Confluent wire format)', () => {
  test('encodes byte for byte as @kafkajs/confluent-schema-registry does, small values and one larger than its scratch buffer, and both decode each other', async ({ serde }) => {
    await serde.prepare([INGESTED]);
    const id = serde.schemaId(INGESTED);
    for (const value of [document('Rechnung — ünïcödé ✓'), document('x'.repeat(200_000)), document('')]) {
      const ours = await serde.encode(INGESTED, value);
      expect(ours.equals(await serde.registry.encode(id, value))).toBe(true);
      expect(await serde.registry.decode(ours)).toEqual(value);
      expect((await serde.decode(INGESTED, ours)).value).toEqual(value);
    }
  });

  test('refuses trailing bytes, a truncated value and a value that does not fit, naming the field', async ({ serde }) => {
    await serde.prepare([INGESTED]);
    const bytes = await serde.encode(INGESTED, document('Invoice 1'));
    await expect(serde.decode(INGESTED, Buffer.concat([bytes, Buffer.from([0])]))).rejects.toMatchObject({ code: 'DECODE_FAILED', message: expect.stringContaining('trailing data') });
    await expect(serde.decode(INGESTED, bytes.subarray(0, bytes.length - 3))).rejects.toMatchObject({ code: 'DECODE_FAILED', message: expect.stringContaining('truncated') });
    await expect(serde.encode(INGESTED, { ...document('x'), tenant: 42 })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('(at tenant)') });
  });
});
