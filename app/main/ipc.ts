/**
 * The host contract over Electron IPC: one `ipcMain.handle` per contract channel, answering only
 * the app's own main frame, with the same dispatch as every other transport (app/common/rpc).
 * Handlers resolve with a CallOutcome rather than throwing, because Electron flattens a thrown
 * error into a message string and the code would be lost; the preload unwraps it.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents, type WebFrameMain } from 'electron';
import type { HostApi, HostEventName, HostEventPayload } from '../common/contract';
import { HOST_CHANNELS, HOST_EVENT_CHANNEL, dispatchHostCall, validateHostEvent, type CallOutcome } from '../common/rpc';

/** Decides whether a frame may call the host. */
export type SenderCheck = (frame: WebFrameMain | null) => boolean;

const FORBIDDEN: CallOutcome = {
  ok: false,
  error: { name: 'HostError', code: 'forbidden-sender', message: 'only the Ephemera window may call the host' },
};

/** Register every contract channel; returns a function that removes them. */
export function registerHostIpc(services: HostApi, isTrustedSender: SenderCheck, onError: (error: unknown) => void): () => void {
  for (const channel of HOST_CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, ...args: unknown[]) =>
      isTrustedSender(event.senderFrame) ? dispatchHostCall(services, channel, args, { onError }) : FORBIDDEN,
    );
  }
  return () => {
    for (const channel of HOST_CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Push a host event to a window's renderer (validated against HOST_EVENTS first). */
export function sendHostEvent<E extends HostEventName>(contents: WebContents, name: E, payload: HostEventPayload<E>): void {
  contents.send(HOST_EVENT_CHANNEL, name, validateHostEvent(name, payload));
}
