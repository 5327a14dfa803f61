/**
 * Transport-neutral RPC for the host contract (contract.ts).
 *
 * Wire messages: client→host `request {id, channel, args}`; host→client `response {id, ok, result |
 * error}` and `event {name, payload}`. The same dispatch (`dispatchHostCall`) serves every
 * transport: the serve WebSocket and the in-memory pair through `serveHost`, Electron IPC through
 * `ipcMain.handle` in app/main. Arguments are validated on the host, results on the client; errors
 * cross as `{name, code, message}`, never with a stack.
 */
import { z } from 'zod';
import {
  HOST_CONTRACT,
  HOST_EVENTS,
  WireErrorSchema,
  channelOf,
  type HostApi,
  type HostEventName,
  type HostEventPayload,
  type MethodSpec,
  type WireError,
} from './contract';

/** client → host */
export interface WireRequest {
  type: 'request';
  id: number;
  channel: string;
  args: unknown[];
}
/** host → client, the answer to one request */
export type WireResponse =
  | { type: 'response'; id: number; ok: true; result: unknown }
  | { type: 'response'; id: number; ok: false; error: WireError };
/** host → client, pushed */
export interface WireEvent {
  type: 'event';
  name: string;
  payload: unknown;
}
/** Any message on a transport. */
export type WireMessage = WireRequest | WireResponse | WireEvent;

const RequestSchema = z.object({
  type: z.literal('request'),
  id: z.number().int().nonnegative(),
  channel: z.string(),
  args: z.array(z.unknown()),
});
const ResponseSchema = z.union([
  z.object({ type: z.literal('response'), id: z.number().int(), ok: z.literal(true), result: z.unknown() }),
  z.object({ type: z.literal('response'), id: z.number().int(), ok: z.literal(false), error: WireErrorSchema }),
]);
const EventSchema = z.object({ type: z.literal('event'), name: z.string(), payload: z.unknown() });

/** The outcome of one call, as Electron's `ipcMain.handle` returns it and a response carries it. */
export type CallOutcome = { ok: true; result: unknown } | { ok: false; error: WireError };

/** IPC channel on which Electron main pushes events (`name`, `payload`) to the preload. */
export const HOST_EVENT_CHANNEL = 'host-event';

/** An error that crossed (or will cross) a transport: a stable `code` and a message for the user. */
export class HostError extends Error {
  readonly code: string;
  constructor(code: string, message: string, name = 'HostError') {
    super(message);
    this.name = name;
    this.code = code;
  }

  /** The wire form: name, code and message only. */
  toWire(): WireError {
    return { name: this.name, code: this.code, message: this.message };
  }
}

/** Serialize anything thrown into `{name, code, message}` (no stack, no other properties). */
export function toWireError(error: unknown): WireError {
  if (error instanceof HostError) return error.toWire();
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { name: error.name, code: typeof code === 'string' ? code : 'internal', message: error.message };
  }
  return { name: 'Error', code: 'internal', message: String(error) };
}

/** Turn a rejection from an invoker (a HostError, a wire error object, anything) into a HostError. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const wire = WireErrorSchema.safeParse(error);
  if (wire.success) return new HostError(wire.data.code, wire.data.message, wire.data.name);
  const serialized = toWireError(error);
  return new HostError(serialized.code, serialized.message, serialized.name);
}

interface ChannelEntry {
  readonly service: keyof HostApi;
  readonly method: string;
  readonly spec: MethodSpec;
}

function buildChannelTable(): ReadonlyMap<string, ChannelEntry> {
  const table = new Map<string, ChannelEntry>();
  for (const [service, methods] of Object.entries(HOST_CONTRACT)) {
    for (const [method, spec] of Object.entries(methods as Record<string, MethodSpec>)) {
      table.set(channelOf(service, method), { service: service as keyof HostApi, method, spec });
    }
  }
  return table;
}

const CHANNELS = buildChannelTable();

/** Every channel of the contract, derived from HOST_CONTRACT. */
export const HOST_CHANNELS: readonly string[] = Object.freeze([...CHANNELS.keys()]);

/** Whether `channel` names a method of the contract. */
export function isHostChannel(channel: unknown): channel is string {
  return typeof channel === 'string' && CHANNELS.has(channel);
}

/** Options of the host side of a transport. */
export interface ServeHostOptions {
  /** told about errors that are not HostErrors (bugs in a service) and about transport failures */
  onError?: (error: unknown, channel: string) => void;
}

