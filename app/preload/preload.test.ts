import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostInvoker } from '../common/rpc';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn();
const listeners = new Map<string, (...args: unknown[]) => void>();

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: {
    invoke: (...args: unknown[]) => invoke(...args),
    on: (channel: string, handler: (...args: unknown[]) => void) => listeners.set(channel, handler),
    removeListener: (channel: string) => listeners.delete(channel),
  },
}));

let host: HostInvoker;
beforeAll(async () => {
  await import('./preload');
  host = exposed.ephemeraHost as HostInvoker;
});

describe('preload', () => {
  it('exposes exactly invoke and onEvent on window.ephemeraHost', () => {
    expect(Object.keys(exposed)).toEqual(['ephemeraHost']);
    expect(Object.keys(host).sort()).toEqual(['invoke', 'onEvent']);
  });

  it('forwards contract channels and unwraps the outcome', async () => {
    invoke.mockResolvedValueOnce({ ok: true, result: { id: 'f' } });
    expect(await host.invoke('host:files.open', ['/a'])).toEqual({ id: 'f' });
    expect(invoke).toHaveBeenLastCalledWith('host:files.open', '/a');
    invoke.mockResolvedValueOnce({ ok: false, error: { name: 'UserError', code: 'file-not-found', message: 'no such file: /a' } });
    await expect(host.invoke('host:files.open', ['/a'])).rejects.toEqual({ name: 'UserError', code: 'file-not-found', message: 'no such file: /a' });
  });

  it('refuses channels outside the contract without touching IPC', async () => {
    invoke.mockClear();
    await expect(host.invoke('host:files.delete', [])).rejects.toMatchObject({ code: 'unknown-channel' });
    await expect(host.invoke('ELECTRON_BROWSER_REQUIRE', [])).rejects.toMatchObject({ code: 'unknown-channel' });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('delivers host events and unsubscribes', () => {
    const seen: unknown[] = [];
    const off = host.onEvent((name, payload) => seen.push([name, payload]));
    listeners.get('host-event')?.({}, 'onOpenFiles', []);
    expect(seen).toEqual([['onOpenFiles', []]]);
    off();
    expect(listeners.has('host-event')).toBe(false);
  });
});
