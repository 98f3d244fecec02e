import type { Kafka } from 'kafkajs';
import type { AvroSerde } from '@sluice/contracts';
import { DriftMonitor, type DriftMonitorOptions, type DriftRow } from './drift-monitor';
import { driftTopics, observationsOf } from './result-observations';
import { replayTopics } from './replay-topics';

/** Feeds a monitor from decoded result-topic records (what the drift service and the CLI both do). */
export function feedMonitor(monitor: DriftMonitor): (topic: string, value: unknown, timestamp: number) => void {
  return (topic, value, timestamp) => {
    for (const observation of observationsOf(topic, value)) monitor.observe(observation, timestamp);
  };
}

/**
 * `sluice drift report`: replays the result topics from their beginning into a fresh monitor and
 * reports every probe. Event time is the record timestamp, so a replayed stream is judged by when
 * its records were written, not by when it is read.
 */
export async function replayDrift(kafka: Kafka, serde: AvroSerde, options: DriftMonitorOptions): Promise<{ rows: DriftRow[]; records: number; probes: number }> {
  const monitor = new DriftMonitor(options);
  const replay = replayTopics(kafka, serde, driftTopics, feedMonitor(monitor));
  const { records } = await replay.done;
  return { rows: monitor.report(), records, probes: monitor.probeCount };
}
