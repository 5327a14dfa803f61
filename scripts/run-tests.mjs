#!/usr/bin/env node
// `npm test`: the unit suite (vitest) and the end-to-end suite (Playwright in Debian's Chromium),
// both always run, then one closing line `tests: N passed, M failed, K skipped` that counts both.
// Extra arguments are passed to neither; use `npm run test:unit` / `npm run test:e2e` for that.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const reports = join(root, 'build', 'test-reports');
mkdirSync(reports, { recursive: true });
const unitJson = join(reports, 'unit.json');
const e2eJson = join(reports, 'e2e.json');
for (const f of [unitJson, e2eJson]) rmSync(f, { force: true });

const bin = (name) => join(root, 'node_modules', '.bin', name);
function run(label, cmd, args, env = {}) {
  console.log(`\n=== ${label}: ${[cmd, ...args].join(' ')}`);
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

const unitStatus = run('unit tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`]);
const e2eStatus = run('end-to-end tests', bin('playwright'), ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eJson });

function unitCounts() {
  if (!existsSync(unitJson)) return null;
  const r = JSON.parse(readFileSync(unitJson, 'utf8'));
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}
function e2eCounts() {
  if (!existsSync(e2eJson)) return null;
  const s = JSON.parse(readFileSync(e2eJson, 'utf8')).stats;
  return { passed: s.expected + s.flaky, failed: s.unexpected, skipped: s.skipped };
}
const parts = [['unit', unitCounts()], ['e2e', e2eCounts()]];
let passed = 0, failed = 0, skipped = 0;
for (const [name, c] of parts) {
  if (!c) { console.error(`${name}: no report was written (the runner failed to start)`); failed++; continue; }
  console.log(`${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  passed += c.passed; failed += c.failed; skipped += c.skipped;
}
const ok = unitStatus === 0 && e2eStatus === 0 && failed === 0 && passed > 0;
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok ? 0 : 1);
