import type { KafkaMessage } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { decodeChunk } from './record-decoder';

const message = (key: Buffer, offset: string): KafkaMessage => ({ key, value: Buffer.from([0]), offset, timestamp: '0', attributes: 0, headers: {} });

describe('decodeChunk', () => {
  it('refuses a key that is not UTF-8 by name (two lone surrogates written as CESU bytes would both read as U+FFFD)', async () => {
    const decode = () => Promise.resolve({ value: {}, schemaId: 1 });
    const result = await decodeChunk([message(Buffer.from([0x49, 0xed, 0xa0, 0xbd]), '0'), message(Buffer.from('INV-1'), '1')], { topic: 't', partition: 0, decode });
    expect(result.outage).toBeUndefined();
    if (result.outage) return;
    expect(result.failures.map((failure) => [failure.record.raw.offset, failure.error.code, failure.error.message])).toEqual([['0', 'INVALID_INPUT', expect.stringContaining('key is not valid UTF-8')]]);
    expect(result.entries.map((entry) => entry.record.key)).toEqual(['INV-1']);
  });

  it('a registry outage is an outage, not a dead letter', async () => {
    const decode = () => Promise.reject(new SluiceError('UNAVAILABLE', 'registry down'));
    expect(await decodeChunk([message(Buffer.from('a'), '0')], { topic: 't', partition: 0, decode })).toMatchObject({ outage: { code: 'UNAVAILABLE' } });
  });
});
