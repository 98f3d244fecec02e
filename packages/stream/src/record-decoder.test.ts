import type { KafkaMessage } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { decodeChunk, hasInvalidUtf8Strings } from './record-decoder';

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

  it('refuses a value whose strings held invalid UTF-8, and keeps one that really holds U+FFFD', async () => {
    // What avsc gives for a string of bytes 49 FF 4E: 'I\uFFFDN'.
    const decode = (_topic: string, value: Buffer | null) => Promise.resolve({ value: { text: value!.toString('utf8'), tags: { a: 'b' } }, schemaId: 1 });
    const bad: KafkaMessage = { ...message(Buffer.from('k1'), '0'), value: Buffer.from([0x49, 0xff, 0x4e]) };
    const good: KafkaMessage = { ...message(Buffer.from('k2'), '1'), value: Buffer.from('I\uFFFDN', 'utf8') };
    const result = await decodeChunk([bad, good], { topic: 't', partition: 0, decode });
    if (result.outage) throw result.outage;
    expect(result.failures.map((failure) => [failure.record.raw.offset, failure.error.code, failure.error.message])).toEqual([['0', 'INVALID_INPUT', expect.stringContaining('not valid UTF-8')]]);
    expect(result.entries.map((entry) => entry.record.key)).toEqual(['k2']);
    expect(hasInvalidUtf8Strings({ deep: [{ x: { ['\uFFFD']: 'y' } }] }, Buffer.from('nothing'))).toBe(true);
    expect(hasInvalidUtf8Strings({ text: 'plain' }, Buffer.from([0xff]))).toBe(false);
    // Counted per occurrence: two shown, one really encoded, so one was a bad byte.
    expect(hasInvalidUtf8Strings({ text: 'a\uFFFDb\uFFFD' }, Buffer.from('a\uFFFDb', 'utf8'))).toBe(true);
    expect(hasInvalidUtf8Strings({ text: 'a\uFFFDb\uFFFD' }, Buffer.from('a\uFFFDb\uFFFD', 'utf8'))).toBe(false);
  });
});
