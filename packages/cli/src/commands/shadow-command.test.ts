import { describe, expect, it } from 'vitest';
import { SHADOW_SERVICES } from '@sluice/shadow';
import { formatAge, shadowServices } from './shadow-command';

describe('sluice shadow up --services', () => {
  it('defaults to every pipeline service and takes a subset', () => {
    expect(shadowServices(undefined)).toEqual([...SHADOW_SERVICES]);
    expect(shadowServices('validator, auditor,validator')).toEqual(['validator', 'auditor']);
  });

  it('refuses services a shadow must not run, naming them', () => {
    expect(() => shadowServices('validator,review')).toThrow(/--services "validator,review": expected some of .* \(not review\)/);
    expect(() => shadowServices('gateway')).toThrow(/not gateway/);
    expect(() => shadowServices(' , ')).toThrow(/expected some of/);
  });
});

describe('formatAge', () => {
  it('reads as people say it', () => {
    expect(formatAge(null)).toBe('?');
    expect(formatAge(40_000)).toBe('40s');
    expect(formatAge(12 * 60_000)).toBe('12m');
    expect(formatAge((3 * 24 + 4) * 3_600_000)).toBe('3d 4h');
  });
});
