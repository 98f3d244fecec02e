import type { DocumentEmbedded, DocumentEnriched } from '@sluice/contracts';
import { contentHash, nameForEmbedding, type ReferenceMatch } from '@sluice/embedding-cache';
import type { EgressRecord } from '@sluice/models';
import type { CustomerKeyLookup } from './customer-key-lookup';

export type EntityMatch = DocumentEnriched['matches'][number];

/**
 * What `ReferenceEntityIndex` offers, structurally: blended name matching, batched per tenant and
 * type; `known[i]` is a vector of name i already at hand (only the others are embedded).
 */
export interface NameMatcher {
  matchNames(
    tenant: string,
    entityType: string,
    names: readonly string[],
    k: number,
    known?: readonly (readonly number[] | undefined)[],
    options?: { personalNames?: boolean; onEgress?: (records: EgressRecord[]) => void },
  ): Promise<ReferenceMatch[][]>;
}

export interface EntityMatcherDeps {
  names: NameMatcher;
  customerKeys: CustomerKeyLookup;
  /** Matches kept per extracted name, best first. */
  candidates: number;
  /**
   * Cache key (`provider/model@version`) of the name matcher's embedding model: a name vector on
   * the record under this model and for this very name is used as it is, instead of embedding
   * (or looking up) the name again. Unset: names are always embedded by the matcher.
   */
  embeddingModel?: string;
}

/**
 * Scores of exact key matches. A customer number printed on the mail names one customer; a domain
 * is shared by everyone at the company and, for big mail providers, by strangers, so it scores a
 * little lower (still above the shipped 0.8 threshold).
 */
export const keyMatchScores = { customerNumber: 1, emailDomain: 0.95 } as const;

interface NameQuery {
  document: number;
  entityType: 'vendor' | 'customer';
  name: string;
}

/** The record's vector of `name` (same model, same folded text: the embedder's), if it carries one. */
function carriedVector(record: DocumentEmbedded, name: string, model: string | undefined): readonly number[] | undefined {
  if (model === undefined) return undefined;
  const hash = contentHash(nameForEmbedding(name));
  return record.embeddings.find((embedding) => embedding.target !== 'document' && embedding.model === model && embedding.contentHash === hash)?.vector;
}

function fieldValues(record: DocumentEmbedded, name: string): string[] {
  const pattern = new RegExp(`^${name}(\\[\\d+\\])?$`);
  return record.fields.filter((field) => pattern.test(field.name) && field.value.trim() !== '').map((field) => field.value.trim());
}

function nameQueries(records: readonly DocumentEmbedded[], kinds: readonly string[]): NameQuery[] {
  const queries: NameQuery[] = [];
  records.forEach((record, document) => {
    if (kinds[document] === 'invoice') for (const name of fieldValues(record, 'vendorName')) queries.push({ document, entityType: 'vendor', name });
    if (kinds[document] === 'email') for (const name of fieldValues(record, 'senderName')) queries.push({ document, entityType: 'customer', name });
  });
  return queries;
}

/** Keeps the best score per (type, refId), best first. */
function mergeMatches(matches: readonly EntityMatch[]): EntityMatch[] {
  const best = new Map<string, EntityMatch>();
  for (const match of matches) {
    const key = `${match.entityType}\u0000${match.refId}`;
    const seen = best.get(key);
    if (seen === undefined || match.score > seen.score) best.set(key, match);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/**
 * Reference matches per document, in input order: vendors of invoices by name; customers of
 * e-mails by sender name, sender e-mail domain and customer numbers. One name-matching call per
 * (tenant, entity type) and one key query per tenant for the whole batch.
 */
/**
 * Reference matches per document. `egress`, when given, receives per document the egress records
 * of the name-embedding calls that carried one of its names (names whose vector the record lacked),
 * for the document's audit event.
 */
export async function matchEntities(
  records: readonly DocumentEmbedded[],
  kinds: readonly string[],
  deps: EntityMatcherDeps,
  egress?: EgressRecord[][],
): Promise<EntityMatch[][]> {
  const found = records.map((): EntityMatch[] => []);
  const queries = nameQueries(records, kinds);
  const groups = new Map<string, NameQuery[]>();
  for (const query of queries) {
    const key = `${records[query.document]?.tenant ?? ''}\u0000${query.entityType}`;
    groups.set(key, [...(groups.get(key) ?? []), query]);
  }
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const tenant = records[first.document]?.tenant ?? '';
    const known = group.map((query) => carriedVector(records[query.document]!, query.name, deps.embeddingModel));
    // Customer queries are e-mail senders' names: people's, hidden from an external embedding endpoint.
    const results = await deps.names.matchNames(tenant, first.entityType, group.map((query) => query.name), deps.candidates, known, {
      personalNames: first.entityType === 'customer',
      onEgress: (calls) => group.forEach((query, i) => known[i] === undefined && egress?.[query.document]?.push(...calls)),
    });
    group.forEach((query, i) => {
      for (const match of results[i] ?? []) {
        found[query.document]?.push({ entityType: query.entityType, refId: match.refId, name: match.name, score: match.score });
      }
    });
  }
  await matchCustomerKeys(records, kinds, deps.customerKeys, found);
  return found.map(mergeMatches);
}

async function matchCustomerKeys(records: readonly DocumentEmbedded[], kinds: readonly string[], lookup: CustomerKeyLookup, found: EntityMatch[][]): Promise<void> {
  const perTenant = new Map<string, number[]>();
  records.forEach((record, i) => {
    if (kinds[i] === 'email') perTenant.set(record.tenant, [...(perTenant.get(record.tenant) ?? []), i]);
  });
  for (const [tenant, documents] of perTenant) {
    const keysOf = documents.map((i) => {
      const record = records[i]!;
      const domains = fieldValues(record, 'senderEmail').flatMap((email) => email.split('@')[1] ?? []).map((domain) => domain.toLowerCase());
      const numbers = fieldValues(record, 'customerIds').map((id) => id.toUpperCase());
      return { i, domains, numbers };
    });
    const matches = await lookup.find(tenant, {
      emailDomains: [...new Set(keysOf.flatMap((entry) => entry.domains))],
      customerNumbers: [...new Set(keysOf.flatMap((entry) => entry.numbers))],
    });
    for (const { i, domains, numbers } of keysOf) {
      for (const match of matches) {
        const hit = match.via === 'emailDomain' ? domains.includes(match.key.toLowerCase()) : numbers.includes(match.key.toUpperCase());
        if (hit) found[i]?.push({ entityType: 'customer', refId: match.refId, name: match.name, score: keyMatchScores[match.via] });
      }
    }
  }
}

/** The best match of a type, if it scores at least `minScore` (trusted enough to act on). */
export function confidentMatch(matches: readonly EntityMatch[], entityType: string, minScore: number): EntityMatch | undefined {
  const best = matches.filter((match) => match.entityType === entityType).sort((a, b) => b.score - a.score)[0];
  return best !== undefined && best.score >= minScore ? best : undefined;
}
