import { describe, expect, it, vi } from 'vitest';
import { findPersonalData } from '@sluice/models';
import { personalName } from './embed-batch';

vi.mock('@sluice/models', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@sluice/models')>();
  return { ...actual, findPersonalData: vi.fn(actual.findPersonalData) };
});

describe('personalName (which extracted names an external endpoint may only see as placeholders)', () => {
  it('treats every sender as a person, and a vendor only when its name reads as a person', () => {
    expect(personalName('senderName', 'Support Team')).toBe('PERSON');
    expect(personalName('vendorName', 'Bakkerij Zonneveld B.V.')).toBeUndefined();
    expect(personalName('vendorName', 'Dr. Hans Müller')).toBe('PERSON');
  });

  it('runs the recognisers once per vendor name, however often the name comes back', () => {
    const recognise = vi.mocked(findPersonalData);
    recognise.mockClear();
    for (let i = 0; i < 5; i++) {
      expect(personalName('vendorName', 'Schreinerei Anna Vogt')).toBe(personalName('vendorName', 'Schreinerei Anna Vogt'));
      expect(personalName('vendorName', 'Nordlicht Logistik GmbH')).toBeUndefined();
    }
    expect(recognise).toHaveBeenCalledTimes(2);
  });
});
