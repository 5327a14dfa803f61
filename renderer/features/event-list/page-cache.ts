/**
 * Rows of one view, fetched in fixed-size pages by offset. Only the pages the list asks for are
 * fetched; pages that scroll out of the wanted window have their fetch aborted, and a page that
 * arrives after the cache moved on (dispose, rebase) is dropped.
 */
import type { EventRow } from '../../../engine/api';

export type FetchPage = (viewId: number, offset: number, limit: number, signal: AbortSignal) => Promise<EventRow[]>;

interface Pending { readonly controller: AbortController; readonly generation: number }

export class PageCache {
  private readonly pages = new Map<number, EventRow[]>();
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<() => void>();
  private generation = 0;
  private lastError: unknown = null;

  constructor(
    private readonly fetchPage: FetchPage,
    private viewId: number,
    private rowCountValue: number,
    readonly pageSize = 200,
    private readonly maxPages = 50,
  ) {}

  get rowCount(): number { return this.rowCountValue; }
  get error(): unknown { return this.lastError; }

  /** The row at a position, or undefined while its page is not here. */
  row(index: number): EventRow | undefined {
    return this.pages.get(Math.floor(index / this.pageSize))?.[index % this.pageSize];
  }

  /** Make sure rows [start, end) are fetched; fetches for pages outside the window are aborted. */
  ensure(start: number, end: number): void {
    const first = Math.max(0, Math.floor(start / this.pageSize));
    const last = Math.min(this.pageCount() - 1, Math.floor(Math.max(start, end - 1) / this.pageSize));
    for (const [page, pending] of this.pending) {
      if (page < first || page > last) { pending.controller.abort(); this.pending.delete(page); }
    }
    for (let page = first; page <= last; page++) {
      if (!this.pages.has(page) && !this.pending.has(page)) this.load(page);
    }
  }

  /**
   * Move to a new view of the same filter that only grew (a refresh while loading): full pages
   * stay, the partial last page is fetched again.
   */
  rebase(viewId: number, rowCount: number): void {
    this.abortAll();
    this.viewId = viewId;
    this.rowCountValue = rowCount;
    for (const [page, rows] of this.pages) {
      if (rows.length < this.pageSize || (page + 1) * this.pageSize > rowCount) this.pages.delete(page);
    }
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.abortAll();
    this.pages.clear();
    this.listeners.clear();
  }

  private pageCount(): number { return Math.ceil(this.rowCountValue / this.pageSize); }

  private load(page: number): void {
    const controller = new AbortController();
    const generation = this.generation;
    this.pending.set(page, { controller, generation });
    const offset = page * this.pageSize;
    const limit = Math.min(this.pageSize, this.rowCountValue - offset);
    this.fetchPage(this.viewId, offset, limit, controller.signal).then(
      (rows) => this.settle(page, generation, controller, () => this.store(page, rows)),
      (error: unknown) => this.settle(page, generation, controller, () => { this.lastError = error; }),
    );
  }

  private settle(page: number, generation: number, controller: AbortController, apply: () => void): void {
    if (controller.signal.aborted || generation !== this.generation) return;
    this.pending.delete(page);
    apply();
    this.emit();
  }

  private store(page: number, rows: EventRow[]): void {
    this.lastError = null;
    this.pages.set(page, rows);
    while (this.pages.size > this.maxPages) {
      const oldest = this.pages.keys().next().value as number;
      this.pages.delete(oldest);
    }
  }

  private abortAll(): void {
    this.generation++;
    for (const pending of this.pending.values()) pending.controller.abort();
    this.pending.clear();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
