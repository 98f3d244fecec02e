import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailIntentValues, emailTargetsFor } from '../extraction-targets';
import { loadTriageTaxonomies } from './load-triage-taxonomies';

describe('triage taxonomies (config/triage)', () => {
  const shipped = loadTriageTaxonomies({});

  it('ships a default with the common support intents, kept in step with emailIntentValues', () => {
    const names = shipped.defaults.intents.map((i) => i.name);
    expect(names).toEqual([...emailIntentValues]);
    expect(names).toEqual(expect.arrayContaining(['cancellation', 'refund', 'delivery_status', 'other']));
    expect(shipped.for('a-tenant-without-a-file')).toBe(shipped.defaults);
  });

  it("gives a tenant with a file its own taxonomy (the shop's)", () => {
    expect(shipped.for('shopco').intents.map((i) => i.name)).toEqual(['cancellation', 'refund', 'delivery_status', 'return_request', 'product_question', 'account_access', 'complaint', 'other']);
    expect(shipped.for('shopco').hash).not.toBe(shipped.defaults.hash);
  });

  it('puts the taxonomy into the intent target a remote model reads', () => {
    const intent = emailTargetsFor(shipped.for('shopco')).find((t) => t.name === 'intent')!;
    expect(intent.values).toContain('return_request');
    expect(intent.description).toContain('return_request: Wants to send an item back');
  });

  it('refuses a directory without a default and a file that does not validate, naming it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-'));
    expect(() => loadTriageTaxonomies({ TRIAGE_DIR: dir })).toThrow(/TRIAGE_DIR: .* has no default.json/);
    writeFileSync(join(dir, 'default.json'), JSON.stringify({ intents: [{ name: 'a', description: 'the first intent', examples: ['an example message'] }], urgency: { high: {}, low: {} } }));
    expect(() => loadTriageTaxonomies({ TRIAGE_DIR: dir })).toThrow(/default.json: intents: Too small.*fallback: "other" is not one of the intents/);
  });
});
