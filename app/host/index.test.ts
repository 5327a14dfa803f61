import { mkdtemp, mkdir, rm, symlink, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostError } from '../common/rpc';
import { createNodeHost, resolveStaticFile, contentTypeOf, readAppVersion, REPO_ROOT, DEMO_CAPTURE_PATH } from './index';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ephemera-host-'));
  await writeFile(join(dir, 'a.strace'), '123 execve("/bin/sh", ["sh"], 0x0 /* 0 vars */) = 0\n');
  await writeFile(join(dir, 'empty.log'), '');
  await mkdir(join(dir, 'folder'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function hostError(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('NodeFileHost', () => {
  const host = () => createNodeHost({ kind: 'memory', urlFor: (id) => `/files/${id}`, cwd: dir, demoPath: null });

  it('opens a file: absolute path, name, size, and a url from urlFor', async () => {
    const ref = await host().services.files.open('a.strace');
    expect(ref).toMatchObject({ path: join(dir, 'a.strace'), name: 'a.strace', size: 52, url: `/files/${ref.id}` });
    expect(ref.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('streams the exact bytes of a registered id, and the size it had when the stream opened', async () => {
    const { services, files } = host();
    const ref = await services.files.open(join(dir, 'a.strace'));
    const opened = await files.openStream(ref.id);
    await appendFile(join(dir, 'a.strace'), 'grown\n');
    const bytes = await readAll(opened.stream);
    expect(bytes.toString()).toBe('123 execve("/bin/sh", ["sh"], 0x0 /* 0 vars */) = 0\n');
    expect(opened.size).toBe(52);
    const empty = await services.files.open('empty.log');
    expect((await readAll((await files.openStream(empty.id)).stream)).length).toBe(0);
  });

  it('rejects an unknown id, a missing file and a folder with clear codes', async () => {
    const { services, files } = host();
    expect((await hostError(files.openStream('nope'))).code).toBe('unknown-file');
    const missing = await hostError(services.files.open('missing.scap'));
    expect(missing.code).toBe('file-not-found');
    expect(missing.message).toContain(join(dir, 'missing.scap'));
    expect((await hostError(services.files.open('folder'))).code).toBe('not-a-file');
  });

  it('answers [] to showOpenDialog without a native dialog, and reports the host kind', async () => {
    const { services } = host();
    expect(await services.files.showOpenDialog()).toEqual([]);
    const info = await services.app.getInfo();
    expect(info).toEqual({ version: readAppVersion(), host: 'memory', platform: process.platform, canShowOpenDialog: false });
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('startup files', () => {
  it('opens the command-line paths', async () => {
    const { services } = createNodeHost({ kind: 'serve', urlFor: (id) => id, cwd: dir, startupPaths: ['a.strace'] });
    expect((await services.case.getStartupFiles()).map((f) => f.name)).toEqual(['a.strace']);
  });

  it('rejects when a command-line path is missing', async () => {
    const { services } = createNodeHost({ kind: 'serve', urlFor: (id) => id, cwd: dir, startupPaths: ['gone.strace'] });
    expect((await hostError(services.case.getStartupFiles())).code).toBe('file-not-found');
  });

  it('falls back to the demo capture, and to nothing when there is no demo', async () => {
    const withDemo = createNodeHost({ kind: 'serve', urlFor: (id) => id, demoPath: join(dir, 'a.strace') });
    expect((await withDemo.services.case.getStartupFiles()).map((f) => f.path)).toEqual([join(dir, 'a.strace')]);
    const noDemo = createNodeHost({ kind: 'serve', urlFor: (id) => id, demoPath: join(dir, 'absent.strace') });
    expect(await noDemo.services.case.getStartupFiles()).toEqual([]);
  });

  it('defaults the demo to samples/demo/incident.strace under the repo root', () => {
    expect(DEMO_CAPTURE_PATH).toBe(join(REPO_ROOT, 'samples', 'demo', 'incident.strace'));
  });
});

describe('resolveStaticFile', () => {
  let root: string;
  beforeAll(async () => {
    root = join(dir, 'static');
    await mkdir(join(root, 'assets'), { recursive: true });
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'app.js'), '1');
    await writeFile(join(dir, 'secret.txt'), 'secret');
    await symlink(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
  });

  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/app.js', join('assets', 'app.js')],
    ['/assets/%61pp.js', join('assets', 'app.js')],
  ])('maps %s inside the root', async (url, file) => {
    expect(await resolveStaticFile(root, url)).toBe(join(root, file));
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/link.txt', '/assets', '/%E0%A4%A', '/a%00b', '/..\\secret.txt', '/missing.js'])(
    'refuses %s',
    async (url) => {
      expect(await resolveStaticFile(root, url)).toBeNull();
    },
  );

  it('knows the content types the renderer needs', () => {
    expect(contentTypeOf('x.wasm')).toBe('application/wasm');
    expect(contentTypeOf('x.js')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('x.HTML')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('x.bin')).toBe('application/octet-stream');
  });
});
