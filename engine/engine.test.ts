import { afterEach, describe, expect, it } from 'vitest';
import type { LoadInput } from './api.js';
import { Engine } from './engine.js';
import type { ParseRunner } from './load/index.js';
import { WasmNodeConnection } from './node/wasm-node-connection.js';
import { syntheticRunner, type SyntheticRow } from './testing/synthetic-runner.js';

const input = (name: string): LoadInput => ({ name, path: `/cases/${name}`, open: async function* () { /* bytes unused by the synthetic runner */ } });

const rows = (n: number, make: (i: number) => SyntheticRow = (i) => ({ evt_type: i % 3 === 0 ? 'open' : 'read', pid: 100 + (i % 5), proc_name: 'bash' })) =>
  Array.from({ length: n }, (_, i) => make(i));

let engine: Engine | undefined;
afterEach(async () => { await engine?.close(); engine = undefined; });

async function engineWith(runner: ParseRunner): Promise<Engine> {
  engine = new Engine(await WasmNodeConnection.open(), runner);
  return engine;
}

/** A runner that takes the plan for the n-th load from a list. */
function sequence(...runners: ParseRunner[]): ParseRunner {
  let index = 0;
  return (i, options, signal) => runners[index++](i, options, signal);
}

describe('Engine loads', () => {
  it('numbers events densely across sources, loaded one at a time', async () => {
    const e = await engineWith(sequence(syntheticRunner({ rows: rows(2500) }), syntheticRunner({ rows: rows(700) })));
    const [a, b] = await Promise.all([e.loadSource(input('a.log')), e.loadSource(input('b.log'))]);
    expect([a.status, a.events, b.status, b.events]).toEqual(['done', 2500, 'done', 700]);
    expect(a.sha256).toBe('ab'.repeat(32));
    const opened = await e.openView('');
    expect(opened.ok && opened.view.rowCount).toBe(3200);
    if (!opened.ok) return;
    const edge = await e.getRows(opened.view.viewId, 2498, 4, ['evt.num', 'source.id', 'source.name']);
    expect(edge).toEqual([
      { 'evt.num': 2499n, 'source.id': 1, 'source.name': 'a.log' },
      { 'evt.num': 2500n, 'source.id': 1, 'source.name': 'a.log' },
      { 'evt.num': 2501n, 'source.id': 2, 'source.name': 'b.log' },
      { 'evt.num': 2502n, 'source.id': 2, 'source.name': 'b.log' },
    ]);
    expect(e.listSources().map((s) => [s.id, s.name, s.status, s.kind])).toEqual([[1, 'a.log', 'done', 'strace'], [2, 'b.log', 'done', 'strace']]);
  });

  it('keeps the rows inserted before a cancel and marks the source cancelled', async () => {
    const controller = new AbortController();
    const e = await engineWith(syntheticRunner({ rows: rows(5000), batchRows: 1000, beforeBatch: (i) => { if (i === 2) controller.abort(); } }));
    const progress: number[] = [];
    const source = await e.loadSource(input('big.log'), { signal: controller.signal, onProgress: (p) => progress.push(p.events) });
    expect(source.status).toBe('cancelled');
    expect(source.events).toBe(2000);
    expect((await e.stats()).events).toBe(2000);
    expect(progress.at(-1)).toBe(2000);
  });

  it('reports a parse error naming the file and loses nothing already loaded', async () => {
    const failing = syntheticRunner({ rows: rows(3000), batchRows: 1000, failAfterBatches: { batches: 1, error: { code: 'bad-header', message: 'truncated header' } } });
    const e = await engineWith(sequence(syntheticRunner({ rows: rows(10) }), failing, syntheticRunner({ rows: rows(5) })));
    const ok = await e.loadSource(input('ok.log'));
    const bad = await e.loadSource(input('bad.scap'));
    const after = await e.loadSource(input('after.log'));
    expect(ok.status).toBe('done');
    expect(bad.status).toBe('error');
    expect(bad.error).toEqual({ code: 'bad-header', message: 'bad.scap: truncated header' });
    expect(after.status).toBe('done');
    const stats = await e.stats();
    expect(stats.events).toBe(10 + 1000 + 5);
    const last = await e.getEvent(1015);
    expect(last).toMatchObject({ 'evt.num': 1015n, 'source.id': 3 });
  });

  it('turns a throwing runner into an error status that names the file', async () => {
    const e = await engineWith(() => ({ [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('EACCES: permission denied')) }) }));
    const source = await e.loadSource(input('secret.log'));
    expect(source).toMatchObject({ status: 'error', error: { code: 'io', message: 'secret.log: EACCES: permission denied' } });
  });
});

