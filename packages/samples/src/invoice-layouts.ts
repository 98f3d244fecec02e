import type { InvoiceFacts } from './invoice-facts';
import type { Language } from './locale-formats';
import type { RenderContext } from './render-context';

/**
 * Invoice layouts. `holdout` layouts are never looked at while tuning the extractor: the eval
 * reports them separately as the estimate for layouts nobody here has seen.
 */
export interface InvoiceLayout {
  id: string;
  holdout: boolean;
  render(facts: InvoiceFacts, ctx: RenderContext): string;
}

const phrases: Record<Language, { greeting: string; intro: string; transfer: string; closing: string; thanks: string }> = {
  en: { greeting: 'Dear Sir or Madam,', intro: 'for your order we invoice the following:', transfer: 'Please transfer the amount of', closing: 'Kind regards', thanks: 'Thank you for your business.' },
  de: { greeting: 'Sehr geehrte Damen und Herren,', intro: 'für Ihren Auftrag berechnen wir Ihnen:', transfer: 'Bitte überweisen Sie den Betrag von', closing: 'Mit freundlichen Grüßen', thanks: 'Vielen Dank für Ihren Auftrag.' },
  fr: { greeting: 'Madame, Monsieur,', intro: 'pour votre commande, nous vous facturons :', transfer: 'Merci de virer le montant de', closing: 'Cordialement', thanks: 'Merci de votre confiance.' },
  es: { greeting: 'Estimados señores:', intro: 'por su pedido les facturamos lo siguiente:', transfer: 'Les rogamos transfieran el importe de', closing: 'Atentamente', thanks: 'Gracias por su confianza.' },
};

const connectors: Record<Language, { by: string; to: string; at: string; on: string }> = {
  en: { by: 'by', to: 'to', at: '@', on: 'on' },
  de: { by: 'bis zum', to: 'auf', at: 'à', on: 'am' },
  fr: { by: 'avant le', to: 'sur le compte', at: 'à', on: 'le' },
  es: { by: 'antes del', to: 'a la cuenta', at: 'a', on: 'el' },
};

const paymentTerms: Record<Language, (days: number) => string> = {
  en: (n) => `Payment terms: within ${n} days of the invoice date`,
  de: (n) => `Zahlbar innerhalb von ${n} Tagen ohne Abzug`,
  fr: (n) => `Paiement sous ${n} jours à réception`,
  es: (n) => `Forma de pago: a ${n} días`,
};

/** The due date as a labelled date, or as payment terms from which the reader computes it. */
function dueText(facts: InvoiceFacts, ctx: RenderContext, sep = ': '): string | null {
  if (facts.termDays !== null) return paymentTerms[ctx.language](facts.termDays);
  return facts.dueDate ? `${ctx.label('dueDate')}${sep}${ctx.date(facts.dueDate)}` : null;
}

function pad(text: string, width: number): string {
  return text.length >= width ? `${text} ` : text.padEnd(width);
}

function field(ctx: RenderContext, key: Parameters<RenderContext['label']>[0], value: string | null, sep = ': '): string[] {
  return value === null ? [] : [`${ctx.label(key)}${sep}${value}`];
}

function taxLine(facts: InvoiceFacts, ctx: RenderContext): string {
  return `${ctx.label('tax')} ${String(facts.taxRate).replace('.', ctx.language === 'en' ? '.' : ',')}%`;
}

function columnTable(facts: InvoiceFacts, ctx: RenderContext): string[] {
  const header = `${pad(ctx.label('description'), 34)}${pad(ctx.label('quantity'), 8)}${pad(ctx.label('unitPrice'), 16)}${ctx.label('amount')}`;
  const rows = facts.items.map(
    (item) => `${pad(item.description, 34)}${pad(String(item.quantity), 8)}${pad(ctx.number(item.unitCents), 16)}${ctx.number(item.amountCents)}`,
  );
  return [header, '-'.repeat(header.length), ...rows];
}

