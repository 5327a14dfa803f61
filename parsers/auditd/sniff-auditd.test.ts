import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { looksLikeAuditd } from './sniff-auditd.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataRoot = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataRoot);
if (!hasData) console.warn(`skipping the auditd sniffing checks on real samples: ${dataRoot} is absent`);

/** The first 64 KiB of a file decoded as text, as parseStream hands it to the sniffers. */
const head = (file: string): string => new TextDecoder().decode(readFileSync(file).subarray(0, 64 * 1024));
const filesOf = (folder: string): string[] => readdirSync(path.join(dataRoot, folder)).map((name) => path.join(dataRoot, folder, name));

describe('looksLikeAuditd', () => {
  it('accepts raw, ENRICHED, node= and ausearch -i records, also after comment lines', () => {
    expect(looksLikeAuditd('type=SYSCALL msg=audit(1615150974.493:21028): arch=c000003e syscall=59 success=yes\n')).toBe(true);
    expect(looksLikeAuditd('# exported by ops\n# 2024\nnode=web1 type=EXECVE msg=audit(1.5:2): argc=1 a0="x"\x1dARCH=x86_64\nnode=web1 type=EOE msg=audit(1.5:2): \n')).toBe(true);
    expect(looksLikeAuditd('----\ntype=PROCTITLE msg=audit(12/07/2016 03:16:32.414:385) : proctitle=ls\n')).toBe(true);
    expect(looksLikeAuditd('type=DAEMON_START msg=audit(1481076983.819:7798): auditd start, ver=2.4.1\n')).toBe(true);
  });

  it('rejects strace, sysdig text, JSON and prose', () => {
    expect(looksLikeAuditd('1234  execve("/bin/ls", ["ls"], 0x7ffd /* 20 vars */) = 0\n')).toBe(false);
    expect(looksLikeAuditd('{"type":"SYSCALL","msg":"audit(1.2:3)"}\n')).toBe(false);
    expect(looksLikeAuditd('the type=SYSCALL msg=audit(1.2:3) string inside prose\n')).toBe(false);
    expect(looksLikeAuditd('')).toBe(false);
    expect(looksLikeAuditd('# only comments\n# here\n')).toBe(false);
  });

  it.skipIf(!hasData)('is true for every auditd sample and false for every other sample in ../shared/data', () => {
    for (const file of filesOf('auditd')) expect([file, looksLikeAuditd(head(file))]).toEqual([file, true]);
    const others = readdirSync(dataRoot).filter((d) => d !== 'auditd' && statSync(path.join(dataRoot, d)).isDirectory());
    expect(others).toContain('other');
    for (const folder of others) {
      for (const file of filesOf(folder)) expect([file, looksLikeAuditd(head(file))]).toEqual([file, false]);
    }
  });
});
