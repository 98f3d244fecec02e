import type { AuditEvent } from '@sluice/contracts';
import type { EgressRecord, ModelResult } from '@sluice/models';
import { TRACEPARENT_HEADER, type InputRecord, type OutputRecord } from '@sluice/stream';

export const AUDIT_TOPIC = 'audit.events.v1';

export interface AuditEventInput {
  service: string;
  action: string;
  documentId: string;
  tenant: string;
  /** The input record the action was taken on: makes the event id deterministic. */
  source: InputRecord<unknown>;
  /**
   * The model call behind the action, if any: model reference, latency, tokens, cost, redactions,
   * and the egress decisions about external endpoints (endpoint, policy, consent, counts per type).
   */
  result?: Pick<ModelResult<unknown>, 'model' | 'usage' | 'redactions' | 'degraded' | 'egress'>;
  /** Egress records of external calls behind the action that are not on `result` (e.g. lookups). */
  egress?: EgressRecord[];
  reviewer?: string | null;
  rationale?: string | null;
  details?: Record<string, string>;
  occurredAt?: number;
  /**
   * Set when the action is on a document derived from the source record (an e-mail's attachment,
   * parsed in the same step): keeps its event id apart from the source document's.
   */
  derivedDocument?: boolean;
}

/**
 * The fields of an audit event for an action no model took part in (a person's review, a
 * system step): no model, no latency, tokens, cost or redactions, no egress, no trace. Fresh
 * objects each call, so no two events share a map or list.
 */
export function withoutModelCall(): Pick<AuditEvent, 'model' | 'latencyMs' | 'inputTokens' | 'outputTokens' | 'costUsd' | 'redactions' | 'traceparent' | 'egress'> {
  return { model: null, latencyMs: 0, inputTokens: 0, outputTokens: 0, costUsd: 0, redactions: {}, traceparent: null, egress: [] };
}

/**
 * One audit event as an output record. The id is derived from service, action and the source
 * record's position, so a batch that is retried or replayed yields the same ids and the auditor
 * appends each action once.
 */
export function auditEvent(input: AuditEventInput): OutputRecord<AuditEvent> {
  const { source, result } = input;
  const value: AuditEvent = {
    eventId: `${input.service}:${input.action}:${source.topic}/${source.partition}/${source.offset}${input.derivedDocument ? `:${input.documentId}` : ''}`,
    documentId: input.documentId,
    tenant: input.tenant,
    service: input.service,
    action: input.action,
    occurredAt: input.occurredAt ?? Date.now(),
    model: result
      ? {
          provider: result.model.provider,
          model: result.model.model,
          version: result.model.version,
          promptId: result.model.promptId,
          promptHash: result.model.promptHash,
        }
      : null,
    latencyMs: result?.usage.latencyMs ?? 0,
    inputTokens: result?.usage.inputTokens ?? 0,
    outputTokens: result?.usage.outputTokens ?? 0,
    costUsd: result?.usage.costUsd ?? 0,
    redactions: result?.redactions ?? {},
    reviewer: input.reviewer ?? null,
    rationale: input.rationale ?? null,
    details: { ...(result?.degraded ? { degraded: 'true' } : {}), ...input.details },
    traceparent: source.headers[TRACEPARENT_HEADER] ?? null,
    egress: [...(result?.egress ?? []), ...(input.egress ?? [])].map((record) => ({ ...record, redactions: { ...record.redactions } })),
  };
  return { topic: AUDIT_TOPIC, key: input.documentId, value, source };
}