function describeIssues(error: z.ZodError, what = 'arguments'): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${what}${issue.path.length ? ` ${issue.path.join('.')}` : ''}: ${issue.message}`)
    .join('; ');
}

/**
 * Run one call against the services: the channel must be in the contract (`unknown-channel`), the
 * arguments must match its schema (`bad-arguments`), and whatever the service throws comes back
 * as a wire error.
 */
export async function dispatchHostCall(
  services: HostApi,
  channel: unknown,
  args: unknown,
  options: ServeHostOptions = {},
): Promise<CallOutcome> {
  const entry = typeof channel === 'string' ? CHANNELS.get(channel) : undefined;
  if (!entry) {
    return { ok: false, error: { name: 'HostError', code: 'unknown-channel', message: `no such host method: ${String(channel).slice(0, 80)}` } };
  }
  const parsed = entry.spec.args.safeParse(args);
  if (!parsed.success) {
    return { ok: false, error: { name: 'HostError', code: 'bad-arguments', message: `${channel}: ${describeIssues(parsed.error)}` } };
  }
  try {
    const service = services[entry.service] as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
    const result = await service[entry.method](...(parsed.data as unknown[]));
    return { ok: true, result };
  } catch (error: unknown) {
    if (!(error instanceof HostError)) options.onError?.(error, channel as string);
    return { ok: false, error: toWireError(error) };
  }
}

/** How a client calls the host: Electron's preload (`window.ephemeraHost`) or a transport. */
export interface HostInvoker {
  invoke(channel: string, args: unknown[]): Promise<unknown>;
  onEvent(listener: (name: string, payload: unknown) => void): () => void;
}

/** The host as the renderer uses it: the typed services plus typed events. */
export type HostClient = HostApi & {
  on<E extends HostEventName>(name: E, callback: (payload: HostEventPayload<E>) => void): () => void;
};

/** Options of `createHostClient`. */
export interface HostClientOptions {
  /** told when the host pushes an event whose payload does not match its schema (it is dropped) */
  onInvalidEvent?: (name: string, error: HostError) => void;
}

async function callHost(invoker: HostInvoker, channel: string, spec: MethodSpec, args: unknown[]): Promise<unknown> {
  let raw: unknown;
  try {
    raw = await invoker.invoke(channel, args);
  } catch (error: unknown) {
    throw toHostError(error);
  }
  const parsed = spec.result.safeParse(raw);
  if (!parsed.success) throw new HostError('bad-result', `the host answered ${channel} with an invalid result: ${describeIssues(parsed.error, 'result')}`);
  return parsed.data;
}

/**
 * A typed client of the whole contract over any invoker: one method per contract entry (built by
 * iterating HOST_CONTRACT), results validated, failures rejected as HostError.
 */
export function createHostClient(invoker: HostInvoker, options: HostClientOptions = {}): HostClient {
  const client: Record<string, unknown> = {};
  for (const [service, methods] of Object.entries(HOST_CONTRACT)) {
    const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const [method, spec] of Object.entries(methods as Record<string, MethodSpec>)) {
      const channel = channelOf(service, method);
      api[method] = (...args: unknown[]) => callHost(invoker, channel, spec, args);
    }
    client[service] = Object.freeze(api);
  }
  const reportInvalid = options.onInvalidEvent ?? ((name, error) => console.error(`host event ${name} dropped: ${error.message}`));
  client.on = (name: HostEventName, callback: (payload: unknown) => void) =>
    invoker.onEvent((eventName, payload) => {
      if (eventName !== name) return;
      const parsed = HOST_EVENTS[name].safeParse(payload);
      if (parsed.success) callback(parsed.data);
      else reportInvalid(name, new HostError('bad-event', describeIssues(parsed.error, 'payload')));
    });
  return Object.freeze(client) as unknown as HostClient;
}

/** A bidirectional message channel (WebSocket, in-memory pair, …). */
export interface MessageTransport {
  send(message: WireMessage): void;
  onMessage(listener: (message: WireMessage) => void): () => void;
  /** transports that can close say so here; pending calls are then rejected */
  onClose?(listener: () => void): () => void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: HostError): void;
}

/**
 * The client side of a transport: pairs responses with requests by id, delivers events, and
 * rejects pending calls (code `transport-closed`) when the transport closes.
 */
export function invokerFromTransport(transport: MessageTransport): HostInvoker {
  const pending = new Map<number, Pending>();
  const listeners = new Set<(name: string, payload: unknown) => void>();
  let nextId = 1;
  let closed = false;

  transport.onMessage((message) => {
    const response = ResponseSchema.safeParse(message);
    if (response.success) {
      const call = pending.get(response.data.id);
      pending.delete(response.data.id);
      if (response.data.ok) call?.resolve(response.data.result);
      else call?.reject(toHostError(response.data.error));
      return;
    }
    const event = EventSchema.safeParse(message);
    if (event.success) for (const listener of [...listeners]) listener(event.data.name, event.data.payload);
  });
  transport.onClose?.(() => {
    closed = true;
    const error = new HostError('transport-closed', 'the connection to the host was closed');
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  });

  return {
    invoke(channel, args) {
      if (closed) return Promise.reject(new HostError('transport-closed', 'the connection to the host is closed'));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        try {
          transport.send({ type: 'request', id, channel, args });
        } catch (error: unknown) {
          pending.delete(id);
          reject(toHostError(error));
        }
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function badRequestId(message: unknown): number | null {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
}

/**
 * The host side of a transport: answers every request with `dispatchHostCall`. Returns a function
 * that stops serving.
 */
export function serveHost(transport: MessageTransport, services: HostApi, options: ServeHostOptions = {}): () => void {
  const send = (message: WireMessage, channel: string) => {
    try {
      transport.send(message);
    } catch (error: unknown) {
      options.onError?.(error, channel);
    }
  };
  return transport.onMessage((message) => {
    if ((message as { type?: unknown } | null)?.type !== 'request') return;
    const request = RequestSchema.safeParse(message);
    if (!request.success) {
      const id = badRequestId(message);
      const error = { name: 'HostError', code: 'bad-request', message: 'malformed request' };
      if (id !== null) send({ type: 'response', id, ok: false, error }, '');
      return;
    }
    const { id, channel, args } = request.data;
    void dispatchHostCall(services, channel, args, options).then((outcome) => send({ type: 'response', id, ...outcome }, channel));
  });
}

/** Validate an event payload against HOST_EVENTS; throws HostError `bad-event` when it does not match. */
export function validateHostEvent<E extends HostEventName>(name: E, payload: HostEventPayload<E>): HostEventPayload<E> {
  const schema = HOST_EVENTS[name] as z.ZodType | undefined;
  if (!schema) throw new HostError('bad-event', `no such host event: ${String(name)}`);
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new HostError('bad-event', `${name}: ${describeIssues(parsed.error, 'payload')}`);
  return parsed.data as HostEventPayload<E>;
}

/** Push a host event to the client on the other side of `transport` (validated first). */
export function emitHostEvent<E extends HostEventName>(transport: MessageTransport, name: E, payload: HostEventPayload<E>): void {
  transport.send({ type: 'event', name, payload: validateHostEvent(name, payload) });
}

/** One end of an in-memory transport pair. */
export interface MemoryTransport extends MessageTransport {
  /** closes both ends */
  close(): void;
}

/**
 * Two connected in-memory transports. Delivery is asynchronous and each message is copied through
 * JSON, as on a real wire, so a test sees what a WebSocket would carry.
 */
export function createMemoryTransportPair(): [MemoryTransport, MemoryTransport] {
  const messageListeners = [new Set<(m: WireMessage) => void>(), new Set<(m: WireMessage) => void>()];
  const closeListeners = [new Set<() => void>(), new Set<() => void>()];
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    for (const listeners of closeListeners) for (const listener of [...listeners]) listener();
  };
  const end = (self: 0 | 1): MemoryTransport => ({
    send(message) {
      if (closed) throw new HostError('transport-closed', 'the in-memory transport is closed');
      const copy = JSON.parse(JSON.stringify(message)) as WireMessage;
      queueMicrotask(() => {
        if (closed) return;
        for (const listener of [...messageListeners[1 - self]]) listener(copy);
      });
    },
    onMessage(listener) {
      messageListeners[self].add(listener);
      return () => messageListeners[self].delete(listener);
    },
    onClose(listener) {
      closeListeners[self].add(listener);
      return () => closeListeners[self].delete(listener);
    },
    close,
  });
  return [end(0), end(1)];
}