describe('Engine views', () => {
  const names = ['bash', "x' OR 1=1 --", 'a"b', 'back\\slash', 'Ω≈ç√ 🐚', '', 'tab\there'];
  const varied = (i: number): SyntheticRow => ({
    evt_type: i % 2 ? 'read' : 'write', proc_name: names[i % names.length], pid: i % 10, failed: i % 4 === 0, res: i % 4 === 0 ? -2 : 0,
    errno_name: i % 4 === 0 ? 'ENOENT' : null, ts: 1_700_000_000_000_000_000n + BigInt(i),
  });

  it('counts what the filter matches and pages by position in evt.num order', async () => {
    const e = await engineWith(syntheticRunner({ rows: rows(7000, varied), batchRows: 1024 }));
    await e.loadSource(input('v.log'));
    const opened = await e.openView('evt.type = read and proc.pid != 3');
    if (!opened.ok) throw new Error('filter refused');
    expect(opened.view.rowCount).toBe(3500 - 700);
    const all = await e.getRows(opened.view.viewId, 0, 10_000, ['evt.num']);
    expect(all.length).toBe(2800);
    const nums = all.map((r) => r['evt.num'] as bigint);
    expect(nums.every((n, i) => i === 0 || n > nums[i - 1])).toBe(true);
    const window = await e.getRows(opened.view.viewId, 2500, 5, ['evt.num', 'evt.type', 'proc.pid']);
    expect(window.map((r) => r['evt.num'])).toEqual(nums.slice(2500, 2505));
    expect(window.every((r) => r['evt.type'] === 'read' && r['proc.pid'] !== 3n)).toBe(true);
    expect(await e.getRows(opened.view.viewId, 2800, 10, ['evt.num'])).toEqual([]);
  });

  it.each(names.map((name) => [name]))('matches the literal %j exactly, never as SQL', async (name) => {
    const e = await engineWith(syntheticRunner({ rows: rows(70, varied) }));
    await e.loadSource(input('n.log'));
    const quoted = `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')}"`;
    const opened = await e.openView(`proc.name == ${quoted}`);
    if (!opened.ok) throw new Error(JSON.stringify(opened.diagnostics));
    expect(opened.view.rowCount).toBe(10);
    const got = await e.getRows(opened.view.viewId, 0, 100, ['proc.name']);
    expect(new Set(got.map((r) => r['proc.name']))).toEqual(new Set([name]));
  });

  it('follows Falco on missing values: != is false, not = is true', async () => {
    const e = await engineWith(syntheticRunner({ rows: [{ proc_name: 'bash' }, { proc_name: null }, { proc_name: 'sh' }] }));
    await e.loadSource(input('m.log'));
    const count = async (filter: string) => { const o = await e.openView(filter); return o.ok ? o.view.rowCount : -1; };
    expect(await count('proc.name != bash')).toBe(1);
    expect(await count('not proc.name = bash')).toBe(2);
    expect(await count('proc.name')).toBe(2);
    expect(await count('!proc.name')).toBe(1);
  });

  it('returns diagnostics for a bad filter and refreshes a view while loading', async () => {
    const ref: { engine?: Engine } = {};
    const counts: number[] = [];
    const e = await engineWith(syntheticRunner({
      rows: rows(3000), batchRows: 1000,
      beforeBatch: async (i) => { if (i === 2 && ref.engine) { const o = await ref.engine.openView('evt.type = open'); counts.push(o.ok ? o.view.rowCount : -1); } },
    }));
    ref.engine = e;
    const bad = await e.openView('proc.pid == bash');
    expect(bad.ok).toBe(false);
    await e.loadSource(input('live.log'));
    const final = await e.openView('evt.type = open');
    expect(counts).toEqual([667]);
    expect(final.ok && final.view.rowCount).toBe(1000);
  });

  it('drops superseded view tables', async () => {
    const e = await engineWith(syntheticRunner({ rows: rows(10) }));
    await e.loadSource(input('d.log'));
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) { const o = await e.openView('evt.type = read'); if (o.ok) ids.push(o.view.viewId); }
    await expect(e.getRows(ids[0], 0, 1, ['evt.num'])).rejects.toThrow(/closed or unknown/);
    expect((await e.getRows(ids[3], 0, 1, ['evt.num'])).length).toBe(1);
    await expect(e.getRows(ids[3], 0, 1, ['no.such'])).rejects.toThrow(/unknown field/);
  });

  it('getEvent returns every non-null field by catalog name; stats counts by type', async () => {
    const e = await engineWith(syntheticRunner({ rows: rows(8, varied) }));
    await e.loadSource(input('g.log'));
    expect(await e.getEvent(1)).toEqual({
      'evt.num': 1n, 'evt.time': 1_700_000_000_000_000_000n, 'evt.rawtime': 1_700_000_000_000_000_000n, 'evt.type': 'write',
      'evt.res': 'ENOENT', 'evt.rawres': -2n, 'evt.failed': true, 'proc.name': 'bash', 'proc.pid': 0n,
      'source.id': 1, 'source.name': 'g.log',
    });
    expect(await e.getEvent(99)).toBeNull();
    expect(await e.stats()).toEqual({ events: 8, byType: { read: 4, write: 4 } });
  });
});

