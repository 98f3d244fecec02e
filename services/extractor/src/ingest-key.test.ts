import { describe, expect, it } from 'vitest';
import { ingestKeyProblem } from './extractor-service';

describe('ingestKeyProblem (issue 12 bad inputs: null, empty and mismatched keys)', () => {
  it('accepts a record keyed by its document id', () => {
    expect(ingestKeyProblem({ key: 'INV-1', value: { id: 'INV-1' } })).toBeUndefined();
  });

  it('refuses a missing, empty or other key as INVALID_INPUT naming key and id', () => {
    expect(ingestKeyProblem({ key: null, value: { id: 'INV-1' } })).toMatchObject({ code: 'INVALID_INPUT', retryable: false, message: expect.stringMatching(/no key.*"INV-1"/) as unknown });
    expect(ingestKeyProblem({ key: '', value: { id: 'INV-1' } })?.message).toMatch(/key is empty/);
    expect(ingestKeyProblem({ key: 'INV-2', value: { id: 'INV-1' } })?.message).toMatch(/key "INV-2" is not the document id.*"INV-1"/);
    expect(ingestKeyProblem({ key: '', value: { id: '' } })?.message).toMatch(/document id is empty/);
  });
});
