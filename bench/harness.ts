/**
 * What the load benchmarks share: options, the parse and load phases (each in its own Node
 * process, so that its peak RSS is its own), external tools timed under /usr/bin/time, best-of-N
 * and the results table.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TARGET_BYTES = 100 * 1000 * 1000;

export type Phase = 'parse' | 'load';

/** One measured pass. */
export interface Measure {
  readonly name: string;
  readonly seconds: number;
  readonly peakRssMb: number | null;
  readonly events?: number;
  readonly note?: string;
}

export interface PhaseResult { seconds: number; events: number; peakRssMb: number; status?: string; warnings?: number; kind?: string; error?: string }

export interface Options {
  readonly file: string | null;
  readonly runs: number;
  readonly skipLoad: boolean;
  readonly json: boolean;
  readonly phase: Phase | null;
}

export function flag(argv: readonly string[], name: string): string | undefined {
  return argv.find((a) => a.startsWith(`--${name}`));
}

export function flagValue(argv: readonly string[], name: string): string | undefined {
  return flag(argv, name)?.split('=')[1];
}

export function parseArgs(argv: readonly string[]): Options {
  const phase = flagValue(argv, 'phase');
  return {
    file: argv.find((a) => !a.startsWith('--')) ?? null,
    runs: Math.max(1, Number(flagValue(argv, 'runs') ?? 1)),
    skipLoad: flag(argv, 'skip-load') !== undefined,
    json: flag(argv, 'json') !== undefined,
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

export async function runPhase(phase: Phase, file: string): Promise<void> {
  const result = phase === 'parse' ? await runParsePhase(file) : await runLoadPhase(file);
  process.stdout.write(`${JSON.stringify({ ...result, peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
}

// ---- the orchestrating process ----

/** Runs `script --phase=PHASE FILE` (the calling benchmark, by its import.meta.url) in a child process. */
export function spawnPhase(script: string, phase: Phase, file: string): PhaseResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(script), `--phase=${phase}`, file], {
    cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`the ${phase} phase failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as PhaseResult;
}

export function childPhase(script: string, phase: Phase, file: string): Measure {
  const result = spawnPhase(script, phase, file);
  if (result.error !== undefined) throw new Error(`the ${phase} phase ended in an error: ${result.error}`);
  const note = result.status !== undefined ? `status ${result.status}` : `${result.warnings} warnings`;
  return { name: phase === 'parse' ? 'parse (parseStream)' : 'parse + load (duckdb-wasm)', seconds: result.seconds, peakRssMb: result.peakRssMb, events: result.events, note };
}

/** Runs a tool under /usr/bin/time (when present) for its wall time and peak RSS. */
export function timeTool(command: string, args: readonly string[]): { seconds: number; peakRssMb: number | null; stdout: string } {
  const hasTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const child = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 })
    : spawnSync(command, [...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (child.error) throw new Error(`${command} could not run: ${child.error.message}`);
  if (child.status !== 0) throw new Error(`${command} failed: ${child.stderr}`);
  const rssKb = hasTime ? Number(child.stderr.trim().split('\n').pop()) : NaN;
  return { seconds, peakRssMb: Number.isFinite(rssKb) ? rssKb / 1024 : null, stdout: child.stdout };
}

export function best(run: () => Measure, runs: number): Measure {
  let chosen: Measure | null = null;
  for (let i = 0; i < runs; i++) {
    const measure = run();
    if (!chosen || measure.seconds < chosen.seconds) chosen = measure;
  }
  return chosen as Measure;
}

/** The markdown table; the ratio column is to the measure named `baseline`, headed by its first word. */
export function table(title: string, bytes: number, measures: readonly Measure[], baseline: string): string {
  const base = measures.find((m) => m.name === baseline)?.seconds ?? NaN;
  const mb = bytes / 1e6;
  const rows = measures.map((m) => [
    m.name, m.seconds.toFixed(2), (mb / m.seconds).toFixed(1), m.events === undefined ? '' : Math.round(m.events / m.seconds).toLocaleString('en-US'),
    m.peakRssMb === null ? '?' : m.peakRssMb.toFixed(0), (m.seconds / base).toFixed(2), m.note ?? '',
  ]);
  const header = ['pass', 's', 'MB/s', 'events/s', 'peak RSS MB', `× ${baseline.split(' ')[0]}`, 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [
    `${title}: ${mb.toFixed(1)} MB, ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, Node ${process.versions.node}, ${new Date().toISOString().slice(0, 10)}`,
    line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line),
  ].join('\n');
}

/** Runs a benchmark's main, printing a failure's stack and setting the exit code. */
export function run(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : String(error));
    process.exitCode = 1;
  });
}
