import type { Admin } from 'kafkajs';
import type pg from 'pg';
import { auditNamespaces, deleteAuditNamespaces } from '@sluice/audit';
import { shadowOf, shadowPrefix } from '@sluice/config';
import { SluiceError } from '@sluice/errors';
import { deleteSubject, subjectsUnder } from './registry-subjects';
import { deleteShadowRecord, listShadowRecords } from './shadow-registry';

export interface InventoryDeps {
  admin: Admin;
  pool: pg.Pool;
  registryUrl: string;
}

/** A shadow as `sluice shadow list` shows it. */
export interface ShadowSummary {
  name: string;
  prefix: string;
  /** From the shadow registry; null for a shadow made without `sluice replay` / `shadow up`. */
  createdAt: string | null;
  ageMs: number | null;
  baseline: boolean;
  lanes: ('candidate' | 'baseline')[];
  topics: number;
  /** Records held in its topics (sum of high minus low watermarks). */
  records: number;
  consumerGroups: number;
  auditEntries: number;
  replays: number;
}

/** Every shadow found in the registry table, the topics, the consumer groups or the audit log. */
export async function listShadows(deps: InventoryDeps, now: number = Date.now()): Promise<ShadowSummary[]> {
  const [records, topics, groups, namespaces] = await Promise.all([
    listShadowRecords(deps.pool),
    deps.admin.listTopics(),
    deps.admin.listGroups(),
    auditNamespaces(deps.pool, 'shadow.'),
  ]);
  const names = new Set<string>(records.map((record) => record.name));
  for (const name of [...topics, ...groups.groups.map((group) => group.groupId), ...namespaces.map((ns) => ns.namespace)]) {
    const shadow = shadowOf(name);
    if (shadow) names.add(shadow.name);
  }
  const summaries: ShadowSummary[] = [];
  for (const name of [...names].sort()) {
    const prefix = shadowPrefix(name);
    const record = records.find((candidate) => candidate.name === name);
    const own = topics.filter((topic) => topic.startsWith(prefix));
    let held = 0;
    for (const topic of own) {
      for (const partition of await deps.admin.fetchTopicOffsets(topic)) held += Number(partition.high) - Number(partition.low);
    }
    const lanes = new Set<'candidate' | 'baseline'>();
    for (const topic of own) lanes.add(shadowOf(topic)!.lane);
    summaries.push({
      name,
      prefix,
      createdAt: record?.createdAt.toISOString() ?? null,
      ageMs: record ? now - record.createdAt.getTime() : null,
      baseline: record?.baseline ?? lanes.has('baseline'),
      lanes: [...lanes].sort(),
      topics: own.length,
      records: held,
      consumerGroups: groups.groups.filter((group) => group.groupId.startsWith(prefix)).length,
      auditEntries: namespaces.filter((ns) => ns.namespace.startsWith(prefix)).reduce((sum, ns) => sum + ns.entries, 0),
      replays: record?.replays.length ?? 0,
    });
  }
  return summaries;
}

export interface DeletedShadow {
  name: string;
  topics: string[];
  consumerGroups: string[];
  subjects: string[];
  auditEntries: number;
  pipelineStateRows: number;
  registryRow: boolean;
}

/**
 * Removes everything a shadow made, found by its prefix `shadow.<name>.` (both lanes): consumer
 * groups, topics, registry subjects (permanently), the audit namespaces, the pipeline state rows
 * the services keep per prefix (document claims, duplicate fingerprints, decisions) and its row in
 * the shadow registry. Refuses while a group still has members: stop `sluice shadow up` first.
 */
export async function deleteShadow(deps: InventoryDeps, name: string): Promise<DeletedShadow> {
  const prefix = shadowPrefix(name);
  const groups = (await deps.admin.listGroups()).groups.map((group) => group.groupId).filter((groupId) => groupId.startsWith(prefix));
  if (groups.length > 0) {
    const described = await deps.admin.describeGroups(groups);
    const busy = described.groups.filter((group) => group.members.length > 0).map((group) => group.groupId);
    if (busy.length > 0) {
      throw new SluiceError('CONFIG', `shadow ${name} is still running (consumer groups with members: ${busy.join(', ')}); stop it (Ctrl-C on \`sluice shadow up\`) and delete again`);
    }
    await deps.admin.deleteGroups(groups);
  }
  const topics = (await deps.admin.listTopics()).filter((topic) => topic.startsWith(prefix));
  if (topics.length > 0) await deps.admin.deleteTopics({ topics });
  const subjects = await subjectsUnder(deps.registryUrl, prefix);
  for (const subject of subjects) await deleteSubject(deps.registryUrl, subject);
  const auditEntries = await deleteAuditNamespaces(deps.pool, prefix);
  const pipelineStateRows = await deletePipelineState(deps.pool, prefix);
  const registryRow = await deleteShadowRecord(deps.pool, name);
  return { name, topics, consumerGroups: groups, subjects, auditEntries, pipelineStateRows, registryRow };
}

/** LIKE pattern for "starts with", LIKE's wildcards escaped. */
const startsWith = (prefix: string) => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The services' per-prefix state: the extractor's claims (scope `<service>:<prefix>`), the
 * enricher's fingerprints and the validator's decisions (scope `<prefix>`).
 */
async function deletePipelineState(pool: pg.Pool, prefix: string): Promise<number> {
  const statements = [
    [`DELETE FROM pipeline_document_claims WHERE scope LIKE $1`, `%:${startsWith(prefix)}`],
    [`DELETE FROM enricher_document_fingerprints WHERE scope LIKE $1`, startsWith(prefix)],
    [`DELETE FROM validator_documents WHERE scope LIKE $1`, startsWith(prefix)],
  ] as const;
  let rows = 0;
  for (const [sql, pattern] of statements) rows += (await pool.query(sql, [pattern])).rowCount ?? 0;
  return rows;
}
