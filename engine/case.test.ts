/**
 * One case across many real sources (issue 4): every sample of ../shared/data sniffed by content
 * into its kind, merged into one timeline, filtered with the same fields across kinds.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoadInput } from './api.js';
import type { Engine } from './engine.js';
import { createNodeEngine, fileInput } from './node/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const hasData = existsSync(dataDir);
if (!hasData) console.warn(`skipping the multi-source case tests: ${dataDir} is absent`);

/** The kind each folder of ../shared/data holds (other/ is mixed and left out). */
const FOLDER_KINDS: Readonly<Record<string, string>> = {
  scap: 'scap', strace: 'strace', auditd: 'auditd', cloudtrail: 'cloudtrail', k8saudit: 'k8saudit', gcpaudit: 'gcpaudit',
  azure: 'azure', okta: 'okta', github: 'github', falco: 'falco', tetragon: 'tetragon',
};

let engine: Engine | undefined;
afterEach(async () => { await engine?.close(); engine = undefined; });

const memoryInput = (name: string, text: string): LoadInput => ({
  name, size: text.length, open: async function* () { yield new TextEncoder().encode(text); },
});

describe.skipIf(!hasData)('a case of many kinds (../shared/data)', () => {
  it('sniffs every sample by its content into the kind of its folder, without errors', async () => {
    engine = await createNodeEngine();
    const seen: [string, string | undefined, string][] = [];
    for (const [folder, kind] of Object.entries(FOLDER_KINDS)) {
      for (const file of readdirSync(path.join(dataDir, folder)).sort()) {
        if (folder === 'strace' || folder === 'scap') continue; // their own suites read every file
        const source = await engine.loadSource(await fileInput(path.join(dataDir, folder, file)));
        seen.push([`${folder}/${file}`, source.kind, source.status]);
        expect([`${folder}/${file}`, source.kind, source.status]).toEqual([`${folder}/${file}`, kind, 'done']);
      }
    }
    expect(seen.length).toBeGreaterThan(30);
    const lidds = await engine.loadSource(await fileInput(path.join(dataDir, 'other/lidds_aggressive_nightingale_1018_exploit.sc')));
    expect([lidds.kind, lidds.status]).toEqual(['sysdig-text', 'done']);
  }, 240_000);

  it('merges a capture, audit logs and cloud logs into one timeline, and the same filter works across them', async () => {
    engine = await createNodeEngine();
    const files = [
      'scap/curl_google.scap', 'auditd/laurel_perl_reverse_shell.log', 'k8saudit/falco_k8s_audit_exec_pod.json',
      'cloudtrail/stratus_aws.defense-evasion.cloudtrail-stop.json', 'tetragon/tetragon_privileged_pod_nsenter.json',
    ];
    for (const file of files) expect((await engine.loadSource(await fileInput(path.join(dataDir, file)))).status).toBe('done');
    const all = await engine.openView('');
    if (!all.ok) throw new Error('view failed');
    expect(all.view.order).toBe('time');
    const rows = await engine.getRows(all.view.viewId, 0, all.view.rowCount, ['evt.rawtime', 'source.kind']);
    const times = rows.map((r) => r['evt.rawtime'] as bigint | null).filter((t): t is bigint => t !== null);
    expect(times).toEqual([...times].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(rows.map((r) => r['source.kind']))).toEqual(new Set(['scap', 'auditd', 'k8saudit', 'cloudtrail', 'tetragon']));

    // one vocabulary: proc.name from a capture, an audit log and Tetragon; cloud.actor from API logs
    const perl = await engine.openView('proc.name = perl');
    expect(perl.ok && perl.view.rowCount).toBeGreaterThan(0);
    const nsenter = await engine.openView('proc.name = nsenter');
    expect(nsenter.ok && nsenter.view.rowCount).toBeGreaterThan(0);
    const exec = await engine.openView('ka.session = exec and ka.uri.param[command] = bash');
    if (!exec.ok) throw new Error(exec.diagnostics[0]?.message);
    expect(exec.view.rowCount).toBe(1);
    const stop = await engine.openView('ct.name = StopLogging and cloud.actor');
    expect(stop.ok && stop.view.rowCount).toBe(1);
    const event = await engine.getEvent(Number((await engine.getRows(exec.view.viewId, 0, 1, ['evt.num']))[0]['evt.num']));
    expect(event).toMatchObject({ 'ka.verb': 'create', 'k8s.ns.name': 'default', 'source.kind': 'k8saudit' });

    // hiding a source takes its rows out of every view, without unloading them
    const trail = engine.listSources().find((s) => s.kind === 'cloudtrail')!;
    await engine.setSourceHidden(trail.id, true);
    const hidden = await engine.openView('ct.name = StopLogging');
    expect(hidden.ok && hidden.view.rowCount).toBe(0);
  }, 120_000);

  it('keeps one row per k8s audit request by the stage policy, hiding (not dropping) the others', async () => {
    engine = await createNodeEngine();
    const event = (id: string, stage: string, second: number) => JSON.stringify({
      kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'Metadata', auditID: id, stage, requestURI: '/api/v1/namespaces/default/pods',
      verb: 'list', user: { username: 'alice' }, sourceIPs: ['10.0.0.9'],
      requestReceivedTimestamp: '2026-11-20T10:00:00.000000Z', stageTimestamp: `2026-11-20T10:00:0${second}.000000Z`,
    });
    const text = [event('a', 'RequestReceived', 0), event('a', 'ResponseComplete', 1), event('b', 'RequestReceived', 2), event('b', 'ResponseStarted', 3)].join('\n');
    const source = await engine.loadSource(memoryInput('audit.jsonl', text));
    expect([source.kind, source.events]).toEqual(['k8saudit', 4]);
    expect(source.notes?.[0]).toMatch(/2 of 4 Kubernetes audit rows/);
    const shown = await engine.openView('');
    if (!shown.ok) throw new Error('view failed');
    expect((await engine.getRows(shown.view.viewId, 0, 10, ['ka.stage'])).map((r) => r['ka.stage'])).toEqual(['ResponseComplete', 'ResponseStarted']);
    await engine.setK8sStagePolicy('all');
    const every = await engine.openView('');
    expect(every.ok && every.view.rowCount).toBe(4);
    expect(engine.listSources()[0].notes).toEqual([]);
    await expect(engine.setK8sStagePolicy('newest' as never)).rejects.toThrow(/unknown stage policy/);
  }, 60_000);
});
