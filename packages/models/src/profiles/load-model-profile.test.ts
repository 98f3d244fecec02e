import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { defaultProfileDir, loadModelProfile, parseModelProfile } from './load-model-profile';

const secrets = { OPENAI_API_KEY: 'sk-test', AZURE_OPENAI_ENDPOINT: 'https://r.openai.azure.com', AZURE_OPENAI_API_KEY: 'k', XAI_API_KEY: 'x' };

describe('model profiles', () => {
  it('every committed profile validates, local is the default', () => {
    const names = readdirSync(defaultProfileDir).map((file) => file.replace(/\.json$/, ''));
    expect(names).toEqual(
      expect.arrayContaining(['local', 'openai', 'azure-openai', 'xai', 'vllm', 'ollama', 'llamacpp', 'tei', 'simulator']),
    );
    for (const name of names) expect(() => loadModelProfile({ ...secrets, MODEL_PROFILE: name })).not.toThrow();
    expect(loadModelProfile({}).name).toBe('local');
  });

  it('fills ${VAR} and ${VAR:-default} from the environment', () => {
    const { profile } = loadModelProfile({ ...secrets, MODEL_PROFILE: 'openai' });
    const openai = profile.endpoints.openai;
    expect(openai?.auth).toEqual({ type: 'bearer', apiKey: 'sk-test' });
    expect(openai?.baseUrl).toBe('https://api.openai.com/v1');
  });

  it('names the file and every bad key at once', () => {
    const json = JSON.stringify({
      endpoints: { a: { baseUrl: 'not a url', external: true, auth: { type: 'bearer', apiKey: '${MISSING_KEY}' } } },
      tasks: {
        embedding: { chain: [{ provider: 'openai-compatible', endpoint: 'nope', model: 'm' }] },
        extraction: { chain: [] },
        classification: { chain: [{ provider: 'local', model: 'x' }] },
      },
    });
    let error: unknown;
    try {
      parseModelProfile(json, '/profiles/bad.json', {});
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SluiceError);
    const message = (error as SluiceError).message;
    expect((error as SluiceError).code).toBe('CONFIG');
    expect(message).toContain('/profiles/bad.json');
    expect(message).toContain('endpoints.a.auth.apiKey: environment variable MISSING_KEY is not set');
    expect(message).toContain('endpoints.a.baseUrl');
    expect(message).toContain('tasks.extraction.chain');
  });

  it('refuses an unknown profile name with a message naming MODEL_PROFILE', () => {
    expect(() => loadModelProfile({ MODEL_PROFILE: 'nope' })).toThrow(/MODEL_PROFILE=nope/);
  });
});
