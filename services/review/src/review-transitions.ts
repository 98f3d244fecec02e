import { canDecide, type Principal } from '@sluice/accounts';
import type { ReviewCompleted } from '@sluice/contracts';
import { fourEyesTriggers, type TenantPolicy } from './review-policy';
import { liveLease, type FieldCorrection, type QueueEntry } from './queue-entry';

/** A step to record in the audit trail (and count), produced by a transition. */
export interface ReviewStep {
  action: 'claimed' | 'released' | 'expired' | 'corrected' | 'approved' | 'rejected' | 'escalated';
  reviewer: string | null;
  rationale?: string | null;
  details?: Record<string, string>;
}

/** A transition either changes the entry (and records steps, maybe a completion) or is refused with an HTTP status. */
export type Transition =
  | { ok: true; entry: QueueEntry; steps: ReviewStep[]; completion?: ReviewCompleted }
  | { ok: false; status: 400 | 403 | 409; code: string; error: string; holder?: string; until?: number };

function refuse(status: 400 | 403 | 409, code: string, error: string, extra: { holder?: string; until?: number } = {}): Transition {
  return { ok: false, status, code, error, ...extra };
}

function changed(entry: QueueEntry, patch: Partial<QueueEntry>, steps: ReviewStep[], completion?: ReviewCompleted): Transition {
  return { ok: true, entry: { ...entry, ...patch, version: entry.version + 1 }, steps, ...(completion ? { completion } : {}) };
}

/** Checks every write shares: the reviewer may decide this tenant, the entry is still open. */
function writable(entry: QueueEntry, who: Principal): Transition | undefined {
  if (!canDecide(who, entry.tenant)) return refuse(403, 'FORBIDDEN', `${who.username} may not decide documents of tenant ${entry.tenant}`);
  if (entry.status === 'DECIDED') return refuse(409, 'ALREADY_DECIDED', `document ${entry.documentId} was decided by ${entry.decidedBy ?? 'someone'} already`);
  return undefined;
}

/**
 * Claim as a lease of `leaseMs`. A lease someone else holds and that still runs is refused with who
 * holds it and until when; an expired one is taken over (and recorded as expired). Claiming again
 * what one holds renews it. Under four-eyes, the first approver cannot claim the second approval.
 */
export function claim(entry: QueueEntry, who: Principal, now: number, leaseMs: number): Transition {
  const refused = writable(entry, who);
  if (refused) return refused;
  if (entry.status === 'AWAITING_SECOND' && entry.firstApproval?.reviewer === who.username) {
    return refuse(403, 'FOUR_EYES', `four-eyes: ${who.username} approved first; a different reviewer must approve`);
  }
  const live = liveLease(entry, now);
  if (live && live.holder !== who.username) {
    return refuse(409, 'LEASED', `held by ${live.holder} until ${new Date(live.expiresAt).toISOString()}`, { holder: live.holder, until: live.expiresAt });
  }
  const steps: ReviewStep[] = [];
  if (entry.lease && !live) steps.push({ action: 'expired', reviewer: entry.lease.holder, details: { expiredAt: new Date(entry.lease.expiresAt).toISOString() } });
  steps.push({ action: 'claimed', reviewer: who.username, details: { until: new Date(now + leaseMs).toISOString(), ...(live ? { renewed: 'true' } : {}) } });
  return changed(entry, { lease: { holder: who.username, expiresAt: now + leaseMs } }, steps);
}

/** The holder's running lease, or the refusal a late or foreign request gets. */
function heldBy(entry: QueueEntry, who: Principal, now: number): Transition | undefined {
  const live = liveLease(entry, now);
  if (live?.holder === who.username) return undefined;
  if (live) return refuse(409, 'LEASED', `held by ${live.holder} until ${new Date(live.expiresAt).toISOString()}`, { holder: live.holder, until: live.expiresAt });
  if (entry.lease?.holder === who.username) {
    return refuse(409, 'LEASE_EXPIRED', `your lease expired at ${new Date(entry.lease.expiresAt).toISOString()}; claim the document again`);
  }
  return refuse(409, 'NOT_CLAIMED', `claim document ${entry.documentId} before deciding it`);
}

/** Extends the holder's running lease (no audit step: heartbeats are frequent and say nothing new). */
export function heartbeat(entry: QueueEntry, who: Principal, now: number, leaseMs: number): Transition {
  const refused = writable(entry, who) ?? heldBy(entry, who, now);
  if (refused) return refused;
  return { ok: true, entry: { ...entry, lease: { holder: who.username, expiresAt: now + leaseMs } }, steps: [] };
}

/** The holder gives the document back to the queue. */
export function release(entry: QueueEntry, who: Principal, now: number): Transition {
  const refused = writable(entry, who) ?? heldBy(entry, who, now);
  if (refused) return refused;
  return changed(entry, { lease: null }, [{ action: 'released', reviewer: who.username }]);
}

