import { useEffect, useReducer, useRef, useState } from 'react';
import type { EngineApi, ViewInfo } from '../../../engine/api';
import { PageCache } from './page-cache';

/**
 * One PageCache per applied filter: a refresh of the same filter (the load grew) rebases the
 * cache so loaded rows stay on screen; a new filter starts a fresh cache.
 */
export function usePageCache(engine: EngineApi | null, view: ViewInfo | null, fields: readonly string[]): { cache: PageCache | null; version: number } {
  const [cache, setCache] = useState<PageCache | null>(null);
  const filterRef = useRef<string | null>(null);
  const [version, bump] = useReducer((n: number) => n + 1, 0);

  useEffect(() => {
    if (!engine || !view) return;
    if (cache && filterRef.current === view.filter) {
      cache.rebase(view.viewId, view.rowCount);
      return;
    }
    const fetchPage = (viewId: number, offset: number, limit: number, signal: AbortSignal) =>
      engine.getRows(viewId, offset, limit, fields, signal);
    const next = new PageCache(fetchPage, view.viewId, view.rowCount);
    filterRef.current = view.filter;
    setCache(next);
    // `cache` is left out on purpose: this effect replaces it; it must not re-run because of it.
  }, [engine, view, fields]);

  useEffect(() => (cache ? cache.subscribe(bump) : undefined), [cache]);
  useEffect(() => () => cache?.dispose(), [cache]);
  return { cache, version };
}
