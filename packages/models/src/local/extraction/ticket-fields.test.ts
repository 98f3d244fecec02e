import { describe, expect, it } from 'vitest';
import { ticketFields } from './message-fields';

const field = (text: string, name: string) => ticketFields(text).find((f) => f.name === name)?.value;

describe('ticket category and priority', () => {
  it.each([
    ['Subject: Export to CSV fails\nThe dashboard shows an internal server error when I export.', 'technical'],
    ['Betreff: App stürzt ab\nDie App stürzt beim Start ab, Fehlermeldung 0x12.', 'technical'],
    ['Subject: Charged twice\nI was charged twice for my subscription, please refund.', 'billing'],
    ['Subject: Password\nI cannot log in, the password reset does nothing.', 'account'],
  ])('%s → %s', (text, category) => {
    expect(field(text, 'category')).toBe(category);
  });

  it('reads a stated priority, numbered levels included, else the one the description implies', () => {
    expect(field('Priority: P2\nSync is slow', 'priority')).toBe('high');
    expect(field('Priorität: hoch\nSync ist langsam', 'priority')).toBe('high');
    expect(field('Since 9:00 nobody can log in, production is down.', 'priority')).toBe('critical');
    expect(field('Feature request: a dark mode would be nice.', 'priority')).toBe('low');
    expect(field('The invoice PDF shows the wrong logo.', 'priority')).toBe('normal');
  });
});