function totalsBlock(facts: InvoiceFacts, ctx: RenderContext, sep = ': '): string[] {
  return [
    `${ctx.label('net')}${sep}${ctx.money(facts.netCents)}`,
    `${taxLine(facts, ctx)}${sep}${ctx.money(facts.taxCents)}`,
    `${ctx.label('total')}${sep}${ctx.money(facts.totalCents)}`,
  ];
}

const keyValueTable: InvoiceLayout = {
  id: 'invoice-key-value-table',
  holdout: false,
  render(facts, ctx) {
    return [
      facts.vendorPrinted,
      `${facts.vendorAddress}, ${facts.vendorCity}`,
      ...field(ctx, 'vatId', facts.vatIdPrinted),
      '',
      ctx.label('title'),
      '',
      `${ctx.label('billTo')}:`,
      facts.customer.name,
      facts.customerAddress,
      '',
      ...field(ctx, 'invoiceNumber', facts.invoiceNumber),
      ...field(ctx, 'issueDate', facts.issueDate && ctx.date(facts.issueDate)),
      ...[dueText(facts, ctx)].filter((x): x is string => x !== null),
      ...field(ctx, 'orderNumber', facts.orderNumber),
      '',
      ...columnTable(facts, ctx),
      '',
      ...totalsBlock(facts, ctx),
      '',
      ...field(ctx, 'iban', facts.ibanPrinted),
    ].join('\n');
  },
};

const letter: InvoiceLayout = {
  id: 'invoice-letter',
  holdout: false,
  render(facts, ctx) {
    const p = phrases[ctx.language];
    const c = connectors[ctx.language];
    const items = facts.items.map(
      (item) => `- ${item.quantity} x ${item.description} ${c.at} ${ctx.money(item.unitCents)} = ${ctx.money(item.amountCents)}`,
    );
    const city = facts.vendorCity.replace(/^[\d\s-]+|,.*$/g, '').trim();
    const payment = [
      `${p.transfer} ${ctx.money(facts.totalCents)}`,
      facts.dueDate ? ` ${c.by} ${ctx.date(facts.dueDate)}` : '',
      facts.ibanPrinted ? ` ${c.to} IBAN ${facts.ibanPrinted}` : '',
      '.',
    ].join('');
    return [
      `${facts.vendorPrinted} · ${facts.vendorAddress} · ${facts.vendorCity}`,
      '',
      facts.customer.name,
      facts.customerAddress,
      '',
      facts.issueDate ? `${' '.repeat(40)}${city}, ${ctx.date(facts.issueDate)}` : '',
      '',
      facts.invoiceNumber ? `${ctx.label('title')} ${facts.invoiceNumber}` : ctx.label('title'),
      ...field(ctx, 'orderNumber', facts.orderNumber),
      '',
      p.greeting,
      p.intro,
      '',
      ...items,
      '',
      ...totalsBlock(facts, ctx),
      '',
      payment,
      '',
      p.closing,
      facts.vendorPrinted,
      ...field(ctx, 'vatId', facts.vatIdPrinted),
    ].join('\n');
  },
};

const pipeTable: InvoiceLayout = {
  id: 'invoice-pipe-table',
  holdout: false,
  render(facts, ctx) {
    const kv = (key: Parameters<RenderContext['label']>[0], value: string | null): string[] =>
      value === null ? [] : [`| ${ctx.label(key)} | ${value} |`];
    return [
      `# ${ctx.label('title')}`,
      '',
      ...kv('invoiceNumber', facts.invoiceNumber),
      ...kv('issueDate', facts.issueDate && ctx.date(facts.issueDate)),
      ...kv('dueDate', facts.dueDate && ctx.date(facts.dueDate)),
      ...kv('orderNumber', facts.orderNumber),
      ...kv('billTo', facts.customer.name),
      '',
      `| ${ctx.label('description')} | ${ctx.label('quantity')} | ${ctx.label('unitPrice')} | ${ctx.label('amount')} |`,
      '|---|---:|---:|---:|',
      ...facts.items.map((i) => `| ${i.description} | ${i.quantity} | ${ctx.number(i.unitCents)} | ${ctx.number(i.amountCents)} |`),
      '',
      ...totalsBlock(facts, ctx),
      '',
      '---',
      `${ctx.label('from')}: ${facts.vendorPrinted}, ${facts.vendorAddress}, ${facts.vendorCity}`,
      [facts.vatIdPrinted && `${ctx.label('vatId')}: ${facts.vatIdPrinted}`, facts.ibanPrinted && `${ctx.label('iban')}: ${facts.ibanPrinted}`]
        .filter(Boolean)
        .join(' | '),
    ].join('\n');
  },
};

