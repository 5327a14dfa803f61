/**
 * Builds the renderer when its sources are newer than the build, starts `ephemera serve` on a
 * free port and hands its URL (with the token) to the specs through E2E_BASE_URL.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM } from '../playwright.config';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const BUILD_INDEX = join(repoRoot, 'build', 'renderer', 'index.html');
const SOURCES = ['renderer', 'engine', 'parsers', 'app/common', 'vite.config.ts'];
const URL_PATTERN = /https?:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/;

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function buildIfNeeded(): void {
  const built = existsSync(BUILD_INDEX) ? statSync(BUILD_INDEX).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((s) => newestMtime(join(repoRoot, s))));
  if (built > sources && !process.env.E2E_REBUILD) return;
  console.log('[e2e] building the renderer (vite build)…');
  const result = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed; see the output above');
}

function startServer(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'ephemera.mjs'), 'serve', '--port', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill(); reject(new Error(`ephemera serve printed no URL within 60 s:\n${output}`)); }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = URL_PATTERN.exec(output);
      if (match) { clearTimeout(timer); resolve({ url: match[0], child }); }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`ephemera serve exited (${code}) before printing its URL:\n${output}`)); });
  });
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install Debian's: apt-get install -y chromium (never npx playwright install).`);
  }
  buildIfNeeded();
  const { url, child } = await startServer();
  child.removeAllListeners('exit');
  child.on('exit', (code, signal) => { if (signal !== 'SIGTERM') console.error(`[e2e] ephemera serve exited early (${code ?? signal})`); });
  process.env.E2E_BASE_URL = url;
  console.log(`[e2e] ephemera serve at ${url.replace(/token=.*/, 'token=…')}`);
  return async () => {
    child.kill('SIGTERM');
  };
}
