import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../../engine/api';
import { PageCache } from './page-cache';

interface Call { viewId: number; offset: number; limit: number; signal: AbortSignal; resolve: (rows: EventRow[]) => void }

function harness(rowCount: number, pageSize = 10) {
  const calls: Call[] = [];
  const fetch = (viewId: number, offset: number, limit: number, signal: AbortSignal) =>
    new Promise<EventRow[]>((resolve) => calls.push({ viewId, offset, limit, signal, resolve }));
  const cache = new PageCache(fetch, 1, rowCount, pageSize, 3);
  let changes = 0;
  cache.subscribe(() => { changes++; });
  const rowsFor = (c: Call) => Array.from({ length: c.limit }, (_, i) => ({ 'evt.num': c.offset + i + 1 }));
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return { calls, cache, rowsFor, flush, changes: () => changes };
}

describe('PageCache', () => {
  it('fetches only the pages of the visible window, each once', () => {
    const h = harness(100);
    h.cache.ensure(15, 32);
    h.cache.ensure(15, 32);
    expect(h.calls.map((c) => [c.offset, c.limit])).toEqual([[10, 10], [20, 10], [30, 10]]);
  });

  it('serves rows by position once a page arrives', async () => {
    const h = harness(25);
    h.cache.ensure(0, 25);
    expect(h.cache.row(21)).toBeUndefined();
    expect(h.calls[2]!.limit).toBe(5);
    for (const c of h.calls) c.resolve(h.rowsFor(c));
    await h.flush();
    expect(h.cache.row(21)).toEqual({ 'evt.num': 22 });
    expect(h.changes()).toBe(3);
  });

  it('aborts fetches of pages that scrolled out of the window and ignores their answer', async () => {
    const h = harness(1000);
    h.cache.ensure(0, 10);
    h.cache.ensure(500, 510);
    const stale = h.calls[0]!;
    expect(stale.signal.aborted).toBe(true);
    stale.resolve(h.rowsFor(stale));
    await h.flush();
    expect(h.cache.row(0)).toBeUndefined();
    expect(h.changes()).toBe(0);
  });

  it('evicts the oldest pages beyond its capacity', async () => {
    const h = harness(100);
    for (const start of [0, 10, 20, 30]) {
      h.cache.ensure(start, start + 10);
      const c = h.calls.at(-1)!;
      c.resolve(h.rowsFor(c));
      await h.flush();
    }
    expect(h.cache.row(0)).toBeUndefined();
    expect(h.cache.row(35)).toEqual({ 'evt.num': 36 });
  });

  it('keeps full pages and refetches the partial one when the view grows', async () => {
    const h = harness(15);
    h.cache.ensure(0, 15);
    for (const c of h.calls) c.resolve(h.rowsFor(c));
    await h.flush();
    h.cache.rebase(2, 30);
    expect(h.cache.row(5)).toEqual({ 'evt.num': 6 });
    expect(h.cache.row(12)).toBeUndefined();
    h.cache.ensure(0, 30);
    expect(h.calls.slice(2).map((c) => [c.viewId, c.offset, c.limit])).toEqual([[2, 10, 10], [2, 20, 10]]);
  });

  it('drops answers that were in flight when the view changed', async () => {
    const h = harness(20);
    h.cache.ensure(0, 10);
    const old = h.calls[0]!;
    h.cache.rebase(2, 20);
    old.resolve(h.rowsFor(old));
    await h.flush();
    expect(old.signal.aborted).toBe(true);
    expect(h.cache.row(0)).toBeUndefined();
  });
});
