import { renderEmail, renderTicket, type RenderedSample } from './email-documents';
import { buildInvoiceFacts, type InvoiceFacts } from './invoice-facts';
import { invoiceLayouts } from './invoice-layouts';
import type { LabelledDocument, SampleKind, Split, Truth } from './labelled-document';
import { centsToTruth, dateStylesByLanguage, numberStylesByLanguage, type DateStyle, type Language } from './locale-formats';
import { buildReferenceData, type ReferenceData } from './reference-data';
import { createRenderContext } from './render-context';
import { createRandom, type Random } from './seeded-random';

export interface GenerateOptions {
  seed: number;
  count: number;
  split: Split;
  /** Share of each kind; the rest of the weight goes to invoices. */
  mix?: { invoice: number; email: number; ticket: number };
  /** Probability scale for error cases (bad IBAN, totals, missing fields, unknown vendor). */
  errorRate?: number;
  /** Probability that a document re-sends an earlier invoice with a new id. */
  duplicateRate?: number;
  tenant?: string;
  reference?: ReferenceData;
}

// Spanish is never used for dev documents: it is the "language nobody tuned on" of the holdout.
const devLanguages: readonly Language[] = ['en', 'en', 'de', 'de', 'fr'];
const holdoutLanguages: readonly Language[] = ['en', 'de', 'fr', 'es', 'es'];

function invoiceTruth(facts: InvoiceFacts): Record<string, string> {
  const fields: Record<string, string> = {
    currency: facts.currency,
    netAmount: centsToTruth(facts.netCents),
    taxAmount: centsToTruth(facts.taxCents),
    totalAmount: centsToTruth(facts.totalCents),
    vendorName: facts.vendorPrinted,
  };
  if (facts.invoiceNumber) fields.invoiceNumber = facts.invoiceNumber;
  if (facts.issueDate) fields.issueDate = facts.issueDate;
  if (facts.dueDate) fields.dueDate = facts.dueDate;
  if (facts.iban) fields.iban = facts.iban;
  // Compact as printed: a Swiss MWST/TVA/IVA suffix is part of the printed id (labelling convention
  // of the blind corpora, bench/corpora/invoices/README.md).
  if (facts.vatIdPrinted && facts.vendor.vatId) fields.vatId = facts.vatIdPrinted.replace(/[\s.\-/]/g, '').toUpperCase();
  if (facts.orderNumber) fields.orderNumber = facts.orderNumber;
  facts.items.forEach((item, i) => {
    fields[`lineItems[${i}].description`] = item.description;
    fields[`lineItems[${i}].quantity`] = String(item.quantity);
    fields[`lineItems[${i}].unitPrice`] = centsToTruth(item.unitCents);
    fields[`lineItems[${i}].amount`] = centsToTruth(item.amountCents);
  });
  return fields;
}

function dateStyleFor(random: Random, language: Language, currency: string): DateStyle {
  // US convention only where the reader would expect it; elsewhere slashes are day-first.
  if (language === 'en' && currency === 'USD') return random.pick(['iso', 'mdy-slash', 'long-en-us', 'long-en']);
  return random.pick(dateStylesByLanguage[language]);
}

function renderInvoice(random: Random, language: Language, split: Split, reference: ReferenceData, errorRate: number) {
  const facts = buildInvoiceFacts(random, { language, vendors: reference.vendors, customers: reference.customers, errorRate });
  const layouts = invoiceLayouts.filter((l) => (split === 'holdout' ? l.holdout || language === 'es' : !l.holdout));
  const layout = random.pick(layouts);
  const numberStyle = facts.currency === 'CHF' ? 'ch' : random.pick(numberStylesByLanguage[language]);
  const ctx = createRenderContext({ language, split, random, currency: facts.currency, numberStyle, dateStyle: dateStyleFor(random, language, facts.currency) });
  const text = layout.render(facts, ctx);
  const fields = invoiceTruth(facts);
  // Payment terms alone ("within 30 days") print no due date, so none is labelled (as a reader would).
  if (facts.dueDate && facts.termDays !== null && !text.includes(ctx.date(facts.dueDate))) delete fields.dueDate;
  return { facts, rendered: { text, fields, template: layout.id, contentType: 'text/plain' } };
}

/** Deterministic for (seed, options): the same documents, ids and truth on every run. */
export function generateDocuments(options: GenerateOptions): LabelledDocument[] {
  const random = createRandom(options.seed);
  const reference = options.reference ?? buildReferenceData();
  const mix = options.mix ?? { invoice: 0.6, email: 0.3, ticket: 0.1 };
  const errorRate = options.errorRate ?? 0.3;
  const duplicateRate = options.duplicateRate ?? 0.04;
  const tenant = options.tenant ?? 'demo';
  const languages = options.split === 'holdout' ? holdoutLanguages : devLanguages;
  const out: LabelledDocument[] = [];
  const baseTime = Date.UTC(2025, 2, 1);
  for (let n = 0; n < options.count; n++) {
    const id = `${options.split}-${options.seed}-${String(n).padStart(5, '0')}`;
    const receivedAt = baseTime + n * 60_000;
    const earlierInvoices = out.filter((d) => d.document.kind === 'invoice' && !d.truth.expected.duplicateOf);
    if (earlierInvoices.length > 0 && random.chance(duplicateRate)) {
      const original = random.pick(earlierInvoices);
      out.push({
        document: { ...original.document, id, receivedAt, attributes: { ...original.document.attributes } },
        truth: { ...original.truth, expected: { ...original.truth.expected, duplicateOf: original.document.id } },
      });
      continue;
    }
    const roll = random.next();
    const kind: SampleKind = roll < mix.email ? 'email' : roll < mix.email + mix.ticket ? 'ticket' : 'invoice';
    const language = random.pick(languages);
    const customer = random.pick(reference.customers);
    let rendered: RenderedSample;
    let expected: Truth['expected'] = { missing: [] };
    if (kind === 'invoice') {
      const { facts, rendered: r } = renderInvoice(random, language, options.split, reference, errorRate);
      rendered = r;
      expected = {
        missing: facts.missing,
        ...(facts.badIban ? { badIban: true } : {}),
        ...(facts.totalsMismatch ? { totalsMismatch: true } : {}),
        ...(facts.vendorKnown ? { vendorId: facts.vendor.id } : { unknownVendor: true }),
      };
    } else if (kind === 'email') {
      rendered = renderEmail(random, language, options.split, customer);
    } else {
      rendered = renderTicket(random, language, customer);
    }
    out.push({
      document: {
        id,
        tenant,
        kind,
        source: { platform: kind === 'email' ? 'mailbox' : kind === 'ticket' ? 'helpdesk' : 'erp-export', uri: `sample://${options.split}/${id}` },
        contentType: rendered.contentType,
        // Holdout text sometimes arrives with Windows line endings, as exports from other systems do.
        text: options.split === 'holdout' && random.chance(0.3) ? rendered.text.replace(/\n/g, '\r\n') : rendered.text,
        receivedAt,
        attributes: { language, generator: '@sluice/samples' },
      },
      truth: { fields: rendered.fields, expected, language, template: rendered.template, split: options.split },
    });
  }
  return out;
}
