export type Outcome = 'ACCEPTED' | 'REJECTED' | 'REVIEW';

export interface OutcomeSummary {
  expected: number;
  done: number;
  accepted: number;
  rejected: number;
  review: number;
  /** Documents per second from the first ingest to the latest outcome. */
  throughputPerSecond: number;
  p50LatencyMs: number | null;
  p99LatencyMs: number | null;
}

function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  // Nearest-rank definition: the smallest value with at least p% of the values at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * Outcomes of the documents a run waits for: the first outcome per id counts (a review request
 * followed by the human's final record stays "review" for the run's figures), ids outside the set
 * are ignored.
 */
export class OutcomeTally {
  private readonly outcomes = new Map<string, { outcome: Outcome; latencyMs: number | null; at: number }>();
  private firstIngestAt = Number.POSITIVE_INFINITY;

  constructor(private readonly expectedIds: ReadonlySet<string>) {}

  record(documentId: string, outcome: Outcome, ingestedAt: number | null, decidedAt: number): void {
    if (!this.expectedIds.has(documentId) || this.outcomes.has(documentId)) return;
    if (ingestedAt !== null) this.firstIngestAt = Math.min(this.firstIngestAt, ingestedAt);
    this.outcomes.set(documentId, { outcome, latencyMs: ingestedAt === null ? null : Math.max(0, decidedAt - ingestedAt), at: decidedAt });
  }

  get done(): boolean {
    return this.outcomes.size >= this.expectedIds.size;
  }

  summary(): OutcomeSummary {
    const all = [...this.outcomes.values()];
    const latencies = all.flatMap((o) => (o.latencyMs === null ? [] : [o.latencyMs])).sort((a, b) => a - b);
    const last = Math.max(...all.map((o) => o.at));
    const span = Number.isFinite(this.firstIngestAt) && all.length ? (last - this.firstIngestAt) / 1000 : 0;
    return {
      expected: this.expectedIds.size,
      done: all.length,
      accepted: all.filter((o) => o.outcome === 'ACCEPTED').length,
      rejected: all.filter((o) => o.outcome === 'REJECTED').length,
      review: all.filter((o) => o.outcome === 'REVIEW').length,
      throughputPerSecond: span > 0 ? all.length / span : 0,
      p50LatencyMs: percentile(latencies, 50),
      p99LatencyMs: percentile(latencies, 99),
    };
  }
}
