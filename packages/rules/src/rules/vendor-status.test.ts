import { describe, expect, it } from 'vitest';
import { validationInput } from '../validation-input-builder';
import { vendorStatus } from './vendor-status';

const run = (facts: Record<string, string>) =>
  vendorStatus.bind(vendorStatus.params.parse({}))(validationInput({}, { facts }));

describe('vendor-status', () => {
  it('flags a blocked vendor', () => {
    expect(run({ 'erp.vendor.status': 'blocked' })).toEqual(['erp.vendor.status is blocked']);
  });

  it('passes an active vendor or a missing lookup', () => {
    expect(run({ 'erp.vendor.status': 'active' })).toEqual([]);
    expect(run({})).toEqual([]);
  });
});