const compactLines: InvoiceLayout = {
  id: 'invoice-compact-lines',
  holdout: false,
  render(facts, ctx) {
    const c = connectors[ctx.language];
    const head = [ctx.label('title'), facts.invoiceNumber && `#${facts.invoiceNumber}`, facts.issueDate && `— ${ctx.date(facts.issueDate)}`];
    return [
      head.filter(Boolean).join(' '),
      `${ctx.label('from')}: ${facts.vendorPrinted}${facts.vatIdPrinted ? `, ${ctx.label('vatId')} ${facts.vatIdPrinted}` : ''}`,
      `${ctx.label('billTo')}: ${facts.customer.name}, ${facts.customerAddress}`,
      ...field(ctx, 'orderNumber', facts.orderNumber),
      '',
      ...facts.items.map((i) => `${i.quantity} x ${i.description} ${c.at} ${ctx.number(i.unitCents)} = ${ctx.number(i.amountCents)}`),
      '',
      totalsBlock(facts, ctx, ' ').join(' | '),
      [dueText(facts, ctx), facts.ibanPrinted && `IBAN ${facts.ibanPrinted}`]
        .filter(Boolean)
        .join('   '),
    ].join('\n');
  },
};

const dottedLeaders: InvoiceLayout = {
  id: 'invoice-dotted-leaders',
  holdout: true,
  render(facts, ctx) {
    const dots = (key: Parameters<RenderContext['label']>[0], value: string | null): string[] =>
      value === null ? [] : [`${ctx.label(key)} ${'.'.repeat(Math.max(3, 28 - ctx.label(key).length))} ${value}`];
    return [
      `${ctx.label('title').toUpperCase()}`,
      '',
      ...dots('issueDate', facts.issueDate && ctx.date(facts.issueDate)),
      ...dots('invoiceNumber', facts.invoiceNumber),
      ...dots('orderNumber', facts.orderNumber),
      ...dots('dueDate', facts.dueDate && ctx.date(facts.dueDate)),
      '',
      `${ctx.label('billTo')}: ${facts.customer.name} (${facts.customerAddress})`,
      '',
      ...facts.items.map((i) => `${i.description} ... ${i.quantity} × ${ctx.number(i.unitCents)} ... ${ctx.number(i.amountCents)}`),
      '',
      ...dots('net', ctx.money(facts.netCents)),
      `${taxLine(facts, ctx)} ${'.'.repeat(12)} ${ctx.money(facts.taxCents)}`,
      ...dots('total', ctx.money(facts.totalCents)),
      '',
      '____',
      `${ctx.label('from')}: ${facts.vendorPrinted} · ${facts.vendorAddress} · ${facts.vendorCity}`,
      ...dots('vatId', facts.vatIdPrinted),
      ...dots('iban', facts.ibanPrinted),
    ].join('\n');
  },
};

const proseNotice: InvoiceLayout = {
  id: 'invoice-prose-notice',
  holdout: true,
  render(facts, ctx) {
    const p = phrases[ctx.language];
    const c = connectors[ctx.language];
    const lines = [
      `${facts.vendorPrinted}`,
      `${facts.vendorAddress} - ${facts.vendorCity}`,
      '',
      `${ctx.label('billTo')}: ${facts.customer.name}`,
      '',
      [
        `${ctx.label('title')}`,
        facts.invoiceNumber ? ` ${facts.invoiceNumber}` : '',
        facts.issueDate ? ` (${ctx.label('issueDate')} ${ctx.date(facts.issueDate)})` : '',
      ].join(''),
      facts.orderNumber ? `${ctx.label('orderNumber')} ${facts.orderNumber}.` : '',
      '',
      ...facts.items.map((i) => `* ${i.description}: ${i.quantity} ${c.at} ${ctx.money(i.unitCents)} -> ${ctx.money(i.amountCents)}`),
      '',
      `${ctx.label('net')} ${ctx.money(facts.netCents)}, ${taxLine(facts, ctx)} ${ctx.money(facts.taxCents)}, ${ctx.label('total')} ${ctx.money(facts.totalCents)}.`,
      facts.dueDate ? `${dueText(facts, ctx, ' ')}.` : '',
      facts.ibanPrinted ? `${ctx.label('iban')}: ${facts.ibanPrinted}` : '',
      facts.vatIdPrinted ? `${ctx.label('vatId')}: ${facts.vatIdPrinted}` : '',
      '',
      p.thanks,
    ];
    return lines.join('\n');
  },
};

