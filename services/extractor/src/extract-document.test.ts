import { describe, expect, it } from 'vitest';
import type { DocumentIngested } from '@sluice/contracts';
import { triageTaxonomies, triageTaxonomy, triageTaxonomySchema } from '@sluice/models';
import { extractDocument } from './extract-document';
import { fakeExtractionChain, fixedLanguage } from '@sluice/testkit/model-doubles';

const document = (kind: string, text = 'Invoice INV-7 total 12.50 EUR'): DocumentIngested => ({
  id: 'doc-1',
  tenant: 'acme',
  kind,
  source: { platform: 'test', uri: null },
  contentType: 'text/plain',
  text,
  receivedAt: 1_700_000_000_000,
  attributes: {},
});

describe('extractDocument', () => {
  it('extracts the targets of the kind and records model, language and times', async () => {
    const chain = fakeExtractionChain(() => [
      { name: 'invoiceNumber', value: 'INV-7', confidence: 0.9 },
      { name: 'lineItems[0].amount', value: '12.50', confidence: 0.8 },
    ]);
    const { record, result, kind } = await extractDocument(document('Invoice '), { extraction: chain.model, language: fixedLanguage('de'), now: () => 42 });
    expect(kind).toBe('invoice');
    expect(record).toMatchObject({
      documentId: 'doc-1',
      tenant: 'acme',
      kind: 'invoice',
      language: 'de',
      receivedAt: 1_700_000_000_000,
      extractedAt: 42,
      degraded: false,
      model: { provider: 'test', model: 'fake-extractor', promptHash: 'abc123' },
      fields: [
        { name: 'invoiceNumber', value: 'INV-7', confidence: 0.9 },
        { name: 'lineItems[0].amount', value: '12.50', confidence: 0.8 },
      ],
    });
    expect(record.text).toBe(document('invoice').text);
    expect(result.usage.costUsd).toBe(0.001);
  });

  it('processes unknown kinds as other: language only, no model call, no fields', async () => {
    const chain = fakeExtractionChain(() => [{ name: 'invoiceNumber', value: 'INV-7', confidence: 0.9 }]);
    const { record } = await extractDocument(document('fax'), { extraction: chain.model, language: fixedLanguage('fr') });
    expect(chain.calls).toEqual([]);
    expect(record).toMatchObject({ kind: 'other', language: 'fr', fields: [], model: { provider: 'local', model: 'language-stopwords' } });
  });

  it('emits no language when it is undetermined', async () => {
    const chain = fakeExtractionChain(() => []);
    const { record } = await extractDocument(document('ticket'), { extraction: chain.model, language: fixedLanguage('und') });
    expect(record.language).toBeNull();
  });

  it('lets a model answer that does not fit the targets fail as INVALID_MODEL_OUTPUT, never returning it', async () => {
    const chain = fakeExtractionChain(() => [{ name: 'totalAmount', value: '1.234,50', confidence: 0.9 }]);
    await expect(extractDocument(document('invoice'), { extraction: chain.model, language: fixedLanguage('en') })).rejects.toMatchObject({
      code: 'INVALID_MODEL_OUTPUT',
      retryable: false,
    });
  });

  it("holds an e-mail's intent to its tenant's triage taxonomy", async () => {
    const shop = triageTaxonomy(
      'acme',
      triageTaxonomySchema.parse({
        intents: [
          { name: 'return_request', description: 'Wants to send an item back', examples: ['Can I send the shoes back?'] },
          { name: 'other', description: 'Anything else at all', examples: ['See you at the fair.'] },
        ],
        urgency: { high: { strong: ['urgent'] }, low: { strong: ['no rush'] } },
      }),
    );
    const defaults = triageTaxonomy(
      'default',
      triageTaxonomySchema.parse({
        intents: [shop.intents[1], { name: 'refund', description: 'Wants money back', examples: ['Refund me please.'] }],
        urgency: shop.urgency,
      }),
    );
    const chain = fakeExtractionChain(() => [
      { name: 'intent', value: 'return_request', confidence: 0.9 },
      { name: 'senderEmail', value: 'a@example.com', confidence: 0.9 },
      { name: 'urgency', value: 'normal', confidence: 0.9 },
    ]);
    const mail = document('email', 'From: a@example.com\n\nCan I send the shoes back?');
    const { record } = await extractDocument(mail, { extraction: chain.model, language: fixedLanguage('en'), triage: triageTaxonomies(defaults, { acme: shop }) });
    expect(record.fields.find((f) => f.name === 'intent')?.value).toBe('return_request');
    // Another tenant's taxonomy has no such intent: the answer does not fit its targets.
    await expect(extractDocument({ ...mail, tenant: 'globex' }, { extraction: chain.model, language: fixedLanguage('en'), triage: triageTaxonomies(defaults, { acme: shop }) })).rejects.toMatchObject({ code: 'INVALID_MODEL_OUTPUT' });
  });
});

describe('extractDocument bounds its record (issue 12, input 5)', () => {
  it('keeps the first items of a repeated target and names the cut with how many there were', async () => {
    const lines = Array.from({ length: 2500 }, (_, i) => [
      { name: `lineItems[${i}].description`, value: `Item ${i}`, confidence: 0.8 },
      { name: `lineItems[${i}].amount`, value: `${i}.00`, confidence: 0.8 },
    ]).flat();
    const chain = fakeExtractionChain(() => [{ name: 'invoiceNumber', value: 'INV-7', confidence: 0.9 }, ...lines]);
    const { record, result } = await extractDocument(document('invoice'), { extraction: chain.model, language: fixedLanguage('en'), maxRepeatedItems: 1000 });
    expect(record.capped).toEqual({ lineItems: 2500 });
    expect(record.fields).toHaveLength(1 + 2 * 1000);
    expect(record.fields.at(-1)?.name).toBe('lineItems[999].amount');
    expect(record.fields[0]?.name).toBe('invoiceNumber');
    expect(result.value).toHaveLength(1 + 2 * 2500);
  });

  it('says nothing was cut when the items fit', async () => {
    const read: string[] = [];
    const chain = fakeExtractionChain((text) => (read.push(text), [{ name: 'lineItems[0].amount', value: '12.50', confidence: 0.8 }]));
    const { record } = await extractDocument(document('invoice'), { extraction: chain.model, language: fixedLanguage('en') });
    expect(record.capped).toEqual({});
    expect(record.fields).toHaveLength(1);
    expect(read).toEqual([document('invoice').text]);
  });

  it('gives the models only the head of a very long text and names the cut with the full length (input 1)', async () => {
    const read: string[] = [];
    const chain = fakeExtractionChain((text) => (read.push(text), [{ name: 'invoiceNumber', value: 'INV-7', confidence: 0.9 }]));
    const long = `Invoice INV-7 ${'x'.repeat(5000)}\u{1F600}tail`;
    const { record } = await extractDocument(document('invoice', long), { extraction: chain.model, language: fixedLanguage('en'), maxTextChars: 5015 });
    // The cut falls inside the emoji's surrogate pair: the head stops before it.
    expect(read).toEqual([long.slice(0, 5014)]);
    expect(record.capped).toEqual({ text: long.length });
    expect(record.text).toBe(long);
  });
});
