import { describe, expect, it } from 'vitest';
import type { Principal } from '@sluice/accounts';
import type { QueueEntry } from './queue-entry';
import type { TenantPolicy } from './review-policy';
import { claim, decide, escalate, expire, heartbeat, release } from './review-transitions';

const ana: Principal = { username: 'ana', role: 'reviewer', tenants: ['acme'] };
const ben: Principal = { username: 'ben', role: 'reviewer', tenants: ['acme'] };
const eve: Principal = { username: 'eve', role: 'reviewer', tenants: ['globex'] };
const olu: Principal = { username: 'olu', role: 'auditor', tenants: [] };
const LEASE = 600_000;
const policy: TenantPolicy = {
  slaMinutes: 60,
  fourEyes: [
    { when: 'field-above', field: 'totalAmount', limit: 10_000 },
    { when: 'field-corrected', field: 'iban' },
  ],
};

function entry(patch: Partial<QueueEntry> = {}, total = '120.00'): QueueEntry {
  return {
    documentId: 'doc-1',
    tenant: 'acme',
    kind: 'invoice',
    request: {
      documentId: 'doc-1',
      tenant: 'acme',
      kind: 'invoice',
      proposedDecision: 'ACCEPTED',
      reasons: [{ rule: 'vendor-match', severity: 'review', message: 'unknown vendor' }],
      fields: [
        { name: 'invoiceNumber', value: 'INV-1', confidence: 0.9, span: null },
        { name: 'totalAmount', value: total, confidence: 0.95, span: null },
        { name: 'iban', value: 'DE89370400440532013000', confidence: 0.8, span: null },
      ],
      matches: [],
      requestedAt: 1_000,
    },
    requestedAt: 1_000,
    dueAt: 1_000 + 3_600_000,
    escalatedAt: null,
    status: 'OPEN',
    lease: null,
    firstApproval: null,
    decision: null,
    decidedBy: null,
    decidedAt: null,
    completion: null,
    version: 0,
    ...patch,
  };
}

function ok(transition: ReturnType<typeof claim>): QueueEntry {
  if (!transition.ok) throw new Error(`refused: ${transition.error}`);
  return transition.entry;
}

const approve = (rationale = 'checked against the PO', corrections: { name: string; value: string }[] = []) => ({ action: 'approve' as const, rationale, corrections });

describe('leases', () => {
  it('gives the document to the first claimant and tells the second who holds it until when', () => {
    const held = ok(claim(entry(), ana, 10, LEASE));
    expect(held.lease).toEqual({ holder: 'ana', expiresAt: 10 + LEASE });
    const second = claim(held, ben, 20, LEASE);
    expect(second).toMatchObject({ ok: false, status: 409, code: 'LEASED', holder: 'ana', until: 10 + LEASE });
  });

  it('lets a second reviewer take an expired lease and refuses the first one late decision with 409', () => {
    const held = ok(claim(entry(), ana, 10, LEASE));
    const taken = claim(held, ben, 11 + LEASE, LEASE);
    expect(taken.ok && taken.steps.map((s) => [s.action, s.reviewer])).toEqual([
      ['expired', 'ana'],
      ['claimed', 'ben'],
    ]);
    const late = decide(ok(taken), ana, 12 + LEASE, approve(), policy);
    expect(late).toMatchObject({ ok: false, status: 409, code: 'LEASED', holder: 'ben' });
    const expiredOnly = decide(held, ana, 11 + LEASE, approve(), policy);
    expect(expiredOnly).toMatchObject({ ok: false, status: 409, code: 'LEASE_EXPIRED' });
  });

  it('extends the lease by heartbeat, releases it, and the sweeper expires only what ran out', () => {
    const held = ok(claim(entry(), ana, 10, LEASE));
    expect(ok(heartbeat(held, ana, 500, LEASE)).lease?.expiresAt).toBe(500 + LEASE);
    expect(heartbeat(held, ben, 500, LEASE)).toMatchObject({ ok: false, status: 409 });
    expect(ok(release(held, ana, 20)).lease).toBeNull();
    expect(expire(held, 20)).toBeUndefined();
    const expired = expire(held, 11 + LEASE);
    expect(expired?.ok && expired.entry.lease).toBeNull();
  });

  it('refuses reviewers of other tenants and auditors with 403, and decided entries with 409', () => {
    expect(claim(entry(), eve, 10, LEASE)).toMatchObject({ ok: false, status: 403 });
    expect(claim(entry(), olu, 10, LEASE)).toMatchObject({ ok: false, status: 403 });
    expect(claim(entry({ status: 'DECIDED', decidedBy: 'ben' }), ana, 10, LEASE)).toMatchObject({ ok: false, status: 409, code: 'ALREADY_DECIDED' });
  });
});

