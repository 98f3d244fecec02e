/** Number formats shared by the report renderers, so md, html and junit say the same thing. */

export function percent(value: number | null): string {
  if (value === null) return '–';
  if (!Number.isFinite(value)) return value > 0 ? '+∞' : '−∞';
  return `${(value * 100).toFixed(2)}%`;
}

export function signedPercent(value: number | null): string {
  if (value === null) return '–';
  return value > 0 ? `+${percent(value)}` : percent(value);
}

export function usd(value: number): string {
  return `$${value.toFixed(6)}`;
}

export function ms(value: number | null): string {
  return value === null ? '–' : `${Math.round(value)} ms`;
}

export function signed(value: number | null, digits = 3): string {
  if (value === null) return '–';
  return `${value > 0 ? '+' : ''}${value.toFixed(digits)}`;
}

/** JSON with ±Infinity as strings (JSON has no infinities; an unbounded increase must not read as null). */
export function reportJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'number' && !Number.isFinite(item) ? String(item) : item), 2);
}
