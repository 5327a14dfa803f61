import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collect } from '../parsers/test-support.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const recordings = [
  'demo/incident.strace',
  ...readdirSync(path.join(here, 'strace')).filter((f) => f.endsWith('.strace')).map((f) => `strace/${f}`),
];
/** -t/-tt recordings have no date: the one expected warning */
const NO_DATE = /no date/;

describe('samples/ recordings parse cleanly', () => {
  it.each(recordings)('%s', async (name) => {
    const { summary, rows } = await collect(new Uint8Array(readFileSync(path.join(here, name))));
    expect(summary.kind).toBe('strace');
    expect(summary.warnings.filter((w) => !NO_DATE.test(w.message))).toEqual([]);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.every((r) => typeof r.evt_type === 'string' && r.raw !== null)).toBe(true);
  });

  it('the demo incident shows the story: download over loopback, chmod, exec, failed read, cleanup', async () => {
    const { rows } = await collect(new Uint8Array(readFileSync(path.join(here, 'demo/incident.strace'))));
    const has = (predicate: (r: Record<string, unknown>) => boolean) => expect(rows.some(predicate)).toBe(true);
    has((r) => r.evt_type === 'connect' && r.fd_sip === '127.0.0.1' && r.fd_sport === 18731 && r.proc_name === 'python3');
    has((r) => r.evt_type === 'fchmodat' && String(r.args).includes('/tmp/.ephemera-demo-payload') && r.proc_name === 'chmod');
    has((r) => r.evt_type === 'execve' && r.exe === '/tmp/.ephemera-demo-payload' && r.res === 0n);
    has((r) => r.proc_name === 'cat' && r.errno_name === 'ENOENT' && String(r.args).includes('/etc/shadow.bak'));
    has((r) => r.evt_type === 'unlinkat' && String(r.args).includes('/tmp/.ephemera-demo-user') && r.proc_name === 'rm');
    for (const name of ['id', 'uname', 'whoami', 'hostname']) has((r) => r.evt_type === 'execve' && r.proc_name === name && typeof r.ppid === 'bigint');
  });
});
