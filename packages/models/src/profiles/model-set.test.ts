import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { hashedEmbeddingModel } from '../simulator/hashed-embedding';
import { loadModelProfile } from './load-model-profile';
import type { LocalModelCatalog } from './local-model-catalog';
import { createModelSet } from './model-set';

/** The `local` profile's names, with factories that count how often they are built. */
function countingCatalog(built: string[]): LocalModelCatalog {
  const fail = (task: string) => () => {
    built.push(task);
    return Promise.reject(new Error(`${task} is not under test here`));
  };
  return {
    embedding: {
      'use-lite-512': () => {
        built.push('embedding');
        return hashedEmbeddingModel(512);
      },
    },
    extraction: { 'rules-ner': fail('extraction') },
    classification: { 'keyword-classifier': fail('classification') },
  };
}

describe('createModelSet tasks', () => {
  it('builds only the requested tasks; the others say they were not built', async () => {
    const built: string[] = [];
    const { profile } = loadModelProfile({}, undefined, 'local');
    const set = await createModelSet(profile, { tasks: ['embedding'], localModels: countingCatalog(built) });
    expect(built).toEqual(['embedding']);
    expect(set.embedding.dimensions).toBe(512);
    expect(() => set.extraction.ref).toThrow(SluiceError);
    expect(() => set.classification.ref).toThrow(/classification models were not built/);
  });

  it('builds every task by default', async () => {
    const built: string[] = [];
    const { profile } = loadModelProfile({}, undefined, 'local');
    await expect(createModelSet(profile, { localModels: countingCatalog(built) })).rejects.toThrow(/not under test/);
    expect(built).toContain('extraction');
  });
});
