import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { collect } from '../test-support.js';
import { type EventDetails, type EventParamDetail, type RowState, adoptArgsSuffixes, decodeEventDetails, inferByteOrder, joinArgs } from './event-details.js';

const DATA = path.resolve(__dirname, '../../../shared/data/scap');
const SAMPLES = existsSync(DATA) ? readdirSync(DATA).filter((f) => /\.scap(\.gz)?$/.test(f)).sort() : [];
if (SAMPLES.length === 0) console.warn(`skipped: no captures in ${DATA} (../shared/data is not beside this clone)`);

type Row = Record<string, unknown>;

function bytesOf(file: string): Uint8Array {
  const raw = readFileSync(path.join(DATA, file));
  return new Uint8Array(raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw);
}

function stateOf(row: Row): RowState {
  return {
    fd: row.fd as bigint | null, fdName: row.fd_name as string | null, fdType: row.fd_type as string | null,
    tid: row.tid as bigint | null, pid: row.pid as bigint | null, procName: row.proc_name as string | null,
  };
}

function blockOf(bytes: Uint8Array, row: Row): Uint8Array {
  const offset = Number(row.src_offset);
  return bytes.subarray(offset, offset + Number(row.src_length));
}

const STATE_TYPES = new Set(['PT_FD', 'PT_PID', 'PT_FDLIST']);

describe.skipIf(SAMPLES.length === 0).each(SAMPLES)('decodeEventDetails on %s', (file) => {
  it('renders every event of every type as the reader rendered its args (sysdig\'s evt.args)', async () => {
    const bytes = bytesOf(file);
    const { rows } = await collect(bytes, 0, { name: file });
    let compared = 0;
    let fromArgs = 0;
    for (const row of rows) {
      const where = `evt ${String(row.evt_num)} ${String(row.evt_type)}${String(row.evt_dir)}`;
      const details = decodeEventDetails(blockOf(bytes, row), { state: { ...stateOf(row), args: row.args as string | null } });
      expect(details.ok, `${where}: ${details.ok ? '' : details.error}`).toBe(true);
      const event = details as EventDetails;
      expect([event.tid, event.ts, event.dir], where).toEqual([row.tid, row.ts, row.evt_dir]);
      if (row.args === null) continue; // generic syscall events (types 0/1) have no args column
      expect(joinArgs(event.params), where).toBe(row.args);
      fromArgs += event.params.filter((p) => p.suffixFromArgs).length;
      compared++;
    }
    expect(compared).toBeGreaterThan(0);
    // the suffixes are only adopted where the decoded value lines up; without args every other param renders alone
    expect(fromArgs).toBeLessThan(compared);
  });

  it('renders every parameter without the args text, state suffixes aside', async () => {
    const bytes = bytesOf(file);
    const { rows } = await collect(bytes, 0, { name: file });
    for (const row of rows) {
      if (row.args === null) continue;
      const event = decodeEventDetails(blockOf(bytes, row), { state: stateOf(row) }) as EventDetails;
      const args = String(row.args);
      let at = 0;
      for (const param of event.params) {
        const expected = `${param.name}=${param.rendered} `;
        if (args.startsWith(expected, at)) { at += expected.length; continue; }
        // sysdig's suffix names a descriptor or thread the row does not: the rest of the event is not compared
        expect(STATE_TYPES.has(param.type), `evt ${String(row.evt_num)} ${param.name}: ${args.slice(at, at + 60)}`).toBe(true);
        break;
      }
    }
  });
});

describe.skipIf(!SAMPLES.includes('sysdigworkshop_nginx_container.scap'))('decodeEventDetails values', () => {
  // None of the 14 captures has an openat; their opens are `open` events (same flags table).
  it('gives an open exit its names, types, raw flags and sysdig rendering', async () => {
    const bytes = bytesOf('sysdigworkshop_nginx_container.scap');
    const { rows } = await collect(bytes, 0);
    const row = rows.find((r) => r.evt_num === 69n)!;
    expect([row.evt_type, row.evt_dir]).toEqual(['open', '<']);
    const details = decodeEventDetails(blockOf(bytes, row), { state: stateOf(row) }) as EventDetails;
    expect(details).toMatchObject({ ok: true, eventName: 'open', dir: '<', littleEndian: true });
    expect(details.params.slice(0, 4)).toEqual([
      { name: 'fd', type: 'PT_FD', length: 8, raw: '11', rawTruncated: false, rendered: '11(<f>/usr/share/nginx/html/index.html)' },
      { name: 'name', type: 'PT_FSPATH', length: 33, raw: '/usr/share/nginx/html/index.html', rawTruncated: false, rendered: '/usr/share/nginx/html/index.html' },
      { name: 'flags', type: 'PT_FLAGS32', length: 4, raw: '65', rawTruncated: false, rendered: '65(O_NONBLOCK|O_RDONLY)' },
      { name: 'mode', type: 'PT_UINT32', length: 4, raw: '0', rawTruncated: false, rendered: '0' },
    ]);
  });

  it('shows a buffer as hex, cut at the raw limit, and renders it as sysdig does', async () => {
    const bytes = bytesOf('sysdigworkshop_nginx_container.scap');
    const { rows } = await collect(bytes, 0);
    const row = rows.find((r) => ArrayBuffer.isView(r.data) && r.data.byteLength > 4)!;
    const data = new Uint8Array((row.data as Uint8Array).buffer, (row.data as Uint8Array).byteOffset, (row.data as Uint8Array).byteLength);
    const details = decodeEventDetails(blockOf(bytes, row), { rawLimit: 4 }) as EventDetails;
    const param = details.params.find((p) => p.name === 'data')!;
    expect(param).toMatchObject({ type: 'PT_BYTEBUF', length: data.length, rawTruncated: true });
    expect(param.raw).toBe([...data.subarray(0, 4)].map((b) => b.toString(16).padStart(2, '0')).join(' '));
  });
});

