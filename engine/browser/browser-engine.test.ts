/**
 * The browser adapter in real Chromium: Vite builds a page that calls createBrowserEngine()
 * (duckdb-wasm in a Worker, parsing in another Worker fed by a transferred ReadableStream),
 * loads a small strace text over fetch, filters and reads rows.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const repoRoot = path.resolve(import.meta.dirname, '../..');
if (!existsSync(CHROMIUM)) console.warn(`skipping the browser engine test: ${CHROMIUM} is absent`);

const STRACE = [
  '100 10:00:00.000001 execve("/bin/sh", ["sh", "-c", "id"], 0x7ffc /* 3 vars */) = 0 <0.000100>',
  '100 10:00:00.000002 openat(AT_FDCWD, "/etc/passwd", O_RDONLY) = 3 <0.000010>',
  '100 10:00:00.000003 openat(AT_FDCWD, "/nope", O_RDONLY) = -1 ENOENT (No such file or directory) <0.000010>',
  '200 10:00:01.000000 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("10.0.0.9")}, 16) = 0 <0.000100>',
].join('\n') + '\n';

const PAGE = (engineIndex: string) => `
import { createBrowserEngine } from ${JSON.stringify(engineIndex)};
const w = window as unknown as { result?: string };
(async () => {
  const engine = await createBrowserEngine();
  const body = (await fetch('./sample.strace')).body!;
  const open = async function* () { const r = body.getReader(); for (;;) { const { done, value } = await r.read(); if (done) return; yield value; } };
  const source = await engine.loadSource({ name: 'sample.strace', open });
  const view = await engine.openView('evt.type = openat or proc.pid = 200');
  const rows = view.ok ? await engine.getRows(view.view.viewId, 0, 10, ['evt.num', 'evt.type', 'evt.res', 'proc.pid']) : [];
  const bad = await engine.openView('proc.pid == bash');
  w.result = JSON.stringify({ status: source.status, events: source.events, kind: source.kind, rows, bad: bad.ok, stats: await engine.stats() },
    (_k, v) => (typeof v === 'bigint' ? 'bigint:' + v : v));
})().catch((e) => { w.result = 'ERROR ' + (e instanceof Error ? e.stack : String(e)); });
`;

// CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip.
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping the browser engine test: ${CHROMIUM} is missing (sudo apt-get install -y chromium)`);

describe.skipIf(!hasChromium && !process.env.CI)('createBrowserEngine in Chromium', () => {
  it('loads, filters and pages through worker-hosted DuckDB and parsers', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'ephemera-browser-engine-'));
    mkdirSync(path.join(root, 'public'));
    writeFileSync(path.join(root, 'public/sample.strace'), STRACE);
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><body><script type="module" src="./main.ts"></script></body></html>');
    writeFileSync(path.join(root, 'main.ts'), PAGE(path.join(repoRoot, 'engine/browser/index.ts')));
    const config = {
      root, configFile: false as const, logLevel: 'silent' as const,
      build: { outDir: path.join(root, 'dist'), target: 'es2022' },
      worker: { format: 'es' as const },
      preview: { port: 0, host: '127.0.0.1' },
    };
    await build(config);
    const server = await preview(config);
    const browser = await chromium.launch({
      executablePath: CHROMIUM, headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
    });
    try {
      const page = await browser.newPage();
      await page.goto(server.resolvedUrls?.local[0] ?? '');
      await page.waitForFunction(() => (window as unknown as { result?: string }).result, null, { timeout: 50_000 });
      const result = await page.evaluate(() => (window as unknown as { result: string }).result);
      expect(JSON.parse(result)).toEqual({
        status: 'done', events: 4, kind: 'strace', bad: false,
        rows: [
          { 'evt.num': 'bigint:2', 'evt.type': 'openat', 'evt.res': 'SUCCESS', 'proc.pid': 'bigint:100' },
          { 'evt.num': 'bigint:3', 'evt.type': 'openat', 'evt.res': 'ENOENT', 'proc.pid': 'bigint:100' },
          { 'evt.num': 'bigint:4', 'evt.type': 'connect', 'evt.res': 'SUCCESS', 'proc.pid': 'bigint:200' },
        ],
        stats: { events: 4, byType: { openat: 2, connect: 1, execve: 1 } },
      });
    } finally {
      await browser.close();
      await new Promise<void>((resolve, reject) => server.httpServer.close((error) => (error ? reject(error) : resolve())));
    }
  }, 120_000);
});
