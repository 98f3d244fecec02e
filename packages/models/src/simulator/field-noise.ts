import { createHash } from 'node:crypto';
import type { ExtractedField } from '../model-contracts';
import { targetNameOf } from '../extraction-targets';

/**
 * Non-determinism on one extracted field, as a sampling model (temperature > 0) shows it: the same
 * request, asked again, sometimes comes back with another reading of that field. Shadow testing
 * measures exactly this (the noise baseline), so the simulator can produce it on purpose.
 */
export interface FieldNoiseOptions {
  /** Target name of the field (`senderName`, `lineItems.amount` for every line item's amount). */
  field: string;
  /** 0..1: probability that one answer carries another reading of the field. */
  rate: number;
  /** Seeds the draws. Two simulators with different seeds disagree on different requests. */
  seed: number;
}

/**
 * Another plausible reading of `value`, deterministic: a decimal number moves by one unit in its
 * last place (`1234.50` → `1234.51`), an ISO date by one day, any other text loses its last
 * character (`Anna Schmidt` → `Anna Schmid`), a one-character text gains an `x`.
 */
export function alternativeReading(value: string): string {
  const decimal = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (decimal) {
    const places = decimal[3]?.length ?? 0;
    const units = BigInt(`${decimal[1]}${decimal[2]}${decimal[3] ?? ''}`) + 1n;
    const digits = (units < 0n ? -units : units).toString().padStart(places + 1, '0');
    const sign = units < 0n ? '-' : '';
    return places === 0 ? `${sign}${digits}` : `${sign}${digits.slice(0, -places)}.${digits.slice(-places)}`;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const next = new Date(`${value}T00:00:00Z`);
    if (!Number.isNaN(next.getTime())) {
      next.setUTCDate(next.getUTCDate() + 1);
      return next.toISOString().slice(0, 10);
    }
  }
  return value.length > 1 ? value.slice(0, -1) : `${value}x`;
}

/**
 * Decides, per answer, whether the noisy field is read differently. The draw for a request is a
 * hash of (seed, request, how many times this simulator has seen that exact request), so:
 * - one simulator asked the same request twice draws twice, independently, as a sampling model does
 *   (production and a baseline shadow on one simulator disagree where a real model would);
 * - a simulator with a given seed answers a given sequence of requests the same way every run,
 *   whatever order concurrent clients send them in (tests are reproducible).
 */
export class FieldNoise {
  private readonly seen = new Map<string, number>();

  constructor(readonly options: FieldNoiseOptions) {}

  /** Counts this request and says whether its answer reads the field differently. */
  draw(request: string): boolean {
    const digest = createHash('sha256').update(request).digest('hex');
    const occurrence = this.seen.get(digest) ?? 0;
    this.seen.set(digest, occurrence + 1);
    const hash = createHash('sha256').update(`${this.options.seed}\n${occurrence}\n${digest}`).digest();
    return hash.readUInt32BE(0) / 0x1_0000_0000 < this.options.rate;
  }

  /** The answer's fields, with the noisy field read differently when this request draws so. */
  apply(fields: readonly ExtractedField[], request: string): ExtractedField[] {
    if (!fields.some((field) => targetNameOf(field.name) === this.options.field) || !this.draw(request)) return [...fields];
    return fields.map((field) => (targetNameOf(field.name) === this.options.field ? { ...field, value: alternativeReading(field.value) } : field));
  }
}
