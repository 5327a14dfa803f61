/**
 * scap load benchmark: one ≥ 100 MB capture, measured side by side in one run —
 *   sysdig         (`sysdig -r FILE proc.name=nonexistent`: libscap + libsinsp read and filter
 *                   every event, print nothing — the reference tool's own pass)
 *   parse          (parseStream over the file, batches drained and dropped)
 *   parse + load   (Engine.loadSource into duckdb-wasm through the engine's Node adapter)
 * with wall time, MB/s, events/s, peak RSS and the ratio to sysdig. Each of our phases runs in
 * its own Node process so that its peak RSS is its own.
 *
 *   node --import tsx bench/scap-load.ts [FILE] [--source=NAME] [--runs=N] [--skip-load] [--json]
 *
 * Without FILE it builds the capture in a temp dir with ../shared/tools/amplify-scap.py from one
 * real capture of ../shared/data/scap (default 502Error.scap; --source picks another) and removes
 * it afterwards. Never run by tests (../shared/STYLE.md).
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedDir = path.resolve(repoRoot, '../shared');
const TARGET_BYTES = 100 * 1000 * 1000;
const DEFAULT_SOURCE = '502Error.scap';

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
  readonly source: string;
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
    source: flag('source')?.split('=')[1] ?? DEFAULT_SOURCE,
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

async function runParsePhase(file: string): Promise<{ seconds: number; events: number; warnings: number; kind?: string; error?: string }> {
  const { parseStream } = await import('../parsers/index.js');
  const started = performance.now();
  let result: { events: number; warnings: number; kind?: string; error?: string } = { events: 0, warnings: 0 };
  for await (const event of parseStream(readChunks(file), { sourceId: 1, evtNumBase: 0, name: path.basename(file) })) {
    if (event.type === 'done' || event.type === 'error') {
      result = { events: event.summary.events, warnings: event.summary.warningCount, kind: event.summary.kind };
      if (event.type === 'error') result.error = `${event.error.code}: ${event.error.message}`;
    }
  }
  return { seconds: (performance.now() - started) / 1000, ...result };
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

interface PhaseResult { seconds: number; events: number; peakRssMb: number; status?: string; warnings?: number; kind?: string; error?: string }

function spawnPhase(phase: 'parse' | 'load', file: string): PhaseResult {
  const script = fileURLToPath(import.meta.url);
  const child = spawnSync(process.execPath, ['--import', 'tsx', script, `--phase=${phase}`, file], {
    cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`the ${phase} phase failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as PhaseResult;
}

function childPhase(phase: 'parse' | 'load', file: string): Measure {
  const result = spawnPhase(phase, file);
  if (result.error !== undefined) throw new Error(`the ${phase} phase ended in an error: ${result.error}`);
  const note = result.status !== undefined ? `status ${result.status}` : `${result.warnings} warnings`;
  return { name: phase === 'parse' ? 'parse (parseStream)' : 'parse + load (duckdb-wasm)', seconds: result.seconds, peakRssMb: result.peakRssMb, events: result.events, note };
}

/** Fails early, with a clear message, while parsers/ has no scap reader. */
function requireScapReader(sample: string): void {
  const result = spawnPhase('parse', sample);
  if (result.kind !== 'scap' || result.error !== undefined) {
    throw new Error(`parsers/ cannot read scap yet (${result.error ?? `kind ${result.kind}`}): the scap reader must be registered in parsers/parse-stream.ts`);
  }
}

/** Runs sysdig under /usr/bin/time for its wall time and peak RSS. */
function sysdig(file: string): Measure {
  const args = ['-r', file, 'proc.name=nonexistent'];
  const hasTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const child = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', 'sysdig', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync('sysdig', args, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (child.error) throw new Error(`sysdig could not run: ${child.error.message}`);
  if (child.status !== 0) throw new Error(`sysdig failed: ${child.stderr}`);
  const rssKb = hasTime ? Number(child.stderr.trim().split('\n').pop()) : NaN;
  return { name: 'sysdig proc.name=nonexistent', seconds, peakRssMb: Number.isFinite(rssKb) ? rssKb / 1024 : null, note: child.stdout.trim() === '' ? 'no output' : 'unexpected output' };
}

function best(run: () => Measure, runs: number): Measure {
  let chosen: Measure | null = null;
  for (let i = 0; i < runs; i++) {
    const measure = run();
    if (!chosen || measure.seconds < chosen.seconds) chosen = measure;
  }
  return chosen as Measure;
}

/** Repeats the event blocks of one real capture until the file reaches TARGET_BYTES. */
function buildDefaultInput(sourceName: string): { file: string; dir: string; source: string } {
  const source = path.join(sharedDir, 'data/scap', sourceName);
  const tool = path.join(sharedDir, 'tools/amplify-scap.py');
  if (!existsSync(source) || !existsSync(tool)) throw new Error(`need ${source} and ${tool} to build the input (or pass FILE)`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ephemera-bench-'));
  const file = path.join(dir, 'bench.scap');
  const probe = path.join(dir, 'probe.scap');
  const amplify = (out: string, times: number) => {
    const child = spawnSync('python3', [tool, source, out, String(times)], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`amplify-scap.py failed: ${child.stderr}`);
  };
  amplify(probe, 1);
  const once = statSync(probe).size;
  rmSync(probe);
  amplify(file, Math.ceil(TARGET_BYTES / once));
  return { file, dir, source: path.relative(repoRoot, source) };
}

function table(file: string, bytes: number, measures: readonly Measure[]): string {
  const base = measures[0].seconds;
  const mb = bytes / 1e6;
  const rows = measures.map((m) => [
    m.name, m.seconds.toFixed(2), (mb / m.seconds).toFixed(1), m.events === undefined ? '' : Math.round(m.events / m.seconds).toLocaleString('en-US'),
    m.peakRssMb === null ? '?' : m.peakRssMb.toFixed(0), (m.seconds / base).toFixed(2), m.note ?? '',
  ]);
  const header = ['pass', 's', 'MB/s', 'events/s', 'peak RSS MB', '× sysdig', 'note'];
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
  const built = options.file ? null : buildDefaultInput(options.source);
  const file = options.file ?? built!.file;
  try {
    if (built) console.error(`built ${file} from ${built.source}, event blocks repeated`);
    requireScapReader(options.file ?? path.join(sharedDir, 'data/scap', options.source));
    const bytes = statSync(file).size;
    const measures = [
      best(() => sysdig(file), options.runs),
      best(() => childPhase('parse', file), options.runs),
      ...(options.skipLoad ? [] : [best(() => childPhase('load', file), options.runs)]),
    ];
    console.log(options.json ? JSON.stringify({ file, bytes, measures }) : table(built ? `built from ${built.source}` : file, bytes, measures));
  } finally {
    if (built) rmSync(built.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exitCode = 1;
});
