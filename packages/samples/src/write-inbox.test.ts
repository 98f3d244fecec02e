import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inboxFiles } from './write-inbox';

const inbox = fileURLToPath(new URL('../../../samples/', import.meta.url));

describe('samples/inbox', () => {
  it('the committed files are what the generator writes, byte for byte (regenerate: npx tsx packages/samples/src/write-inbox.ts)', async () => {
    const files = await inboxFiles();
    expect(Object.keys(files).sort()).toEqual(['delivery-question.txt', 'invoice-acme.pdf', 'order-confirmation.html', 'reply-with-invoice.eml', 'tickets.jsonl']);
    for (const [name, bytes] of Object.entries(files)) expect(Buffer.compare(readFileSync(join(inbox, name)), Buffer.from(bytes)), name).toBe(0);
    expect(Buffer.from(files['invoice-acme.pdf']!).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