describe('Engine unfiltered view', () => {
  it('still pages correctly if evt_num has gaps', async () => {
    const conn = await WasmNodeConnection.open();
    engine = new Engine(conn, syntheticRunner({ rows: rows(10) }));
    await engine.loadSource(input('gaps.log'));
    await conn.query('DELETE FROM events WHERE evt_num IN (2, 3)');
    const opened = await engine.openView('');
    if (!opened.ok) throw new Error('refused');
    expect(opened.view.rowCount).toBe(8);
    expect((await engine.getRows(opened.view.viewId, 0, 3, ['evt.num'])).map((r) => r['evt.num'])).toEqual([1n, 4n, 5n]);
  });
});

describe('Engine hidden meta events', () => {
  it('leaves evt.hidden events out of views unless asked, and keeps positions dense', async () => {
    const e = await engineWith(syntheticRunner({ rows: rows(10, (i) => ({ evt_type: i < 3 ? 'procinfo' : 'read', hidden: i < 3 ? true : null })) }));
    await e.loadSource(input('meta.scap'));
    const visible = await e.openView('');
    expect(visible.ok && visible.view.rowCount).toBe(7);
    if (!visible.ok) return;
    const first = await e.getRows(visible.view.viewId, 0, 2, ['evt.num', 'evt.type']);
    expect(first).toEqual([{ 'evt.num': 4n, 'evt.type': 'read' }, { 'evt.num': 5n, 'evt.type': 'read' }]);
    const procinfo = await e.openView('evt.type == procinfo');
    expect(procinfo.ok && procinfo.view.rowCount).toBe(0);
    const all = await e.openView('evt.type == procinfo', undefined, { includeHidden: true });
    expect(all.ok && all.view.rowCount).toBe(3);
    const everything = await e.openView('', undefined, { includeHidden: true });
    expect(everything.ok && everything.view.rowCount).toBe(10);
  });
});

