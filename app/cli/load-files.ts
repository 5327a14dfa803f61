import type { Engine, SourceInfo } from '../../engine/index.js';
import { fileInput } from '../../engine/node/index.js';
import { escapeForTerminal } from './terminal-text.js';
import type { CliIo } from './cli-io.js';

/** Loads each file in order; failures are reported on stderr and do not stop the others. */
export async function loadFiles(engine: Engine, files: readonly string[], io: CliIo): Promise<{ sources: SourceInfo[]; failed: number }> {
  const sources: SourceInfo[] = [];
  let failed = 0;
  for (const file of files) {
    const source = await engine.loadSource(await fileInput(file));
    sources.push(source);
    if (source.status !== 'done') {
      failed++;
      io.err(`ephemera: ${escapeForTerminal(source.error?.message ?? `${file}: ${source.status}`)}\n`);
    }
  }
  return { sources, failed };
}
