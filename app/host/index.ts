/**
 * The Node implementation of the host contract (HostApi): files, the startup case and app info.
 * Transports (app/serve, app/main) construct one with their own `urlFor` and serve `services`.
 */
import { access } from 'node:fs/promises';
import type { AppInfo, FileRef, HostApi } from '../common/contract';
import { NodeFileHost, type NodeFileHostOptions } from './node-file-host';
import { expandInputPaths } from './input-paths';
import { DEMO_CAPTURE_PATH, readAppVersion } from './repo-paths';

export { NodeFileHost, type FileStream, type NodeFileHostOptions, type UrlForId } from './node-file-host';
export { DEMO_CAPTURE_PATH, RENDERER_BUILD_DIR, REPO_ROOT, readAppVersion } from './repo-paths';
export { expandInputPaths, type CaseFile, type ExpandedPaths } from './input-paths';
export { contentSecurityPolicy, contentTypeOf, isHtml, resolveStaticFile } from './static-files';

/** Options of createNodeHost. */
export interface NodeHostOptions extends NodeFileHostOptions {
  kind: AppInfo['host'];
  /** paths given on the command line; none → the demo capture */
  startupPaths?: readonly string[];
  /** the demo capture (default samples/demo/incident.strace); null: no demo */
  demoPath?: string | null;
  /** default: package.json's version */
  version?: string;
}

/** A host: the contract's services and the file host behind the file URLs. */
export interface NodeHost {
  readonly services: HostApi;
  readonly files: NodeFileHost;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * The startup files: the command-line paths, folders expanded recursively (a bad path rejects
 * with its HostError), else the demo capture when it exists, else none.
 */
export async function startupFiles(files: NodeFileHost, paths: readonly string[], demoPath: string | null, cwd?: string): Promise<FileRef[]> {
  if (paths.length > 0) {
    const expanded = await expandInputPaths(paths, { cwd });
    return Promise.all(expanded.files.map((file) => files.open(file.path)));
  }
  if (demoPath && (await exists(demoPath))) return [await files.open(demoPath)];
  return [];
}

/** Build the Node host services for one transport. */
export function createNodeHost(options: NodeHostOptions): NodeHost {
  const files = new NodeFileHost(options);
  const version = options.version ?? readAppVersion();
  const demoPath = options.demoPath === undefined ? DEMO_CAPTURE_PATH : options.demoPath;
  const startupPaths = [...(options.startupPaths ?? [])];
  const services: HostApi = {
    app: {
      getInfo: async () => ({ version, host: options.kind, platform: process.platform, canShowOpenDialog: files.canShowOpenDialog }),
    },
    case: {
      getStartupFiles: () => startupFiles(files, startupPaths, demoPath, options.cwd),
    },
    files: {
      open: (path) => files.open(path),
      showOpenDialog: () => files.showOpenDialog(),
    },
  };
  return { services, files };
}
