import { describe, expect, it } from 'vitest';
import { extractTraceContext, ingestedAt, injectTraceContext, startRecordSpan } from './trace-context';

const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('trace context in Kafka headers', () => {
  it('carries traceparent from an input record to its outputs without an SDK', () => {
    const { context } = startRecordSpan('svc', 'topic', { traceparent });
    const headers: Record<string, string> = {};
    injectTraceContext(context, headers);
    expect(headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
  });

  it('ignores malformed or missing traceparent', () => {
    const headers: Record<string, string> = {};
    injectTraceContext(extractTraceContext({ traceparent: '00-zz-11-01' }), headers);
    injectTraceContext(extractTraceContext({}), headers);
    expect(headers).toEqual({});
  });

  it('takes the ingest time from the header, else the record timestamp', () => {
    expect(ingestedAt({ 'sluice.ingested.at': '1700000000000' }, 5)).toBe(1_700_000_000_000);
    expect(ingestedAt({}, 5)).toBe(5);
  });
});
