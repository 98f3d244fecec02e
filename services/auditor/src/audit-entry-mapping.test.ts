import { describe, expect, it } from 'vitest';
import type { AuditEvent, DocumentIngested, DocumentProcessed } from '@sluice/contracts';
import type { InputRecord } from '@sluice/stream';
import { topicCatalogue } from '@sluice/contracts';
import { auditedTopics, toAuditEntry } from './audit-entry-mapping';

function record<T>(topic: string, value: T, offset = '7'): InputRecord<T> {
  return { topic, partition: 2, offset, key: 'd1', value, headers: {}, timestamp: 1_760_000_000_000, schemaId: 3, sizeBytes: 100 };
}

const ingested: DocumentIngested = {
  id: 'd1',
  tenant: 'acme',
  kind: 'invoice',
  source: { platform: 'mail', uri: null },
  contentType: 'text/plain',
  text: 'Invoice INV-1 for jane.doe@example.com, IBAN DE89370400440532013000',
  receivedAt: 1_759_999_999_000,
  attributes: {},
};

describe('toAuditEntry', () => {
  it('reads every topic of the catalogue, and has a mapping for each', () => {
    expect([...auditedTopics].sort()).toEqual(topicCatalogue.map((topic) => topic.name).sort());
    for (const topic of auditedTopics.filter((t) => t !== 'audit.events.v1')) {
      expect(() => toAuditEntry(record(topic, {}), topic)).not.toThrow(/does not read/);
    }
  });

  it('keeps a pipeline record by its position, with hashes and sizes instead of the text', () => {
    const entry = toAuditEntry(record('documents.ingested.v1', ingested), 'shadow.documents.ingested.v1');
    expect(entry).toMatchObject({
      eventId: 'shadow.documents.ingested.v1/2/7',
      tenant: 'acme',
      documentId: 'd1',
      action: 'recorded documents.ingested.v1',
      occurredAt: 1_760_000_000_000,
    });
    expect(entry.entry.textLength).toBe(ingested.text.length);
    expect(JSON.stringify(entry)).not.toContain('jane.doe@example.com');
    expect(JSON.stringify(entry)).not.toContain('DE89370400440532013000');
  });

  it('keeps decisions and who made them', () => {
    const processed: DocumentProcessed = {
      documentId: 'd1',
      tenant: 'acme',
      kind: 'invoice',
      decision: 'ACCEPTED',
      decidedBy: { actor: 'HUMAN', reviewer: 'ana@acme.test', rationale: 'checked with vendor' },
      fields: [{ name: 'totalAmount', value: '10.00', confidence: 1, span: null }],
      matches: [],
      violations: [],
      processedAt: 1,
    };
    const entry = toAuditEntry(record('documents.processed.v1', processed), 'documents.processed.v1');
    expect(entry.entry).toMatchObject({ decision: 'ACCEPTED', decidedBy: { actor: 'HUMAN', reviewer: 'ana@acme.test' }, fieldNames: ['totalAmount'] });
    expect(JSON.stringify(entry.entry)).not.toContain('10.00');
  });

  it('takes an audit event as it is, with its own id, model reference and cost', () => {
    const event: AuditEvent = {
      eventId: 'extractor:extracted:documents.ingested.v1/0/1',
      documentId: 'd1',
      tenant: 'acme',
      service: 'extractor',
      action: 'extracted',
      occurredAt: 5,
      model: { provider: 'local', model: 'rules-ner', version: '1', promptId: null, promptHash: null },
      latencyMs: 3,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0.002,
      redactions: { EMAIL: 1 },
      reviewer: null,
      rationale: null,
      details: {},
      traceparent: null,
      egress: [],
    };
    const entry = toAuditEntry(record('audit.events.v1', event), 'audit.events.v1');
    expect(entry).toMatchObject({ eventId: event.eventId, service: 'extractor', action: 'extracted', occurredAt: 5 });
    expect(entry.entry).toMatchObject({ model: event.model, costUsd: 0.002, redactions: { EMAIL: 1 } });
    expect(entry.entry).not.toHaveProperty('egress');
  });

  it('keeps the egress records of an external call: endpoint, policy, consent reference, outcome, counts per type', () => {
    const egress: AuditEvent['egress'] = [
      { callId: 'c1', endpoint: 'simulator', task: 'extraction', policy: 'redact', consentReference: null, outcome: 'sent', reason: null, redactions: { PERSON: 2, ADDRESS: 1 } },
      { callId: 'c2', endpoint: 'openai', task: 'extraction', policy: 'allow', consentReference: 'DPA-2026-7', outcome: 'withheld', reason: 'policy deny', redactions: {} },
    ];
    const event: AuditEvent = {
      eventId: 'extractor:extracted:documents.ingested.v1/0/2',
      documentId: 'd2',
      tenant: 'acme',
      service: 'extractor',
      action: 'extracted',
      occurredAt: 6,
      model: null,
      latencyMs: 0,
      inputTokens: 0,
      outputTokens: 0,
      costUsd: 0,
      redactions: { PERSON: 2, ADDRESS: 1 },
      reviewer: null,
      rationale: null,
      details: {},
      traceparent: null,
      egress,
    };
    expect(toAuditEntry(record('audit.events.v1', event), 'audit.events.v1').entry.egress).toEqual(egress);
  });
});
