import { describe, expect, it } from 'vitest';
import { lineItemFields } from './line-items';

const values = (text: string) => Object.fromEntries(lineItemFields(text).map((f) => [f.name, f.value]));

describe('line items by arithmetic', () => {
  it('reads a padded column row with numbers inside the description', () => {
    expect(values('Network switch 24-port        25     433.55       10,838.75')).toEqual({
      'lineItems[0].description': 'Network switch 24-port',
      'lineItems[0].quantity': '25',
      'lineItems[0].unitPrice': '433.55',
      'lineItems[0].amount': '10838.75',
    });
  });

  it('reads prose rows with currency marks and connectors, and pipe rows', () => {
    const text = ['- 2 x Tonerkartusche schwarz à 1.746,84 € = 3.493,68 €', '| Frais de port | 3 | 59,44 | 178,32 |'].join('\n');
    expect(values(text)).toMatchObject({
      'lineItems[0].description': 'Tonerkartusche schwarz',
      'lineItems[0].amount': '3493.68',
      'lineItems[1].description': 'Frais de port',
      'lineItems[1].unitPrice': '59.44',
    });
  });

  it('ignores totals lines and rows whose numbers do not multiply', () => {
    expect(lineItemFields('Total 2 x 10.00 = 20.00\nWidget 3 4.00 13.00')).toEqual([]);
  });
});
