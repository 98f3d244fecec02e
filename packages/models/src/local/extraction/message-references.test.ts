import { describe, expect, it } from 'vitest';
import { customerIdFields } from './message-fields';
import { orderIdFields } from './message-references';

const values = (fields: { value: string }[]) => fields.map((f) => f.value);

describe('order references of a message', () => {
  it.each([
    ['Order #100045123 has not arrived', ['100045123']],
    ['PO 4500012345 attached', ['4500012345']],
    ['PO-7731 and PO-7732 are both late', ['PO-7731', 'PO-7732']],
    ['Re: Your order ORD-55123', ['ORD-55123']],
    ['my Amazon order 112-3345567-8812211', ['112-3345567-8812211']],
    ['Ihre Bestellung 4002345 vom 3. März', ['4002345']],
    ['ma commande n° 4411 et 4412', ['4411', '4412']],
    ['pedido nº 44120', ['44120']],
    ['zamówienie nr 88231', ['88231']],
    ['I ordered 3 items on 12.03.2026 (order number: A12345)', ['A12345']],
    ['Invoice 88412, RMA 5531 and ticket #4471 for order 12 items', []],
  ])('%s', (text, expected) => {
    expect(values(orderIdFields(text))).toEqual(expected);
  });
});

describe('customer numbers of a message', () => {
  it.each([
    ['Kundennr. 558812, Bestellung 4002345', ['558812']],
    ['my customer number is KD-10442', ['KD-10442']],
    ['numer klienta: 77120', ['77120']],
    ['n° client 20931 / 20932', ['20931', '20932']],
    ['Account #88213', ['88213']],
    ['as agreed, CUST-0042 will pay', ['CUST-0042']],
  ])('%s', (text, expected) => {
    expect(values(customerIdFields(text))).toEqual(expected);
  });
});
