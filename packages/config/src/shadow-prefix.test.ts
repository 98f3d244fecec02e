import { describe, expect, it } from 'vitest';
import { baselinePrefix, isShadowPrefix, shadowOf, shadowPrefix } from './shadow-prefix';

describe('shadow prefixes', () => {
  it('names both lanes of a shadow and reads them back from any name under them', () => {
    expect(shadowPrefix('prompt-v2')).toBe('shadow.prompt-v2.');
    expect(baselinePrefix('prompt-v2')).toBe('shadow.prompt-v2.baseline.');
    expect(shadowOf('shadow.prompt-v2.documents.processed.v1')).toEqual({ name: 'prompt-v2', lane: 'candidate' });
    expect(shadowOf('shadow.prompt-v2.baseline.extractor')).toEqual({ name: 'prompt-v2', lane: 'baseline' });
    expect(shadowOf('documents.processed.v1')).toBeNull();
    expect(isShadowPrefix('shadow.a.')).toBe(true);
    expect(isShadowPrefix('t-abc.')).toBe(false);
    expect(isShadowPrefix('')).toBe(false);
  });

  it('refuses names that would not survive the prefix', () => {
    for (const name of ['', 'a.b', 'Upper', 'with space', '-lead']) expect(() => shadowPrefix(name)).toThrow(/must match/);
  });
});
