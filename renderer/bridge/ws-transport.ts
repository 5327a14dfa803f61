/** The serve host's WebSocket (`ws://<same host>/ws?token=…`) as a message transport. */
import type { MessageTransport, WireMessage } from '../../app/common/rpc';

const CONNECT_TIMEOUT_MS = 4000;

/** The WebSocket URL of the page's own host, carrying the page's `?token=`. */
export function hostSocketUrl(location: Pick<Location, 'protocol' | 'host' | 'search'>): string | null {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return null;
  const token = new URLSearchParams(location.search).get('token');
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/ws${token ? `?token=${encodeURIComponent(token)}` : ''}`;
}

/** Open the socket; resolves once it is open, rejects when the host does not answer. */
export function connectWebSocket(url: string): Promise<MessageTransport & { close(): void }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const timer = setTimeout(() => { socket.close(); reject(new Error('the host did not answer')); }, CONNECT_TIMEOUT_MS);
    socket.addEventListener('open', () => { clearTimeout(timer); resolve(wrap(socket)); }, { once: true });
    socket.addEventListener('error', () => { clearTimeout(timer); reject(new Error(`cannot connect to ${url.replace(/token=[^&]*/, 'token=…')}`)); }, { once: true });
  });
}

function wrap(socket: WebSocket): MessageTransport & { close(): void } {
  return {
    send(message: WireMessage) { socket.send(JSON.stringify(message)); },
    onMessage(listener: (message: WireMessage) => void) {
      const handler = (event: MessageEvent) => {
        if (typeof event.data !== 'string') return;
        try {
          listener(JSON.parse(event.data) as WireMessage);
        } catch (error: unknown) {
          console.error('bad message from host', error);
        }
      };
      socket.addEventListener('message', handler);
      return () => socket.removeEventListener('message', handler);
    },
    onClose(listener: () => void) {
      socket.addEventListener('close', listener);
      return () => socket.removeEventListener('close', listener);
    },
    close() { socket.close(); },
  };
}
