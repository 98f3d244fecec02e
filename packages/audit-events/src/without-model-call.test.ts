import { describe, expect, it } from 'vitest';
import { withoutModelCall } from './audit-events';

describe('withoutModelCall', () => {
  it('says no model, no usage, no egress, and hands each event maps and lists of its own', () => {
    const first = withoutModelCall();
    expect(first).toEqual({ model: null, latencyMs: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, redactions: {}, traceparent: null, egress: [] });
    const second = withoutModelCall();
    expect(second.redactions).not.toBe(first.redactions);
    expect(second.egress).not.toBe(first.egress);
  });
});
