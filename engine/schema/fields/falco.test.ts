import { describe, expect, it } from 'vitest';
import { FalcoReader } from '../../../parsers/falco/falco-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { FALCO_FIELDS, FALCO_OUTPUT_FIELD_PREFIX, falcoOutputField } from './falco.js';

describe('FALCO_FIELDS', () => {
  it('names are unique, in the falco. namespace, and compile to attrs lookups', () => {
    const names = FALCO_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of FALCO_FIELDS) {
      expect(field.name).toMatch(/^falco\.[a-z]+$/);
      expect(field.sql).toContain(`attrs['${field.name}']`);
    }
    expect(FALCO_FIELDS.find((f) => f.name === 'falco.tags')).toMatchObject({ multi: true, sql: "attrs['falco.tags']" });
  });

  it('falcoOutputField quotes the name', () => {
    expect(falcoOutputField('proc.aname[2]')).toMatchObject({ name: 'falco.field.proc.aname[2]', sql: "attrs['falco.field.proc.aname[2]'][1]" });
    expect(falcoOutputField("x'y").sql).toBe("attrs['falco.field.x''y'][1]");
  });

  it('covers every attrs key the reader writes', async () => {
    const line = JSON.stringify({ output: 'o', rule: 'r', priority: 'Notice', source: 'syscall', tags: ['a'], hostname: 'h', time: '2024-01-01T00:00:00Z', output_fields: { 'proc.name': 'x' } });
    const { rows } = await collect(utf8(line), 0, { kind: 'falco' }, (o, s) => new FalcoReader(o, s));
    const keys = Object.keys(rows[0].attrs as object);
    const known = new Set(FALCO_FIELDS.map((f) => f.name));
    expect(keys.filter((k) => !known.has(k) && !k.startsWith(FALCO_OUTPUT_FIELD_PREFIX))).toEqual([]);
    expect([...known].filter((k) => !keys.includes(k))).toEqual([]);
  });
});
