import type { InFlightLimiter } from './in-flight-limiter';
import type { PauseController } from './pause-controller';

/**
 * Takes room for a micro-batch of `records` records and `bytes` bytes in the process's in-flight
 * bounds. When there is none, the partition stops fetching (`in-flight` pause) until room is
 * released, and false says to drop the rest of the fetch unresolved: kafkajs fetches it again after
 * the resume, rather than this process holding records it cannot start. The caller releases what
 * it took once the micro-batch is done.
 */
export function admitMicroBatch(limiter: InFlightLimiter, pauses: PauseController, topic: string, partition: number, records: number, bytes: number): boolean {
  if (limiter.tryAcquire(records, bytes)) return true;
  pauses.pause(topic, [partition], 'in-flight');
  limiter.onRelease(() => pauses.resume(topic, [partition], 'in-flight'));
  return false;
}
