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
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_BYTES = 100 * 1000 * 1000;
const AWK_PROGRAM = '{ if (match($0, /[A-Za-z_][A-Za-z0-9_]*\\(/)) n[substr($0, RSTART, RLENGTH - 1)]++ } END { for (k in n) print n[k], k }';

/** One measured pass. */
interface Measure {
  readonly name: string;
  readonly seconds: number;
  readonly peakRssMb: number | null;
  readonly events?: number;
  readonly note?: string;
}

interface Options {
  readonly file: string | null;
  readonly runs: number;
  readonly skipLoad: boolean;
  readonly json: boolean;
  readonly phase: 'parse' | 'load' | null;
}

function parseArgs(argv: readonly string[]): Options {
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}`));
  const phase = flag('phase')?.split('=')[1];
  return {
    file: argv.find((a) => !a.startsWith('--')) ?? null,
    runs: Math.max(1, Number(flag('runs')?.split('=')[1] ?? 1)),
    skipLoad: flag('skip-load') !== undefined,
    json: flag('json') !== undefined,
    phase: phase === 'parse' || phase === 'load' ? phase : null,
  };
}

// ---- phases run in a child process: print one JSON line ----

async function* readChunks(file: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const buffer = chunk as Buffer;
    yield new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
}

async function runParsePhase(file: string): Promise<{ seconds: number; events: number; warnings: number }> {
  const { parseStream } = await import('../parsers/index.js');
  const started = performance.now();
  let events = 0;
  let warnings = 0;
  for await (const event of parseStream(readChunks(file), { sourceId: 1, evtNumBase: 0, name: path.basename(file) })) {
    if (event.type === 'done' || event.type === 'error') { events = event.summary.events; warnings = event.summary.warningCount; }
  }
  return { seconds: (performance.now() - started) / 1000, events, warnings };
}

async function runLoadPhase(file: string): Promise<{ seconds: number; events: number; status: string }> {
  const { createNodeEngine, fileInput } = await import('../engine/node/index.js');
  const engine = await createNodeEngine();
  const started = performance.now();
  const info = await engine.loadSource(await fileInput(file));
  const seconds = (performance.now() - started) / 1000;
  const stats = await engine.stats();
  await engine.close();
  if (stats.events !== info.events) throw new Error(`loaded ${stats.events} rows but the parser reported ${info.events}`);
  return { seconds, events: info.events, status: info.status };
}

async function runPhase(phase: 'parse' | 'load', file: string): Promise<void> {
  const result = phase === 'parse' ? await runParsePhase(file) : await runLoadPhase(file);
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

// ---- the orchestrating process ----

function childPhase(phase: 'parse' | 'load', file: string): Measure {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, `--phase=${phase}`, file], {
    cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`the ${phase} phase failed (exit ${child.status})`);
  const result = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as { seconds: number; events: number; peakRssMb: number; status?: string; warnings?: number };
  const note = result.status !== undefined ? `status ${result.status}` : `${result.warnings} warnings`;
  return { name: phase === 'parse' ? 'parse (parseStream)' : 'parse + load (duckdb-wasm)', seconds: result.seconds, peakRssMb: result.peakRssMb, events: result.events, note };
}

/** Runs a tool under /usr/bin/time for its wall time and peak RSS. */
function tool(name: string, command: string, args: readonly string[]): Measure {
  const hasTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const child = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(command, [...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (child.status !== 0) throw new Error(`${command} failed: ${child.stderr}`);
  const rssKb = hasTime ? Number(child.stderr.trim().split('\n').pop()) : NaN;
  const lines = child.stdout.trim().split('\n');
  const note = name === 'wc -l' ? `${lines[0].trim().split(/\s+/)[0]} lines` : `${lines.length} distinct names`;
  return { name, seconds, peakRssMb: Number.isFinite(rssKb) ? rssKb / 1024 : null, note };
}

function best(run: () => Measure, runs: number): Measure {
  let chosen: Measure | null = null;
  for (let i = 0; i < runs; i++) {
    const measure = run();
    if (!chosen || measure.seconds < chosen.seconds) chosen = measure;
  }
  return chosen as Measure;
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

function table(file: string, bytes: number, measures: readonly Measure[]): string {
  const awk = measures.find((m) => m.name === 'awk')?.seconds ?? NaN;
  const mb = bytes / 1e6;
  const rows = measures.map((m) => [
    m.name, m.seconds.toFixed(2), (mb / m.seconds).toFixed(1), m.events === undefined ? '' : Math.round(m.events / m.seconds).toLocaleString('en-US'),
    m.peakRssMb === null ? '?' : m.peakRssMb.toFixed(0), (m.seconds / awk).toFixed(2), m.note ?? '',
  ]);
  const header = ['pass', 's', 'MB/s', 'events/s', 'peak RSS MB', '× awk', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    `${file}: ${mb.toFixed(1)} MB, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`,
    line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line),
  ].join('\n');
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
      best(() => childPhase('parse', file), options.runs),
      ...(options.skipLoad ? [] : [best(() => childPhase('load', file), options.runs)]),
    ];
    console.log(options.json ? JSON.stringify({ file, bytes, measures }) : table(options.file ?? 'built input', bytes, measures));
  } finally {
    if (built) rmSync(built.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exitCode = 1;
});
