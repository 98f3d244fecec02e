export { DriftMonitor, defaultThresholds } from './drift-monitor';
export type { DriftMethod, DriftMonitorOptions, DriftRow, DriftStatus } from './drift-monitor';
export { observationsOf, driftTopics } from './result-observations';
export type { Observation, ProbeType } from './result-observations';
export { replayTopics } from './replay-topics';
export type { Replay, ReplayOptions } from './replay-topics';
export { replayDrift, feedMonitor } from './drift-replay';
export { populationStabilityIndex, jensenShannon, kolmogorovSmirnov, wasserstein, cosineDistance } from './drift-measures';
export { SlidingWindow } from './sliding-window';
