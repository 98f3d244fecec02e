import { describe, expect, it } from 'vitest';
import { countOption, durationOption } from './duration-option';

describe('durationOption', () => {
  it('reads a whole number and one unit as milliseconds', () => {
    const parse = durationOption('--older-than');
    expect(parse('30m')).toBe(30 * 60_000);
    expect(parse('12h')).toBe(12 * 3_600_000);
    expect(parse('7d')).toBe(7 * 86_400_000);
    expect(parse('2w')).toBe(14 * 86_400_000);
    expect(parse('0d')).toBe(0);
  });

  it('refuses anything else, naming the option', () => {
    expect(() => durationOption('--older-than')('7')).toThrow(
      /--older-than takes a duration such as 30m, 12h, 7d or 2w \(got 7\)/,
    );
    expect(() => durationOption('--older-than')('1.5d')).toThrow(/got 1.5d/);
    expect(() => durationOption('--older-than')('-2d')).toThrow(/got -2d/);
  });
});

describe('countOption', () => {
  it('reads whole numbers and refuses the rest', () => {
    expect(countOption('--keep')('3')).toBe(3);
    expect(countOption('--keep')('0')).toBe(0);
    expect(() => countOption('--keep')('-1')).toThrow(/--keep takes a whole number, 0 or more \(got -1\)/);
    expect(() => countOption('--keep')('two')).toThrow(/got two/);
  });
});
