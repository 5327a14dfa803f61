/** The CLI's view of its process: output streams with backpressure, and exit codes. */
import type { Writable } from 'node:stream';

/** Exit codes: 0 ok, 1 some input failed, 2 bad usage or filter. */
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Where the CLI writes. */
export interface CliIo {
  /** writes to stdout, resolving when the stream wants more */
  out(text: string): Promise<void>;
  err(text: string): void;
}

/** A usage or argument problem: printed with the usage text, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * CliIo over real streams. A stdout error (EPIPE when piped into `head`) is kept and makes
 * every later `out` reject with it, so the command stops instead of crashing the process.
 */
export function streamIo(stdout: Writable, stderr: Writable): CliIo {
  let broken: Error | null = null;
  const waiters = new Set<(error: Error) => void>();
  stdout.on('error', (error: Error) => {
    broken = error;
    for (const reject of waiters) reject(error);
    waiters.clear();
  });
  return {
    out: (text) => new Promise<void>((resolve, reject) => {
      if (broken) { reject(broken); return; }
      if (text === '' || stdout.write(text)) { resolve(); return; }
      const done = () => { waiters.delete(reject); resolve(); };
      waiters.add(reject);
      stdout.once('drain', done);
    }),
    err: (text) => { stderr.write(text); },
  };
}
