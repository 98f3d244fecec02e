import { randomUUID } from 'node:crypto';
import { SluiceError } from '@sluice/errors';
import type { EgressRecord } from '../model-contracts';
import type { PersonalDataType } from './personal-data-types';
import { PiiRedactor } from './pii-redactor';
import type { PrivacyPolicies } from './privacy-policy';
import { assessCoverage } from './redaction-coverage';

export interface EgressRequest {
  tenant: string | undefined;
  endpoint: string;
  external: boolean;
  task: EgressRecord['task'];
  texts: readonly string[];
  /** Inputs that are personal data as a whole (see CallOptions.personalData). */
  personalData?: ReadonlyArray<PersonalDataType | undefined>;
}

/** What may go to the endpoint, and how to account for it once the call is over. */
export interface EgressPermit {
  /** The texts to send: redacted under `redact`, as given under `allow` or to internal endpoints. */
  texts: string[];
  /** Restores placeholders in the answer (identity when nothing was redacted). */
  restore(text: string): string;
  redactions(): Record<string, number>;
  /** The audit record of this call (null for internal endpoints), once its outcome is known. */
  record(outcome: 'sent' | 'failed'): EgressRecord | null;
}

/**
 * Decides, per call and tenant, whether texts may go to an endpoint and in what form. Throws
 * WITHHELD (not retryable; the provider chain moves on to its local links) when the tenant's
 * policy is `deny`, or `redact` and the redaction of one of the texts is uncertain; the error's
 * `details.egress` holds the audit record of the decision.
 */
export class EgressGate {
  constructor(private readonly policies: PrivacyPolicies) {}

  admit(request: EgressRequest): EgressPermit {
    const identity: EgressPermit = { texts: [...request.texts], restore: (text) => text, redactions: () => ({}), record: () => null };
    if (!request.external) return identity;
    const policy = this.policies.forTenant(request.tenant);
    const base = { callId: randomUUID(), endpoint: request.endpoint, task: request.task, policy: policy.external, consentReference: policy.consentReference };
    const withhold = (reason: string): never => {
      const record: EgressRecord = { ...base, outcome: 'withheld', reason, redactions: {} };
      throw new SluiceError('WITHHELD', `${request.endpoint}: ${reason} (tenant ${request.tenant ?? 'unknown'})`, { details: { egress: [record] } });
    };
    if (policy.external === 'deny') return withhold('policy deny');
    if (policy.external === 'allow') return { ...identity, record: (outcome) => ({ ...base, outcome, reason: null, redactions: {} }) };
    const coverage = assessCoverage(request.texts);
    if (!coverage.certain) return withhold(`uncertain: ${coverage.reason ?? 'unknown'}`);
    const redactor = new PiiRedactor();
    const texts = request.texts.map((text, index) => {
      const whole = request.personalData?.[index];
      return whole ? redactor.redactWhole(text, whole) : redactor.redact(text);
    });
    return {
      texts,
      restore: (text) => redactor.restore(text),
      redactions: () => redactor.counts(),
      record: (outcome) => ({ ...base, outcome, reason: null, redactions: redactor.counts() }),
    };
  }
}

/** The egress records a failure carries (a WITHHELD decision, or a call that was sent and failed). */
export function egressOf(error: unknown): EgressRecord[] {
  const egress = error instanceof SluiceError ? error.details.egress : undefined;
  return Array.isArray(egress) ? (egress as EgressRecord[]) : [];
}

/** The same failure with the call's egress record attached, so the chain can account for it. */
export function withEgress(error: unknown, record: EgressRecord | null): unknown {
  if (!record || !(error instanceof SluiceError)) return error;
  return new SluiceError(error.code, error.message, {
    cause: error.cause ?? error,
    retryable: error.retryable,
    retryAfterMs: error.retryAfterMs,
    details: { ...error.details, egress: [...egressOf(error), record] },
  });
}

/**
 * Runs the call the permit was given for and accounts for it: the `sent` record with its result,
 * or the `failed` record attached to its error (data left either way).
 */
export async function accountedCall<T>(permit: EgressPermit, call: () => Promise<T>): Promise<{ value: T; egress: EgressRecord[] }> {
  try {
    const value = await call();
    const record = permit.record('sent');
    return { value, egress: record ? [record] : [] };
  } catch (error) {
    throw withEgress(error, permit.record('failed'));
  }
}
