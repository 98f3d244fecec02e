import type { Random } from './seeded-random';

/**
 * VAT identifiers in each country's published shape (VIES formats); digits are random apart
 * from the French key, which is derived from the SIREN as the French tax office does.
 * Returns the normalised id and the way it is printed.
 */
export function generateVatId(country: string, random: Random): { normalised: string; printed: string } | null {
  switch (country) {
    case 'DE': {
      const d = random.digits(9);
      return { normalised: `DE${d}`, printed: random.pick([`DE${d}`, `DE ${d}`, `DE ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`]) };
    }
    case 'AT': {
      const d = random.digits(8);
      return { normalised: `ATU${d}`, printed: random.pick([`ATU${d}`, `ATU ${d}`]) };
    }
    case 'FR': {
      const siren = String(random.int(100000000, 999999999));
      const key = String((12 + 3 * (Number(siren) % 97)) % 97).padStart(2, '0');
      return { normalised: `FR${key}${siren}`, printed: random.pick([`FR${key}${siren}`, `FR ${key} ${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`]) };
    }
    case 'BE': {
      const d = `0${random.digits(9)}`;
      return { normalised: `BE${d}`, printed: random.pick([`BE${d}`, `BE ${d.slice(0, 4)}.${d.slice(4, 7)}.${d.slice(7)}`]) };
    }
    case 'NL': {
      const d = random.digits(9);
      const suffix = `B${String(random.int(1, 99)).padStart(2, '0')}`;
      return { normalised: `NL${d}${suffix}`, printed: `NL${d}${suffix}` };
    }
    case 'GB': {
      const d = random.digits(9);
      return { normalised: `GB${d}`, printed: random.pick([`GB${d}`, `GB ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`]) };
    }
    case 'ES': {
      const d = `${random.pick(['A', 'B'])}${random.digits(8)}`;
      return { normalised: `ES${d}`, printed: random.pick([`ES${d}`, `ES-${d}`]) };
    }
    case 'IT': {
      const d = random.digits(11);
      return { normalised: `IT${d}`, printed: `IT${d}` };
    }
    case 'SE': {
      const d = `${random.digits(10)}01`;
      return { normalised: `SE${d}`, printed: `SE${d}` };
    }
    case 'PL': {
      const d = random.digits(10);
      return { normalised: `PL${d}`, printed: random.pick([`PL${d}`, `PL ${d}`]) };
    }
    case 'CH': {
      const d = random.digits(9);
      // Swiss UID-based VAT number; normalised like the EU ids: country prefix plus digits.
      return { normalised: `CHE${d}`, printed: `CHE-${d.slice(0, 3)}.${d.slice(3, 6)}.${d.slice(6)} ${random.pick(['MWST', 'TVA', 'IVA'])}` };
    }
    default:
      return null;
  }
}
