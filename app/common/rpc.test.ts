import { describe, expect, it, vi } from 'vitest';
import { HOST_CONTRACT, channelOf, type FileRef, type HostApi } from './contract';
import {
  HOST_CHANNELS,
  HostError,
  createHostClient,
  createMemoryTransportPair,
  emitHostEvent,
  invokerFromTransport,
  serveHost,
  type HostInvoker,
  type WireMessage,
} from './rpc';

const REF: FileRef = { id: 'f1', path: '/cases/a.strace', name: 'a.strace', size: 12, url: '/files/f1' };

function fakeServices(overrides: Partial<{ open: (path: string) => Promise<FileRef> }> = {}): HostApi {
  return {
    app: { getInfo: async () => ({ version: '9.9.9', host: 'memory', platform: 'test', canShowOpenDialog: false }) },
    case: { getStartupFiles: async () => [REF] },
    files: {
      showOpenDialog: async () => [],
      open: overrides.open ?? (async (path: string) => ({ ...REF, path })),
    },
  };
}

function connect(services: HostApi = fakeServices()) {
  const [clientSide, hostSide] = createMemoryTransportPair();
  const errors: unknown[] = [];
  serveHost(hostSide, services, { onError: (error) => errors.push(error) });
  const invoker = invokerFromTransport(clientSide);
  return { client: createHostClient(invoker), invoker, clientSide, hostSide, errors };
}

async function rejection(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('host rpc over the in-memory transport pair', () => {
  it('derives one channel per contract method', () => {
    const expected = Object.entries(HOST_CONTRACT).flatMap(([s, methods]) => Object.keys(methods).map((m) => channelOf(s, m)));
    expect([...HOST_CHANNELS].sort()).toEqual(expected.sort());
    expect(HOST_CHANNELS).toContain('host:files.open');
  });

  it('round-trips every method of the contract', async () => {
    const { client } = connect();
    expect(await client.app.getInfo()).toEqual({ version: '9.9.9', host: 'memory', platform: 'test', canShowOpenDialog: false });
    expect(await client.case.getStartupFiles()).toEqual([REF]);
    expect(await client.files.showOpenDialog()).toEqual([]);
    expect(await client.files.open('/x/y.scap')).toEqual({ ...REF, path: '/x/y.scap' });
  });

  it('builds a client method for every contract entry', () => {
    const { client } = connect();
    for (const [service, methods] of Object.entries(HOST_CONTRACT)) {
      for (const method of Object.keys(methods)) {
        expect(typeof (client as unknown as Record<string, Record<string, unknown>>)[service][method]).toBe('function');
      }
    }
  });

  it('rejects bad arguments with code bad-arguments and never calls the service', async () => {
    const open = vi.fn(async (path: string) => ({ ...REF, path }));
    const { invoker } = connect(fakeServices({ open }));
    const client = createHostClient(invoker);
    const empty = await rejection(client.files.open(''));
    expect(empty.code).toBe('bad-arguments');
    expect((await rejection(invoker.invoke('host:files.open', [42]))).code).toBe('bad-arguments');
    expect((await rejection(invoker.invoke('host:files.open', ['/a', '/b']))).code).toBe('bad-arguments');
    expect(open).not.toHaveBeenCalled();
  });

  it('rejects an unknown channel with code unknown-channel', async () => {
    const { invoker } = connect();
    const error = await rejection(invoker.invoke('host:files.delete', ['/etc/passwd']));
    expect(error.code).toBe('unknown-channel');
    expect((await rejection(invoker.invoke('host:__proto__.constructor', []))).code).toBe('unknown-channel');
  });

  it('serializes thrown errors as name, code and message without a stack', async () => {
    const open = async () => {
      throw new HostError('file-not-found', 'no such file: /nope', 'UserError');
    };
    const { client } = connect(fakeServices({ open }));
    const error = await rejection(client.files.open('/nope'));
    expect({ name: error.name, code: error.code, message: error.message }).toEqual({ name: 'UserError', code: 'file-not-found', message: 'no such file: /nope' });
  });

  it('reports a non-HostError as code internal and tells onError, and the wire carries no stack', async () => {
    const [clientSide, hostSide] = createMemoryTransportPair();
    const seen: WireMessage[] = [];
    clientSide.onMessage((m) => seen.push(m));
    const errors: unknown[] = [];
    serveHost(hostSide, fakeServices({ open: async () => { throw new TypeError('boom'); } }), { onError: (e) => errors.push(e) });
    const error = await rejection(createHostClient(invokerFromTransport(clientSide)).files.open('/a'));
    expect(error.code).toBe('internal');
    expect(error.message).toBe('boom');
    expect(errors).toHaveLength(1);
    expect(JSON.stringify(seen)).not.toContain('at ');
    expect(seen[0]).toEqual({ type: 'response', id: 1, ok: false, error: { name: 'TypeError', code: 'internal', message: 'boom' } });
  });

  it('validates results on the client', async () => {
    const services = fakeServices({ open: async () => ({ id: 'x' }) as unknown as FileRef });
    const { client } = connect(services);
    expect((await rejection(client.files.open('/a'))).code).toBe('bad-result');
  });

  it('delivers validated events and drops invalid ones', async () => {
    const { client, hostSide } = connect();
    const received: FileRef[][] = [];
    const off = client.on('onOpenFiles', (files) => received.push(files));
    emitHostEvent(hostSide, 'onOpenFiles', [REF]);
    expect(() => emitHostEvent(hostSide, 'onOpenFiles', [{ id: 1 }] as unknown as FileRef[])).toThrow(HostError);
    hostSide.send({ type: 'event', name: 'onOpenFiles', payload: 'not a list' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(received).toEqual([[REF]]);
    off();
    emitHostEvent(hostSide, 'onOpenFiles', [REF]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(received).toHaveLength(1);
  });

  it('answers a malformed request with bad-request', async () => {
    const { clientSide } = connect();
    const answer = new Promise<WireMessage>((resolve) => clientSide.onMessage(resolve));
    clientSide.send({ type: 'request', id: 7, channel: 'host:app.getInfo', args: 'nope' } as unknown as WireMessage);
    expect(await answer).toMatchObject({ type: 'response', id: 7, ok: false, error: { code: 'bad-request' } });
  });

  it('rejects pending and later calls when the transport closes', async () => {
    const never = new Promise<FileRef>(() => undefined);
    const { client, clientSide } = connect(fakeServices({ open: () => never }));
    const call = client.files.open('/slow');
    await new Promise((resolve) => setTimeout(resolve, 0));
    clientSide.close();
    expect((await rejection(call)).code).toBe('transport-closed');
    expect((await rejection(client.app.getInfo())).code).toBe('transport-closed');
  });

  it('turns wire-shaped rejections of any invoker into HostErrors', async () => {
    const invoker: HostInvoker = {
      invoke: () => Promise.reject({ name: 'HostError', code: 'forbidden-sender', message: 'not the app frame' }),
      onEvent: () => () => undefined,
    };
    const error = await rejection(createHostClient(invoker).app.getInfo());
    expect(error.code).toBe('forbidden-sender');
  });
});