/** A lease found expired by the sweeper: back to the queue. */
export function expire(entry: QueueEntry, now: number): Transition | undefined {
  if (entry.lease === null || liveLease(entry, now)) return undefined;
  return changed(entry, { lease: null }, [{ action: 'expired', reviewer: entry.lease.holder, details: { expiredAt: new Date(entry.lease.expiresAt).toISOString() } }]);
}

/** An entry past its due time, not decided and not yet escalated. */
export function escalate(entry: QueueEntry, now: number): Transition | undefined {
  if (entry.status === 'DECIDED' || entry.escalatedAt !== null || entry.dueAt > now) return undefined;
  return changed(entry, { escalatedAt: now }, [
    { action: 'escalated', reviewer: null, details: { dueAt: new Date(entry.dueAt).toISOString(), overdueMs: String(now - entry.dueAt) } },
  ]);
}

export interface DecisionInput {
  action: 'approve' | 'reject';
  rationale: string;
  /** New values for fields (approve only); a value equal to the current one is not a correction. */
  corrections: readonly { name: string; value: string }[];
}

/** Corrections with their before values, against the fields as the request carried them. */
export function correctionsAgainst(entry: QueueEntry, wanted: DecisionInput['corrections']): FieldCorrection[] {
  const current = new Map(entry.request.fields.map((field) => [field.name, field.value]));
  const byName = new Map(wanted.map((c) => [c.name, c.value.trim()]));
  return [...byName]
    .filter(([name, value]) => current.get(name) !== value)
    .map(([name, value]) => ({ name, value, previousValue: current.get(name) ?? null }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const sameCorrections = (a: readonly FieldCorrection[], b: readonly FieldCorrection[]) =>
  JSON.stringify(a.map((c) => [c.name, c.value])) === JSON.stringify(b.map((c) => [c.name, c.value]));

/**
 * Approve (with any corrections) or reject. Needs the decider's running lease (a late decision after
 * the lease expired is refused with 409) and a rationale. Rejections need one reviewer; approvals
 * that trip a four-eyes rule are recorded as the first approval and wait for a different reviewer,
 * whose approval of the same values decides (other values restart the four-eyes with them first).
 */
export function decide(entry: QueueEntry, who: Principal, now: number, input: DecisionInput, policy: TenantPolicy): Transition {
  const refused = writable(entry, who) ?? heldBy(entry, who, now);
  if (refused) return refused;
  const rationale = input.rationale.trim();
  if (rationale.length === 0) return refuse(400, 'RATIONALE_REQUIRED', 'a rationale is required for every decision');
  const completion = (decision: 'ACCEPTED' | 'REJECTED', corrections: FieldCorrection[], approvers: string[]): ReviewCompleted => ({
    documentId: entry.documentId,
    tenant: entry.tenant,
    decision,
    reviewer: who.username,
    rationale,
    corrections,
    approvers,
    completedAt: now,
  });
  const decided = (decision: 'ACCEPTED' | 'REJECTED') => ({ status: 'DECIDED' as const, lease: null, decision, decidedBy: who.username, decidedAt: now });

  if (input.action === 'reject') {
    const final = completion('REJECTED', [], []);
    return changed(entry, { ...decided('REJECTED'), completion: final }, [{ action: 'rejected', reviewer: who.username, rationale }], final);
  }

  const corrections = correctionsAgainst(entry, input.corrections);
  const corrected = new Map(corrections.map((c) => [c.name, c.value]));
  const fields = entry.request.fields.map((field) => ({ name: field.name, value: corrected.get(field.name) ?? field.value }));
  for (const c of corrections) if (c.previousValue === null) fields.push({ name: c.name, value: c.value });
  const triggers = fourEyesTriggers(policy, { fields, corrected: corrections.map((c) => c.name), reasons: entry.request.reasons.map((r) => r.rule) });
  const steps: ReviewStep[] = corrections.length
    ? [{ action: 'corrected', reviewer: who.username, rationale, details: { fields: corrections.map((c) => c.name).join(',') } }]
    : [];

  const first = entry.firstApproval;
  if (triggers.length > 0 && first?.reviewer === who.username) {
    return refuse(403, 'FOUR_EYES', `four-eyes (${triggers.join('; ')}): ${who.username} approved first; a different reviewer must approve`);
  }
  if (triggers.length > 0 && (first === null || !sameCorrections(first.corrections, corrections))) {
    const approval = { reviewer: who.username, rationale, corrections, fourEyes: triggers, at: now };
    steps.push({ action: 'approved', reviewer: who.username, rationale, details: { stage: 'first of two', fourEyes: triggers.join('; ') } });
    return changed(entry, { status: 'AWAITING_SECOND', lease: null, firstApproval: approval }, steps);
  }
  const approvers = first && triggers.length > 0 ? [first.reviewer, who.username] : [who.username];
  const final = completion('ACCEPTED', corrections, approvers);
  steps.push({ action: 'approved', reviewer: who.username, rationale, details: { approvers: approvers.join(','), ...(approvers.length > 1 ? { stage: 'second of two' } : {}) } });
  return changed(entry, { ...decided('ACCEPTED'), completion: final }, steps, final);
}
