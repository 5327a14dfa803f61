import { describe, expect, it } from 'vitest';
import { TraceeReader } from '../../../parsers/tracee/tracee-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { TRACEE_ARG_PREFIX, TRACEE_FIELDS, traceeArgField } from './tracee.js';

describe('TRACEE_FIELDS', () => {
  it('names are unique and in the tracee. namespace', () => {
    const names = TRACEE_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of TRACEE_FIELDS) {
      expect(field.name).toMatch(/^tracee\.[a-zA-Z_.]+$/);
      expect(field.sql).toContain(`attrs['${field.name}']`);
      expect(field.name.startsWith(TRACEE_ARG_PREFIX)).toBe(false);
    }
    expect(traceeArgField('remote_addr.sin_addr')).toMatchObject({ name: 'tracee.args.remote_addr.sin_addr', multi: true });
  });

  it('lists every fixed attrs key the reader writes', async () => {
    const event = {
      timestamp: 1700000000000000000, eventName: 'x', eventId: '1', syscall: 's', hostName: 'h', processId: 1, threadId: 1, cgroupId: 1, mountNamespace: 1, pidNamespace: 1,
      parentEntityId: 2, executable: { path: '/x' }, container: { id: 'c', imageDigest: 'd' }, kubernetes: { podUID: 'u' }, matchedPolicies: ['p'], args: [{ name: 'a', value: 1 }],
      metadata: { Version: '1', Description: 'd', Properties: { signatureID: 'TRC-1', signatureName: 'n', Severity: 1, Category: 'c', Technique: 't', external_id: 'T1' } },
    };
    const { rows } = await collect(utf8(JSON.stringify(event)), 0, { kind: 'tracee' }, (o, s) => new TraceeReader(o, s));
    const keys = Object.keys(rows[0].attrs as object);
    const known = new Set(TRACEE_FIELDS.map((f) => f.name));
    expect(keys.filter((k) => !known.has(k) && !k.startsWith(TRACEE_ARG_PREFIX))).toEqual([]);
    expect([...known].filter((k) => !keys.includes(k))).toEqual([]);
  });
});
