/**
 * The `ephemera` command (run by bin/ephemera.mjs). `main` returns the exit code; it never
 * calls process.exit, so tests can drive it in-process.
 */
import { readFileSync } from 'node:fs';
import { parseCommand, USAGE, type Command } from './args.js';
import { EXIT_OK, EXIT_USAGE, UsageError, streamIo, type CliIo } from './cli-io.js';
import { runExplain } from './commands/explain.js';
import { runFields } from './commands/fields.js';
import { runQuery } from './commands/query.js';
import { runServe } from './commands/serve.js';
import { runStats } from './commands/stats.js';

/** Runs one command line (argv without node and the script). */
export async function main(argv: readonly string[], io: CliIo = streamIo(process.stdout, process.stderr)): Promise<number> {
  try {
    const command = parseCommand(argv);
    return await run(command, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`ephemera: ${error.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
}

async function run(command: Command, io: CliIo): Promise<number> {
  switch (command.name) {
    case 'help': await io.out(USAGE); return EXIT_OK;
    case 'version': await io.out(`ephemera ${version()}\n`); return EXIT_OK;
    case 'fields': return runFields(io);
    case 'explain': return runExplain(command.filter, io);
    case 'stats': return runStats(command.options, io);
    case 'query': return runQuery(command.options, io);
    case 'serve': return runServe(command.options, io);
  }
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
  return manifest.version ?? 'unknown';
}
