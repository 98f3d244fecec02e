import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EffectTable } from './operation-effects';
import { RecordedAnswers } from './recorded-answers';
import { withoutSideEffects, type WithheldCall } from './without-side-effects';

/** A connector with a side effect, as a ticketing system would have (the ERP has only lookups). */
interface TicketingClient {
  ticket(id: string, signal?: AbortSignal): Promise<{ id: string; status: string } | null>;
  openTicket(subject: string, priority: string, signal?: AbortSignal): Promise<{ id: string; created: boolean }>;
}

const ticketingEffects = {
  ticket: { effect: 'read' },
  openTicket: { effect: 'write', noOpAnswer: () => ({ id: 'shadow-no-op', created: false }) },
} satisfies EffectTable<TicketingClient>;

/** The real system, counting what reaches it. */
function ticketing() {
  const calls: string[] = [];
  const client: TicketingClient = {
    ticket: (id) => (calls.push(`ticket ${id}`), Promise.resolve({ id, status: 'open' })),
    openTicket: (subject) => (calls.push(`openTicket ${subject}`), Promise.resolve({ id: 'T-1', created: true })),
  };
  return { client, calls };
}

describe('withoutSideEffects', () => {
  it('lets reads through and answers writes without calling the system: recorded answer, else the no-op', async () => {
    const { client, calls } = ticketing();
    const withheld: WithheldCall[] = [];
    const recorded = new RecordedAnswers([{ operation: 'openTicket', args: ['refund for INV-7', 'high'], answer: { id: 'T-900', created: true } }]);
    const shadow = withoutSideEffects(client, ticketingEffects, { recorded, onWithheld: (call) => withheld.push(call) });

    expect(await shadow.ticket('T-5')).toEqual({ id: 'T-5', status: 'open' });
    expect(await shadow.openTicket('refund for INV-7', 'high', AbortSignal.timeout(1_000))).toEqual({ id: 'T-900', created: true });
    expect(await shadow.openTicket('something new', 'low')).toEqual({ id: 'shadow-no-op', created: false });

    expect(calls).toEqual(['ticket T-5']); // no write reached the system
    expect(withheld).toEqual([
      { operation: 'openTicket', args: ['refund for INV-7', 'high'], answeredWith: 'recorded' },
      { operation: 'openTicket', args: ['something new', 'low'], answeredWith: 'no-op' },
    ]);
  });

  it('reads recorded answers from JSON lines and names every bad line at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'answers-'));
    const good = join(dir, 'good.jsonl');
    writeFileSync(good, `${JSON.stringify({ operation: 'openTicket', args: ['a', 'b'], answer: { id: 'T-2' } })}\n\n`);
    expect(RecordedAnswers.fromJsonLines(good).lookup('openTicket', ['a', 'b'])).toEqual({ found: true, answer: { id: 'T-2' } });
    expect(RecordedAnswers.fromJsonLines(good).lookup('openTicket', ['a', 'c'])).toEqual({ found: false });

    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `{"operation":"x","args":[],"answer":1}\nnot json\n{"operation":"","args":"no"}\n`);
    expect(() => RecordedAnswers.fromJsonLines(bad)).toThrow(/bad\.jsonl:2: not JSON[\s\S]*bad\.jsonl:3: /);
    expect(() => RecordedAnswers.fromJsonLines(join(dir, 'missing.jsonl'))).toThrow(/cannot read/);
  });
});
