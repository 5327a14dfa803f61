/**
 * Sandboxed preload (bundled to CommonJS: sandboxed preloads cannot be ES modules). Exposes
 * `window.ephemeraHost`, a HostInvoker for the contract's channels only — never ipcRenderer.
 * A failed call rejects with a plain `{name, code, message}` object, which contextBridge copies
 * whole (it would reduce an Error to its message); the renderer's client turns it into a HostError.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { HOST_CHANNELS, HOST_EVENT_CHANNEL, type CallOutcome, type HostInvoker } from '../common/rpc';

const ALLOWED = new Set(HOST_CHANNELS);

async function invoke(channel: string, args: unknown[]): Promise<unknown> {
  if (typeof channel !== 'string' || !ALLOWED.has(channel)) {
    return Promise.reject({ name: 'HostError', code: 'unknown-channel', message: `no such host method: ${String(channel).slice(0, 80)}` });
  }
  if (!Array.isArray(args)) return Promise.reject({ name: 'HostError', code: 'bad-arguments', message: `${channel}: arguments must be a list` });
  const outcome = (await ipcRenderer.invoke(channel, ...args)) as CallOutcome;
  return outcome.ok ? outcome.result : Promise.reject(outcome.error);
}

function onEvent(listener: (name: string, payload: unknown) => void): () => void {
  const handler = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (typeof name === 'string') listener(name, payload);
  };
  ipcRenderer.on(HOST_EVENT_CHANNEL, handler);
  return () => {
    ipcRenderer.removeListener(HOST_EVENT_CHANNEL, handler);
  };
}

const host: HostInvoker = { invoke, onEvent };
contextBridge.exposeInMainWorld('ephemeraHost', host);
