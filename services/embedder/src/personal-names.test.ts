import { describe, expect, it } from 'vitest';
import { personalName } from './embed-batch';

describe('personalName (which extracted names an external endpoint may only see as placeholders)', () => {
  it('treats every sender as a person, and a vendor only when its name reads as a person', () => {
    expect(personalName('senderName', 'Support Team')).toBe('PERSON');
    expect(personalName('vendorName', 'Bakkerij Zonneveld B.V.')).toBeUndefined();
    expect(personalName('vendorName', 'Dr. Hans Müller')).toBe('PERSON');
  });
});
