import { describe, expect, it, vi } from 'vitest';
import type { ErpClient } from '@sluice/connectors';
import { inMemoryErpClient, sampleErpRecords } from '@sluice/testkit/erp-fixtures';
import type { AuditEvent, DocumentEmbedded, DocumentEnriched } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import type { InputRecord } from '@sluice/stream';
import { handlerContext, inputRecord } from '@sluice/testkit/handler-fixtures';
import type { CustomerKeyLookup } from './customer-key-lookup';
import type { DocumentFingerprint } from './document-fingerprint';
import type { DuplicateDetector } from './duplicate-detector';
import { createEnrichHandler, type EnricherDeps } from './enrich-documents';
import type { NameMatcher } from './entity-matcher';

function record(
  documentId: string,
  kind: string,
  fields: Record<string, string>,
  offset = 0,
): InputRecord<DocumentEmbedded> {
  const value: DocumentEmbedded = {
    documentId,
    tenant: 'demo',
    kind,
    receivedAt: 1_700_000_000_000,
    embeddedAt: 2,
    fields: Object.entries(fields).map(([name, value]) => ({ name, value, confidence: 0.9, span: null })),
    embeddings: [],
    text: `${kind} ${Object.values(fields).join(' ')}`,
  };
  return inputRecord('documents.embedded.v1', documentId, value, offset);
}

function context() {
  const pauseFor = vi.fn<(ms: number) => void>();
  return { ...handlerContext('documents.embedded.v1', { pauseFor }), pauseFor };
}

/** Vendors by exact folded name; everything else a weak stranger. */
const names: NameMatcher = {
  matchNames: (_tenant, entityType, queries) =>
    Promise.resolve(
      queries.map((name) =>
        entityType === 'vendor' && name.toLowerCase().startsWith('acme')
          ? [
              {
                refId: 'V-1001',
                name: 'Acme Industrietechnik GmbH',
                score: 0.93,
                vectorScore: 0.9,
                lexicalScore: 0.95,
              },
            ]
          : [{ refId: 'V-1009', name: 'Someone Else SA', score: 0.41, vectorScore: 0.5, lexicalScore: 0.3 }],
      ),
    ),
};

const customerKeys: CustomerKeyLookup = {
  find: (_tenant, keys) =>
    Promise.resolve([
      ...(keys.emailDomains.includes('bistro-central.fr')
        ? [
            {
              refId: 'C-2002',
              name: 'Bistro Central SARL',
              via: 'emailDomain' as const,
              key: 'bistro-central.fr',
            },
          ]
        : []),
      ...(keys.customerNumbers.includes('KD-123456')
        ? [{ refId: 'C-2002', name: 'Bistro Central SARL', via: 'customerNumber' as const, key: 'KD-123456' }]
        : []),
    ]),
};

/** Remembers keys in order, like the table: the first holder of a key is the original. */
function memoryDuplicates(): DuplicateDetector & { seen: DocumentFingerprint[] } {
  const seen: DocumentFingerprint[] = [];
  return {
    seen,
    detect: (prints) => {
      const findings = new Map(
        prints.map((print) => {
          const original = seen.find(
            (earlier) => earlier.duplicateKey !== null && earlier.duplicateKey === print.duplicateKey,
          );
          seen.push(print);
          return [
            print.documentId,
            original
              ? { duplicateOf: original.documentId, duplicateScore: 1 }
              : { duplicateOf: null, duplicateScore: null },
          ];
        }),
      );
      return Promise.resolve(findings);
    },
  };
}

function deps(overrides: Partial<EnricherDeps> = {}): EnricherDeps {
  return {
    matcher: { names, customerKeys, candidates: 3 },
    duplicates: memoryDuplicates(),
    erp: null,
    lookupMinScore: 0.8,
    erpPauseMs: 30_000,
    now: () => 1_700_000_060_000,
    ...overrides,
  };
}

const invoice = {
  vendorName: 'ACME Industrietechnik',
  invoiceNumber: 'R-1',
  totalAmount: '119.00',
  currency: 'EUR',
};

