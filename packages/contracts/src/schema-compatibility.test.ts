import type { Schema } from 'avsc';
import { describe, expect, it } from 'vitest';
import { backwardTransitiveProblems, committedVersions } from './schema-compatibility';
import { readSchema, schemaFileNames } from './schema-files';

type RecordSchema = { type: 'record'; name: string; fields: { name: string; type: unknown; default?: unknown }[] };

describe('schema contracts (BACKWARD_TRANSITIVE against every committed version)', () => {
  it.each(schemaFileNames())('%s reads data written with each earlier committed version', (file) => {
    const problems = backwardTransitiveProblems(readSchema(file), committedVersions(file));
    expect(problems).toEqual([]);
  });

  it('reads the committed history from git', () => {
    // The ingest contract has been committed at least once; the check is only as good as this.
    expect(committedVersions('documents.ingested.v1.avsc').length).toBeGreaterThan(0);
  });

  it('fails when a copied schema adds a field without a default', () => {
    const original = readSchema('documents.ingested.v1.avsc') as RecordSchema;
    const edited: RecordSchema = structuredClone(original);
    edited.fields.push({ name: 'priority', type: 'string' });
    const problems = backwardTransitiveProblems(edited as Schema, [{ version: 'v1', schema: original as Schema }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.reason).toMatch(/priority/);
  });

  it('accepts the same field with a default (a compatible evolution)', () => {
    const original = readSchema('documents.ingested.v1.avsc') as RecordSchema;
    const edited: RecordSchema = structuredClone(original);
    edited.fields.push({ name: 'priority', type: 'string', default: 'normal' });
    expect(backwardTransitiveProblems(edited as Schema, [{ version: 'v1', schema: original as Schema }])).toEqual([]);
  });

  it('fails when an enum symbol is removed', () => {
    const original = readSchema('documents.processed.v1.avsc');
    const edited = JSON.parse(JSON.stringify(original).replace('["ACCEPTED","REJECTED"]', '["ACCEPTED"]')) as Schema;
    expect(backwardTransitiveProblems(edited, [{ version: 'v1', schema: original }])).toHaveLength(1);
  });
});
