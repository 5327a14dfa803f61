import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from '../test-support.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = path.resolve(repoRoot, '../shared/data/strace');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the third-party strace samples: ${dataDir} is absent`);

const read = (name: string): Uint8Array => new Uint8Array(readFileSync(path.join(dataDir, name)));
const find = (rows: Record<string, unknown>[], evtNum: bigint) => rows.find((r) => r.evt_num === evtNum);

describe.skipIf(!hasData)('third-party strace samples (../shared/data/strace)', () => {
  it('find/grep (-f -tt -T, terminal pid prefixes): counts, hash, exec chain', async () => {
    const bytes = read('survol_find_grep_-f-tt-T.strace.log');
    const { rows, summary } = await collect(bytes, 0, { baseDate: '2018-03-20' });
    expect(summary).toMatchObject({ kind: 'strace', events: 15493, bytes: 2149823, warningCount: 0 });
    expect(summary.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(rows).toHaveLength(15493);
    expect(find(rows, 1n)).toMatchObject({ evt_type: 'execve', proc_name: 'find', cmdline: 'find .. -type f -exec grep Hello {} ;', tid: null, latency_ns: 148_000n });
    expect(find(rows, 115n)).toMatchObject({ evt_type: 'execve', tid: 9896n, pid: 9896n, proc_name: 'grep', cmdline: 'grep Hello ../Divers/ctypes_Enu...' });
    expect(rows.filter((r) => r.evt_type === 'execve')).toHaveLength(241);
    expect(rows.filter((r) => r.evt_type === 'execve' && r.res === 0n)).toHaveLength(121);
  });

  it('make/gcc (-f -tt -T): vfork children get their parent and exec names', async () => {
    const { rows, summary } = await collect(read('survol_make_gcc_hello_-f-tt-T.strace.log'));
    expect(summary).toMatchObject({ events: 2243, warningCount: 1 });
    expect(summary.warnings[0].message).toMatch(/no date/);
    expect(find(rows, 156n)).toMatchObject({ evt_type: 'vfork', tid: 1338n, res: 1342n, latency_ns: 312_000n, src_offset: 29565n, src_length: 678 });
    expect(find(rows, 157n)).toMatchObject({ evt_type: 'execve', tid: 1342n, ppid: 1338n, proc_name: 'gcc', exe: '/usr/bin/gcc' });
  });

  it('proftpd (-f -tt -T -y, attached): accepted IPv6 sockets oriented client → server, truncated last line', async () => {
    const { rows, summary } = await collect(read('survol_proftpd_attach_-f-tt-T-y.strace.log'));
    expect(summary).toMatchObject({ events: 15626, warningCount: 2 });
    expect(summary.warnings[1]).toMatchObject({ offset: 1706787, line: 15690, message: expect.stringMatching(/ends inside a line/) });
    expect(find(rows, 33n)).toMatchObject({
      evt_type: 'accept', res: 1n, fd: 1n, fd_type: 'ipv6', fd_l4proto: 'tcp',
      fd_cip: '::ffff:82.45.12.63', fd_cport: 63703, fd_sip: '::ffff:54.36.162.150', fd_sport: 21,
    });
    expect(find(rows, 106n)).toMatchObject({ evt_type: 'clone', tid: 26299n, res: 10622n, src_length: 10454 });
    expect(rows.filter((r) => r.errno_name === 'ENOENT').length).toBeGreaterThan(0);
  });

  it('sqlplus (-tt -T -y, no -f): binary pipe I/O stays in args, no pid', async () => {
    const { rows, summary } = await collect(read('survol_sqlplus_oracle_attach.strace.log'));
    expect(summary).toMatchObject({ events: 22655, warningCount: 1 });
    expect(find(rows, 2n)).toMatchObject({ evt_type: 'write', res: 282n, fd: 9n, fd_type: 'pipe', fd_name: 'pipe:[1173642]', tid: null, pid: null });
  });

  it('wget (-f -tt -T -y on a terminal): program output interleaved with the trace is reported, not fatal', async () => {
    const { rows, summary } = await collect(read('survol_wget_hotmail_-f-tt-T-y.strace.log'));
    expect(summary).toMatchObject({ events: 751, warningCount: 33 });
    expect(summary.warnings[2]).toEqual({ offset: 41417, line: 353, message: 'Line 353 is not strace output, skipped: ") = 45 <0.000008>"' });
    expect(find(rows, 465n)).toMatchObject({
      evt_type: 'write', tid: 869n, proc_name: 'wget', cmdline: 'wget -P /tmp -r hotmail.com',
      fd_cip: '192.168.0.17', fd_cport: 48318, fd_sip: '204.79.197.212', fd_sport: 80, fd_name: '192.168.0.17:48318->204.79.197.212:80',
    });
  });
});
