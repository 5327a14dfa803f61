/**
 * Electron main process: one hardened window on app://ephemera/, the host contract over IPC,
 * registered files under ephemera-file://, File → Open…, and command-line paths as the startup
 * case. Bundled to build/main/main.js (ESM) by scripts/build-electron.mjs.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, type BrowserWindow } from 'electron';
import type { FileRef } from '../common/contract';
import { RENDERER_BUILD_DIR, createNodeHost, type NodeHost } from '../host/index';
import { startupPathsFromArgv } from './command-line';
import { registerHostIpc, sendHostEvent } from './ipc';
import { installAppMenu } from './menu';
import { fileUrlFor, handleAppProtocol, handleFileProtocol, registerSchemesAsPrivileged } from './protocols';
import { createMainWindow, hardenContents, isAppMainFrame } from './window';

const PRELOAD_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'preload', 'preload.cjs');

let mainWindow: BrowserWindow | null = null;

function reportError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`ephemera: ${error instanceof Error ? (error.stack ?? message) : message}`);
  if (app.isReady()) dialog.showErrorBox('Ephemera', message);
}

async function pickFiles(): Promise<string[]> {
  const options = { title: 'Open capture', properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'> };
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

function deliverFiles(files: Promise<FileRef[]>): void {
  files
    .then((refs) => {
      if (refs.length > 0 && mainWindow && !mainWindow.isDestroyed()) sendHostEvent(mainWindow.webContents, 'onOpenFiles', refs);
    })
    .catch(reportError);
}

function openFromSecondInstance(host: NodeHost, argv: string[], workingDirectory: string): void {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  }
  const paths = startupPathsFromArgv(argv, app.isPackaged).map((path) => join(workingDirectory, path));
  deliverFiles(Promise.all(paths.map((path) => host.files.open(path))));
}

function start(): void {
  registerSchemesAsPrivileged();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  const host = createNodeHost({
    kind: 'electron',
    urlFor: fileUrlFor,
    pickFiles,
    startupPaths: startupPathsFromArgv(process.argv, app.isPackaged),
  });
  app.on('second-instance', (_event, argv, workingDirectory) => openFromSecondInstance(host, argv, workingDirectory));
  app.on('window-all-closed', () => app.quit());

  void app.whenReady().then(() => {
    handleAppProtocol(RENDERER_BUILD_DIR);
    handleFileProtocol(host.files);
    registerHostIpc(host.services, (frame) => isAppMainFrame(mainWindow, frame), reportError);
    installAppMenu({ openFiles: () => deliverFiles(host.files.showOpenDialog()) });
    mainWindow = createMainWindow(PRELOAD_PATH);
    mainWindow.on('closed', () => (mainWindow = null));
  }).catch(reportError);
}

if (app.requestSingleInstanceLock()) start();
else app.quit();
