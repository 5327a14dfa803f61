import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DYN_TABLES, EVENT_TABLE, eventSpec, hasLargePayload, paramIndex, ppmScName } from './event-table.js';
import { FLAG_TABLES } from './flags.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const docPath = path.resolve(repoRoot, '../shared/docs/scap-format.md');
const hasDoc = existsSync(docPath);
if (!hasDoc) console.warn(`skipping the event table vs document check: ${docPath} is absent`);

describe('EVENT_TABLE shape', () => {
  it('has 454 slots, each the spec of its own id or an explicit undefined (35 unused NA slots)', () => {
    expect(EVENT_TABLE).toHaveLength(454);
    for (let id = 0; id < EVENT_TABLE.length; id++) {
      expect(id in EVENT_TABLE).toBe(true);
      const spec = EVENT_TABLE[id];
      if (spec === undefined) continue;
      expect(spec.id).toBe(id);
      expect(spec.dir).toBe(id % 2 === 0 ? '>' : '<');
      expect(spec.params.length).toBeLessThanOrEqual(32);
    }
    expect(EVENT_TABLE.filter((s) => s === undefined)).toHaveLength(35);
    expect(eventSpec(454)).toBeUndefined();
  });

  it('keeps enter/exit pairs adjacent: a defined pair shares its name', () => {
    for (let id = 0; id < EVENT_TABLE.length; id += 2) {
      const enter = EVENT_TABLE[id];
      const exit = EVENT_TABLE[id + 1];
      if (enter && exit) expect([id, exit.name]).toEqual([id, enter.name]);
    }
  });

  it('flags: 3 large-payload types (322, 324, 402), 223 old versions', () => {
    const defined = EVENT_TABLE.filter((s) => s !== undefined);
    expect(defined.filter(hasLargePayload).map((s) => s.id)).toEqual([322, 324, 402]);
    expect(defined.filter((s) => s.flags.includes('EF_OLD_VERSION'))).toHaveLength(223);
  });

  it('maps libs categories to our evt_category words and marks internal events', () => {
    expect(eventSpec(3)).toMatchObject({ name: 'open', category: 'file', libsCategory: 'file', source: 'SYSCALL', internal: false });
    expect(eventSpec(7)).toMatchObject({ name: 'read', category: 'file', libsCategory: 'io_read' });
    expect(eventSpec(31)).toMatchObject({ name: 'sendto', category: 'net' });
    expect(eventSpec(135)).toMatchObject({ name: 'nanosleep', category: 'time' });
    expect(eventSpec(234)).toMatchObject({ name: 'procinfo', category: 'internal', internal: true });
    expect(eventSpec(228)).toMatchObject({ name: 'container', internal: true });
    expect(eventSpec(186)).toMatchObject({ name: 'procexit', dir: '>', category: 'process', source: 'TRACEPOINT' });
  });

  it('describes the parameters of the worked examples (open exit 3, accept exit 247)', () => {
    const open = eventSpec(3)!;
    expect(open.params.map((p) => `${p.name}:${p.type}`)).toEqual(['fd:PT_FD', 'name:PT_FSPATH', 'flags:PT_FLAGS32', 'mode:PT_UINT32', 'dev:PT_UINT32', 'ino:PT_UINT64']);
    expect(open.params[2]).toEqual({ name: 'flags', type: 'PT_FLAGS32', format: 'PF_HEX', table: 'file_flags' });
    expect(open.params[3].format).toBe('PF_OCT');
    expect(paramIndex(open, 'ino')).toBe(5);
    expect(paramIndex(open, 'nope')).toBe(-1);
    expect(eventSpec(247)!.params.map((p) => p.type)).toEqual(['PT_FD', 'PT_SOCKTUPLE', 'PT_UINT8', 'PT_UINT32', 'PT_UINT32']);
  });

  it('names every flag and dynamic table that a parameter refers to; FSRELPATH points at an FD', () => {
    for (const spec of EVENT_TABLE) {
      for (const param of spec?.params ?? []) {
        if (param.type === 'PT_DYN') expect(DYN_TABLES[param.table!], `${spec!.name}.${param.name}`).toBeDefined();
        else if (param.table !== undefined) expect(FLAG_TABLES[param.table], `${spec!.name}.${param.name}`).toBeDefined();
        if (param.type === 'PT_FSRELPATH' && param.dirfd !== undefined) expect(spec!.params[param.dirfd].type).toMatch(/^PT_(FD|FD32|INT64)$/);
      }
    }
    expect(eventSpec(306)!.params[1]).toMatchObject({ name: 'name', type: 'PT_FSRELPATH', dirfd: 0 });
    expect(eventSpec(177)!.params[4]).toMatchObject({ name: 'newpath', dirfd: 3 });
    expect(DYN_TABLES.sockopt_dynamic_param.map((p) => p.type)).toEqual(['PT_BYTEBUF', 'PT_ERRNO', 'PT_UINT32', 'PT_UINT64', 'PT_RELTIME']);
  });

  it('names ppm_sc codes; 0 and unknown codes are <unknown>', () => {
    expect(ppmScName(5)).toBe('open');
    expect(ppmScName(108)).toBe('rt_sigprocmask');
    expect(ppmScName(0)).toBe('<unknown>');
    expect(ppmScName(382)).toBe('<unknown>');
    expect(ppmScName(9999)).toBe('<unknown>');
  });
});

describe.skipIf(!hasDoc)('EVENT_TABLE against ../shared/docs/scap-format.md Appendix A', () => {
  it('has the name, direction and parameter names and types of every row', () => {
    const rows = readFileSync(docPath, 'utf8').split('\n').map((l) => l.split('|').map((c) => c.trim()))
      .filter((c) => c.length === 8 && /^\d+$/.test(c[1]));
    expect(rows).toHaveLength(454);
    for (const [, id, dir, name, , flags, params] of rows) {
      const spec = EVENT_TABLE[Number(id)];
      if (flags.includes('UNUSED')) { expect(spec).toBeUndefined(); continue; }
      const described = params === '—' ? [] : params.split(', ').map((p) => p.replace(/\/\w+|\[.*\]/g, ''));
      expect({ id: Number(id), dir, name, params: described })
        .toEqual({ id: spec!.id, dir: spec!.dir, name: spec!.name, params: spec!.params.map((p) => `${p.name}:${p.type.slice(3)}`) });
    }
  });
});
