/**
 * Regenerates the files at the top of samples/: documents as platforms send them (deterministic bytes):
 * `npx tsx packages/samples/src/write-inbox.ts [outDir]`, then `npx sluice publish samples --tenant demo`.
 *   invoice-acme.pdf            an invoice PDF drawn with pdf-lib (two-column header, item table)
 *   reply-with-invoice.eml      a raw multipart e-mail: encoded words, quoted-printable, HTML part, a PDF invoice attached
 *   order-confirmation.html     an HTML page with a table
 *   delivery-question.txt       a plain-text message
 *   tickets.jsonl               two documents in the ingest contract's JSON shape
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { invoicePdf, rawEmail } from './raw-documents';
import { buildReferenceData } from './reference-data';

export const INBOX_TENANT = 'demo';

/** The inbox files by name, as bytes. */
export async function inboxFiles(): Promise<Record<string, Uint8Array>> {
  const vendors = buildReferenceData().vendors;
  const invoice = await invoicePdf({ vendor: vendors[0], invoiceNumber: 'INV-2026-0101' });
  const attached = await invoicePdf({ vendor: vendors[3], invoiceNumber: 'WL-2026-3307' });
  const email = rawEmail({
    pdf: attached.bytes,
    subject: 'Rechnung WL-2026-3307 – bitte um Bestätigung',
    body: 'Guten Tag,\n\nim Anhang die Rechnung WL-2026-3307. Bitte bestätigen Sie den Zahlungseingang bis Ende der Woche.\n\nViele Grüße',
    quoted: '-----Original Message-----\nFrom: Accounts Payable <ap@sluice.example>\nSent: Monday, January 12, 2026 8:30 AM\nSubject: Rechnung\n\nBitte senden Sie uns die Rechnung als PDF.',
  });
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>Order confirmation</title></head><body>' +
    '<h1>Order confirmation 4711</h1><p>Dear customer,</p><p>thank you for your order. We will deliver on <b>20 January 2026</b>.</p>' +
    '<table><tr><th>Item</th><th>Qty</th><th>Price</th></tr><tr><td>Hydraulic pump HP-200</td><td>2</td><td>450.00 EUR</td></tr>' +
    '<tr><td>Installation</td><td>1</td><td>600.00 EUR</td></tr></table><p>Kind regards<br>Weber Logistik GmbH</p></body></html>';
  const text =
    'From: Jonas Berg <jonas.berg@example.se>\nSubject: Where is my delivery?\n\nHello,\n\nmy order 4711 was due last week and has not arrived. ' +
    'Could you tell me when it will be delivered? This is urgent.\n\nBest regards\nJonas Berg\n';
  const tickets = [
    { id: 'inbox-ticket-1', tenant: INBOX_TENANT, kind: 'ticket', source: { platform: 'helpdesk' }, text: 'Ticket: printer on floor 3 does not print. Priority high.', receivedAt: '2026-01-15T08:00:00Z' },
    { id: 'inbox-ticket-2', tenant: INBOX_TENANT, kind: 'ticket', source: { platform: 'helpdesk' }, text: 'Ticket: please reset my VPN password. Category access.', receivedAt: '2026-01-15T08:05:00Z' },
  ];
  return {
    'invoice-acme.pdf': invoice.bytes,
    'reply-with-invoice.eml': Buffer.from(email),
    'order-confirmation.html': Buffer.from(html),
    'delivery-question.txt': Buffer.from(text),
    'tickets.jsonl': Buffer.from(tickets.map((t) => JSON.stringify(t)).join('\n') + '\n'),
  };
}

export async function writeInbox(outDir: string): Promise<string[]> {
  mkdirSync(outDir, { recursive: true });
  const files = await inboxFiles();
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(outDir, name), bytes);
  return Object.keys(files);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
  const outDir = resolve(process.argv[2] ?? join(repoRoot, 'samples'));
  console.log(JSON.stringify({ outDir, files: await writeInbox(outDir) }));
}
