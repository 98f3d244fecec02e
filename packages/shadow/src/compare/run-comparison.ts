import { randomBytes } from 'node:crypto';
import type { Admin, Kafka } from 'kafkajs';
import { baselinePrefix, shadowPrefix } from '@sluice/config';
import { physicalTopic, type AvroSerde } from '@sluice/contracts';
import { SluiceError } from '@sluice/errors';
import { compareLanes, type CompareOptions } from './compare-lanes';
import { candidateReport, comparisonReport, type CandidateReport, type ComparisonReport } from './comparison-report';
import type { LaneOutcomes } from './lane-outcomes';
import { ENTRY_TOPICS } from '../lanes/entry-topics';
import { readLaneOutcomes, readScopes, type LaneSpec } from './read-lanes';
import type { Thresholds } from './thresholds';

export const PRODUCTION = 'production';

export interface ComparisonRequest extends CompareOptions {
  /** Shadow names whose candidate lanes are judged. */
  candidates: readonly string[];
  /** `production` and/or shadow names each candidate is compared against. */
  against: readonly string[];
  /** Production's topic prefix: `SLUICE_TOPIC_PREFIX` of the caller, usually ''. */
  productionPrefix: string;
  thresholds: Thresholds;
  lineageUrl?: string | null;
}

/**
 * `sluice compare`: reads what each lane decided for the documents replayed into each candidate,
 * compares every candidate with every reference (and, where the shadow has a baseline lane, the
 * baseline with the same reference, for the noise), and applies the gates. Reads Kafka only.
 */
export async function runComparison(kafka: Kafka, admin: Admin, serde: AvroSerde, request: ComparisonRequest): Promise<ComparisonReport> {
  const started = Date.now();
  if (request.candidates.length === 0) throw new SluiceError('CONFIG', '--shadow names no shadow');
  const topics = new Set(await admin.listTopics());
  const laneOf = (name: string): LaneSpec => (name === PRODUCTION ? { label: PRODUCTION, prefix: request.productionPrefix } : { label: name, prefix: shadowPrefix(name) });
  // A shadow has a baseline lane when it was started with one (its topics exist).
  const baselineOf = (name: string): LaneSpec | null =>
    ENTRY_TOPICS.some((topic) => topics.has(physicalTopic(topic, baselinePrefix(name)))) ? { label: `${name} (baseline)`, prefix: baselinePrefix(name) } : null;

  const groupId = (what: string) => `${shadowPrefix(request.candidates[0]!)}compare-${what}-${randomBytes(4).toString('hex')}`;
  const scopes = await readScopes(kafka, admin, groupId('scope'), request.candidates.map((name) => shadowPrefix(name)));
  for (const name of request.candidates) {
    if (scopes.get(shadowPrefix(name))!.entryTopic === null) {
      throw new SluiceError('CONFIG', `shadow ${name} has no replayed records (none of ${ENTRY_TOPICS.map((topic) => physicalTopic(topic, shadowPrefix(name))).join(', ')} holds any)`);
    }
  }
  const earliest = Math.min(...[...scopes.values()].map((scope) => scope.minTimestamp ?? Number.POSITIVE_INFINITY));
  const lanes = new Map<string, LaneSpec>();
  const add = (lane: LaneSpec | null) => lane && !lanes.has(lane.prefix) && lanes.set(lane.prefix, lane);
  for (const name of request.candidates) {
    add(laneOf(name));
    add(baselineOf(name));
  }
  for (const name of request.against) {
    const lane = laneOf(name);
    // Production's results of the replayed documents were written after those documents arrived.
    add(name === PRODUCTION && Number.isFinite(earliest) ? { ...lane, sinceMs: earliest } : lane);
  }
  const union = new Set([...scopes.values()].flatMap((scope) => [...scope.ids]));
  const outcomes = await readLaneOutcomes(kafka, admin, serde, groupId('results'), [...lanes.values()], union);
  const byPrefix = new Map<string, LaneOutcomes>(outcomes.map((lane) => [lane.prefix, lane] as const));

  const sections: CandidateReport[] = [];
  for (const name of request.candidates) {
    const candidate = byPrefix.get(shadowPrefix(name))!;
    const baselineLane = baselineOf(name);
    const scope = scopes.get(shadowPrefix(name))!.ids;
    for (const referenceName of request.against) {
      if (referenceName === name) continue;
      const reference = byPrefix.get(laneOf(referenceName).prefix)!;
      const comparison = compareLanes(reference, candidate, scope, request);
      const baseline = baselineLane ? compareLanes(reference, byPrefix.get(baselineLane.prefix)!, scope, request) : null;
      sections.push(candidateReport(comparison, baseline, request.thresholds));
    }
  }
  return comparisonReport(sections, { tookMs: Date.now() - started, lineageUrl: request.lineageUrl ?? null });
}
