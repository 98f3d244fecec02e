/** Upper bounds of one chunk: how many items, and how much of `sizeOf` (bytes, tokens, ...) in total. */
export interface ChunkBounds {
  maxCount: number;
  maxSize: number;
}

/**
 * Splits `items`, in order, into consecutive chunks of at most `bounds.maxCount` items whose
 * `sizeOf` sums to at most `bounds.maxSize`. An item larger than `maxSize` on its own travels
 * alone rather than being refused: the receiver (broker, model server, handler) decides what to do
 * with it, and its neighbours are not held up. Linear in `items`; `sizeOf` is called once per item.
 *
 * The one count-and-size chunker of the tree: the runtime's micro-batches (records and key + value
 * bytes), its produce requests inside a transaction, and embedding requests (inputs and estimated
 * tokens) all cut with it.
 */
export function chunkByCountAndSize<T>(items: readonly T[], sizeOf: (item: T) => number, bounds: ChunkBounds): T[][] {
  const chunks: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const itemSize = sizeOf(item);
    if (current.length > 0 && (current.length >= bounds.maxCount || size + itemSize > bounds.maxSize)) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += itemSize;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
