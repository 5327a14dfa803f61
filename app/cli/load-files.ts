import type { Engine, SourceInfo } from '../../engine/index.js';
import { fileInput } from '../../engine/node/index.js';
import { expandInputPaths } from '../host/input-paths.js';
import { escapeForTerminal } from './terminal-text.js';
import type { CliIo } from './cli-io.js';

/** Errors that mean "not a log at all": a file found in a folder with one of them is skipped, not failed. */
const NOT_A_LOG = new Set(['empty', 'binary', 'unknown-format']);

/**
 * Loads each file, and every file under each folder, in order. A named file that cannot be read
 * is a failure (reported on stderr); a file found in a folder that is not a log Ephemera reads
 * (a README, an image) is skipped with a note and removed from the case.
 */
export async function loadFiles(engine: Engine, paths: readonly string[], io: CliIo): Promise<{ sources: SourceInfo[]; failed: number }> {
  const sources: SourceInfo[] = [];
  const { files, problems } = await expandInputPaths(paths);
  let failed = problems.length;
  for (const problem of problems) io.err(`ephemera: ${escapeForTerminal(problem)}\n`);
  for (const file of files) {
    const source = await engine.loadSource(await fileInput(file.path));
    if (source.status !== 'done' && file.fromFolder && source.error && NOT_A_LOG.has(source.error.code)) {
      await engine.removeSource(source.id);
      io.err(`ephemera: skipped ${escapeForTerminal(file.path)} (${escapeForTerminal(source.error.message)})\n`);
      continue;
    }
    sources.push(source);
    if (source.status !== 'done') {
      failed++;
      io.err(`ephemera: ${escapeForTerminal(source.error?.message ?? `${file.path}: ${source.status}`)}\n`);
    }
  }
  return { sources, failed };
}
