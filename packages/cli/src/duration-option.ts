import { SluiceError } from '@sluice/errors';

const unitMs = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 } as const;

/**
 * Parses a duration option (`30m`, `12h`, `7d`, `2w`: a whole number and one unit) into
 * milliseconds; throws SluiceError USAGE naming `option` on anything else.
 */
export function durationOption(option: string): (value: string) => number {
  return (value) => {
    const match = /^(\d+)\s*([mhdw])$/.exec(value.trim());
    if (!match)
      throw new SluiceError('USAGE', `${option} takes a duration such as 30m, 12h, 7d or 2w (got ${value})`);
    return Number(match[1]) * unitMs[match[2] as keyof typeof unitMs];
  };
}

/** Parses a count option (a whole number, 0 or more); throws SluiceError USAGE naming `option` on anything else. */
export function countOption(option: string): (value: string) => number {
  return (value) => {
    if (!/^\d+$/.test(value.trim()))
      throw new SluiceError('USAGE', `${option} takes a whole number, 0 or more (got ${value})`);
    return Number(value.trim());
  };
}
