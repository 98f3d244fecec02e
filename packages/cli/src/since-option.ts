import { SluiceError } from '@sluice/errors';

/** Parses a `--since` value (a date or date-time commander hands over as text); throws on anything else. */
export function sinceOption(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new SluiceError('USAGE', `--since takes a date or time, e.g. 2026-01-31 or 2026-01-31T12:00:00Z (got ${value})`);
  return date;
}
