#!/usr/bin/env node
// Bundles the Electron main process (ESM, build/main/main.js — package.json "main") and the
// sandboxed preload (CommonJS, build/preload/preload.cjs: a sandboxed preload can require only
// `electron`, so app/common and zod are bundled into it). The renderer is built by `vite build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, external: ['electron'], sourcemap: true, logLevel: 'warning', absWorkingDir: root, legalComments: 'none' };

await Promise.all([
  build({ ...common, entryPoints: ['app/main/main.ts'], outfile: 'build/main/main.js', platform: 'node', format: 'esm', target: 'node22' }),
  build({ ...common, minify: true, entryPoints: ['app/preload/preload.ts'], outfile: 'build/preload/preload.cjs', platform: 'browser', format: 'cjs', target: 'chrome140' }),
]);
console.log('built build/main/main.js and build/preload/preload.cjs');
