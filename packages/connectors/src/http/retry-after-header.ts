/**
 * `Retry-After` is delta-seconds or an HTTP date (RFC 9110 §10.2.3): milliseconds to wait from
 * `nowMs`, or undefined when absent or unreadable. (Same rule as models' resilience/retry-after.ts,
 * which @sluice/models does not export.)
 */
export function retryAfterMs(header: string | null, nowMs: number): number | undefined {
  const value = header?.trim();
  if (value === undefined || value === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
