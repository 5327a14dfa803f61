/**
 * The WebSocket side of `ephemera serve`: `/ws` upgrades are let in only with the token, our own
 * Host and exactly our page's Origin; each connection is a MessageTransport of JSON text frames
 * served with `serveHost`.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { HostApi } from '../common/contract';
import { serveHost, type MessageTransport, type WireMessage } from '../common/rpc';
import { isAllowedHost, isAllowedOrigin, isAuthorized, presentedToken } from './auth';

/** Largest message a client may send; requests are small. */
const MAX_MESSAGE_BYTES = 1024 * 1024;

/** What the upgrade handler needs to know about its server. */
export interface WsContext {
  readonly port: number;
  readonly token: string;
  readonly services: HostApi;
  readonly onError: (error: unknown) => void;
}

/** A WebSocket as a message transport (JSON text frames; anything else closes it). */
export function socketTransport(socket: WebSocket): MessageTransport {
  return {
    send(message: WireMessage) {
      socket.send(JSON.stringify(message));
    },
    onMessage(listener) {
      const handler = (data: RawData, isBinary: boolean) => {
        if (isBinary) return socket.close(1003, 'text frames only');
        let message: WireMessage;
        try {
          message = JSON.parse(data.toString()) as WireMessage;
        } catch {
          return socket.close(1007, 'invalid JSON'); // a client that sends garbage is done
        }
        listener(message);
      };
      socket.on('message', handler);
      return () => socket.off('message', handler);
    },
    onClose(listener) {
      socket.on('close', listener);
      return () => socket.off('close', listener);
    },
  };
}

function refuse(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** The WebSocket server and the `upgrade` listener that admits clients to it. */
export function createWsHost(context: WsContext): { server: WebSocketServer; onUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void } {
  const server = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('connection', (socket: WebSocket) => {
    socket.on('error', (error) => context.onError(error));
    serveHost(socketTransport(socket), context.services, { onError: context.onError });
  });
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', (error) => context.onError(error));
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${context.port}`);
    if (url.pathname !== '/ws') return refuse(socket, '404 Not Found');
    if (!isAllowedHost(request.headers.host, context.port)) return refuse(socket, '403 Forbidden');
    if (!isAllowedOrigin(request.headers.origin, context.port)) return refuse(socket, '403 Forbidden');
    if (!isAuthorized(presentedToken(request, url, context.port), context.token)) return refuse(socket, '401 Unauthorized');
    server.handleUpgrade(request, socket, head, (ws) => server.emit('connection', ws, request));
  };
  return { server, onUpgrade };
}
