import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventDetails, LoadInput } from '../api.js';
import type { Engine } from '../engine.js';
import { createNodeEngine, fileInput } from '../node/index.js';

const DATA = path.resolve(__dirname, '../../../shared/data');
const PLAIN = path.join(DATA, 'scap/sysdigworkshop_nginx_container.scap');
const GZIP = path.join(DATA, 'scap/falco_open_multiple_files.scap.gz');
/** gzip bytes under a .scap name */
const GZIP_AS_SCAP = path.join(DATA, 'scap/curl_google.scap');
const STRACE = path.join(DATA, 'strace/survol_find_grep_-f-tt-T.strace.log');
const FILES = [PLAIN, GZIP, GZIP_AS_SCAP, STRACE];
const HAS_DATA = FILES.every((f) => existsSync(f));
if (!HAS_DATA) console.warn(`skipped: ${FILES.join(', ')} absent (../shared/data is not beside this clone)`);

let engine: Engine | undefined;
afterEach(async () => { await engine?.close(); engine = undefined; });

/** The file's bytes through `open()` only (no readRange): the stream-and-skip path. */
function streamOnly(file: string): LoadInput {
  return { name: path.basename(file), open: async function* () { yield new Uint8Array(readFileSync(file)); } };
}

function joined(details: EventDetails): string {
  return details.params.map((p) => `${p.name}=${p.rendered} `).join('');
}

/** Every scap event of the engine: details decoded from the file must give the row's args. */
async function expectDetailsMatchArgs(e: Engine, sourceId: number): Promise<number> {
  const view = await e.openView(`source.id == ${sourceId}`, undefined, { includeHidden: true });
  if (!view.ok) throw new Error('view');
  const rows = await e.getRows(view.view.viewId, 0, view.view.rowCount, ['evt.num', 'evt.args']);
  let checked = 0;
  for (const row of rows.filter((_, i) => i % 7 === 0)) {
    const details = await e.getEventDetails(Number(row['evt.num']));
    expect(details?.error).toBeUndefined();
    if (row['evt.args'] === null) continue;
    expect(joined(details!), `evt ${String(row['evt.num'])}`).toBe(row['evt.args']);
    checked++;
  }
  return checked;
}

describe.skipIf(!HAS_DATA)('Engine.getEventDetails', () => {
  it('decodes scap events of plain and gzip files, seekable or streamed, and nothing for strace', async () => {
    const e = engine = await createNodeEngine();
    const plain = await e.loadSource(await fileInput(PLAIN));
    const gzip = await e.loadSource(await fileInput(GZIP));
    const gzipAsScap = await e.loadSource(await fileInput(GZIP_AS_SCAP));
    const streamed = await e.loadSource(streamOnly(PLAIN));
    const strace = await e.loadSource(await fileInput(STRACE));
    expect([plain, gzip, gzipAsScap, streamed, strace].map((s) => [s.status, s.kind])).toEqual([
      ['done', 'scap'], ['done', 'scap'], ['done', 'scap'], ['done', 'scap'], ['done', 'strace'],
    ]);
    for (const source of [plain, gzip, gzipAsScap, streamed]) expect(await expectDetailsMatchArgs(e, source.id)).toBeGreaterThan(10);

    // sysdig -r sysdigworkshop_nginx_container.scap: evt 69 is `open` < fd=11(<f>/usr/share/nginx/html/index.html) … flags=65(O_NONBLOCK|O_RDONLY)
    const open = await e.getEventDetails(69);
    expect(open?.params.find((p) => p.name === 'flags')).toMatchObject({ type: 'PT_FLAGS32', raw: '65', rendered: '65(O_NONBLOCK|O_RDONLY)' });
    expect(open?.params.find((p) => p.name === 'fd')).toMatchObject({ type: 'PT_FD', raw: '11', rendered: '11(<f>/usr/share/nginx/html/index.html)' });

    const firstStrace = plain.events + gzip.events + gzipAsScap.events + streamed.events + 1;
    expect((await e.getEvent(firstStrace))?.['source.kind']).toBe('strace');
    expect(await e.getEventDetails(firstStrace)).toBeNull();
    expect(await e.getEventDetails(10_000_000)).toBeNull();
  }, 60_000);

  it('says so when the file changed under the case and when its source was removed', async () => {
    const e = engine = await createNodeEngine();
    const bytes = new Uint8Array(readFileSync(PLAIN));
    let cut = false;
    const source = await e.loadSource({
      name: 'changing.scap',
      open: async function* () { yield cut ? bytes.subarray(0, 1000) : bytes; },
      readRange: async (start, end) => (cut ? bytes.subarray(0, 1000) : bytes).slice(start, end),
    });
    cut = true;
    const last = await e.getEventDetails(source.events);
    expect(last).toEqual({ params: [], error: expect.stringMatching(/^the event's bytes could not be read: changing.scap ends before the record at bytes \d+–\d+/) });
    await e.removeSource(source.id);
    expect(await e.getEventDetails(source.events)).toBeNull();
  }, 60_000);
});