describe('decisions', () => {
  it('needs a lease and a rationale', () => {
    expect(decide(entry(), ana, 10, approve(), policy)).toMatchObject({ ok: false, status: 409, code: 'NOT_CLAIMED' });
    const held = ok(claim(entry(), ana, 10, LEASE));
    expect(decide(held, ana, 20, approve('   '), policy)).toMatchObject({ ok: false, status: 400, code: 'RATIONALE_REQUIRED' });
  });

  it('approves with corrections carrying before and after values', () => {
    const held = ok(claim(entry(), ana, 10, LEASE));
    const done = decide(held, ana, 20, approve('number misread', [{ name: 'invoiceNumber', value: 'INV-7' }, { name: 'totalAmount', value: '120.00' }]), policy);
    if (!done.ok) throw new Error(done.error);
    expect(done.entry).toMatchObject({ status: 'DECIDED', decision: 'ACCEPTED', decidedBy: 'ana', lease: null });
    expect(done.completion).toMatchObject({
      decision: 'ACCEPTED',
      reviewer: 'ana',
      rationale: 'number misread',
      approvers: ['ana'],
      corrections: [{ name: 'invoiceNumber', value: 'INV-7', previousValue: 'INV-1' }],
    });
    expect(done.steps.map((s) => s.action)).toEqual(['corrected', 'approved']);
  });

  it('rejects with one reviewer', () => {
    const done = decide(ok(claim(entry({}, '50000.00'), ana, 10, LEASE)), ana, 20, { action: 'reject', rationale: 'not ours', corrections: [] }, policy);
    expect(done.ok && done.completion).toMatchObject({ decision: 'REJECTED', reviewer: 'ana', rationale: 'not ours' });
  });
});

describe('four-eyes', () => {
  it('needs two different reviewers for an amount over the limit; the same reviewer twice is refused', () => {
    const first = decide(ok(claim(entry({}, '25000.00'), ana, 10, LEASE)), ana, 20, approve('matches the contract'), policy);
    if (!first.ok) throw new Error(first.error);
    expect(first.completion).toBeUndefined();
    expect(first.entry).toMatchObject({ status: 'AWAITING_SECOND', lease: null, firstApproval: { reviewer: 'ana' } });
    expect(claim(first.entry, ana, 30, LEASE)).toMatchObject({ ok: false, status: 403, code: 'FOUR_EYES' });
    const second = decide(ok(claim(first.entry, ben, 40, LEASE)), ben, 50, approve('confirmed'), policy);
    expect(second.ok && second.completion).toMatchObject({ decision: 'ACCEPTED', reviewer: 'ben', approvers: ['ana', 'ben'] });
  });

  it('treats a changed IBAN as four-eyes, and a second reviewer who changes the values as a new first approval', () => {
    const iban = [{ name: 'iban', value: 'GB82WEST12345698765432' }];
    const first = decide(ok(claim(entry(), ana, 10, LEASE)), ana, 20, approve('new account letter', iban), policy);
    expect(first.ok && first.entry.status).toBe('AWAITING_SECOND');
    const other = decide(ok(claim(first.ok ? first.entry : entry(), ben, 30, LEASE)), ben, 40, approve('different', [{ name: 'iban', value: 'NL91ABNA0417164300' }]), policy);
    expect(other.ok && other.entry).toMatchObject({ status: 'AWAITING_SECOND', firstApproval: { reviewer: 'ben' } });
    const last = decide(ok(claim(other.ok ? other.entry : entry(), ana, 50, LEASE)), ana, 60, approve('ok', [{ name: 'iban', value: 'NL91ABNA0417164300' }]), policy);
    expect(last.ok && last.completion?.approvers).toEqual(['ben', 'ana']);
  });
});

describe('SLA', () => {
  it('escalates an entry once, when it is past due and not decided', () => {
    const waiting = entry();
    expect(escalate(waiting, waiting.dueAt - 1)).toBeUndefined();
    const escalated = escalate(waiting, waiting.dueAt + 5);
    expect(escalated?.ok && escalated.entry.escalatedAt).toBe(waiting.dueAt + 5);
    expect(escalate(escalated?.ok ? escalated.entry : waiting, waiting.dueAt + 10)).toBeUndefined();
    expect(escalate(entry({ status: 'DECIDED' }), waiting.dueAt + 5)).toBeUndefined();
  });
});