function enrichedOf(outputs: readonly { topic: string; value: unknown }[]): DocumentEnriched[] {
  return outputs
    .filter((output) => output.topic === 'documents.enriched.v1')
    .map((output) => output.value as DocumentEnriched);
}

describe('createEnrichHandler', () => {
  it("puts the egress records of the name lookups' embedding calls on the audit event of the documents whose names went out", async () => {
    const call = { callId: 'c1', endpoint: 'remote', task: 'embedding' as const, policy: 'redact' as const, consentReference: null, outcome: 'sent' as const, reason: null, redactions: { PERSON: 1 } };
    const reporting: NameMatcher = {
      matchNames: (tenant, entityType, queries, k, known, options) => {
        options?.onEgress?.([call]);
        return names.matchNames(tenant, entityType, queries, k, known, options);
      },
    };
    const outputs = await createEnrichHandler(deps({ matcher: { names: reporting, customerKeys, candidates: 3 } }))(
      [record('i-1', 'invoice', invoice), record('t-1', 'ticket', {}, 1)],
      context(),
    );
    const events = outputs.filter((output) => output.topic === 'audit.events.v1').map((output) => output.value as AuditEvent);
    expect(events.map((event) => [event.documentId, event.egress])).toEqual([
      ['i-1', [call]],
      ['t-1', []],
    ]);
  });

  it('issue 12: an empty ticket and a receivedAt in seconds carry facts the shipped rules reject or review on', async () => {
    const empty = record('t-1', 'ticket', {});
    const seconds = record('t-2', 'ticket', {}, 1);
    const outputs = await createEnrichHandler(deps())(
      [
        { ...empty, value: { ...empty.value, text: ' \n ' } },
        { ...seconds, value: { ...seconds.value, receivedAt: 1_748_822_400 } },
      ],
      context(),
    );
    expect(enrichedOf(outputs).map((doc) => doc.facts)).toEqual([{ 'document.text': 'empty' }, { 'document.receivedAt': 'implausible' }]);
  });

  it("issue 12: the extractor's facts about the input and a tenant without reference data reach the facts", async () => {
    const fax = record('f-1', 'other', {});
    const stranger = record('s-1', 'ticket', {}, 1);
    const asked: string[][] = [];
    const tenants = {
      withReferences: (names: readonly string[]) => {
        asked.push([...names]);
        return Promise.resolve(new Set(names.filter((name) => name === 'demo')));
      },
    };
    const outputs = await createEnrichHandler(deps({ tenants }))(
      [
        { ...fax, value: { ...fax.value, inputFacts: { 'document.kind': 'unknown', 'document.activeContent': 'present' } } },
        { ...stranger, value: { ...stranger.value, tenant: 'nobody' } },
      ],
      context(),
    );
    expect(enrichedOf(outputs).map((doc) => doc.facts)).toEqual([
      { 'document.kind': 'unknown', 'document.activeContent': 'present' },
      { 'tenant.reference': 'none' },
    ]);
    expect(asked).toEqual([['demo', 'nobody']]);
  });

  it('matches vendors and customers, and emits one enriched record and one audit event per document', async () => {
    const handler = createEnrichHandler(deps());
    const outputs = await handler(
      [
        record('inv-1', 'invoice', invoice),
        record(
          'mail-1',
          'email',
          {
            senderName: 'Jeanne Petit',
            senderEmail: 'jeanne@Bistro-Central.fr',
            'customerIds[0]': 'kd-123456',
          },
          1,
        ),
      ],
      context(),
    );
    const [inv, mail] = enrichedOf(outputs);
    expect(inv?.matches[0]).toMatchObject({ entityType: 'vendor', refId: 'V-1001', score: 0.93 });
    expect(mail?.matches[0]).toMatchObject({ entityType: 'customer', refId: 'C-2002', score: 1 });
    expect(mail?.matches.filter((match) => match.refId === 'C-2002')).toHaveLength(1);
    expect(inv?.facts).toEqual({});
    const audits = outputs
      .filter((output) => output.topic === 'audit.events.v1')
      .map((output) => output.value as AuditEvent);
    expect(audits.map((audit) => [audit.documentId, audit.action])).toEqual([
      ['inv-1', 'enriched'],
      ['mail-1', 'enriched'],
    ]);
    expect(audits[0]?.details).toMatchObject({
      bestMatch: 'vendor:V-1001',
      bestMatchScore: '0.930',
      erpStatus: 'not-configured',
    });
  });

  it('marks a re-sent invoice (new id, same content) as a duplicate of the first', async () => {
    const handler = createEnrichHandler(deps());
    const outputs = await handler(
      [
        record('inv-1', 'invoice', invoice),
        record('inv-2', 'invoice', { ...invoice, vendorName: 'Acme Industrietechnik GmbH' }, 1),
      ],
      context(),
    );
    const [first, second] = enrichedOf(outputs);
    expect(first?.duplicateOf).toBeNull();
    expect(second).toMatchObject({ duplicateOf: 'inv-1', duplicateScore: 1 });
  });

  it('looks up the confidently matched vendor in the ERP and skips weak matches', async () => {
    const records = sampleErpRecords({ blockedVendorIds: ['V-1001'] });
    const erp = inMemoryErpClient(records);
    const vendor = vi.spyOn(erp, 'vendor');
    const handler = createEnrichHandler(deps({ erp }));
    const outputs = await handler(
      [
        record('inv-1', 'invoice', invoice),
        record('inv-2', 'invoice', { ...invoice, vendorName: 'Falkenberg Messtechnik GmbH' }, 1),
      ],
      context(),
    );
    const [known, stranger] = enrichedOf(outputs);
    expect(known?.facts).toMatchObject({
      'erp.status': 'ok',
      'erp.vendor.status': 'blocked',
      'erp.vendor.known': 'true',
    });
    expect(stranger?.facts).toEqual({});
    expect(vendor.mock.calls.map(([id]) => id)).toEqual(['V-1001']);
  });

  it('degrades instead of failing when the ERP is down, and pauses when the whole batch is affected', async () => {
    const down: ErpClient = {
      vendor: () => Promise.reject(new SluiceError('CIRCUIT_OPEN', 'erp breaker open')),
      openPurchaseOrders: () => Promise.reject(new SluiceError('CIRCUIT_OPEN', 'erp breaker open')),
      health: () => Promise.reject(new SluiceError('UNAVAILABLE', 'down')),
    };
    const ctx = context();
    const outputs = await createEnrichHandler(deps({ erp: down }))(
      [record('inv-1', 'invoice', invoice)],
      ctx,
    );
    expect(enrichedOf(outputs)[0]?.facts).toEqual({ 'erp.status': 'unavailable' });
    expect(ctx.pauseFor).toHaveBeenCalledWith(30_000);
    const audit = outputs.find((output) => output.topic === 'audit.events.v1')?.value as AuditEvent;
    expect(audit.details).toMatchObject({ erpStatus: 'unavailable', erpFailure: 'CIRCUIT_OPEN' });
  });

  it('does not pause when only some lookups fail', async () => {
    const healthy = inMemoryErpClient(sampleErpRecords());
    const flaky: ErpClient = {
      ...healthy,
      vendor: (id, signal) =>
        id === 'V-1001' ? Promise.reject(new SluiceError('TIMEOUT', 'slow')) : healthy.vendor(id, signal),
    };
    const strangerNames: NameMatcher = {
      matchNames: (_t, _e, queries) =>
        Promise.resolve(
          queries.map((name) => [
            {
              refId: name.startsWith('ACME') ? 'V-1001' : 'V-1002',
              name,
              score: 0.9,
              vectorScore: 0.9,
              lexicalScore: 0.9,
            },
          ]),
        ),
    };
    const ctx = context();
    const outputs = await createEnrichHandler(
      deps({ erp: flaky, matcher: { names: strangerNames, customerKeys, candidates: 3 } }),
    )(
      [
        record('inv-1', 'invoice', invoice),
        record('inv-2', 'invoice', { ...invoice, vendorName: 'Brandt & Söhne KG' }, 1),
      ],
      ctx,
    );
    expect(enrichedOf(outputs).map((doc) => doc.facts['erp.status'])).toEqual(['unavailable', 'ok']);
    expect(ctx.pauseFor).not.toHaveBeenCalled();
  });
});
