import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AuditdReader } from '../../../parsers/auditd/auditd-reader.js';
import { collect, utf8 } from '../../../parsers/test-support.js';
import { AUDITD_FIELDS, AUDITD_MSG_PREFIX } from './auditd.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = path.resolve(repoRoot, '../shared/data/auditd');

async function attrKeys(bytes: Uint8Array): Promise<Set<string>> {
  const { rows } = await collect(bytes, 0, { kind: 'auditd' }, (o, s) => new AuditdReader(o, s));
  return new Set(rows.flatMap((r) => Object.keys((r.attrs ?? {}) as object)));
}

describe('AUDITD_FIELDS', () => {
  it('names are unique, in the auditd. namespace, and compile to attrs lookups', () => {
    const names = AUDITD_FIELDS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    for (const field of AUDITD_FIELDS) {
      expect(field.name).toMatch(/^auditd\.[a-z_.]+$/);
      expect(field.sql).toContain(`attrs['${field.name}']`);
      expect(field.description.length).toBeGreaterThan(10);
    }
    expect(AUDITD_FIELDS.find((f) => f.name === 'auditd.key')).toMatchObject({ multi: true, sql: "attrs['auditd.key']" });
    expect(AUDITD_FIELDS.find((f) => f.name === 'auditd.auid')).toMatchObject({ type: 'int', sql: "TRY_CAST(attrs['auditd.auid'][1] AS BIGINT)" });
  });

  it('lists every attrs key the reader writes outside auditd.msg.* (real samples and a synthetic kitchen sink)', async () => {
    const keys = new Set<string>();
    if (existsSync(dataDir)) for (const name of readdirSync(dataDir)) for (const k of await attrKeys(new Uint8Array(readFileSync(path.join(dataDir, name))))) keys.add(k);
    const sink = [
      'node=n1 type=SYSCALL msg=audit(1.000:1): arch=c000003e syscall=42 success=yes exit=0 a0=1 a1=2 a2=3 a3=4 items=1 ppid=1 pid=2 auid=1 uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=1 comm="x" exe="/x" subj=u key="k"\x1dAUID="a" UID="root"',
      'node=n1 type=EXECVE msg=audit(1.000:1): argc=1 a0="x"',
      'node=n1 type=PATH msg=audit(1.000:1): item=0 name="/x" inode=1 mode=0100755 nametype=NORMAL',
      'node=n1 type=PROCTITLE msg=audit(1.000:1): proctitle="x"',
      'node=n1 type=SOCKADDR msg=audit(1.000:1): saddr=02000050A9FEA9FE0000000000000000',
      'node=n1 type=EOE msg=audit(1.000:1): ',
      'type=AVC msg=audit(2.000:2): avc:  denied  { read write } for  pid=3 comm="y" name="z" scontext=a tcontext=b tclass=file',
      '',
    ].join('\n');
    for (const k of await attrKeys(utf8(sink))) keys.add(k);
    const known = new Set(AUDITD_FIELDS.map((f) => f.name));
    expect([...keys].filter((k) => !known.has(k) && !k.startsWith(AUDITD_MSG_PREFIX))).toEqual([]);
    expect([...known].filter((k) => !keys.has(k) && !k.startsWith(AUDITD_MSG_PREFIX))).toEqual([]);
    expect([...keys].filter((k) => k.startsWith(AUDITD_MSG_PREFIX)).length).toBeGreaterThan(10);
  });
});
