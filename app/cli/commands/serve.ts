import { startServer } from '../../serve/index.js';
import { EXIT_OK, type CliIo } from '../cli-io.js';

/** Options of `ephemera serve`. */
export interface ServeCommandOptions {
  readonly files: readonly string[];
  readonly port?: number;
}

/** `ephemera serve [FILE…] [--port N]`: prints the URL on one line and serves until SIGINT/SIGTERM. */
export async function runServe(options: ServeCommandOptions, io: CliIo): Promise<number> {
  const server = await startServer({ files: [...options.files], port: options.port });
  await io.out(`${server.url}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return EXIT_OK;
}
