import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EmbeddingModel } from '../../model-contracts';
import { loadTriageTaxonomies } from '../../triage/load-triage-taxonomies';
import { messageReading } from './message-reading';
import { createTaxonomyClassifier } from './taxonomy-classifier';

const shipped = loadTriageTaxonomies({});
const classifier = createTaxonomyClassifier();
const mail = (subject: string, body: string) => `From: Kim Lee <kim@example.com>\nTo: help@example.com\nSubject: ${subject}\nDate: Tue, 3 Mar 2026 10:00:00 +0100\n\n${body}`;

describe('intent from the tenant taxonomy', () => {
  it.each([
    ['default', mail('Order 4471', 'Hello, please cancel my order 4471, I no longer need it. Thanks, Kim'), 'cancellation'],
    ['default', mail('Money back', 'I sent the jumper back three weeks ago and still have not had my refund.'), 'refund'],
    ['default', mail('Wo bleibt mein Paket?', 'Die Sendungsverfolgung zeigt seit Tagen nichts an.'), 'delivery_status'],
    ['default', mail('Rechnung RE-5512', 'Zahlungserinnerung: unsere Rechnung ist seit dem 3. März überfällig.'), 'payment_reminder'],
    ['default', mail('Out of office', 'I am out of the office until Monday with limited access to e-mail.'), 'other'],
    ['shopco', mail('Wrong size', 'The trainers are too small, can I exchange them for a 42? Please send a return label.'), 'return_request'],
    ['shopco', mail('Login', "I can't log in, the password reset link never arrives."), 'account_access'],
    ['shopco', mail('Question', 'Is the rain jacket waterproof and is it in stock in size M?'), 'product_question'],
    ['shopco', mail('Anulowanie zamówienia', 'Proszę anulować moje zamówienie przed wysyłką.'), 'cancellation'],
    ['default', mail('Undeliverable: quote Q-88', 'Your message to j.doe@example.net could not be delivered. The address was not found.'), 'other'],
    ['default', mail('Preisliste 2027', 'Anbei unsere neue Preisliste, nur zur Information – kein Handlungsbedarf Ihrerseits.'), 'other'],
    ['default', mail('Factuur 7781', 'Wij hebben factuur 7781 per abuis dubbel betaald. Kunt u het bedrag terugstorten?'), 'refund'],
    ['default', mail('Same again please', 'Could we have a repeat order of last month, 40 rolls of tape.'), 'order_request'],
    ['shopco', mail('Order SC-1', 'My order still says processing after a week and nothing has shipped.'), 'delivery_status'],
    ['default', mail('Inv 5512', 'Inv 5512 has no PO number on it, please reissue it with PO 7781.'), 'invoice_question'],
    ['default', mail('Nieuw adres', 'Vanaf 1 juni graag alle facturen naar ons nieuw factuuradres: Postbus 12, Delft.'), 'address_change'],
    ['default', mail('Bestellung', 'Wir möchten bestellen: 20 Kartons, Lieferung an die übliche Rechnungsadresse.'), 'order_request'],
    ['default', mail('PO 5510', 'pls add 3 more pallets to PO 5510, same delivery date.'), 'order_request'],
    ['default', mail('Nouvel interlocuteur', 'À partir du 1er mai, votre nouvel interlocuteur pour les achats sera M. Petit.'), 'address_change'],
  ])('%s: %s → %s', async (tenant, text, intent) => {
    expect((await classifier.intent(shipped.for(tenant), text)).intent).toBe(intent);
  });

  it('gives a complaint that asks for a cancellation to the cancellation (yieldsTo)', async () => {
    const angry = mail('Fed up', 'This is unacceptable. The third delivery arrived damaged, I am disappointed and fed up. Terminate my contract.');
    expect((await classifier.intent(shipped.defaults, angry)).intent).toBe('cancellation');
    const withoutYield = { ...shipped.defaults, intents: shipped.defaults.intents.map((i) => ({ ...i, yieldsTo: [] })) };
    expect((await classifier.intent(withoutYield, angry)).intent).toBe('complaint');
  });

  it('reads the new part of a reply, not the quoted history', async () => {
    const text = mail('Re: your invoice', 'Thanks, and please cancel the subscription from next month.\n\nOn Mon, 2 Mar 2026 at 09:00, Billing <billing@example.com> wrote:\n> Your invoice is overdue, this is a payment reminder. Outstanding balance 40 EUR.');
    expect(messageReading(text).body).not.toContain('overdue');
    expect((await classifier.intent(shipped.defaults, text)).intent).toBe('cancellation');
  });

  it('decodes the subject and reads a forward with a one-line note as the forwarded message', () => {
    const text = 'From: a@example.com\nSubject: =?UTF-8?Q?R=C3=BCckerstattung?=\n\nFYI\n\n---------- Forwarded message ---------\nFrom: b@example.com\n\nWhere is my parcel?';
    expect(messageReading(text)).toEqual({ subject: 'Rückerstattung', reply: false, body: expect.stringContaining('Where is my parcel?'), signature: '' });
  });

  it('classifies with a new taxonomy file and no code change: cue terms, then the nearest example above the threshold, else the fallback', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-'));
    writeFileSync(
      join(dir, 'default.json'),
      JSON.stringify({
        intents: [
          { name: 'warranty_claim', description: 'A repair or replacement under warranty', examples: ['My kettle broke after a month, is it covered by the guarantee?'], terms: { strong: ['warranty', 'guarantee', 'garantie'] } },
          { name: 'spare_parts', description: 'Wants to buy a spare part', examples: ['I need a new filter for my coffee machine.'], terms: { strong: ['spare part', 'ersatzteil'] } },
          { name: 'other', description: 'Anything else at all', examples: ['Happy new year to the whole team!'] },
        ],
        urgency: { high: { strong: ['urgent'] }, low: { strong: ['no rush'] } },
      }),
    );
    const taxonomy = loadTriageTaxonomies({ TRIAGE_DIR: dir }).defaults;
    expect((await classifier.intent(taxonomy, mail('Kettle', 'Ist das noch Garantie? Der Wasserkocher ist kaputt.'))).intent).toBe('warranty_claim');
    // No cue term: a stand-in embedding puts the message next to the spare-parts example.
    let embedded = 0;
    const embedding: EmbeddingModel = {
      ref: { provider: 'test', model: 'keyword-vectors', version: '1', promptId: null, promptHash: null },
      dimensions: 2,
      embed: (texts) => {
        embedded += texts.length;
        const vectors = texts.map((t) => (/filter|nozzle/i.test(t) ? [0, 1] : /guarantee/i.test(t) ? [1, 0] : /weather/i.test(t) ? [-0.6, -0.8] : [0.6, -0.8]));
        return Promise.resolve({ value: vectors, usage: { inputTokens: 0, outputTokens: 0, characters: 0, latencyMs: 0, costUsd: 0 }, model: embedding.ref, degraded: false, redactions: {} });
      },
    };
    const nearest = createTaxonomyClassifier({ embedding, similarityThreshold: 0.5 });
    expect(await nearest.intent(taxonomy, mail('Nozzle', 'Do you sell the nozzle for model X2?'))).toEqual({ intent: 'spare_parts', evidence: 'exampleNearest' });
    // Nothing close enough (cosine 0.28 < 0.5 to the nearest example): the fallback.
    expect(await nearest.intent(taxonomy, mail('Hello', 'Lovely weather today.'))).toEqual({ intent: 'other', evidence: 'lexiconDefault' });
    // The examples were embedded once (3), then one vector per open message (2).
    expect(embedded).toBe(5);
  });

  it('urgency from the taxonomy rules: a low cue beats a high one', () => {
    expect(classifier.urgency(shipped.defaults, mail('URGENT', 'Production stop, we need the parts by tomorrow.')).intent).toBe('high');
    expect(classifier.urgency(shipped.defaults, mail('Address', 'Not urgent, whenever you have time: our new address is below.')).intent).toBe('low');
    expect(classifier.urgency(shipped.defaults, mail('Invoice copy', 'Could you send a copy of invoice 42?')).intent).toBe('normal');
  });
});
