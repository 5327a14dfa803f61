#!/usr/bin/env node
// `npm start [FILE…]`: build the renderer when it is stale, then run Electron with the files, or,
// where the Electron binary was never downloaded, `ephemera serve` plus Chromium in --app mode.
import { spawn, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// npm runs scripts from the package root; INIT_CWD is where the user typed `npm start -- FILE`.
const userCwd = process.env.INIT_CWD ?? process.cwd();
const files = process.argv.slice(2).map((file) => resolve(userCwd, file));
const RENDERER_INPUTS = ['renderer', 'engine', 'parsers', 'app/common', 'vite.config.ts'];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

function ensureRendererBuild() {
  const index = join(root, 'build', 'renderer', 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(...RENDERER_INPUTS.map((input) => newestMtime(join(root, input))));
  if (built >= sources) return;
  console.log(built ? 'The renderer changed since the last build; running vite build…' : 'Building the renderer (vite build)…');
  const result = spawnSync(join(root, 'node_modules', '.bin', 'vite'), ['build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('ephemera: the renderer build failed (see above).');
    process.exit(1);
  }
}

/** The Electron binary, found the way the electron package does but without its download attempt. */
function electronBinary() {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override ? join(override, relative || 'electron') : join(packageDir, 'dist', relative);
  try {
    accessSync(binary, constants.X_OK);
    return binary;
  } catch {
    return null; // listed but not there or not executable: treat as not downloaded
  }
}

function runElectron(binary) {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-electron.mjs')], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(binary, ['.', ...files], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function findChromium() {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      const candidate = join(dir, name);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        continue; // not in this PATH entry
      }
    }
  }
  return null;
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Chromium in --app mode on a throwaway profile; null when there is none or no display. */
function openChromium(url, onClosed) {
  const binary = findChromium();
  if (!binary || !hasDisplay()) return null;
  const profile = mkdtempSync(join(tmpdir(), 'ephemera-chromium-'));
  const args = [`--app=${url}`, `--user-data-dir=${profile}`, '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-quic'];
  if (process.getuid?.() === 0) args.push('--no-sandbox', '--test-type');
  const child = spawn(binary, args, { stdio: 'ignore' });
  const exited = new Promise((done) => child.on('exit', (code) => {
    rmSync(profile, { recursive: true, force: true });
    done(code);
  }));
  child.on('error', (error) => console.error(`ephemera: cannot start ${binary}: ${error.message}`));
  void exited.then(onClosed);
  return { exited, stop: () => { child.kill(); return exited; } };
}

async function runServe() {
  console.log('Electron is not available on this machine (its binary was not downloaded); starting "ephemera serve" instead.');
  const { register } = await import('tsx/esm/api');
  register();
  const { startServer } = await import('../app/serve/index.ts');
  let server;
  try {
    server = await startServer({ files });
  } catch (error) {
    console.error(`ephemera: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log(`Ephemera is serving at ${server.url}`);
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  let browser = null;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await browser?.stop();
    await server.close();
    process.exit(0);
  };
  browser = openChromium(server.url, (code) => {
    if (stopping) return;
    if (code === 0) {
      console.log('The Chromium window was closed; stopping.');
      void stop();
    } else {
      browser = null;
      console.log(`Chromium exited (code ${code}); the server keeps running at ${server.url}`);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop());
}

ensureRendererBuild();
const electron = electronBinary();
if (electron) runElectron(electron);
else await runServe();
