import type { DocumentKind } from './model-contracts';

const known = new Set<DocumentKind>(['invoice', 'email', 'ticket', 'other']);

/** Design note: unknown kinds are processed as `other` (case and spacing forgiven). */
export function normaliseKind(kind: string): DocumentKind {
  const candidate = kind.trim().toLowerCase() as DocumentKind;
  return known.has(candidate) ? candidate : 'other';
}
