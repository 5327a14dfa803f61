import { describe, expect, it } from 'vitest';
import { fileRefToLoadInput, fileToLoadInput, iterateStream } from './load-input';

async function collect(iterable: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const part of iterable) parts.push(part);
  return Buffer.concat(parts).toString('utf8');
}

describe('load inputs', () => {
  it('streams a File in chunks and can be opened twice', async () => {
    const file = new File(['hello ', 'world'], 'a.log');
    const input = fileToLoadInput(file);
    expect(input).toMatchObject({ name: 'a.log', size: 11 });
    expect(await collect(input.open())).toBe('hello world');
    expect(await collect(input.open())).toBe('hello world');
  });

  it('reads a byte range of a File without streaming it', async () => {
    const input = fileToLoadInput(new File(['hello ', 'world'], 'a.log'));
    expect(new TextDecoder().decode(await input.readRange!(2, 7))).toBe('llo w');
    expect(new TextDecoder().decode(await input.readRange!(9, 20))).toBe('ld');
  });

  it('cancels the underlying stream when the consumer stops early', async () => {
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) { controller.enqueue(new Uint8Array([1, 2, 3])); },
      cancel() { cancelled = true; },
    });
    for await (const chunk of iterateStream(stream)) { expect(chunk.length).toBe(3); break; }
    expect(cancelled).toBe(true);
  });

  it('fetches a host FileRef and reports an HTTP failure with the file name', async () => {
    const ref = { id: '1', path: '/x/b.log', name: 'b.log', size: 3, url: 'http://h/files/1' };
    const ok = fileRefToLoadInput(ref, async () => new Response('abc'));
    expect(await collect(ok.open())).toBe('abc');
    const missing = fileRefToLoadInput(ref, async () => new Response('no', { status: 404, statusText: 'Not Found' }));
    await expect(collect(missing.open())).rejects.toThrow('b.log: the host answered 404 Not Found');
  });
});
