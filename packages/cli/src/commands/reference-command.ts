import { readFile, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Command } from 'commander';
import type { ReferenceEntity, ReferenceKey, ReferenceKeyKind } from '@sluice/embedding-cache';
import { SluiceError } from '@sluice/errors';
import { repoRoot } from '@sluice/local-stack';
import { emit } from '../output';
import { databasePool } from '../platform-clients';

/** `vendors.jsonl` → vendor, `customers.jsonl` → customer. */
function entityTypeOf(file: string): string {
  return basename(file).replace(/\.(jsonl|ndjson)$/, '').replace(/s$/, '');
}

/**
 * Fields of a reference line that become exact match keys (table `reference_entity_keys`); each
 * takes a string or a list of strings. Everything else but the id and name becomes attributes.
 */
const keyFields: Readonly<Record<string, ReferenceKeyKind>> = {
  emailDomain: 'email-domain',
  emailDomains: 'email-domain',
  customerNumber: 'customer-number',
  customerNumbers: 'customer-number',
  iban: 'iban',
  ibans: 'iban',
  vatId: 'vat-id',
  vatIds: 'vat-id',
};

/**
 * One reference line: an `id` and a `name` (or `canonicalName`); the key fields above become exact
 * match keys; everything else becomes attributes.
 * @throws SluiceError INVALID_INPUT naming `origin` when the id or name is missing or a key is not a string.
 */
export function referenceEntity(line: unknown, tenant: string, entityType: string, origin: string): ReferenceEntity {
  const record = line as Record<string, unknown>;
  const refId = record.id ?? record.refId;
  const name = record.canonicalName ?? record.name;
  if (typeof refId !== 'string' || !refId || typeof name !== 'string' || !name) {
    throw new SluiceError('INVALID_INPUT', `${origin}: a reference entity needs a string "id" and "name" (or "canonicalName")`);
  }
  const keys: ReferenceKey[] = [];
  const attributes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(record)) {
    if (['id', 'refId', 'name', 'canonicalName'].includes(field)) continue;
    const kind = keyFields[field];
    if (kind === undefined) {
      attributes[field] = value;
      continue;
    }
    if (value === null) continue;
    const values: unknown[] = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item !== 'string' || !item.trim()) throw new SluiceError('INVALID_INPUT', `${origin}: "${field}" must be a non-empty string or a list of them`);
      keys.push({ kind, value: item });
    }
  }
  return { tenant, entityType, refId, name, keys, attributes };
}

export async function readReferenceDir(dir: string, tenant: string): Promise<ReferenceEntity[]> {
  const files = (await readdir(dir)).filter((name) => /\.(jsonl|ndjson)$/.test(name)).sort();
  const entities: ReferenceEntity[] = [];
  for (const file of files) {
    const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
    lines.forEach((text, index) => {
      if (!text.trim()) return;
      const origin = `${join(dir, file)}:${index + 1}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch (error) {
        throw new SluiceError('INVALID_INPUT', `${origin}: not JSON: ${(error as Error).message}`, { cause: error });
      }
      entities.push(referenceEntity(parsed, tenant, entityTypeOf(file), origin));
    });
  }
  return entities;
}

export interface ReferenceLoad {
  tenant: string;
  upserted: number;
  byType: Record<string, number>;
}

export function describeLoad(result: ReferenceLoad): string {
  const types = Object.entries(result.byType).map(([type, n]) => `${n} ${type}`).join(', ');
  return `loaded ${result.upserted} reference entities for tenant ${result.tenant}: ${types}`;
}

/** Embeds (through the cache) and upserts the entities of `dir` with the profile's embedding model. */
export async function loadReferences(dir: string, tenant: string): Promise<ReferenceLoad> {
  const entities = await readReferenceDir(dir, tenant);
  // Loaded here, not at the top: the model layer takes seconds to import and most verbs never need it.
  const { createModelSet, loadModelProfile, loadPrivacyPolicies } = await import('@sluice/models');
  const { PgEmbeddingCacheStore, ReferenceEntityIndex, withEmbeddingCache } = await import('@sluice/embedding-cache');
  const pool = databasePool();
  try {
    const models = await createModelSet(loadModelProfile().profile, { tasks: ['embedding'], privacy: loadPrivacyPolicies() });
    const model = withEmbeddingCache(models.embedding, { store: new PgEmbeddingCacheStore(pool) });
    const { upserted } = await new ReferenceEntityIndex({ db: pool, model }).upsertReferences(entities);
    const byType: Record<string, number> = {};
    for (const entity of entities) byType[entity.entityType] = (byType[entity.entityType] ?? 0) + 1;
    return { tenant, upserted, byType };
  } finally {
    await pool.end();
  }
}

export function referenceCommand(): Command {
  const reference = new Command('reference').description('reference entities (vendors, customers) for nearest-neighbour matching');
  reference
    .command('load')
    .description('embed and upsert reference entities from <dir>/<type>s.jsonl (idempotent)')
    .argument('[dir]', 'folder of vendors.jsonl, customers.jsonl, ...', join(repoRoot, 'samples', 'reference'))
    .option('--tenant <tenant>', 'tenant the entities belong to', 'demo')
    .option('--json', 'print the summary as JSON')
    .action(async (dir: string, options: { tenant: string; json?: boolean }) => {
      const result = await loadReferences(dir, options.tenant);
      emit(Boolean(options.json), result, () => describeLoad(result));
    });
  return reference;
}
