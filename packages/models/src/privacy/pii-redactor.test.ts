import { describe, expect, it } from 'vitest';
import { ibanChecksumValid, luhnValid } from './pii-detectors';
import { PiiRedactor, redactionEnabled } from './pii-redactor';

const letter = `Dear John Smith,
please pay invoice INV-2024-0042 of EUR 1.234,50 dated 2024-03-15 to IBAN DE89 3704 0044 0532 0130 00.
Questions: billing@acme-supplies.example or +49 30 1234 5678. Card on file 4111 1111 1111 1111.
Regards, Maria Garcia`;

describe('PiiRedactor', () => {
  it('replaces every PII value by a typed placeholder and keeps business fields', () => {
    const redactor = new PiiRedactor();
    const redacted = redactor.redact(letter);
    for (const secret of ['John Smith', 'DE89 3704', 'billing@acme', '+49 30 1234 5678', '4111 1111', 'Maria Garcia']) {
      expect(redacted).not.toContain(secret);
    }
    expect(redacted).toContain('[IBAN_1]');
    expect(redacted).toContain('[EMAIL_1]');
    expect(redacted).toContain('[PHONE_1]');
    expect(redacted).toContain('[CARD_1]');
    expect(redacted).toContain('INV-2024-0042');
    expect(redacted).toContain('1.234,50');
    expect(redacted).toContain('2024-03-15');
    expect(redactor.counts()).toMatchObject({ EMAIL: 1, IBAN: 1, PHONE: 1, CARD: 1, PERSON: 2 });
  });

  it('restores the originals and maps a repeated value to one placeholder', () => {
    const redactor = new PiiRedactor();
    const redacted = redactor.redact('a@b.example wrote to a@b.example');
    expect(redacted).toBe('[EMAIL_1] wrote to [EMAIL_1]');
    expect(redactor.restore('{"sender":"[EMAIL_1]","other":"[EMAIL_9]"}')).toBe('{"sender":"a@b.example","other":"[EMAIL_9]"}');
    expect(redactor.counts()).toEqual({ EMAIL: 1 });
  });

  it('redacts a mistyped IBAN as an IBAN, and leaves a number failing Luhn alone', () => {
    const redactor = new PiiRedactor();
    expect(redactor.redact('IBAN DE89 3704 0044 0532 0130 01, order 4111 1111 1111 1112')).toBe(
      'IBAN [IBAN_1], order 4111 1111 1111 1112',
    );
    expect(ibanChecksumValid('DE89370400440532013000')).toBe(true);
    expect(luhnValid('4111111111111111')).toBe(true);
  });
});

describe('redactionEnabled', () => {
  it('is on for external providers by default, off for internal ones, and per tenant', () => {
    const policy = { external: true, tenants: { trusted: false } };
    expect(redactionEnabled(policy, true)).toBe(true);
    expect(redactionEnabled(policy, false)).toBe(false);
    expect(redactionEnabled(policy, true, 'trusted')).toBe(false);
    expect(redactionEnabled(policy, true, 'other')).toBe(true);
  });
});