describe('adoptArgsSuffixes', () => {
  const param = (name: string, type: string, raw: string, rendered = raw): EventParamDetail => ({ name, type, length: 8, raw, rawTruncated: false, rendered });
  const params = [param('fd', 'PT_FD', '3'), param('name', 'PT_FSPATH', '/a'), param('fds', 'PT_FDLIST', '', '3:1 4:41')];

  it('takes fd, pid and fd-list suffixes from args that line up', () => {
    const adopted = adoptArgsSuffixes(params, 'fd=3(<f>/x name=/a ) name=/a fds=3:f1 4:41 ')!;
    expect(adopted.map((p) => [p.rendered, p.suffixFromArgs ?? false])).toEqual([['3(<f>/x name=/a )', true], ['/a', false], ['3:f1 4:41', true]]);
  });

  it('refuses args whose other values differ from the bytes', () => {
    expect(adoptArgsSuffixes(params, 'fd=3(<f>/a) name=/b fds=3:1 4:41 ')).toBeUndefined();
    expect(adoptArgsSuffixes(params, 'fd=4(<f>/a) name=/a fds=3:1 4:41 ')).toBeUndefined();
    expect(adoptArgsSuffixes(params, 'fd=3(<f>/a) name=/a fds=3:1 5:41 ')).toBeUndefined();
    expect(adoptArgsSuffixes([param('name', 'PT_FSPATH', '/a')], 'name=/a(x) ')).toBeUndefined();
  });
});

describe('decodeEventDetails on bad bytes', () => {
  it.each([
    ['nothing', new Uint8Array(0), /too few/],
    ['a short block', new Uint8Array(11), /too few/],
    ['zeros', new Uint8Array(64), /not one whole event block/],
  ])('reports %s as an error', (_, block, message) => {
    const result = decodeEventDetails(block);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('reports a non-event block, a length mismatch and parameters past the event', () => {
    const block = closeEnter(7n);
    expect(decodeEventDetails(block, { littleEndian: true }).ok).toBe(true);
    const mi = block.slice();
    new DataView(mi.buffer).setUint32(0, 0x201, true);
    expect(decodeEventDetails(mi, { littleEndian: true })).toEqual({ ok: false, error: 'block type MI is not an event block' });
    expect(decodeEventDetails(block.subarray(0, block.length - 4), { littleEndian: true })).toMatchObject({ ok: false, error: expect.stringMatching(/length field says/) });
    const long = block.slice();
    new DataView(long.buffer).setUint32(12 + 16, 200, true);
    expect(decodeEventDetails(long, { littleEndian: true })).toMatchObject({ ok: false, error: expect.stringMatching(/does not fit its block/) });
  });

  it('finds the byte order from the block itself and decodes a byte-swapped copy the same', () => {
    const block = closeEnter(5n);
    expect(inferByteOrder(block)).toBe(true);
    const little = decodeEventDetails(block) as EventDetails;
    expect(little.params).toEqual([{ name: 'fd', type: 'PT_FD', length: 8, raw: '5', rawTruncated: false, rendered: '5' }]);
    const swapped = swapCloseEnter(block);
    expect(inferByteOrder(swapped)).toBe(false);
    const big = decodeEventDetails(swapped) as EventDetails;
    expect(big.littleEndian).toBe(false);
    expect(big.params).toEqual(little.params);
    expect(decodeEventDetails(block, { state: { fd: 5n, fdName: '/etc/passwd', fdType: 'file' } })).toMatchObject({ params: [{ rendered: '5(<f>/etc/passwd)' }] });
  });

  it('never throws on flipped bytes', () => {
    const block = closeEnter(3n);
    let seed = 7;
    for (let round = 0; round < 2000; round++) {
      const copy = block.slice();
      for (let flips = 0; flips < 3; flips++) {
        seed = (seed * 1103515245 + 12345) >>> 0;
        copy[seed % copy.length] ^= 1 << (seed >>> 29);
      }
      const result = decodeEventDetails(copy);
      expect(typeof result.ok).toBe('boolean');
    }
  });
});

/** An EV_V2 block (0x216) of a close enter (type 6, one PT_FD param), little-endian. */
function closeEnter(fd: bigint): Uint8Array {
  const eventLength = 26 + 2 + 8;
  const total = 8 + 2 + eventLength + 4;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x216, true);
  view.setUint32(4, total, true);
  view.setUint16(8, 1, true);
  const at = 10;
  view.setBigUint64(at, 1_700_000_000_000_000_000n, true);
  view.setBigInt64(at + 8, 42n, true);
  view.setUint32(at + 16, eventLength, true);
  view.setUint16(at + 20, 6, true);
  view.setUint32(at + 22, 1, true);
  view.setUint16(at + 26, 8, true);
  view.setBigInt64(at + 28, fd, true);
  view.setUint32(total - 4, total, true);
  return out;
}

/** The same close enter with every field byte-swapped (a big-endian capture's block). */
function swapCloseEnter(block: Uint8Array): Uint8Array {
  const out = block.slice();
  const sizes = [4, 4, 2, 8, 8, 4, 2, 4, 2, 8, 4];
  let at = 0;
  for (const size of sizes) {
    out.subarray(at, at + size).reverse();
    at += size;
  }
  return out;
}
