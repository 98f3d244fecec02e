// Replay: copy recorded records into a shadow's lanes.
export { parseReplaySelection, parseBound, offsetRanges, timeRanges } from './replay/replay-selection';
export type { ReplaySelection, OffsetBound, PartitionRange, PartitionWatermarks } from './replay/replay-selection';
export { replayTopic, resolveRanges, watermarks } from './replay/replay-topic';
export type { ReplayRequest, ReplayResult } from './replay/replay-topic';
export { copyRecords } from './replay/copy-records';
export type { CopyCounts, CopyOptions } from './replay/copy-records';
export { readRanges } from './kafka/range-reader';
export type { RawRecord, ReadRange, ReadRangesOptions } from './kafka/range-reader';

// Compare: lanes' outcomes, comparison, noise, gates, report.
export { runComparison, PRODUCTION } from './compare/run-comparison';
export type { ComparisonRequest } from './compare/run-comparison';
export { compareLanes, fieldDifferences, fieldTarget, percentile, relativeIncrease, outcomeColumns } from './compare/compare-lanes';
export type { LaneComparison, FieldStats, FieldDifference, DocumentDisagreement, OutcomeOrMissing, CompareOptions } from './compare/compare-lanes';
export type { Outcome, DocumentOutcome, LaneOutcomes, FieldValue } from './compare/lane-outcomes';
export { readLaneOutcomes, readScopes } from './compare/read-lanes';
export type { LaneSpec, LaneScope } from './compare/read-lanes';
export { adjustForNoise } from './compare/noise-adjustment';
export type { NoiseAdjusted, AdjustedRate } from './compare/noise-adjustment';
export { checkThresholds, parseDisagreementLimits, parseRatio, noThresholds } from './compare/thresholds';
export type { Thresholds, CheckResult } from './compare/thresholds';
export { candidateReport, comparisonReport, lineageOf } from './compare/comparison-report';
export type { ComparisonReport, CandidateReport, AnnotatedDisagreement } from './compare/comparison-report';
export { markdownReport } from './report/markdown-report';
export { htmlReport } from './report/html-report';
export { junitReport } from './report/junit-report';
export { reportJson } from './report/report-figures';

// Shadows: registry, list, delete.
export { registerShadow, recordReplay, getShadow, listShadowRecords, deleteShadowRecord } from './inventory/shadow-registry';
export type { ShadowRecord, ShadowConfig, ReplayRecord } from './inventory/shadow-registry';
export { listShadows, deleteShadow } from './inventory/shadow-inventory';
export type { ShadowSummary, DeletedShadow, InventoryDeps } from './inventory/shadow-inventory';

// Lanes of `sluice shadow up`.
export { shadowLanes, SHADOW_SERVICES } from './lanes/shadow-lanes';
export type { ShadowLane } from './lanes/shadow-lanes';
export { seedBaseline } from './replay/seed-baseline';
export { ENTRY_TOPICS, SERVICES_FROM, entryTopicOf } from './lanes/entry-topics';
export type { EntryTopic } from './lanes/entry-topics';
