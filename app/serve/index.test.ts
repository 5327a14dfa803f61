import { request as httpRequest } from 'node:http';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { createHostClient, invokerFromTransport, HostError } from '../common/rpc';
import { startServer, type RunningServer } from './index';
import { socketTransport } from './ws-host';

let dir: string;
let staticDir: string;
let capture: string;
let captureBytes: Buffer;
let server: RunningServer;
const errors: unknown[] = [];
const sockets: WebSocket[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ephemera-serve-'));
  staticDir = join(dir, 'renderer');
  await mkdir(join(staticDir, 'assets'), { recursive: true });
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Ephemera</title>');
  await writeFile(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(staticDir, 'assets', 'duckdb.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  await writeFile(join(dir, 'secret.txt'), 'do not serve');
  capture = join(dir, 'big.scap');
  captureBytes = randomBytes(3 * 1024 * 1024 + 17);
  await writeFile(capture, captureBytes);
  server = await startServer({ files: [capture], staticDir, onError: (e) => errors.push(e) });
});
afterAll(async () => {
  for (const socket of sockets) socket.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

const base = () => `http://127.0.0.1:${server.port}`;
const withToken = (path: string) => `${base()}${path}${path.includes('?') ? '&' : '?'}token=${server.token}`;

/** A raw request, for what fetch would normalize or refuse to send (Host, `..`). */
function raw(path: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: server.port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function openSocket(url: string, origin: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { origin, headers });
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`refused ${res.statusCode}`)));
    socket.once('error', reject);
  });
}

describe('ephemera serve over real HTTP', () => {
  it('prints a 127.0.0.1 URL with a 32-byte base64url token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers 401 without the token and with a wrong one', async () => {
    expect((await fetch(`${base()}/`)).status).toBe(401);
    expect((await fetch(`${base()}/?token=wrong`)).status).toBe(401);
    expect((await fetch(`${base()}/assets/app.js`, { headers: { cookie: `ephemera_token_${server.port}=nope` } })).status).toBe(401);
  });

  it('serves the page with the token, sets an HttpOnly SameSite=Strict cookie and the security headers', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Ephemera</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^ephemera_token_${server.port}=${server.token};`));
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain(`connect-src 'self' ws://127.0.0.1:${server.port} ws://localhost:${server.port}`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets later requests in with the cookie alone, with the right content types', async () => {
    const cookie = `ephemera_token_${server.port}=${server.token}`;
    const js = await fetch(`${base()}/assets/app.js`, { headers: { cookie } });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('set-cookie')).toBeNull();
    const wasm = await fetch(`${base()}/assets/duckdb.wasm`, { headers: { cookie } });
    expect(wasm.headers.get('content-type')).toBe('application/wasm');
    expect(Buffer.from(await wasm.arrayBuffer())).toEqual(Buffer.from([0, 0x61, 0x73, 0x6d]));
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const evil = await raw(`/?token=${server.token}`, { host: `evil.example:${server.port}` });
    expect(evil.status).toBe(403);
    expect(evil.body).not.toContain('Ephemera');
    expect((await raw(`/?token=${server.token}`, { host: `localhost:${server.port}` })).status).toBe(200);
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt'])(
    'does not serve %s outside the build folder',
    async (path) => {
      const response = await raw(`${path}?token=${server.token}`, { host: `127.0.0.1:${server.port}` });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('do not serve');
    },
  );

  it('streams a registered file byte for byte with its Content-Length', async () => {
    const client = await connectClient();
    const [ref] = await client.case.getStartupFiles();
    expect(ref).toMatchObject({ path: capture, name: 'big.scap', size: captureBytes.length });
    expect(ref.url).toBe(`/files/${ref.id}?token=${server.token}`);
    const response = await fetch(`${base()}${ref.url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(captureBytes.length));
    expect(response.headers.get('content-type')).toBe('application/octet-stream');
    expect(Buffer.from(await response.arrayBuffer()).equals(captureBytes)).toBe(true);
    expect((await fetch(`${base()}/files/${ref.id}`)).status).toBe(401);
    expect((await fetch(withToken('/files/not-an-id'))).status).toBe(404);
  });

  it('answers contract calls over the WebSocket', async () => {
    const client = await connectClient();
    expect(await client.app.getInfo()).toMatchObject({ host: 'serve', canShowOpenDialog: false });
    const ref = await client.files.open(join(dir, 'secret.txt'));
    expect(ref.size).toBe(12);
    const missing = await client.files.open(join(dir, 'nope')).then(() => null, (e: unknown) => e);
    expect(missing).toBeInstanceOf(HostError);
    expect((missing as HostError).code).toBe('file-not-found');
  });

  it('rejects WebSocket upgrades with a wrong Origin, no token, or a foreign Host', async () => {
    const wsUrl = `ws://127.0.0.1:${server.port}/ws`;
    const own = `http://127.0.0.1:${server.port}`;
    await expect(openSocket(`${wsUrl}?token=${server.token}`, 'http://evil.example')).rejects.toThrow('refused 403');
    await expect(openSocket(`${wsUrl}?token=${server.token}`, `http://127.0.0.1:${server.port + 1}`)).rejects.toThrow('refused 403');
    await expect(openSocket(wsUrl, own)).rejects.toThrow('refused 401');
    await expect(openSocket(`${wsUrl}?token=x`, own)).rejects.toThrow('refused 401');
    await expect(openSocket(`${wsUrl}?token=${server.token}`, own, { host: `evil.example:${server.port}` })).rejects.toThrow('refused 403');
    const viaLocalhost = await openSocket(`ws://localhost:${server.port}/ws?token=${server.token}`, `http://localhost:${server.port}`);
    viaLocalhost.close();
  });

  it('closes a socket that sends something that is not JSON', async () => {
    const socket = await openSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, `http://127.0.0.1:${server.port}`);
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
    socket.send('{not json');
    expect(await closed).toBe(1007);
  });

  it('reported no unexpected errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('ephemera serve without a renderer build or with bad options', () => {
  it('answers 503 telling to run npm run build, while the contract still works', async () => {
    const bare = await startServer({ files: [], staticDir: join(dir, 'no-build'), demoPath: null });
    try {
      const response = await fetch(bare.url);
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
      expect((await fetch(`http://127.0.0.1:${bare.port}/`)).status).toBe(401);
    } finally {
      await bare.close();
    }
  });

  it('refuses to listen on anything but loopback', async () => {
    await expect(startServer({ files: [], host: '0.0.0.0' })).rejects.toMatchObject({ code: 'bad-host' });
  });

  it('refuses a missing startup file before listening', async () => {
    await expect(startServer({ files: [join(dir, 'absent.scap')] })).rejects.toMatchObject({ code: 'file-not-found' });
  });
});

async function connectClient() {
  const socket = await openSocket(`ws://127.0.0.1:${server.port}/ws?token=${server.token}`, `http://127.0.0.1:${server.port}`);
  sockets.push(socket);
  return createHostClient(invokerFromTransport(socketTransport(socket)));
}
