/**
 * The one application window, hardened (Electron's security checklist): isolated, sandboxed, no
 * Node in the page, no navigation away from the app, no new windows, no webviews, no permissions.
 */
import { BrowserWindow, type WebContents, type WebFrameMain } from 'electron';
import { APP_HOST, APP_SCHEME, APP_URL } from './protocols';

function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false; // not even a URL: certainly not ours
  }
}

/** Lock down any web contents: navigation, redirects, popups, webviews, permissions. */
export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/** Create the main window loading app://ephemera/index.html. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Ephemera',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  hardenContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_URL);
  return window;
}

/** The IPC sender check: only this window's main frame, showing the app's own page. */
export function isAppMainFrame(window: BrowserWindow | null, frame: WebFrameMain | null): boolean {
  if (!window || window.isDestroyed() || !frame) return false;
  return frame === window.webContents.mainFrame && isAppUrl(frame.url);
}
