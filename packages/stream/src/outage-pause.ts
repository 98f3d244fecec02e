import type { Logger } from 'pino';
import type { SluiceError } from '@sluice/errors';
import type { StreamMetrics } from './metrics';
import type { OutageTracker } from './outage-tracker';
import type { PauseController } from './pause-controller';

export interface OutagePauseDeps {
  outages: OutageTracker;
  pauses: PauseController;
  metrics: StreamMetrics;
  now: () => number;
}

/** Where an outage happened: the physical topic (kafkajs) and its logical name (metrics). */
export interface OutagePlace {
  topic: string;
  logical: string;
  partition: number;
}

/**
 * A dependency is down past the retry budget: the records are fine, so none is dead-lettered. The
 * partition stops fetching for a while (growing pauses, `OutageTracker`) and the caller leaves the
 * micro-batch unresolved, so kafkajs fetches it again from the last resolved offset once the pause ends.
 * Always false (the micro-batch is not done), for the caller to return.
 */
export function pauseForOutage(deps: OutagePauseDeps, place: OutagePlace, error: SluiceError, records: number, log: Logger): false {
  const { pauseMs, outage } = deps.outages.pause(place.topic, place.partition, error);
  deps.metrics.outagePauses.inc({ topic: place.logical, code: error.code });
  deps.metrics.outageActive.set({ topic: place.logical, partition: String(place.partition), code: error.code }, 1);
  deps.pauses.pauseFor(place.topic, [place.partition], pauseMs, 'outage');
  log.warn(
    { code: error.code, err: error, pauseMs, pauses: outage.pauses, outageMs: deps.now() - outage.since, records },
    `partition paused for ${pauseMs} ms: dependency failure (${error.code}) outlasted the retry budget; records kept for a later try, not dead-lettered`,
  );
  return false;
}

/** After a committed micro-batch: ends the partition's outage, if it had one, in metrics and the log. */
export function reportRecovery(deps: Pick<OutagePauseDeps, 'outages' | 'metrics'>, place: OutagePlace, log: Logger): void {
  const recovered = deps.outages.recovered(place.topic, place.partition);
  if (!recovered) return;
  deps.metrics.outageActive.set({ topic: place.logical, partition: String(place.partition), code: recovered.code }, 0);
  deps.metrics.outageSeconds.observe({ topic: place.logical }, recovered.durationMs / 1000);
  log.info({ code: recovered.code, outageMs: recovered.durationMs, pauses: recovered.pauses }, 'dependency recovered: partition processing again after an outage');
}
