import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@sluice/db';
import { chainHash, GENESIS_HASH } from './chain-hash';

describe('canonicalJson', () => {
  it('sorts keys at every level and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: null, y: 'x' }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"y":"x","z":null}]},"b":1}',
    );
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
  });
});

describe('chainHash', () => {
  const content = {
    eventId: 'e1',
    tenant: 't',
    documentId: 'd',
    service: 'extractor',
    action: 'extracted',
    occurredAt: 1,
    entry: { costUsd: 0.01, model: { provider: 'local', model: 'm' } },
  };

  it('is independent of key order but not of content or predecessor', () => {
    const reordered = { ...content, entry: { model: { model: 'm', provider: 'local' }, costUsd: 0.01 } };
    expect(chainHash(GENESIS_HASH, reordered)).toBe(chainHash(GENESIS_HASH, content));
    expect(chainHash(GENESIS_HASH, { ...content, action: 'rejected' })).not.toBe(chainHash(GENESIS_HASH, content));
    expect(chainHash('1'.repeat(64), content)).not.toBe(chainHash(GENESIS_HASH, content));
  });
});
