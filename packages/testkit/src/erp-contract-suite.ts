import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildReferenceData } from '@sluice/samples';
import { ERP_CONTRACT_MAJOR, erpVendorSchema, purchaseOrderSchema, type ErpClient, type ErpRecords } from '@sluice/connectors';
import { sampleErpRecords } from './erp-fixtures';

export interface ErpContractSubject {
  client: ErpClient;
  close(): Promise<void>;
}

/**
 * The erp/v1 contract as behaviour, run against every ErpClient implementation: the factory gets
 * the records its backing ERP must serve and returns a client talking to it.
 */
export function erpContractSuite(
  name: string,
  makeSubject: (records: ErpRecords) => Promise<ErpContractSubject>,
): void {
  describe(`erp/v1 contract: ${name}`, () => {
    const records = sampleErpRecords({ blockedVendorIds: ['V-1003'] });
    let subject: ErpContractSubject;

    beforeAll(async () => {
      subject = await makeSubject(records);
    });
    afterAll(async () => {
      await subject.close();
    });

    it('finds a vendor by id with every contract field', async () => {
      const vendor = await subject.client.vendor('V-1001');
      expect(vendor).toEqual(records.vendors.get('V-1001'));
      expect(erpVendorSchema.parse(vendor)).toEqual(vendor);
    });

    it('reports a blocked vendor as blocked', async () => {
      expect((await subject.client.vendor('V-1003'))?.status).toBe('blocked');
      expect((await subject.client.vendor('V-1004'))?.status).toBe('active');
    });

    it('answers null for an unknown vendor, whatever characters its id holds', async () => {
      expect(await subject.client.vendor('V-9999')).toBeNull();
      expect(await subject.client.vendor('V/1001?x=1#y')).toBeNull();
    });

    it('lists the open purchase orders of a vendor, and only those', async () => {
      for (const vendorId of ['V-1001', 'V-1002', 'V-1010']) {
        const orders = await subject.client.openPurchaseOrders(vendorId);
        const expected = records.purchaseOrders.filter(
          (po) => po.vendorId === vendorId && po.status === 'open',
        );
        expect(orders).toEqual(expected);
        for (const order of orders ?? []) expect(purchaseOrderSchema.parse(order)).toEqual(order);
      }
      // Every vendor also has a closed order in the records, so the filter is exercised.
      expect(records.purchaseOrders.some((po) => po.vendorId === 'V-1001' && po.status === 'closed')).toBe(
        true,
      );
    });

    it('answers null purchase orders for an unknown vendor', async () => {
      expect(await subject.client.openPurchaseOrders('V-9999')).toBeNull();
    });

    it('is healthy and speaks contract major 1', async () => {
      const health = await subject.client.health();
      expect(health.status).toBe('ok');
      expect(health.contractVersion.split('.')[0]).toBe(String(ERP_CONTRACT_MAJOR));
    });

    it('knows every reference vendor of @sluice/samples with the same name, IBAN and VAT id', async () => {
      for (const vendor of buildReferenceData().vendors) {
        const erp = await subject.client.vendor(vendor.id);
        expect(erp).toMatchObject({
          name: vendor.canonicalName,
          vatId: vendor.vatId,
          ibans: vendor.iban ? [vendor.iban] : [],
        });
      }
    });
  });
}
