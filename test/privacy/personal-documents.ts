/**
 * Documents full of personal data, written for the egress test (issue 13's six inputs and more
 * types in context), with every personal-data string they hold and the fields extraction must
 * still give after the placeholders are restored.
 */
export interface PersonalDocument {
  key: string;
  kind: 'invoice' | 'email';
  text: string;
  /** Every string that must never reach an external endpoint (names also word by word below). */
  personal: string[];
  /** Fields the extraction must give, restored to the original values. */
  expected: Record<string, string>;
}

export const personalDocuments: PersonalDocument[] = [
  {
    key: 'invoice-private-customer',
    kind: 'invoice',
    text: [
      'Nordlicht Möbel GmbH',
      'Hafenstraße 3, 20457 Hamburg',
      '',
      'Invoice no. NM-2026-0412',
      'Invoice date: 12.03.2026',
      'Customer: Mehmet Yılmaz, Bahnhofstraße 12, 10115 Berlin',
      'Tel. +49 30 55512345',
      '',
      'Sofa Oslo, 1 x 899,00 EUR',
      'Total: 899,00 EUR',
      'Please transfer to IBAN DE89 3704 0044 0532 0130 00',
    ].join('\n'),
    personal: ['Mehmet Yılmaz', 'Bahnhofstraße 12, 10115 Berlin', '+49 30 55512345'],
    expected: { invoiceNumber: 'NM-2026-0412', issueDate: '2026-03-12', totalAmount: '899.00', currency: 'EUR', vendorName: 'Nordlicht Möbel GmbH', iban: 'DE89370400440532013000' },
  },
  {
    key: 'email-signature',
    kind: 'email',
    text: [
      'From: Aiko Tanaka <aiko.tanaka@example.jp>',
      'Subject: change of address',
      '',
      'Hello, I have moved. For your records: born 1984-11-03, Passport number: X1234567.',
      'Customer no. C-20931',
      '',
      'Kind regards,',
      'Aiko Tanaka',
    ].join('\n'),
    personal: ['Aiko Tanaka', 'aiko.tanaka@example.jp', '1984-11-03', 'X1234567'],
    expected: { senderEmail: 'aiko.tanaka@example.jp', senderName: 'Aiko Tanaka', 'customerIds[0]': 'C-20931' },
  },
  {
    key: 'email-identifiers',
    kind: 'email',
    text: [
      'From: Sanne van der Berg <s.vanderberg@example.nl>',
      'Subject: payroll question',
      '',
      'Dear team, my BSN 111222333 is on the payslip, and my colleague in London gave NINO QQ 12 34 56 C;',
      'our US contractor has SSN 078-05-1120. DOB: 11/03/1984. The login came from client IP 198.51.100.23 and 2001:db8::42.',
      'Order 123456789 is unrelated.',
      '',
      'Met vriendelijke groet,',
      'Sanne van der Berg',
    ].join('\n'),
    personal: ['Sanne van der Berg', 's.vanderberg@example.nl', '111222333', 'QQ 12 34 56 C', '078-05-1120', '11/03/1984', '198.51.100.23', '2001:db8::42'],
    expected: { senderEmail: 's.vanderberg@example.nl', senderName: 'Sanne van der Berg' },
  },
  {
    key: 'email-card',
    kind: 'email',
    text: [
      'From: Nguyễn Thị Mai <mai.nguyen@example.vn>',
      'Subject: wrong charge on invoice INV-77812',
      '',
      'Hello, you charged my card 4111 1111 1111 1111 twice for invoice INV-77812. Please call me on +84 912 345 678.',
      'I live at Rue de la Paix 8, 75002 Paris; geb. 03.11.1984.',
      '',
      'Best regards,',
      'Nguyễn Thị Mai',
    ].join('\n'),
    personal: ['Nguyễn Thị Mai', 'mai.nguyen@example.vn', '4111 1111 1111 1111', '+84 912 345 678', 'Rue de la Paix 8, 75002 Paris', '03.11.1984'],
    expected: { senderEmail: 'mai.nguyen@example.vn', senderName: 'Nguyễn Thị Mai' },
  },
];

/** The strings to look for in a request log: each personal string, and each word of a name or address of 3+ letters. */
export function forbiddenStrings(documents: readonly PersonalDocument[]): string[] {
  const words = documents.flatMap((d) => d.personal.flatMap((value) => value.split(/[\s,]+/).filter((word) => /^\p{L}{3,}$/u.test(word))));
  return [...new Set([...documents.flatMap((d) => d.personal), ...words])];
}

