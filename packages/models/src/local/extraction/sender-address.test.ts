import { describe, expect, it } from 'vitest';
import { senderAddressOf } from './sender-address';
import { senderFields } from './message-fields';

const mail = (from: string) => `${from}\nTo: support@example.com\nSubject: hello\n\nHi, a question.\n\nRegards,\nSomeone Else`;

describe('sender from the From header (RFC 5322)', () => {
  it.each([
    // issue 9: an apostrophe in the local part cut the address to another person's
    ["From: Dara O'Brien <dara.o'brien@example.ie>", "dara.o'brien@example.ie", "Dara O'Brien"],
    // issue 8 input 13: a header copied out of an HTML mail
    ['From: Jana Novak &lt;jana.novak@example.org&gt;', 'jana.novak@example.org', 'Jana Novak'],
    ['From: anna+orders@Example.DE', 'anna+orders@example.de', null],
    ['From: "john smith"@example.com', '"john smith"@example.com', null],
    ['From: "Smith, John" <j.smith@example.com>', 'j.smith@example.com', 'Smith, John'],
    ['From: =?UTF-8?Q?Ren=C3=A9e_M=C3=BCller?= <renee@example.de>', 'renee@example.de', 'Renée Müller'],
    ['From: =?ISO-8859-1?B?Sm9y5SBT9nJlbnNlbg==?= <j@example.se>', 'j@example.se', 'Jorå Sörensen'],
    ['From: Jürgen Müller <info@xn--mller-kva.de>', 'info@müller.de', 'Jürgen Müller'],
    ['From: NGUYEN Thi Mai <mai@support.example.vn> (via web form)', 'mai@support.example.vn', 'NGUYEN Thi Mai'],
  ])('%s', (header, email, name) => {
    expect(senderAddressOf(mail(header))).toMatchObject({ email, name });
    const fields = senderFields(mail(header), [], () => ['Someone Else']);
    expect(fields.find((f) => f.name === 'senderEmail')?.value).toBe(email);
    // A header without a display name has no sender name: the signature is not the header's.
    expect(fields.find((f) => f.name === 'senderName')?.value ?? null).toBe(name);
  });

  it('unfolds a folded header and prefers the message header to a forwarded block', () => {
    const text = 'From: "Lindqvist, Karin"\n <karin.lindqvist@example.se>\nSubject: Fwd: order\n\n---------- Forwarded message ---------\nFrom: Other Person <other@example.com>\n';
    expect(senderAddressOf(text)).toMatchObject({ email: 'karin.lindqvist@example.se', name: 'Lindqvist, Karin' });
  });

  it('reads a localised header label', () => {
    expect(senderAddressOf('Von: Hans Meier <h.meier@example.de>\nBetreff: Rechnung\n\nHallo')).toMatchObject({ email: 'h.meier@example.de', name: 'Hans Meier' });
  });
});
