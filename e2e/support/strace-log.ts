/** Writes strace logs in the `strace -f -ttt -T -yy` format for the specs, into a temp folder. */
import { mkdtempSync, writeFileSync, createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ephemera-e2e-'));
}

const BASE_S = 1714566896;

/** Line i of a plausible session of `cat` reading files: openat/read/close, some failing. */
export function straceLine(i: number): string {
  const pid = 4242 + (i % 3);
  const t = (BASE_S + i / 1000).toFixed(6);
  switch (i % 4) {
    case 0:
      return i % 8 === 0
        ? `${pid}  ${t} openat(AT_FDCWD</home/ir>, "/etc/missing-${i}", O_RDONLY) = -1 ENOENT (No such file or directory) <0.000011>`
        : `${pid}  ${t} openat(AT_FDCWD</home/ir>, "/etc/file-${i}", O_RDONLY|O_CLOEXEC) = 3</etc/file-${i}> <0.000009>`;
    case 1:
      return `${pid}  ${t} read(3</etc/file-${i - 1}>, "root:x:0:0:root:/root:/bin/bash\\n"..., 4096) = 32 <0.000006>`;
    case 2:
      return `${pid}  ${t} write(1</dev/pts/0>, "hello\\n", 6) = 6 <0.000004>`;
    default:
      return `${pid}  ${t} close(3</etc/file-${i - 3}>) = 0 <0.000003>`;
  }
}

/** A small complete log; returns its path. */
export function writeStraceLog(dir: string, name: string, lines: number): string {
  const header = `4242  ${BASE_S}.000000 execve("/usr/bin/cat", ["cat", "/etc/passwd"], 0x7ffd /* 20 vars */) = 0 <0.000300>`;
  const body = Array.from({ length: lines }, (_, i) => straceLine(i + 1));
  const path = join(dir, name);
  writeFileSync(path, `${[header, ...body].join('\n')}\n`);
  return path;
}

/** A log cut in the middle of its last line. */
export function writeTruncatedStraceLog(dir: string, name: string, lines: number): string {
  const path = writeStraceLog(dir, name, lines);
  const text = `${Array.from({ length: lines }, (_, i) => straceLine(i + 1)).join('\n')}\n4242  ${BASE_S}.999000 openat(AT_FDCWD</home/ir>, "/etc/sha`;
  writeFileSync(path, text);
  return path;
}

/** A large log written in streaming fashion (for the cancel spec). */
export async function writeLargeStraceLog(dir: string, name: string, lines: number): Promise<string> {
  const path = join(dir, name);
  const out = createWriteStream(path);
  const chunk = 5000;
  for (let start = 1; start <= lines; start += chunk) {
    const text = Array.from({ length: Math.min(chunk, lines - start + 1) }, (_, k) => straceLine(start + k)).join('\n');
    if (!out.write(`${text}\n`)) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return path;
}
