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
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { best, childPhase, flagValue, type Measure, type Options, parseArgs, repoRoot, run, runPhase, spawnPhase, TARGET_BYTES, table, timeTool } from './harness.js';

const sharedDir = path.resolve(repoRoot, '../shared');
const DEFAULT_SOURCE = '502Error.scap';
const SYSDIG = 'sysdig proc.name=nonexistent';

function parseScapArgs(argv: readonly string[]): Options & { readonly source: string } {
  return { ...parseArgs(argv), source: flagValue(argv, 'source') ?? DEFAULT_SOURCE };
}

/** Fails early, with a clear message, while parsers/ has no scap reader. */
function requireScapReader(sample: string): void {
  const result = spawnPhase(import.meta.url, 'parse', sample);
  if (result.kind !== 'scap' || result.error !== undefined) {
    throw new Error(`parsers/ cannot read scap yet (${result.error ?? `kind ${result.kind}`}): the scap reader must be registered in parsers/parse-stream.ts`);
  }
}

/** Runs sysdig for its wall time and peak RSS; it reads and filters every event and prints nothing. */
function sysdig(file: string): Measure {
  const { seconds, peakRssMb, stdout } = timeTool('sysdig', ['-r', file, 'proc.name=nonexistent']);
  return { name: SYSDIG, seconds, peakRssMb, note: stdout.trim() === '' ? 'no output' : 'unexpected output' };
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

async function main(): Promise<void> {
  const options = parseScapArgs(process.argv.slice(2));
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
      best(() => childPhase(import.meta.url, 'parse', file), options.runs),
      ...(options.skipLoad ? [] : [best(() => childPhase(import.meta.url, 'load', file), options.runs)]),
    ];
    console.log(options.json ? JSON.stringify({ file, bytes, measures }) : table(built ? `built from ${built.source}` : file, bytes, measures, SYSDIG));
  } finally {
    if (built) rmSync(built.dir, { recursive: true, force: true });
  }
}

run(main);
