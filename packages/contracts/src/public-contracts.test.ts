import { describe, expect, it } from 'vitest';
import { readSchema } from './schema-files';

/** Field name → Avro type as the design note's contract tables state them. */
function shape(file: string): Record<string, string> {
  const schema = readSchema(file) as unknown as { fields: { name: string; type: unknown; default?: unknown }[] };
  return Object.fromEntries(schema.fields.map((field) => [field.name, JSON.stringify(field.type)]));
}

describe('public contracts (design note tables)', () => {
  it('documents.ingested.v1 is sluice.documents.v1.DocumentIngested with the contract fields', () => {
    const schema = readSchema('documents.ingested.v1.avsc') as { name: string; namespace: string };
    expect(`${schema.namespace}.${schema.name}`).toBe('sluice.documents.v1.DocumentIngested');
    const fields = shape('documents.ingested.v1.avsc');
    // The design note's fields first; later fields (issue 9: raw originals, attachments, claim checks) all default to null.
    expect(Object.keys(fields)).toEqual(['id', 'tenant', 'kind', 'source', 'contentType', 'text', 'receivedAt', 'attributes', 'parentId', 'content', 'contentRef', 'textRef']);
    const later = (readSchema('documents.ingested.v1.avsc') as unknown as { fields: { name: string; default?: unknown }[] }).fields.slice(8);
    expect(later.map((field) => field.default)).toEqual([null, null, null, null]);
    expect(fields.receivedAt).toBe('{"type":"long","logicalType":"timestamp-millis"}');
    expect(fields.attributes).toBe('{"type":"map","values":"string"}');
    expect(fields.source).toContain('"name":"uri","type":["null","string"],"default":null');
    const attributes = (readSchema('documents.ingested.v1.avsc') as unknown as { fields: { name: string; default?: unknown }[] })
      .fields.find((field) => field.name === 'attributes');
    expect(attributes?.default).toEqual({});
  });

  it('documents.processed.v1 is sluice.documents.v1.DocumentProcessed with the contract fields', () => {
    const schema = readSchema('documents.processed.v1.avsc') as { name: string; namespace: string };
    expect(`${schema.namespace}.${schema.name}`).toBe('sluice.documents.v1.DocumentProcessed');
    const fields = shape('documents.processed.v1.avsc');
    expect(Object.keys(fields)).toEqual([
      'documentId',
      'tenant',
      'kind',
      'decision',
      'decidedBy',
      'fields',
      'matches',
      'violations',
      'processedAt',
      // Later (issue 9), default null: the document this one was attached to.
      'parentId',
    ]);
    expect(fields.decision).toContain('"symbols":["ACCEPTED","REJECTED"]');
    expect(fields.decidedBy).toContain('"symbols":["POLICY","HUMAN"]');
  });
});
