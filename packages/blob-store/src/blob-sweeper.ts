import { topicSpec } from '@sluice/contracts';
import type { BlobStore } from './blob-store';

/** Topics whose records may carry blob references (contentRef, textRef). */
export const TOPICS_WITH_REFERENCES = ['documents.ingested.v1', 'documents.extracted.v1'] as const;

/** How long a blob must outlive its last put: the longest retention of a topic that may reference it. */
export function blobRetentionMs(): number {
  return Math.max(...TOPICS_WITH_REFERENCES.map((name) => topicSpec(name).retentionMs));
}

/**
 * Deletes blobs not put again within the retention of the topics that reference them, once at
 * start and then every `intervalMs` (default hourly). The timer does not keep the process alive.
 */
export function startBlobSweeper(
  store: BlobStore,
  options: { intervalMs?: number; retentionMs?: number; now?: () => number; onError?: (error: unknown) => void } = {},
): { sweep: () => Promise<number>; stop: () => void } {
  const retentionMs = options.retentionMs ?? blobRetentionMs();
  const now = options.now ?? Date.now;
  const sweep = () => store.sweep(now() - retentionMs);
  const run = () => void sweep().catch((error: unknown) => options.onError?.(error));
  run();
  const timer = setInterval(run, options.intervalMs ?? 60 * 60 * 1000);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