describe('Engine case of several sources', () => {
  const at = (second: number): bigint => 1_700_000_000_000_000_000n + BigInt(second) * 1_000_000_000n;

  it('orders one source by evt.num and several sources as one timeline by time', async () => {
    const e = await engineWith(sequence(
      syntheticRunner({ rows: rows(3, (i) => ({ evt_type: 'execve', ts: at([1, 4, 7][i]) })) }),
      syntheticRunner({ rows: rows(4, (i) => ({ evt_type: 'GetObject', ts: i === 3 ? null : at([2, 3, 8][i]) })) }),
    ));
    await e.loadSource(input('node.scap'));
    const single = await e.openView('');
    expect(single.ok && single.view.order).toBe('file');
    await e.loadSource(input('trail.json'));
    const merged = await e.openView('');
    if (!merged.ok) throw new Error('view failed');
    expect(merged.view.order).toBe('time');
    const got = await e.getRows(merged.view.viewId, 0, 10, ['evt.num', 'source.id']);
    // times 1,2,3,4,7,8 then the event without a time last
    expect(got.map((r) => Number(r['evt.num']))).toEqual([1, 4, 5, 2, 3, 6, 7]);
    const window = await e.getRows(merged.view.viewId, 2, 3, ['evt.num']);
    expect(window.map((r) => Number(r['evt.num']))).toEqual([5, 2, 3]);
    const filtered = await e.openView('evt.type == GetObject');
    if (!filtered.ok) throw new Error('view failed');
    expect((await e.getRows(filtered.view.viewId, 0, 10, ['evt.num'])).map((r) => Number(r['evt.num']))).toEqual([4, 5, 6, 7]);
    const fileOrder = await e.openView('', undefined, { order: 'file' });
    if (!fileOrder.ok) throw new Error('view failed');
    expect((await e.getRows(fileOrder.view.viewId, 0, 10, ['evt.num'])).map((r) => Number(r['evt.num']))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('hides a source from views without unloading it, and removes one with its events', async () => {
    const e = await engineWith(sequence(syntheticRunner({ rows: rows(5) }), syntheticRunner({ rows: rows(3) }), syntheticRunner({ rows: rows(2) })));
    await e.loadSource(input('a.log'));
    await e.loadSource(input('b.log'));
    await e.setSourceHidden(1, true);
    const visible = await e.openView('proc.name == bash');
    expect(visible.ok && visible.view.rowCount).toBe(3);
    expect(e.listSources().map((s) => s.hidden ?? false)).toEqual([true, false]);
    await e.setSourceHidden(1, false);
    const back = await e.openView('');
    expect(back.ok && back.view.rowCount).toBe(8);
    await e.removeSource(2);
    expect(e.listSources().map((s) => s.name)).toEqual(['a.log']);
    expect((await e.stats()).events).toBe(5);
    const after = await e.loadSource(input('c.log'));
    expect(after.events).toBe(2);
    const all = await e.openView('', undefined, { order: 'file' });
    if (!all.ok) throw new Error('view failed');
    expect((await e.getRows(all.view.viewId, 4, 3, ['evt.num', 'source.name'])).map((r) => [Number(r['evt.num']), r['source.name']]))
      .toEqual([[5, 'a.log'], [9, 'c.log'], [10, 'c.log']]);
    await expect(e.removeSource(42)).rejects.toThrow(/no source 42/);
  });

  it('reads a source as the kind the user forces', async () => {
    const e = await engineWith(syntheticRunner({ rows: rows(2) }));
    const info = await e.loadSource(input('odd.txt'), { kind: 'auditd' });
    expect([info.kind, info.kindForced]).toEqual(['auditd', true]);
  });

  it('stores attrs and reads them back through SQL', async () => {
    const e = await engineWith(syntheticRunner({ rows: rows(2, (i) => ({ evt_type: 'x', attrs: { 'ct.name': `Call${i}`, 'ka.user.groups': ['a', 'b'] } })) }));
    await e.loadSource(input('trail.json'));
    const conn = (e as unknown as { conn: WasmNodeConnection }).conn;
    const got = await conn.query("SELECT attrs['ct.name'][1] AS n, len(attrs['ka.user.groups']) AS g FROM events ORDER BY evt_num");
    expect(got.toRows()).toEqual([{ n: 'Call0', g: 2n }, { n: 'Call1', g: 2n }]);
    const event = await e.getEvent(2);
    expect(event).toMatchObject({ 'evt.num': 2n, 'ct.name': 'Call1', 'ka.user.groups': 'a, b' });
  });
});
