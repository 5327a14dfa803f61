/**
 * strace load benchmark: one file, measured side by side in one run —
 *   wc -l          (reading the bytes once: the floor)
 *   awk            (the syscall name of every line, counted: a stand-in for another tool's pass)
 *   parse          (parseStream over the file, batches drained and dropped)
 *   parse + load   (Engine.loadSource into duckdb-wasm through the engine's Node adapter)
 * with wall time, MB/s, events/s, peak RSS and the ratio to the awk pass. Each of our phases runs
 * in its own Node process so that its peak RSS is its own.
 *
 *   node --import tsx bench/strace-load.ts [FILE] [--runs=N] [--skip-load] [--json]
 *
 * Without FILE it builds a ≥ 100 MB strace log in a temp dir from ../shared/data/strace (when
 * present) and samples/, and removes it afterwards. Never run by tests (../shared/STYLE.md).
 */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { best, childPhase, type Measure, parseArgs, repoRoot, run, runPhase, TARGET_BYTES, table, timeTool } from './harness.js';

const AWK_PROGRAM = '{ if (match($0, /[A-Za-z_][A-Za-z0-9_]*\\(/)) n[substr($0, RSTART, RLENGTH - 1)]++ } END { for (k in n) print n[k], k }';

/** Runs wc or awk for its wall time and peak RSS. */
function tool(name: string, command: string, args: readonly string[]): Measure {
  const { seconds, peakRssMb, stdout } = timeTool(command, args);
  const lines = stdout.trim().split('\n');
  const note = name === 'wc -l' ? `${lines[0].trim().split(/\s+/)[0]} lines` : `${lines.length} distinct names`;
  return { name, seconds, peakRssMb, note };
}

/** Concatenates the shared and project strace samples until the file reaches TARGET_BYTES. */
function buildDefaultInput(): { file: string; dir: string; parts: string[] } {
  const shared = path.resolve(repoRoot, '../shared/data/strace');
  const sources = [
    ...(existsSync(shared) ? readdirSync(shared).filter((f) => f.endsWith('.log')).map((f) => path.join(shared, f)) : []),
    path.join(repoRoot, 'samples/demo/incident.strace'),
    ...readdirSync(path.join(repoRoot, 'samples/strace')).filter((f) => f.endsWith('.strace')).map((f) => path.join(repoRoot, 'samples/strace', f)),
  ].sort();
  if (!existsSync(shared)) console.error(`note: ${shared} is absent; the input is built from samples/ only`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ephemera-bench-'));
  const file = path.join(dir, 'bench.strace');
  writeFileSync(file, '');
  const contents = sources.map((s) => {
    const bytes = readFileSync(s);
    // a capture cut mid-line would glue itself to the next one
    return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a ? Buffer.concat([bytes, Buffer.from('\n')]) : bytes;
  });
  let size = 0;
  while (size < TARGET_BYTES) {
    for (const bytes of contents) { appendFileSync(file, bytes); size += bytes.length; }
  }
  return { file, dir, parts: sources.map((s) => path.relative(repoRoot, s)) };
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (options.phase) {
    if (!options.file) throw new Error('--phase needs a FILE');
    return runPhase(options.phase, options.file);
  }
  const built = options.file ? null : buildDefaultInput();
  const file = options.file ?? built!.file;
  try {
    if (built) console.error(`built ${file} from ${built.parts.length} captures, repeated: ${built.parts.join(', ')}`);
    const bytes = statSync(file).size;
    const measures = [
      best(() => tool('wc -l', 'wc', ['-l', file]), options.runs),
      best(() => tool('awk', 'awk', [AWK_PROGRAM, file]), options.runs),
      best(() => childPhase(import.meta.url, 'parse', file), options.runs),
      ...(options.skipLoad ? [] : [best(() => childPhase(import.meta.url, 'load', file), options.runs)]),
    ];
    console.log(options.json ? JSON.stringify({ file, bytes, measures }) : table(options.file ?? 'built input', bytes, measures, 'awk'));
  } finally {
    if (built) rmSync(built.dir, { recursive: true, force: true });
  }
}

run(main);
