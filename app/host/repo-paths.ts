/**
 * Where the repository (or the packaged app) lives. Both this folder (app/host) and the bundled
 * Electron main (build/main) sit two levels below the root, so one relative URL serves both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (or the app root inside a package). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The bundled demo capture, opened when no file is given on the command line. */
export const DEMO_CAPTURE_PATH = join(REPO_ROOT, 'samples', 'demo', 'incident.strace');

/** The renderer's Vite build output. */
export const RENDERER_BUILD_DIR = join(REPO_ROOT, 'build', 'renderer');

/** The version in package.json; '0.0.0-unknown' when it cannot be read (packaged without it). */
export function readAppVersion(root: string = REPO_ROOT): string {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0-unknown';
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '0.0.0-unknown';
    throw error;
  }
}
