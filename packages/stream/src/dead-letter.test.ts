import { describe, expect, it } from 'vitest';
import { SluiceError } from '@sluice/errors';
import { deadLetterFor, deadLetterHeaders } from './dead-letter';

describe('deadLetterFor', () => {
  it('keeps key, value bytes and headers and adds why, where from and when', () => {
    const letter = deadLetterFor(
      { key: Buffer.from('doc-1'), value: Buffer.from([0, 1, 2]), headers: { traceparent: 'x' }, offset: '42' },
      { topic: 'p.documents.ingested.v1', partition: 3 },
      'extractor',
      { error: new SluiceError('REJECTED', 'no'), attempts: 2 },
      new Date('2025-01-01T00:00:00Z'),
    );
    expect(letter.topic).toBe('p.documents.ingested.v1.extractor.dlq');
    expect(letter.value).toEqual(Buffer.from([0, 1, 2]));
    expect(letter.headers).toMatchObject({
      traceparent: 'x',
      [deadLetterHeaders.errorCode]: 'REJECTED',
      [deadLetterHeaders.sourcePartition]: '3',
      [deadLetterHeaders.sourceOffset]: '42',
      [deadLetterHeaders.attempts]: '2',
      [deadLetterHeaders.time]: '2025-01-01T00:00:00.000Z',
    });
  });
});
