import { piiDetectors, type PiiType } from './pii-detectors';

const placeholderPattern = /\[(EMAIL|IBAN|CARD|PHONE|PERSON)_(\d+)\]/g;

/**
 * One redaction session per model call: the same value gets the same placeholder across every
 * text of the call (an e-mail in the prompt and in a batch of embeddings), and the response is
 * restored with the same table. Values never leave the session; only counts do.
 */
export class PiiRedactor {
  private readonly byValue = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  private readonly counters = new Map<PiiType, number>();

  redact(text: string): string {
    let result = text;
    for (const detector of piiDetectors) {
      const values = [...new Set(detector.find(result))].sort((a, b) => b.length - a.length);
      for (const value of values) {
        result = result.split(value).join(this.placeholderFor(detector.type, value));
      }
    }
    return result;
  }

  /** Puts the original values back wherever the model copied a placeholder. */
  restore(text: string): string {
    return text.replace(placeholderPattern, (placeholder) => this.byPlaceholder.get(placeholder) ?? placeholder);
  }

  /** Distinct values replaced, per type: what the audit trail records. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.counters);
  }

  private placeholderFor(type: PiiType, value: string): string {
    const key = `${type}\u0000${value}`;
    const known = this.byValue.get(key);
    if (known) return known;
    const next = (this.counters.get(type) ?? 0) + 1;
    this.counters.set(type, next);
    const placeholder = `[${type}_${next}]`;
    this.byValue.set(key, placeholder);
    this.byPlaceholder.set(placeholder, value);
    return placeholder;
  }
}

/** Redaction is off for our own endpoints and on for external ones unless the tenant opts out. */
export interface RedactionPolicy {
  /** Default for providers marked `external: true`. */
  external: boolean;
  /** Per-tenant override, e.g. a tenant with a data-processing agreement with the provider. */
  tenants: Record<string, boolean>;
}

export const defaultRedactionPolicy: RedactionPolicy = { external: true, tenants: {} };

export function redactionEnabled(policy: RedactionPolicy, providerIsExternal: boolean, tenant?: string): boolean {
  if (!providerIsExternal) return false;
  if (tenant !== undefined && tenant in policy.tenants) return policy.tenants[tenant] === true;
  return policy.external;
}
