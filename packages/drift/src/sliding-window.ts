import type { Sketch } from './distribution-sketch';

/**
 * A sliding window over event time in constant memory: `paneCount` panes of windowMs/paneCount
 * each, every pane one sketch; the window is the merge of the panes that end after newest − window.
 * Observations older than the window are dropped on arrival, and panes that fall out are freed.
 */
export class SlidingWindow<S> {
  private readonly panes = new Map<number, S>();
  private newestPane = Number.NEGATIVE_INFINITY;
  private readonly paneMs: number;

  constructor(
    private readonly sketch: Sketch<S>,
    private readonly windowMs: number,
    paneCount: number,
  ) {
    this.paneMs = Math.max(1, Math.floor(windowMs / paneCount));
  }

  add(at: number, value: unknown): void {
    const pane = Math.floor(at / this.paneMs) * this.paneMs;
    if (pane > this.newestPane) {
      this.newestPane = pane;
      for (const start of this.panes.keys()) if (!this.inWindow(start)) this.panes.delete(start);
    }
    if (!this.inWindow(pane)) return;
    let state = this.panes.get(pane);
    if (!state) {
      state = this.sketch.empty();
      this.panes.set(pane, state);
    }
    this.sketch.add(state, value);
  }

  /** The window's content as one sketch state. */
  snapshot(): S {
    const merged = this.sketch.empty();
    for (const state of this.panes.values()) this.sketch.merge(merged, state);
    return merged;
  }

  get paneCountInUse(): number {
    return this.panes.size;
  }

  private inWindow(paneStart: number): boolean {
    return paneStart + this.paneMs > this.newestPane + this.paneMs - this.windowMs;
  }
}
