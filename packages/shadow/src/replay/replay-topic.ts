import type { Admin, Kafka } from 'kafkajs';
import { ensureTopics, physicalTopic, planTopics, topicCatalogue, type AvroSerde } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { withLeaderRetry } from '../kafka/leader-retry';
import type { ReadRange } from '../kafka/range-reader';
import { copyRecords, type CopyCounts } from './copy-records';
import { offsetRanges, timeRanges, type PartitionRange, type PartitionWatermarks, type ReplaySelection } from './replay-selection';

export interface ReplayRequest {
  /** Logical topic of the catalogue, e.g. `documents.ingested.v1`. */
  topic: string;
  /** Prefix of the topic copied from: production's (`SLUICE_TOPIC_PREFIX` of the caller, usually ''). */
  sourcePrefix: string;
  /** Prefixes copied into: the shadow's lanes (`shadow.<name>.` and, with a baseline, `shadow.<name>.baseline.`). */
  targetPrefixes: readonly string[];
  selection: ReplaySelection;
  /** Only this tenant's records (the value's `tenant` field). */
  tenant?: string;
  ratePerSecond?: number;
  /** Decodes values for the tenant filter (any prefix: schema ids are the registry's). */
  serde: AvroSerde;
  /** Consumer group of the read; name it under the first target prefix. */
  groupId: string;
  /** `total` is the number of offsets in the ranges, the most that can be copied. */
  onProgress?: (counts: Readonly<CopyCounts>, total: number) => void;
}

export interface ReplayResult extends CopyCounts {
  source: string;
  targets: string[];
  ranges: { partition: number; start: string; end: string }[];
  selection: { kind: 'time'; from: string; to: string } | { kind: 'offsets' };
  tenant: string | null;
  tookMs: number;
  recordsPerSecond: number;
}

/** Low and high watermark of every partition of `topic`. */
export async function watermarks(admin: Admin, topic: string): Promise<PartitionWatermarks[]> {
  return (await withLeaderRetry(() => admin.fetchTopicOffsets(topic))).map((entry) => ({ partition: entry.partition, low: BigInt(entry.low), high: BigInt(entry.high) }));
}

/** The selection as offset ranges of the physical `topic` (see replay-selection.ts for the semantics). */
export async function resolveRanges(admin: Admin, topic: string, selection: ReplaySelection): Promise<PartitionRange[]> {
  if (selection.kind === 'offsets') return offsetRanges(selection.from, selection.to, await watermarks(admin, topic));
  const at = async (ms: number) =>
    new Map((await withLeaderRetry(() => admin.fetchTopicOffsetsByTimestamp(topic, ms))).map((entry) => [entry.partition, BigInt(entry.offset)] as const));
  return timeRanges(await at(selection.fromMs), await at(selection.toMs));
}

/**
 * `sluice replay`: copies the selected records of a production topic into each target lane's topic
 * of the same name (created from the catalogue when missing). See copy-records.ts for what is kept.
 */
export async function replayTopic(kafka: Kafka, admin: Admin, request: ReplayRequest): Promise<ReplayResult> {
  if (!topicCatalogue.some((spec) => spec.name === request.topic)) {
    throw new SluiceError('CONFIG', `--topic ${request.topic} is not a pipeline topic (${topicCatalogue.map((spec) => spec.name).join(', ')})`);
  }
  const source = physicalTopic(request.topic, request.sourcePrefix);
  if (!(await admin.listTopics()).includes(source)) throw new SluiceError('CONFIG', `topic ${source} does not exist`);
  const targets = request.targetPrefixes.map((prefix) => physicalTopic(request.topic, prefix));
  if (targets.includes(source)) throw new SluiceError('CONFIG', `cannot replay ${source} into itself`);
  for (const prefix of request.targetPrefixes) await ensureTopics(admin, planTopics(prefix, [request.topic]));

  const ranges = await resolveRanges(admin, source, request.selection);
  const total = ranges.reduce((sum, range) => sum + Number(range.end - range.start), 0);
  const started = Date.now();
  const tenant = request.tenant;
  const counts = await copyRecords(kafka, {
    ranges: ranges.map((range): ReadRange => ({ topic: source, ...range })),
    targets,
    groupId: request.groupId,
    timeFilter: request.selection.kind === 'time' ? { fromMs: request.selection.fromMs, toMs: request.selection.toMs } : undefined,
    keep: tenant === undefined ? undefined : async (record) => (await request.serde.decode<{ tenant?: string }>(request.topic, record.value)).value.tenant === tenant,
    ratePerSecond: request.ratePerSecond,
    onProgress: (progress) => request.onProgress?.(progress, total),
  });
  const tookMs = Date.now() - started;
  return {
    ...counts,
    source,
    targets,
    ranges: ranges.map((range) => ({ partition: range.partition, start: String(range.start), end: String(range.end) })),
    selection:
      request.selection.kind === 'time'
        ? { kind: 'time', from: new Date(request.selection.fromMs).toISOString(), to: new Date(request.selection.toMs).toISOString() }
        : { kind: 'offsets' },
    tenant: tenant ?? null,
    tookMs,
    recordsPerSecond: tookMs > 0 ? (counts.copied * 1000) / tookMs : 0,
  };
}
