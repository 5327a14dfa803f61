import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TetragonReader } from '../../../parsers/tetragon/tetragon-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { TETRAGON_DYNAMIC_PREFIXES, TETRAGON_FIELDS, tetragonDynamicField } from './tetragon.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.resolve(repoRoot, '../shared/data/tetragon');

async function attrKeys(bytes: Uint8Array): Promise<Set<string>> {
  const { rows } = await collect(bytes, 0, { kind: 'tetragon' }, (o, s) => new TetragonReader(o, s));
  return new Set(rows.flatMap((r) => Object.keys((r.attrs ?? {}) as object)));
}

describe('TETRAGON_FIELDS', () => {
  it('names are unique and in the tetragon. namespace', () => {
    const names = TETRAGON_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of TETRAGON_FIELDS) {
      expect(field.name).toMatch(/^tetragon\.[a-z_.]+$/);
      expect(field.sql).toContain(`attrs['${field.name}']`);
      expect(TETRAGON_DYNAMIC_PREFIXES.some((p) => field.name.startsWith(p))).toBe(false);
    }
    expect(tetragonDynamicField('tetragon.args.sock_arg.daddr')).toMatchObject({ multi: true, sql: "attrs['tetragon.args.sock_arg.daddr']" });
  });

  it('lists every fixed attrs key the reader writes (real samples and a kitchen-sink set of events)', async () => {
    const keys = new Set<string>();
    if (existsSync(dataDir)) for (const name of readdirSync(dataDir)) for (const k of await attrKeys(new Uint8Array(readFileSync(path.join(dataDir, name))))) keys.add(k);
    const process = {
      exec_id: 'e', parent_exec_id: 'p', pid: 1, binary: '/b', flags: 'execve', auid: 1, docker: 'd', cap: { permitted: ['A'], effective: ['A'], inheritable: ['A'] },
      pod: { workload: 'w', pod_labels: { a: 'b' }, container: { id: 'c', pid: 1, image: { id: 'i', name: 'n' } } },
    };
    const parent = { binary: '/p', arguments: 'a', exec_id: 'p' };
    const events = [
      { process_kprobe: { process, parent, ancestors: [{ exec_id: 'a', binary: '/a' }], function_name: 'f', policy_name: 'p', action: 'a', message: 'm', tags: ['t'], args: [{ int_arg: 1 }], return: { int_arg: 0 } }, node_name: 'n' },
      { process_tracepoint: { process, subsys: 's', event: 'e' } },
      { process_uprobe: { process, symbol: 's', path: '/p' } },
      { process_exit: { process, signal: 'SIGKILL', status: 0 } },
      { process_connect: { process, source_ip: '1.1.1.1', source_port: 1, destination_ip: '2.2.2.2', destination_port: 2, protocol: 'TCP' } },
    ];
    for (const k of await attrKeys(utf8(events.map((e) => JSON.stringify({ ...e, time: '2024-01-01T00:00:00Z' })).join('\n')))) keys.add(k);
    const known = new Set(TETRAGON_FIELDS.map((f) => f.name));
    expect([...keys].filter((k) => !known.has(k) && !TETRAGON_DYNAMIC_PREFIXES.some((p) => k.startsWith(p)))).toEqual([]);
    expect([...known].filter((k) => !keys.has(k))).toEqual([]);
  });
});
