import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { deadLetterHeaders } from './dead-letter';
import { assembleTransactionMessages } from './dead-letter-assembly';

const output = (topic: string, key: string) => ({ topic, message: { key, value: Buffer.from(key) }, ingestedAt: 0 });
const failure = (offset: string, code: 'DECODE_FAILED' | 'INVALID_INPUT') => ({
  record: { raw: { key: Buffer.from(`k${offset}`), value: Buffer.from(`v${offset}`), headers: { traceparent: 't' }, offset } },
  error: new SluiceError(code, `bad ${offset}`),
  attempts: 2,
});

describe('assembleTransactionMessages', () => {
  it('writes outputs by topic in order, then one dead letter per failure with the original bytes and the reason', () => {
    const messages = assembleTransactionMessages(
      [output('out.a', '1'), output('out.b', '2'), output('out.a', '3')],
      [failure('41', 'DECODE_FAILED'), failure('43', 'INVALID_INPUT')],
      { topic: 'docs', partition: 3 },
      'extractor',
      new Date('2026-01-02T03:04:05Z'),
    );
    expect([...messages.keys()]).toEqual(['out.a', 'out.b', 'docs.extractor.dlq']);
    expect(messages.get('out.a')!.map((m) => m.key)).toEqual(['1', '3']);
    const letters = messages.get('docs.extractor.dlq')!;
    expect(letters.map((m) => String(m.value))).toEqual(['v41', 'v43']);
    expect(letters.map((m) => String(m.key))).toEqual(['k41', 'k43']);
    expect(letters[0]!.headers).toMatchObject({
      traceparent: 't',
      [deadLetterHeaders.errorCode]: 'DECODE_FAILED',
      [deadLetterHeaders.errorMessage]: 'bad 41',
      [deadLetterHeaders.service]: 'extractor',
      [deadLetterHeaders.sourceTopic]: 'docs',
      [deadLetterHeaders.sourcePartition]: '3',
      [deadLetterHeaders.sourceOffset]: '41',
      [deadLetterHeaders.attempts]: '2',
      [deadLetterHeaders.time]: '2026-01-02T03:04:05.000Z',
    });
    expect(letters[1]!.headers![deadLetterHeaders.errorCode]).toBe('INVALID_INPUT');
  });

  it('writes nothing for a micro-batch with no outputs and no failures (the offset still commits)', () => {
    expect(assembleTransactionMessages([], [], { topic: 'docs', partition: 0 }, 'extractor', new Date()).size).toBe(0);
  });
});
