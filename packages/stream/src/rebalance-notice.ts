/**
 * kafkajs error types that mean this member must rejoin the group before it may go on: a rebalance
 * is under way, or the coordinator no longer knows the member (its session expired). The first
 * three are kafkajs's own `isRebalancing` (src/errors.js); the runner rejoins on all four
 * (src/consumer/runner.js `scheduleFetchManager`).
 */
const REJOIN_ERROR_TYPES = new Set(['REBALANCE_IN_PROGRESS', 'NOT_COORDINATOR_FOR_GROUP', 'ILLEGAL_GENERATION', 'UNKNOWN_MEMBER_ID']);

export function requiresRejoin(error: unknown): boolean {
  return typeof error === 'object' && error !== null && REJOIN_ERROR_TYPES.has(String((error as { type?: unknown }).type));
}

/**
 * What a heartbeat told the member between two joins. kafkajs learns of a rebalance from a
 * heartbeat answer, but only rejoins (and so gives partitions up) once every batch it already
 * fetched has been through `eachBatch`: with several partitions queued, the member would start
 * each of them while the rest of the group waits in JoinGroup. Once told, `eachBatch` finishes the
 * micro-batch in hand (its transaction commits or aborts), starts no other, and rethrows kafkajs's
 * own error so the runner rejoins at once; the records left unresolved are fetched again by
 * whoever owns their partition after the rebalance.
 */
export class RebalanceNotice {
  private error: Error | undefined;

  /** Remembers `error` (a heartbeat's failure) when it asks for a rejoin. */
  observe(error: unknown): void {
    if (this.error === undefined && error instanceof Error && requiresRejoin(error)) this.error = error;
  }

  /** Throws the remembered kafkajs error, if any: the caller must stop and let kafkajs rejoin. */
  throwIfRejoining(): void {
    if (this.error !== undefined) throw this.error;
  }

  /** The member has (re)joined: new work may start. */
  rejoined(): void {
    this.error = undefined;
  }
}
