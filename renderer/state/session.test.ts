import { describe, expect, it } from 'vitest';
import type { EngineApi, LoadInput, SourceInfo, ViewInfo } from '../../engine/api';
import { Session } from './session';

/** A small in-memory EngineApi: a load appends `events` rows, optionally failing or waiting to be aborted. */
function memoryEngine() {
  let events = 0;
  let viewId = 0;
  let sourceIds = 0;
  const sources: SourceInfo[] = [];
  const engine: EngineApi = {
    fields: [],
    async loadSource(input: LoadInput, options) {
      const id = ++sourceIds;
      let count = 0;
      for await (const chunk of input.open()) {
        if (options?.signal?.aborted) break;
        count += chunk.length;
        events += chunk.length;
        options?.onProgress?.({ sourceId: id, bytes: count, events: count });
        await new Promise((r) => setTimeout(r, 5));
      }
      const aborted = options?.signal?.aborted ?? false;
      const source: SourceInfo = count === 0 && !aborted
        ? { id, name: input.name, status: 'error', bytes: 0, events: 0, warnings: [], warningCount: 0, error: { code: 'empty', message: 'the file is empty' } }
        : { id, name: input.name, status: aborted ? 'cancelled' : 'done', bytes: count, events: count, warnings: [], warningCount: 0, kind: options?.kind ?? 'strace', kindForced: options?.kind !== undefined };
      sources.push(source);
      return source;
    },
    listSources: () => sources,
    async setSourceHidden(id, hidden) {
      const at = sources.findIndex((s) => s.id === id);
      sources[at] = { ...sources[at], hidden };
    },
    async removeSource(id) {
      const at = sources.findIndex((s) => s.id === id);
      events -= sources[at].events;
      sources.splice(at, 1);
    },
    compileFilter: () => ({ ok: true, sql: '', params: [], fields: [] }),
    async openView(filter) {
      if (filter === 'bad') return { ok: false, diagnostics: [{ start: 0, length: 3, message: 'unknown field bad' }] };
      const shown = sources.filter((s) => s.hidden).reduce((n, s) => n - s.events, events);
      const view: ViewInfo = { viewId: ++viewId, filter, rowCount: filter === 'none' ? 0 : shown, order: 'file' };
      return { ok: true, view };
    },
    getRows: async () => [],
    getEvent: async () => null,
    stats: async () => ({ events, byType: {} }),
    close: async () => undefined,
  };
  return engine;
}

function input(name: string, chunks: number[]): LoadInput {
  return {
    name,
    size: chunks.reduce((a, b) => a + b, 0),
    async *open() { for (const n of chunks) yield new Uint8Array(n); },
  };
}

async function until(session: Session, predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !predicate(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(predicate()).toBe(true);
}

describe('Session', () => {
  it('loads files in order and ends with a view of every row', async () => {
    const session = new Session(Promise.resolve(memoryEngine()));
    session.open([input('a.log', [3, 4]), input('b.log', [5])]);
    await until(session, () => session.getState().loads.length === 0 && session.getState().view?.rowCount === 12);
    expect(session.getState().sources.map((s) => s.name)).toEqual(['a.log', 'b.log']);
  });

  it('names the file in an error notice and keeps the rows already loaded', async () => {
    const session = new Session(Promise.resolve(memoryEngine()));
    session.open([input('good.log', [10]), input('empty.log', [])]);
    await until(session, () => session.getState().loads.length === 0 && session.getState().notices.length > 0);
    expect(session.getState().notices).toEqual([expect.objectContaining({ level: 'error', text: 'empty.log: the file is empty' })]);
    await until(session, () => session.getState().view?.rowCount === 10);
  });

  it('keeps the previous view when a filter is invalid and publishes its diagnostics', async () => {
    const session = new Session(Promise.resolve(memoryEngine()));
    session.open([input('a.log', [7])]);
    await until(session, () => session.getState().loads.length === 0 && session.getState().view?.rowCount === 7);
    expect(await session.applyFilter('none')).toBe(true);
    const applied = session.getState().view;
    expect(await session.applyFilter('bad')).toBe(false);
    expect(session.getState().view).toBe(applied);
    expect(session.getState().appliedFilter).toBe('none');
    expect(session.getState().diagnostics[0]!.message).toBe('unknown field bad');
  });

  it('cancel stops the load, says so, and keeps what was read', async () => {
    const session = new Session(Promise.resolve(memoryEngine()));
    session.open([input('big.log', Array.from({ length: 200 }, () => 1))]);
    await until(session, () => (session.getState().loads[0]?.events ?? 0) >= 3);
    session.cancelLoads();
    await until(session, () => session.getState().loads.length === 0);
    const kept = session.getState().view?.rowCount ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(200);
    expect(session.getState().notices.at(-1)!.text).toContain('big.log was cancelled');
  });

  it('reports an engine that fails to start', async () => {
    const session = new Session(Promise.reject(new Error('no wasm')));
    await until(session, () => session.getState().engine === 'failed');
    expect(session.getState().notices[0]!.text).toContain('no wasm');
  });

  it('hides, removes and re-reads sources as another kind, re-running the filter each time', async () => {
    const session = new Session(Promise.resolve(memoryEngine()));
    session.open([input('node.log', [4]), input('trail.json', [6])]);
    await until(session, () => session.getState().loads.length === 0 && session.getState().view?.rowCount === 10);
    await session.setSourceHidden(1, true);
    expect(session.getState().view?.rowCount).toBe(6);
    expect(session.getState().sources[0]!.hidden).toBe(true);
    await session.setSourceHidden(1, false);
    expect(session.getState().view?.rowCount).toBe(10);
    await session.reopenAs(2, 'cloudtrail');
    await until(session, () => session.getState().loads.length === 0 && session.getState().sources.length === 2);
    expect(session.getState().sources.map((s) => [s.name, s.kind, s.kindForced])).toEqual([['node.log', 'strace', false], ['trail.json', 'cloudtrail', true]]);
    await session.removeSource(1);
    expect(session.getState().sources.map((s) => s.name)).toEqual(['trail.json']);
    await until(session, () => session.getState().view?.rowCount === 6);
  });

  it('leaves files of a folder that are not logs out of the case, with one note', async () => {
    const session = new Session(Promise.resolve(memoryEngine()));
    session.open([input('logs/a.log', [3]), input('logs/README', []), input('logs/b.log', [2])], { fromFolder: true });
    await until(session, () => session.getState().loads.length === 0 && session.getState().view?.rowCount === 5);
    expect(session.getState().sources.map((s) => s.name)).toEqual(['logs/a.log', 'logs/b.log']);
    expect(session.getState().notices.map((n) => [n.level, n.text])).toEqual([['info', 'Skipped 1 file of the folder that is not a log Ephemera reads: logs/README']]);
  });

  it('keeps the chosen time zone', () => {
    const session = new Session(Promise.resolve(memoryEngine()));
    expect(session.getState().timeZone).toBe('UTC');
    session.setTimeZone('Europe/Paris');
    expect(session.getState().timeZone).toBe('Europe/Paris');
  });
});
