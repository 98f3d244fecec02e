import { SluiceError } from '@sluice/errors';

/**
 * What `sluice replay --from X --to Y` selects, in one of two forms (both bounds the same form):
 *
 * - **time**: records whose Kafka timestamp t satisfies `from <= t < to` (from included, to
 *   excluded). Bounds: `now`, a relative `-30s` `-15m` `-2h` `-7d`, an ISO 8601 date (`2025-03-01`,
 *   UTC midnight) or date-time with a zone (`2025-03-01T10:00:00Z`, `...+01:00`), or `@<epoch ms>`.
 * - **offsets**: records whose offset o satisfies `from <= o < to` in each partition. Bounds: one
 *   offset for every partition (`1200`), or `partition:offset` pairs (`0:1200,3:980`); with pairs
 *   only the listed partitions are replayed, and both bounds must name the same ones.
 */
export type ReplaySelection =
  | { kind: 'time'; fromMs: number; toMs: number }
  | { kind: 'offsets'; from: OffsetBound; to: OffsetBound };

/** One offset for every partition, or offsets of listed partitions. */
export type OffsetBound = { every: bigint } | { partitions: ReadonlyMap<number, bigint> };

const UNIT_MS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

type Bound = { kind: 'time'; ms: number } | { kind: 'offsets'; bound: OffsetBound };

function invalid(option: string, text: string, why: string): SluiceError {
  return new SluiceError('CONFIG', `${option} ${JSON.stringify(text)}: ${why}`);
}

/** Parses one bound; `now` is the reference for `now` and relative times. */
export function parseBound(option: string, text: string, now: number): Bound {
  const value = text.trim();
  if (value === 'now') return { kind: 'time', ms: now };
  const relative = /^-(\d+)([smhd])$/.exec(value);
  if (relative) return { kind: 'time', ms: now - Number(relative[1]) * UNIT_MS[relative[2]!]! };
  const epoch = /^@(\d+)$/.exec(value);
  if (epoch) return { kind: 'time', ms: Number(epoch[1]) };
  if (/^\d+$/.test(value)) return { kind: 'offsets', bound: { every: BigInt(value) } };
  if (/^\d+:\d+(,\d+:\d+)*$/.test(value)) {
    const partitions = new Map<number, bigint>();
    for (const pair of value.split(',')) {
      const [partition, offset] = pair.split(':') as [string, string];
      if (partitions.has(Number(partition))) throw invalid(option, text, `partition ${partition} appears twice`);
      partitions.set(Number(partition), BigInt(offset));
    }
    return { kind: 'offsets', bound: { partitions } };
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const ms = Date.parse(`${value}T00:00:00Z`);
    if (!Number.isNaN(ms)) return { kind: 'time', ms };
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return { kind: 'time', ms };
  }
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) throw invalid(option, text, 'a date-time needs its zone (Z or +01:00), or it means different instants on different machines');
  throw invalid(option, text, 'expected a time (now, -2h, 2025-03-01, 2025-03-01T10:00:00Z, @<epoch ms>) or offsets (1200, or 0:1200,3:980)');
}

/** `--from` and `--to` as one selection; every problem names the option. */
export function parseReplaySelection(from: string, to: string, now: number = Date.now()): ReplaySelection {
  const start = parseBound('--from', from, now);
  const end = parseBound('--to', to, now);
  if (start.kind === 'time' && end.kind === 'time') {
    if (end.ms <= start.ms) throw new SluiceError('CONFIG', `--to (${new Date(end.ms).toISOString()}) must be after --from (${new Date(start.ms).toISOString()})`);
    return { kind: 'time', fromMs: start.ms, toMs: end.ms };
  }
  if (start.kind === 'offsets' && end.kind === 'offsets') {
    const listed = (bound: OffsetBound) => ('partitions' in bound ? [...bound.partitions.keys()].sort((a, b) => a - b).join(',') : null);
    const [fromListed, toListed] = [listed(start.bound), listed(end.bound)];
    if (fromListed !== null && toListed !== null && fromListed !== toListed) {
      throw new SluiceError('CONFIG', `--from lists partitions ${fromListed} but --to lists ${toListed}: name the same partitions`);
    }
    return { kind: 'offsets', from: start.bound, to: end.bound };
  }
  throw new SluiceError('CONFIG', '--from and --to must both be times or both be offsets');
}

/** The offsets of one partition to read, `start` included, `end` excluded. */
export interface PartitionRange {
  partition: number;
  start: bigint;
  end: bigint;
}

/** A partition's offsets as Kafka reports them: `low` the first kept, `high` the next to be written. */
export interface PartitionWatermarks {
  partition: number;
  low: bigint;
  high: bigint;
}

function offsetOf(bound: OffsetBound, partition: number): bigint | undefined {
  return 'every' in bound ? bound.every : bound.partitions.get(partition);
}

const clamp = (value: bigint, low: bigint, high: bigint) => (value < low ? low : value > high ? high : value);

/**
 * Per-partition ranges of an offsets selection, clamped to what the partition still holds (records
 * below `low` were deleted by retention). A listed partition the topic does not have is an error.
 */
export function offsetRanges(from: OffsetBound, to: OffsetBound, watermarks: readonly PartitionWatermarks[]): PartitionRange[] {
  const known = new Set(watermarks.map((w) => w.partition));
  for (const bound of [from, to]) {
    if ('partitions' in bound) {
      const unknown = [...bound.partitions.keys()].filter((partition) => !known.has(partition));
      if (unknown.length > 0) throw new SluiceError('CONFIG', `the topic has no partition ${unknown.join(', ')} (it has ${[...known].sort((a, b) => a - b).join(', ')})`);
    }
  }
  return watermarks.flatMap(({ partition, low, high }) => {
    const start = offsetOf(from, partition);
    const end = offsetOf(to, partition);
    if (start === undefined || end === undefined) return [];
    const range = { partition, start: clamp(start, low, high), end: clamp(end, low, high) };
    return range.end > range.start ? [range] : [];
  });
}

/**
 * Per-partition ranges of a time selection: from the first offset whose timestamp is at or after
 * `from` to the first at or after `to` (Kafka's ListOffsets by timestamp; `high` when none). Within
 * them the copier still keeps only `from <= timestamp < to`, so a record a producer stamped out of
 * order inside the range is not copied; one stamped in range but appended after the first record at
 * or after `to` is outside the range and not copied either (timestamps are the producers' clocks).
 */
export function timeRanges(startOffsets: ReadonlyMap<number, bigint>, endOffsets: ReadonlyMap<number, bigint>): PartitionRange[] {
  return [...startOffsets.entries()]
    .sort(([a], [b]) => a - b)
    .flatMap(([partition, start]) => {
      const end = endOffsets.get(partition) ?? start;
      return end > start ? [{ partition, start, end }] : [];
    });
}
