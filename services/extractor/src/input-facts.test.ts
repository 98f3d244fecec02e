import { describe, expect, it } from 'vitest';
import { inputFacts, MAX_ATTRIBUTES } from './input-facts';

const ticket = { kind: 'ticket', contentType: 'text/plain', text: 'Printer broken.', attributes: {}, content: null };

describe('inputFacts: what the ingested record itself says to the rules (issue 12 bad inputs)', () => {
  it('says nothing about an ordinary document, whatever the case of a known kind', () => {
    expect(inputFacts(ticket)).toEqual({});
    expect(inputFacts({ ...ticket, kind: ' Invoice ' })).toEqual({});
    expect(inputFacts({ ...ticket, kind: 'other' })).toEqual({});
  });

  it('names a kind Sluice does not know (processed as other)', () => {
    expect(inputFacts({ ...ticket, kind: 'fax' })).toEqual({ 'document.kind': 'unknown' });
    expect(inputFacts({ ...ticket, kind: "ticket'); DROP TABLE x; --" })).toEqual({ 'document.kind': 'unknown' });
  });

  it('calls attributes excessive above 1,000 of them or 64 KiB of names and values', () => {
    const many = (count: number, value = 'v') => Object.fromEntries(Array.from({ length: count }, (_, i) => [`a${i}`, value]));
    expect(inputFacts({ ...ticket, attributes: many(MAX_ATTRIBUTES) })).toEqual({});
    expect(inputFacts({ ...ticket, attributes: many(MAX_ATTRIBUTES + 1) })).toEqual({ 'document.attributes': 'excessive' });
    expect(inputFacts({ ...ticket, attributes: many(3, 'x'.repeat(30_000)) })).toEqual({ 'document.attributes': 'excessive' });
  });

  it('finds active content in HTML text or raw e-mail bytes, not in plain text that mentions it', () => {
    const html = { ...ticket, kind: 'email', contentType: 'text/html' };
    expect(inputFacts({ ...html, text: '<p>Hello</p><img src="https://t.example/p.gif">' })).toEqual({});
    for (const markup of ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:run()">x</a>', '<IFRAME src="https://e.example">'])
      expect(inputFacts({ ...html, text: `<p>Hi</p>${markup}` }), markup).toEqual({ 'document.activeContent': 'present' });
    const raw = Buffer.from('From: a@example.com\r\nContent-Type: text/html\r\n\r\n<p>Order?</p><script src="https://e.example/x.js"></script>');
    expect(inputFacts({ ...html, contentType: 'message/rfc822', text: '', content: raw })).toEqual({ 'document.activeContent': 'present' });
    expect(inputFacts({ ...ticket, text: 'The page shows <script>alert(1)</script> in the title.' })).toEqual({});
  });
});
