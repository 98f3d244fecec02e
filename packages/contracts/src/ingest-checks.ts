/**
 * Checks of an ingested document that Avro's types cannot express, shared by every door
 * (`sluice publish`, the gateway) and by the pipeline for records that came in another way.
 */

// A high surrogate not followed by a low one, or a low one not preceded by a high one (code units,
// so no `u` flag). Such a string has no UTF-8 form: encoders write U+FFFD, and two ids that differ
// only there become the same bytes (issue 12, input 2).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when `value` is well-formed UTF-16 (every surrogate paired), i.e. it has a UTF-8 form. */
export function isWellFormedText(value: string): boolean {
  return !LONE_SURROGATE.test(value);
}

/** Message for a string field that is not well-formed, naming where the lone surrogate is. */
export function malformedTextProblem(value: string): string | undefined {
  const match = LONE_SURROGATE.exec(value);
  if (!match) return undefined;
  const unit = value.charCodeAt(match.index).toString(16).toUpperCase();
  return `contains a lone UTF-16 surrogate (U+${unit} at index ${match.index}): not valid Unicode, it cannot be written as UTF-8`;
}

/** Earliest receivedAt taken as real: 2000-01-01T00:00:00Z, in epoch milliseconds. */
export const EARLIEST_RECEIVED_AT_MS = Date.UTC(2000, 0, 1);
/** How far in the future a receivedAt may be (clock skew between platforms), ms. */
export const RECEIVED_AT_FUTURE_SKEW_MS = 24 * 3600 * 1000;

/**
 * Why `receivedAt` (epoch milliseconds, timestamp-millis) is implausible, or undefined when it is
 * not: before 2000 or more than a day ahead of `now`. Seconds (1748822400 reads as January 1970)
 * and microseconds (year 57387) are named as such, with the value they were probably meant as.
 */
export function receivedAtProblem(receivedAtMs: number, now: number = Date.now()): string | undefined {
  if (!Number.isFinite(receivedAtMs)) return 'is not a number';
  if (receivedAtMs >= EARLIEST_RECEIVED_AT_MS && receivedAtMs <= now + RECEIVED_AT_FUTURE_SKEW_MS) return undefined;
  const iso = (ms: number) => (Number.isFinite(ms) && Math.abs(ms) < 8.64e15 ? new Date(ms).toISOString() : 'out of range');
  const asSeconds = receivedAtMs * 1000;
  if (receivedAtMs > 0 && asSeconds >= EARLIEST_RECEIVED_AT_MS && asSeconds <= now + RECEIVED_AT_FUTURE_SKEW_MS) {
    return `${receivedAtMs} reads as ${iso(receivedAtMs)}; it looks like seconds (${iso(asSeconds)}): give epoch milliseconds`;
  }
  const asMicros = receivedAtMs / 1000;
  if (asMicros >= EARLIEST_RECEIVED_AT_MS && asMicros <= now + RECEIVED_AT_FUTURE_SKEW_MS) {
    return `${receivedAtMs} reads as ${iso(receivedAtMs)}; it looks like microseconds (${iso(asMicros)}): give epoch milliseconds`;
  }
  return `${receivedAtMs} reads as ${iso(receivedAtMs)}: outside 2000-01-01 .. now + 1 day (epoch milliseconds expected)`;
}