// Labels in one row, values in the row below, aligned by column.
const headerGrid: InvoiceLayout = {
  id: 'invoice-header-grid',
  holdout: false,
  render(facts, ctx) {
    const cells: [string, string][] = [];
    if (facts.invoiceNumber) cells.push([ctx.label('invoiceNumber'), facts.invoiceNumber]);
    if (facts.issueDate) cells.push([ctx.label('issueDate'), ctx.date(facts.issueDate)]);
    if (facts.dueDate && facts.termDays === null) cells.push([ctx.label('dueDate'), ctx.date(facts.dueDate)]);
    if (facts.orderNumber) cells.push([ctx.label('orderNumber'), facts.orderNumber]);
    const widths = cells.map(([l, v]) => Math.max(l.length, v.length) + 4);
    return [
      `${facts.vendorPrinted}   ${facts.vendorAddress}   ${facts.vendorCity}`,
      '',
      ctx.label('title'),
      '',
      cells.map(([l], i) => pad(l, widths[i]!)).join('').trimEnd(),
      cells.map(([, v], i) => pad(v, widths[i]!)).join('').trimEnd(),
      '',
      `${ctx.label('billTo')}: ${facts.customer.name}`,
      '',
      ...columnTable(facts, ctx),
      '',
      ...totalsBlock(facts, ctx),
      ...(facts.termDays !== null ? [dueText(facts, ctx)!] : []),
      '',
      [facts.ibanPrinted && `IBAN ${facts.ibanPrinted}`, facts.vatIdPrinted && `${ctx.label('vatId')} ${facts.vatIdPrinted}`].filter(Boolean).join(' · '),
    ].join('\n');
  },
};

const registerWords: Record<Language, string> = { en: 'Registered in England', de: 'Amtsgericht Berlin HRB 12345 · Geschäftsführer: M. Berger', fr: 'RCS Paris B 123 456 789 · Capital 10 000 €', es: 'Registro Mercantil de Madrid' };

// Window-envelope letter: the recipient's address comes first, the issuer only in the footer.
const windowLetter: InvoiceLayout = {
  id: 'invoice-window-letter',
  holdout: true,
  render(facts, ctx) {
    return [
      facts.customer.name,
      facts.customerAddress,
      '',
      [ctx.label('title'), facts.invoiceNumber].filter(Boolean).join(' '),
      ...field(ctx, 'issueDate', facts.issueDate && ctx.date(facts.issueDate)),
      ...[dueText(facts, ctx)].filter((x): x is string => x !== null),
      ...field(ctx, 'orderNumber', facts.orderNumber),
      '',
      ...columnTable(facts, ctx),
      '',
      ...totalsBlock(facts, ctx),
      '',
      '--',
      `${facts.vendorPrinted} | ${facts.vendorAddress} | ${facts.vendorCity}`,
      [registerWords[ctx.language], facts.vatIdPrinted && `${ctx.label('vatId')} ${facts.vatIdPrinted}`, facts.ibanPrinted && `IBAN ${facts.ibanPrinted}`].filter(Boolean).join(' | '),
    ].join('\n');
  },
};

export const invoiceLayouts: readonly InvoiceLayout[] = [keyValueTable, letter, pipeTable, compactLines, headerGrid, dottedLeaders, proseNotice, windowLetter];
