/**
 * Conformance with sysdig 0.29.3 on the real captures in ../shared/data/scap: the same printed
 * events (sysdig's delivered events = our rows with hidden = false) and ≥ 99.9 % agreement on
 * each field per file. Known differences are listed, each with its reason, in
 * conformance-known-differences.json; a listed difference that no longer differs fails too.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../test-support.js';
import known from './conformance-known-differences.json';

const DATA = path.resolve(__dirname, '../../../shared/data/scap');
const SAMPLES = existsSync(DATA) ? readdirSync(DATA).filter((f) => /\.scap(\.gz)?$/.test(f)).sort() : [];
const FIELDS = [
  'evt.num', 'evt.rawtime', 'thread.tid', 'evt.dir', 'evt.type', 'proc.name', 'fd.name', 'container.id', 'evt.res',
  'fd.type', 'fd.l4proto', 'fd.cip', 'fd.cport', 'fd.sip', 'fd.sport',
] as const;
const CIP = FIELDS.indexOf('fd.cip'), CPORT = FIELDS.indexOf('fd.cport');
const TARGET = 0.999;
const INSTALL = 'install sysdig: apt-get install -y sysdig';

interface KnownFile { readonly file: string; readonly reason: string; readonly sysdigCannotRead?: boolean; readonly evtNumOffset?: number }
interface KnownEvents { readonly file: string; readonly field: string; readonly evtNums: readonly number[]; readonly reason: string }
const FILES = known.files as readonly KnownFile[];
const EVENTS = known.events as readonly KnownEvents[];

function hasSysdig(): boolean {
  try {
    execFileSync('sysdig', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return !(error instanceof Error);
  }
}

const SYSDIG = hasSysdig();
if (!SYSDIG && process.env.CI) throw new Error(INSTALL);
if (!SYSDIG) console.warn(`skipped: ${INSTALL}`);
if (SAMPLES.length === 0) console.warn(`skipped: no captures in ${DATA}`);

function sysdigRows(file: string): Map<number, string[]> {
  const format = `*${FIELDS.map((f) => `%${f}`).join('\t')}`;
  const out = execFileSync('sysdig', ['-r', file, '-p', format], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  const rows = new Map<number, string[]>();
  for (const line of out.split('\n')) {
    if (!line) continue;
    const cells = line.split('\t');
    // sysdig 0.29's fd.cport falls through to a string case for sockets without a client end and prints 0
    if (cells[CIP] === '<NA>' && cells[CPORT] === '0') cells[CPORT] = '<NA>';
    rows.set(Number(cells[0]), cells);
  }
  return rows;
}

function resText(row: Record<string, unknown>): string {
  const res = row.res as bigint | null;
  if (res === null || res === undefined) return '<NA>';
  return res >= 0n ? 'SUCCESS' : String(row.errno_name ?? res);
}

async function ourRows(file: string, offset: number): Promise<Map<number, string[]>> {
  const { rows } = await collect(readFileSync(file), 65536);
  const out = new Map<number, string[]>();
  for (const r of rows) {
    if (r.hidden) continue;
    const num = Number(r.evt_num) - offset;
    out.set(num, [String(num), String(r.ts), String(r.tid), String(r.evt_dir), String(r.evt_type), String(r.proc_name ?? '<NA>'),
      String(r.fd_name ?? '<NA>'), String(r.container_id ?? '<NA>'), resText(r),
      ...[r.fd_type, r.fd_l4proto, r.fd_cip, r.fd_cport, r.fd_sip, r.fd_sport].map((v) => String(v ?? '<NA>'))]);
  }
  return out;
}

describe.skipIf(!SYSDIG || SAMPLES.length === 0)('conformance with sysdig -p', () => {
  it.each(SAMPLES)('%s', async (name) => {
    const file = path.join(DATA, name);
    const knownFile = FILES.find((f) => f.file === name);
    if (knownFile?.sysdigCannotRead) {
      const { summary } = await collect(readFileSync(file), 65536);
      expect(summary.events).toBeGreaterThan(0);
      expect(summary.warningCount).toBe(0);
      return;
    }
    const reference = sysdigRows(file);
    const ours = await ourRows(file, knownFile?.evtNumOffset ?? 0);
    expect([...ours.keys()].sort((a, b) => a - b)).toEqual([...reference.keys()].sort((a, b) => a - b));
    FIELDS.forEach((field, i) => {
      const listed = new Set(EVENTS.filter((e) => e.file === name && e.field === field).flatMap((e) => e.evtNums));
      const unexpected: string[] = [];
      for (const [num, cells] of reference) {
        const differs = ours.get(num)?.[i] !== cells[i];
        if (differs && !listed.has(num)) unexpected.push(`${num} ${cells[4]}${cells[3]}: sysdig ${cells[i]} ours ${ours.get(num)?.[i]}`);
        if (!differs && listed.has(num)) unexpected.push(`${num}: listed as a known ${field} difference but now agrees`);
      }
      const agreement = 1 - unexpected.length / reference.size;
      console.log(`${name} ${field}: ${(100 * (1 - (unexpected.length + listed.size) / reference.size)).toFixed(2)} % equal, ${listed.size} known differences`);
      expect(agreement >= TARGET ? [] : unexpected.slice(0, 10), `${field} agreement ${agreement}`).toEqual([]);
    });
  }, 120_000);
});
