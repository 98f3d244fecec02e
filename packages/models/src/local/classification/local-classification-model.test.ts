import { describe, expect, it } from 'vitest';
import { emailIntentValues } from '../../extraction-targets';
import { createLocalClassificationModel } from './local-classification-model';

const model = createLocalClassificationModel();

describe('local classifier', () => {
  it.each([
    ['Wir möchten Sie daran erinnern, dass die Rechnung RE-1 überfällig ist.', 'payment_reminder'],
    ['Nous sommes très mécontents : la livraison est arrivée endommagée.', 'complaint'],
    ['We have moved. Kindly update our address in your records.', 'address_change'],
    ['Could you explain the charges on invoice INV-7? The amount does not match.', 'invoice_question'],
    ['Queremos hacer un pedido de 20 unidades más.', 'order_request'],
    ['See you at the fair!', 'other'],
  ])('intent of "%s" is %s', async (text, label) => {
    const result = await model.classify(text, emailIntentValues);
    expect(result.value.label).toBe(label);
    expect(result.model).toMatchObject({ provider: 'local', promptId: null });
    expect(result.usage.costUsd).toBe(0);
  });

  it('gives a strong match more confidence than no match at all', async () => {
    const strong = await model.classify('Zahlungserinnerung: Rechnung überfällig, Mahnung', emailIntentValues);
    const none = await model.classify('Hallo zusammen', emailIntentValues);
    expect(strong.value.confidence).toBeGreaterThan(none.value.confidence);
  });

  it('classifies the document kind from structure and vocabulary', async () => {
    const kinds = ['invoice', 'email', 'ticket', 'other'];
    expect((await model.classify('From: a@b.example\nSubject: hello\n\nHi there', kinds)).value.label).toBe('email');
    expect((await model.classify('RECHNUNG\nRechnungsnummer: 1\nZwischensumme 10,00\nIBAN DE89...', kinds)).value.label).toBe('invoice');
    expect((await model.classify('Ticket #123\nPriority: High\nThe app crashes', kinds)).value.label).toBe('ticket');
  });
});
