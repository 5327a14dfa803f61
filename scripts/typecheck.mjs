#!/usr/bin/env node
// Compiles every area with its own tsconfig, so a forbidden import (DOM in parsers, Node in the
// renderer, …) fails here. Each folder that owns a tsconfig.json is one area; tsconfig.test.json
// at the root checks the tests.
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const areas = ['app', 'renderer', 'parsers', 'engine', 'e2e', 'bench', 'samples'];
const configs = [];
function walk(dir) {
  if (!existsSync(dir)) return;
  if (existsSync(join(dir, 'tsconfig.json'))) configs.push(join(dir, 'tsconfig.json'));
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path);
  }
}
for (const area of areas) walk(join(root, area));
configs.push(join(root, 'tsconfig.test.json'));

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
let failed = 0;
for (const config of configs) {
  const name = relative(root, config);
  const result = spawnSync(process.execPath, [tsc, '-p', config, '--noEmit'], { stdio: 'inherit' });
  if (result.status !== 0) { failed++; console.error(`typecheck failed: ${name}`); }
  else console.log(`typecheck ok: ${name}`);
}
process.exit(failed ? 1 : 0);
