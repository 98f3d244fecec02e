/**
 * MinHash signatures of shingle sets, and the resemblance (Jaccard) and containment estimates
 * they give (Broder 1997; Leskovec, Rajaraman, Ullman, "Mining of Massive Datasets", ch. 3).
 *
 * Each of the `SIGNATURE_LENGTH` hash functions is the MurmurHash3 32-bit finaliser applied to
 * the shingle hash XOR a fixed seed: a bijection of 32-bit integers per seed, so the minimum over
 * a set is a min-wise sample. The seeds are fixed: signatures are stored (PostgreSQL) and compared
 * across processes and restarts; changing the shingling, the seeds or the length is a new
 * `MINHASH_SCHEME`, and signatures of different schemes are never compared.
 */
export const SIGNATURE_LENGTH = 128;
export const MINHASH_SCHEME = 'char5-murmur3-minhash128-v1';

/** MurmurHash3's fmix32: a bijective avalanche mix of a 32-bit integer (unsigned result). */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seeds from a fixed counter through fmix32 (deterministic, well spread). */
const seeds = Uint32Array.from({ length: SIGNATURE_LENGTH }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

export interface MinHashSignature {
  /** Minimum permuted hash per function, as signed 32-bit integers (PostgreSQL int4). */
  values: Int32Array;
  /** Distinct shingles in the set (for containment). */
  size: number;
}

/** The signature of a shingle-hash set; null for an empty set (nothing to compare). */
export function minHashSignature(hashes: ReadonlySet<number>): MinHashSignature | null {
  if (hashes.size === 0) return null;
  const minima = new Uint32Array(SIGNATURE_LENGTH).fill(0xffffffff);
  for (const hash of hashes) {
    for (let i = 0; i < SIGNATURE_LENGTH; i++) {
      const permuted = fmix32(hash ^ seeds[i]!);
      if (permuted < minima[i]!) minima[i] = permuted;
    }
  }
  return { values: Int32Array.from(minima, (value) => value | 0), size: hashes.size };
}

/** Share of agreeing minima: an unbiased estimate of |A ∩ B| / |A ∪ B| (standard error about 0.04 at 128). */
export function estimateJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const length = Math.min(a.length, b.length);
  if (length === 0) return 0;
  let same = 0;
  for (let i = 0; i < length; i++) if (a[i] === b[i]) same += 1;
  return same / length;
}

/**
 * How much of the smaller set lies in the larger, |A ∩ B| / min(|A|, |B|), from the Jaccard
 * estimate and the set sizes (|A ∩ B| = J (|A| + |B|) / (1 + J)). A re-sent invoice under a
 * forwarding note or a reminder is contained in full although its resemblance is only ~0.7.
 */
export function estimateContainment(jaccard: number, sizeA: number, sizeB: number): number {
  const smaller = Math.min(sizeA, sizeB);
  if (smaller === 0) return 0;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / ((1 + jaccard) * smaller));
}
