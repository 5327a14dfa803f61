import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EVENT_COLUMNS, parseStream, sniffFormat } from './index.js';
import { chunked, collect, utf8 } from './test-support.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const demo = new Uint8Array(readFileSync(path.join(repoRoot, 'samples/demo/incident.strace')));
const small = utf8([
  '100 1700000000.000001 execve("/bin/true", ["true"], 0x7ffe /* 1 var */) = 0 <0.000100>',
  '100 1700000000.000002 read(3</etc/hostname>, <unfinished ...>',
  '101 1700000000.000003 getpid() = 101',
  '100 1700000000.000004 <... read resumed>"vm\\n", 4096) = 3 <0.000002>',
  '100 1700000000.000005 +++ exited with 0 +++',
  '',
].join('\n'));

describe('parseStream', () => {
  it('yields sniffed, batches with the events schema, then done with a summary', async () => {
    const { events, summary } = await collect(small);
    expect(events.map((e) => e.type)).toEqual(['sniffed', 'batch', 'done']);
    expect(events[0]).toEqual({ type: 'sniffed', kind: 'strace', gzip: false });
    const batch = events[1].type === 'batch' ? events[1].batch : null;
    expect(batch?.schema.fields.map((f) => f.name)).toEqual(EVENT_COLUMNS.map((c) => c.name));
    expect(summary).toMatchObject({ kind: 'strace', events: 4, bytes: small.length, warningCount: 0 });
  });

  it('gives identical rows whatever the chunking (1 byte, 7, 4093, whole)', async () => {
    const whole = await collect(demo);
    expect(whole.rows.length).toBeGreaterThan(1000);
    for (const size of [7, 4093]) expect((await collect(demo, size)).rows).toEqual(whole.rows);
    const head = demo.subarray(0, 20_000);
    expect((await collect(head, 1)).rows).toEqual((await collect(head)).rows);
  });

  it('numbers events from evtNumBase+1, writes sourceId, and cuts batches at batchRows', async () => {
    const { events, rows } = await collect(demo, 65536, { batchRows: 1000, evtNumBase: 41, sourceId: 3 });
    const sizes = events.flatMap((e) => (e.type === 'batch' ? [e.batch.numRows] : []));
    expect(sizes.slice(0, -1).every((n) => n === 1000)).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(rows.length);
    expect(rows[0]).toMatchObject({ evt_num: 42n, source_id: 3 });
    expect(rows[rows.length - 1].evt_num).toBe(BigInt(41 + rows.length));
  });

  it('reports progress in raw bytes at most about once per MiB', async () => {
    const big = new Uint8Array(demo.length * 4);
    for (let i = 0; i < 4; i++) big.set(demo, i * demo.length);
    const { events } = await collect(big, 65536);
    const progress = events.filter((e) => e.type === 'progress');
    expect(progress.length).toBe(Math.floor(big.length / (1 << 20)));
  });

  it('reads gzip transparently, hashing the compressed bytes', async () => {
    const gz = gzipSync(demo);
    const plain = await collect(demo);
    const zipped = await collect(gz, 1000);
    expect(zipped.events[0]).toEqual({ type: 'sniffed', kind: 'strace', gzip: true });
    expect(zipped.rows).toEqual(plain.rows);
    expect(zipped.summary.bytes).toBe(gz.length);
    expect(zipped.summary.sha256).not.toBe(plain.summary.sha256);
  });

  it('on corrupt gzip yields the events decoded before the damage, then a gzip error', async () => {
    const good = gzipSync(demo, { level: 1 });
    const bad = gzipSync(utf8('getpid() = 1\n'));
    bad[10] = 0x07; // first deflate block: BFINAL=1, BTYPE=11 (reserved, invalid)
    const damaged = new Uint8Array(good.length + bad.length);
    damaged.set(good);
    damaged.set(bad, good.length);
    const plain = await collect(demo);
    const { rows, end } = await collect(damaged, 4096);
    expect(end).toMatchObject({ type: 'error', error: { code: 'gzip', message: expect.stringMatching(/corrupt/) } });
    expect(rows).toEqual(plain.rows);
    const truncated = await collect(good.subarray(0, Math.floor(good.length / 2)), 4096);
    expect(truncated.end).toMatchObject({ type: 'error', error: { code: 'gzip' } });
    expect(truncated.rows.length).toBeGreaterThan(100);
  });

  it('rejects empty, binary and unknown inputs with an error, never a throw', async () => {
    expect((await collect(new Uint8Array(0))).end).toMatchObject({ type: 'error', error: { code: 'empty' }, summary: { bytes: 0, events: 0 } });
    expect((await collect(new Uint8Array(randomBytes(10_000)), 333)).end).toMatchObject({ type: 'error', error: { code: 'binary' } });
    const text = utf8('Dear diary,\nToday I parsed nothing.\nThe end.\n');
    const unknown = await collect(text);
    expect(unknown.end).toMatchObject({ type: 'error', error: { code: 'unknown-format' }, summary: { bytes: text.length } });
    expect(unknown.events.map((e) => e.type)).toEqual(['error']);
  });

  it('reports a failing input stream as an io error', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield small;
      throw new Error('disk on fire');
    }
    const events = [];
    for await (const e of parseStream(failing(), { sourceId: 1, evtNumBase: 0, name: 'f' })) events.push(e);
    expect(events.at(-1)).toMatchObject({ type: 'error', error: { code: 'io', message: expect.stringMatching(/disk on fire/) } });
  });

  it('stops without yielding more once the signal aborts', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const e of parseStream(chunked(demo, 4096), { sourceId: 1, evtNumBase: 0, name: 'd', batchRows: 100 }, controller.signal)) {
      seen.push(e.type);
      if (e.type === 'batch') controller.abort();
    }
    expect(seen).toEqual(['sniffed', 'batch']);
  });
});

describe('sniffFormat', () => {
  it('recognizes strace text and refuses the rest', () => {
    expect(sniffFormat(small, 'x')).toEqual({ kind: 'strace' });
    expect(sniffFormat(new Uint8Array(0), 'x')).toMatchObject({ code: 'empty' });
    expect(sniffFormat(utf8('int main(void) {\n  return printf("hi");\n}\n'), 'x')).toMatchObject({ code: 'unknown-format' });
    expect(sniffFormat(new Uint8Array([0x0a, 0x0d, 0x0d, 0x0a, 1, 2]), 'x')).toEqual({ kind: 'scap' });
  });
});

describe('parseStream with a host hash', () => {
  it('hashes the raw bytes with the given hash instead of the portable one', async () => {
    const seen: number[] = [];
    const createHash = () => ({ update: (data: Uint8Array) => { seen.push(data.length); }, digestHex: () => 'f'.repeat(64) });
    const text = utf8('1 execve("/bin/true", ["true"], 0x0 /* 0 vars */) = 0\n');
    const { summary } = await collect(text, 7, { createHash });
    expect(summary.sha256).toBe('f'.repeat(64));
    expect(seen.reduce((a, b) => a + b, 0)).toBe(text.length);
  });
});
