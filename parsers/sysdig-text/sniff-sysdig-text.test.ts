import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { looksLikeSysdigText } from './sniff-sysdig-text.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataRoot = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataRoot);
if (!hasData) console.warn(`skipping the sysdig text sniffing tests on real samples: ${dataRoot} is absent`);
const LIDDS = 'other/lidds_aggressive_nightingale_1018_exploit.sc';

function head(file: string): string {
  let bytes = new Uint8Array(readFileSync(file));
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = new Uint8Array(gunzipSync(bytes));
  return new TextDecoder().decode(bytes.subarray(0, 64 * 1024));
}

describe('looksLikeSysdigText', () => {
  it('accepts the default, -t a, -pc and LID-DS layouts', () => {
    expect(looksLikeSysdigText('23 00:44:29.900617765 1 curl (843) < clone res=0 \n24 00:44:29.900617999 1 curl (843) > close fd=3(<f>/etc/x) \n')).toBe(true);
    expect(looksLikeSysdigText('211 1534527348.514632619 0 curl (17497) > brk addr=0 \n')).toBe(true);
    expect(looksLikeSysdigText('5 10:00:00.000000001 0 web (0123456789ab) nginx (31:7) > accept flags=0 \n')).toBe(true);
    expect(looksLikeSysdigText('1631078867380457267 0 2902771 apache2 2902771 select < res=0 \n')).toBe(true);
  });

  it('rejects strace, auditd, JSON and prose', () => {
    expect(looksLikeSysdigText('1338  10:00:00.123456 open("/etc/passwd", O_RDONLY) = 3 <0.000010>\n')).toBe(false);
    expect(looksLikeSysdigText('type=SYSCALL msg=audit(1364481363.243:24287): arch=c000003e syscall=2 success=no exit=-13\n')).toBe(false);
    expect(looksLikeSysdigText('{"timestamp":1,"eventName":"x"}\n')).toBe(false);
    expect(looksLikeSysdigText('hello world\nthis is not sysdig\n')).toBe(false);
    expect(looksLikeSysdigText('')).toBe(false);
  });

  it.skipIf(!hasData)('is true for the LID-DS recording and false for every other sample', () => {
    expect(looksLikeSysdigText(head(path.join(dataRoot, LIDDS)))).toBe(true);
    let checked = 0;
    for (const folder of readdirSync(dataRoot, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const name of readdirSync(path.join(dataRoot, folder.name))) {
        if (`${folder.name}/${name}` === LIDDS) continue;
        checked++;
        expect(looksLikeSysdigText(head(path.join(dataRoot, folder.name, name))), name).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(40);
  });
});
