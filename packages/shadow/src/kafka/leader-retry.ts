/**
 * Offsets of a topic just created (`sluice shadow up` makes a lane's topics, then seeds and reads
 * them) can be asked for before the broker has elected the partitions' leaders: the ListOffsets
 * answer is NOT_LEADER_OR_FOLLOWER / LEADER_NOT_AVAILABLE, which kafkajs marks `retriable`. Such a
 * call is tried again for a while (about 10 s in all) instead of failing the command.
 */
export async function withLeaderRetry<T>(call: () => Promise<T>, attempts = 12): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      const retriable = typeof error === 'object' && error !== null && (error as { retriable?: unknown }).retriable === true;
      if (!retriable || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** (attempt - 1))));
    }
  }
}
