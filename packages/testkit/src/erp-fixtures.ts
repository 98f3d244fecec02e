import { buildErpRecords, type ErpRecords, type ErpRecordsOptions, type ErpVendorSeed } from '@sluice/connectors';
import { buildReferenceData } from '@sluice/samples';

/** The sample reference vendors (`V-1001`…) as ERP seeds: the vendors generated documents name. */
export function sampleErpVendorSeeds(): ErpVendorSeed[] {
  return buildReferenceData().vendors.map((vendor) => ({
    id: vendor.id,
    name: vendor.canonicalName,
    iban: vendor.iban,
    vatId: vendor.vatId,
    country: vendor.country,
    currency: vendor.currency,
  }));
}

/** ERP records of the sample reference vendors, so the ERP agrees with the generator's ground truth. */
export function sampleErpRecords(options: ErpRecordsOptions = {}): ErpRecords {
  return buildErpRecords(sampleErpVendorSeeds(), options);
}
