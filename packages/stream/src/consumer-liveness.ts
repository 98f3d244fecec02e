import type { Consumer } from 'kafkajs';
import type { Logger } from 'pino';

/** Why `/healthz` fails, or undefined while the consumer lives. */
export type LivenessProblem = 'consumer-crashed' | 'consumer-stopped' | 'not-fetching';

export interface ConsumerLiveness {
  /** Undefined while alive; else why not (`/healthz` answers 503 with it). */
  problem(): LivenessProblem | undefined;
  /** The runtime's own shutdown: a STOP after this is expected, not a failure. */
  stopping(): void;
  /** Progress inside a batch (a handler try, a heartbeat): a long batch is not a stall. */
  progressed(): void;
}

/**
 * Whether the kafkajs consumer still works, from its instrumentation events. kafkajs logs a crash
 * it will not restart from (consumer/index.js: CRASH with `restart: false`) and idles; a consumer
 * whose restarts keep failing, or whose fetch loop hangs, stops emitting FETCH_START. Both must
 * fail liveness so the orchestrator restarts the process. The fetch loop runs even when every
 * partition is paused (consumerGroup.js sleeps maxWaitTime and fetches again), so an outage pause
 * is not a stall; a long batch reports progress through `progressed()`.
 */
export function trackLiveness(consumer: Consumer, stallMs: number, logger: Logger, now: () => number = Date.now): ConsumerLiveness {
  let crashed = false;
  let stopped = false;
  let expectingStop = false;
  let lastSign = now();
  const sign = () => {
    lastSign = now();
  };
  consumer.on(consumer.events.FETCH_START, sign);
  consumer.on(consumer.events.START_BATCH_PROCESS, sign);
  consumer.on(consumer.events.END_BATCH_PROCESS, sign);
  consumer.on(consumer.events.HEARTBEAT, sign);
  consumer.on(consumer.events.CRASH, (event) => {
    if (event.payload.restart) return; // kafkajs restarts it; a restart that keeps failing shows as a stall
    crashed = true;
    logger.fatal({ err: event.payload.error }, 'consumer crashed and will not restart: /healthz fails so the process is restarted');
  });
  consumer.on(consumer.events.STOP, () => {
    if (expectingStop) return;
    stopped = true;
    logger.fatal('consumer stopped without a shutdown: /healthz fails so the process is restarted');
  });
  return {
    problem: () => {
      if (crashed) return 'consumer-crashed';
      if (stopped) return 'consumer-stopped';
      if (now() - lastSign > stallMs) return 'not-fetching';
      return undefined;
    },
    stopping: () => {
      expectingStop = true;
    },
    progressed: sign,
  };
}
