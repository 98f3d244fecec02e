/**
 * A real LLM copies `[IBAN_1]` where the IBAN belongs. The simulator answers with rule-based local
 * models that only recognise real-looking values, so before extraction each placeholder becomes a
 * plausible surrogate of its type, and in the answer each surrogate becomes its placeholder again.
 */

function ibanCheckDigits(country: string, bban: string): string {
  const numeric = (bban + country + '00').replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return String(98 - remainder).padStart(2, '0');
}

function luhnComplete(partial: string): string {
  let sum = 0;
  for (let i = 0; i < partial.length; i += 1) {
    let digit = Number(partial[partial.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

const people = ['Alex Morgan', 'Sam Taylor', 'Jordan Lee', 'Casey Brown', 'Robin Clark', 'Jamie Walker'];

function surrogate(type: string, n: number): string {
  switch (type) {
    case 'EMAIL':
      return `person${n}@example.com`;
    case 'IBAN': {
      const bban = `370400440532${String(n).padStart(6, '0')}`;
      return `DE${ibanCheckDigits('DE', bban)}${bban}`;
    }
    case 'CARD':
      return luhnComplete(`411111111111${String(n).padStart(3, '0')}`);
    case 'PHONE':
      return `+49 30 5550 ${String(1000 + n)}`;
    default:
      return people[(n - 1) % people.length] ?? 'Alex Morgan';
  }
}

export interface SurrogateText {
  text: string;
  /** Puts the placeholders back into an answer's value. */
  restore(value: string): string;
}

export function withSurrogates(text: string): SurrogateText {
  const pairs = new Map<string, string>();
  const replaced = text.replace(/\[(EMAIL|IBAN|CARD|PHONE|PERSON)_(\d+)\]/g, (placeholder, type: string, n: string) => {
    const value = surrogate(type, Number(n));
    pairs.set(value, placeholder);
    return value;
  });
  const ordered = [...pairs.entries()].sort((a, b) => b[0].length - a[0].length);
  return {
    text: replaced,
    restore: (value) => ordered.reduce((current, [fake, placeholder]) => current.split(fake).join(placeholder), value),
  };
}
