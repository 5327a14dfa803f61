import { useEffect, useReducer, useRef, useState } from 'react';
import type { EngineApi, ViewInfo } from '../../../engine/api';
import { PageCache } from './page-cache';

/**
 * One PageCache per applied filter: a refresh of the same filter in file order while nothing but
 * loading changed the case (rows only appended) rebases the cache so loaded rows stay on screen.
 * Anything else starts a fresh cache: a new filter, a time-ordered view (a load inserts rows
 * between old ones), or a case change that moves rows (`epoch`: a source hidden, removed, …).
 */
export function usePageCache(engine: EngineApi | null, view: ViewInfo | null, fields: readonly string[], epoch = 0): { cache: PageCache | null; version: number } {
  const [cache, setCache] = useState<PageCache | null>(null);
  const filterRef = useRef<string | null>(null);
  const [version, bump] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!engine || !view) return;
    const key = `${epoch}\u0000${view.order}\u0000${view.filter}`;
    if (cache && filterRef.current === key && view.order === 'file') {
      cache.rebase(view.viewId, view.rowCount);
      return;
    }
    const fetchPage = (viewId: number, offset: number, limit: number, signal: AbortSignal) =>
      engine.getRows(viewId, offset, limit, fields, signal);
    const next = new PageCache(fetchPage, view.viewId, view.rowCount);
    filterRef.current = key;
    setCache(next);
    // `cache` is left out on purpose: this effect replaces it; it must not re-run because of it.
  }, [engine, view, fields, epoch]);

  useEffect(() => (cache ? cache.subscribe(bump) : undefined), [cache]);
  useEffect(() => () => cache?.dispose(), [cache]);
  return { cache, version };
}
