import { describe, expect, it } from 'vitest';
import { isWellFormedText, malformedTextProblem, receivedAtProblem } from './ingest-checks';

describe('ingest checks (issue 12, inputs 2 and 3)', () => {
  it('refuses lone surrogates, accepts paired ones', () => {
    expect(isWellFormedText('INV-2025-\ud83d')).toBe(false);
    expect(isWellFormedText('INV-2025-\ude00')).toBe(false);
    expect(isWellFormedText('INV-2025-\ud83d\ude00')).toBe(true);
    expect(isWellFormedText('Rechnung Nr. 7 – Grüße')).toBe(true);
    expect(malformedTextProblem('INV-2025-\ude00')).toContain('U+DE00 at index 9');
    // Why it matters: both lone surrogates encode to the same UTF-8 bytes.
    expect(Buffer.from('INV-2025-\ud83d').equals(Buffer.from('INV-2025-\ude00'))).toBe(true);
  });

  it('names seconds, microseconds and far-off times; accepts milliseconds', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(receivedAtProblem(1748822400000, now)).toBeUndefined();
    expect(receivedAtProblem(1748822400, now)).toMatch(/looks like seconds \(2025-06-02T00:00:00.000Z\)/);
    expect(receivedAtProblem(1748822400000000, now)).toMatch(/looks like microseconds \(2025-06-02/);
    expect(receivedAtProblem(-1, now)).toMatch(/outside 2000-01-01/);
    expect(receivedAtProblem(now + 3 * 24 * 3600 * 1000, now)).toMatch(/outside/);
  });
});
