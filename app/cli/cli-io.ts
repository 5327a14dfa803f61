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

/** CliIo over real streams. */
export function streamIo(stdout: Writable, stderr: Writable): CliIo {
  return {
    out: (text) => new Promise((resolve, reject) => {
      if (text === '') { resolve(); return; }
      const onError = (error: Error) => reject(error);
      stdout.once('error', onError);
      const flushed = stdout.write(text, () => { stdout.off('error', onError); });
      if (flushed) { stdout.off('error', onError); resolve(); }
      else stdout.once('drain', () => { stdout.off('error', onError); resolve(); });
    }),
    err: (text) => { stderr.write(text); },
  };
}
