import { describe, expect, it } from 'vitest';
import { erpFacts } from './erp-facts';
import { sampleErpRecords } from '@sluice/testkit/erp-fixtures';

describe('erpFacts', () => {
  const records = sampleErpRecords({ blockedVendorIds: ['V-1002'] });
  const vendor = records.vendors.get('V-1002')!;
  const orders = records.purchaseOrders.filter((po) => po.vendorId === 'V-1002' && po.status === 'open');

  it('states status, IBAN on file and purchase order match', () => {
    const facts = erpFacts(vendor, orders, { iban: vendor.ibans[0], orderNumber: 'PO-NOPE' });
    expect(facts).toMatchObject({
      'erp.vendor.known': 'true',
      'erp.vendor.status': 'blocked',
      'erp.vendor.ibanOnFile': 'true',
      'erp.purchaseOrders.open': String(orders.length),
      'erp.purchaseOrder.open': 'false',
    });
  });

  it('states an unknown vendor and nothing else', () => {
    expect(erpFacts(null, null, { iban: 'DE00' })).toEqual({ 'erp.vendor.known': 'false' });
  });
});
