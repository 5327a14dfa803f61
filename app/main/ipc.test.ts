import { describe, expect, it, vi } from 'vitest';
import type { HostApi } from '../common/contract';
import { HOST_CHANNELS } from '../common/rpc';

type Handler = (event: { senderFrame: unknown }, ...args: unknown[]) => Promise<unknown> | unknown;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerHostIpc, sendHostEvent } = await import('./ipc');

const services: HostApi = {
  app: { getInfo: async () => ({ version: '1.0.0', host: 'electron', platform: 'linux', canShowOpenDialog: true }) },
  case: { getStartupFiles: async () => [] },
  files: { showOpenDialog: async () => [], open: async () => { throw new Error('disk on fire'); } },
};

describe('registerHostIpc', () => {
  const appFrame = { url: 'app://ephemera/index.html' };
  const errors: unknown[] = [];
  const dispose = registerHostIpc(services, (frame) => frame === appFrame, (e) => errors.push(e));

  it('registers every contract channel and nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual([...HOST_CHANNELS].sort());
  });

  it('answers the app frame with an outcome, validating arguments and serializing errors', async () => {
    expect(await handlers.get('host:app.getInfo')?.({ senderFrame: appFrame })).toMatchObject({ ok: true, result: { host: 'electron' } });
    expect(await handlers.get('host:files.open')?.({ senderFrame: appFrame }, 42)).toMatchObject({ ok: false, error: { code: 'bad-arguments' } });
    expect(await handlers.get('host:files.open')?.({ senderFrame: appFrame }, '/a')).toEqual({ ok: false, error: { name: 'Error', code: 'internal', message: 'disk on fire' } });
    expect(errors).toHaveLength(1);
  });

  it('refuses any other sender', async () => {
    expect(await handlers.get('host:app.getInfo')?.({ senderFrame: { url: 'https://evil.example/' } })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await handlers.get('host:app.getInfo')?.({ senderFrame: null })).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('validates pushed events', () => {
    const send = vi.fn();
    const contents = { send } as unknown as Parameters<typeof sendHostEvent>[0];
    sendHostEvent(contents, 'onOpenFiles', []);
    expect(send).toHaveBeenCalledWith('host-event', 'onOpenFiles', []);
    expect(() => sendHostEvent(contents, 'onOpenFiles', [{}] as never)).toThrow();
  });

  it('removes its handlers', () => {
    dispose();
    expect(handlers.size).toBe(0);
  });
});
