/**
 * Picks the host: Electron's preload (`window.ephemeraHost`) or the serve WebSocket. When neither
 * answers, the app still works on dropped files and says the host is offline.
 */
import { createHostClient, invokerFromTransport, type HostClient, type HostInvoker } from '../../app/common/rpc';
import type { AppInfo } from '../../app/common/contract';
import { connectWebSocket, hostSocketUrl } from './ws-transport';

export interface HostConnection {
  readonly kind: 'electron' | 'serve' | 'none';
  readonly status: 'connecting' | 'online' | 'offline';
  readonly client: HostClient | null;
  readonly info: AppInfo | null;
  /** why the host is offline, for a tooltip */
  readonly problem?: string;
}

export const CONNECTING: HostConnection = { kind: 'none', status: 'connecting', client: null, info: null };

declare global {
  interface Window { ephemeraHost?: HostInvoker }
}

export async function connectHost(): Promise<HostConnection> {
  if (window.ephemeraHost) return finish('electron', createHostClient(window.ephemeraHost));
  const url = hostSocketUrl(window.location);
  if (!url) return offline('none', 'no host for this page');
  try {
    const transport = await connectWebSocket(url);
    return await finish('serve', createHostClient(invokerFromTransport(transport)));
  } catch (error: unknown) {
    return offline('serve', error instanceof Error ? error.message : String(error));
  }
}

async function finish(kind: HostConnection['kind'], client: HostClient): Promise<HostConnection> {
  try {
    const info = await client.app.getInfo();
    return { kind, status: 'online', client, info };
  } catch (error: unknown) {
    return offline(kind, `the host did not answer app.getInfo: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function offline(kind: HostConnection['kind'], problem: string): HostConnection {
  return { kind, status: 'offline', client: null, info: null, problem };
}
