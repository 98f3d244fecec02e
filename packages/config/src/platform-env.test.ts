import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { loadPlatformEnv } from './platform-env';

describe('loadPlatformEnv', () => {
  it('falls back to the local stack defaults', () => {
    const env = loadPlatformEnv({});
    expect(env.KAFKA_BROKERS).toEqual(['127.0.0.1:19092']);
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/sluice');
    expect(env.SLUICE_TOPIC_PREFIX).toBe('');
  });

  it('parses a broker list', () => {
    expect(loadPlatformEnv({ KAFKA_BROKERS: 'a:1, b:2' }).KAFKA_BROKERS).toEqual(['a:1', 'b:2']);
  });

  it('reports every wrong variable at once, by name', () => {
    let error: unknown;
    try {
      loadPlatformEnv({ KAFKA_BROKERS: 'nohost', DATABASE_URL: 'mysql://x', SLUICE_TOPIC_PREFIX: 'bad prefix' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SluiceError);
    const message = (error as SluiceError).message;
    expect(message).toContain('KAFKA_BROKERS');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('SLUICE_TOPIC_PREFIX');
    expect((error as SluiceError).code).toBe('CONFIG');
  });
});
