import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecordBatch } from 'apache-arrow';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { K8sAuditReader } from '../../parsers/k8saudit/k8saudit-reader.js';
import { collect, utf8 } from '../../parsers/test-support.js';
import { toIpcStream } from '../load/ipc-stream.js';
import { WasmNodeConnection } from '../node/wasm-node-connection.js';
import { createEventsTableSql } from '../schema/ddl.js';
import {
  applyK8sStagePolicy, countK8sStages, describeK8sStageCounts, k8sStagePolicySql, type K8sStagePolicy,
} from './k8s-stages.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const execSample = path.resolve(repoRoot, '../shared/data/k8saudit/falco_k8s_audit_exec_pod.json');

const t0 = Date.UTC(2024, 4, 1, 10, 0, 0);
const stamp = (ms: number) => new Date(t0 + ms).toISOString().replace('Z', '123Z'); // microseconds
function stage(auditID: string, stageName: string | undefined, ms: number, over: Record<string, unknown> = {}): string {
  return JSON.stringify({
    kind: 'Event', apiVersion: 'audit.k8s.io/v1', level: 'Metadata', auditID, stage: stageName, verb: 'get', requestURI: `/api/v1/x/${auditID}`,
    user: { username: 'alice' }, sourceIPs: ['10.0.0.1'], requestReceivedTimestamp: stamp(0), stageTimestamp: stamp(ms), ...over,
  });
}

/**
 * Requests: a (3 stages, complete), b (RequestReceived + ResponseStarted: an exec still open),
 * c (RequestReceived + Panic), d (one ResponseComplete), e (ResponseComplete written twice),
 * f (RequestReceived only), plus one event without an auditID and one with an unknown stage.
 */
const SYNTHETIC = [
  stage('a', 'RequestReceived', 0), stage('b', 'RequestReceived', 1), stage('a', 'ResponseStarted', 2), stage('a', 'ResponseComplete', 3),
  stage('c', 'RequestReceived', 4), stage('b', 'ResponseStarted', 5), stage('c', 'Panic', 6), stage('d', 'ResponseComplete', 7),
  stage('e', 'ResponseComplete', 8), stage('e', 'ResponseComplete', 8), stage('f', 'RequestReceived', 9),
  stage('', 'ResponseComplete', 10, { auditID: undefined }), stage('g', 'Weird', 11), stage('g', 'RequestReceived', 12),
].join('\n');

async function batchesOf(bytes: Uint8Array, sourceId: number, evtNumBase: number): Promise<RecordBatch[]> {
  const { events, summary } = await collect(bytes, 0, { kind: 'k8saudit', sourceId, evtNumBase }, (o, s) => new K8sAuditReader(o, s));
  expect(summary.warningCount).toBe(0);
  return events.flatMap((e) => (e.type === 'batch' ? [e.batch] : []));
}

let conn: WasmNodeConnection;
beforeAll(async () => {
  conn = await WasmNodeConnection.open();
  await conn.query(createEventsTableSql());
  await conn.insertArrowIpc('events', toIpcStream(await batchesOf(utf8(SYNTHETIC), 1, 0)));
  await conn.insertArrowIpc('events', toIpcStream(await batchesOf(utf8(SYNTHETIC), 2, 100)));
  // a hidden row of another kind: never touched
  await conn.query("INSERT INTO events (evt_num, source_id, source_kind, request_id, hidden) VALUES (500, 3, 'scap', 'a', true), (501, 3, 'scap', 'a', false)");
});
afterAll(async () => { await conn.close(); });
// every test starts from the rows as loaded: nothing hidden
beforeEach(async () => { await applyK8sStagePolicy(conn, 'all'); });

/** `auditID:stage` of the visible rows of source 1, in evt_num order. */
async function visible(sourceId = 1): Promise<string[]> {
  const result = await conn.query("SELECT coalesce(request_id, '-') || ':' || coalesce(attrs['ka.stage'][1], '') AS k FROM events WHERE source_id = ? AND hidden IS NOT TRUE ORDER BY evt_num", [sourceId]);
  return result.toRows().map((r) => String(r.k));
}

async function otherKinds(): Promise<unknown[]> {
  return (await conn.query('SELECT evt_num, hidden FROM events WHERE source_id = 3 ORDER BY evt_num')).toRows().map((r) => [r.evt_num, r.hidden]);
}

describe('k8s stage policy on duckdb-wasm', () => {
  it('the reader keeps every stage row and hides none', async () => {
    expect(await visible()).toHaveLength(14);
    expect(await countK8sStages(conn, { sourceId: 1 })).toMatchObject({ rows: 14, hidden: 0, requests: 7 });
  });

  it('response-complete: ResponseComplete, else the latest stage; one row per auditID; rows without auditID kept', async () => {
    const counts = await applyK8sStagePolicy(conn, 'response-complete', { sourceId: 1 });
    expect(await visible()).toEqual(['a:ResponseComplete', 'b:ResponseStarted', 'c:Panic', 'd:ResponseComplete', 'e:ResponseComplete', 'f:RequestReceived', '-:ResponseComplete', 'g:RequestReceived']);
    expect((await conn.query("SELECT evt_num FROM events WHERE source_id = 1 AND request_id = 'e' AND hidden IS NOT TRUE")).toRows()).toEqual([{ evt_num: 9n }]);
    expect(counts).toEqual({
      rows: 14, hidden: 6, requests: 7,
      byStage: {
        Panic: { rows: 1, hidden: 0 }, RequestReceived: { rows: 5, hidden: 3 }, ResponseComplete: { rows: 5, hidden: 1 },
        ResponseStarted: { rows: 2, hidden: 1 }, Weird: { rows: 1, hidden: 1 },
      },
    });
    expect(describeK8sStageCounts(counts, 'response-complete')).toBe(
      '6 of 14 Kubernetes audit rows (7 requests) are hidden by the stage policy "response-complete" (RequestReceived 3, ResponseComplete 1, ResponseStarted 1, Weird 1); show them with evt.hidden or the policy "all"');
    // the other k8saudit source and the other kind are untouched
    expect(await visible(2)).toHaveLength(14);
    expect(await otherKinds()).toEqual([[500n, true], [501n, false]]);
  });

  it('request-received: RequestReceived, else the earliest stage', async () => {
    await applyK8sStagePolicy(conn, 'request-received', { sourceId: 1 });
    expect(await visible()).toEqual(['a:RequestReceived', 'b:RequestReceived', 'c:RequestReceived', 'd:ResponseComplete', 'e:ResponseComplete', 'f:RequestReceived', '-:ResponseComplete', 'g:RequestReceived']);
  });

  it('switching policies on every source, and back to all, shows every row again', async () => {
    const policies: K8sStagePolicy[] = ['response-complete', 'request-received', 'all'];
    const hidden: number[] = [];
    for (const policy of policies) hidden.push((await applyK8sStagePolicy(conn, policy)).hidden);
    expect(hidden).toEqual([12, 12, 0]);
    expect(await visible(1)).toHaveLength(14);
    expect(await otherKinds()).toEqual([[500n, true], [501n, false]]);
    await applyK8sStagePolicy(conn);
    expect(await visible(2)).toEqual(await visible(1));
    expect(await visible(2)).toHaveLength(8);
  });

  it('the default policy leaves a single-stage real sample as it is', async () => {
    if (!existsSync(execSample)) { console.warn(`skipped: ${execSample} is absent`); return; }
    await conn.insertArrowIpc('events', toIpcStream(await batchesOf(new Uint8Array(readFileSync(execSample)), 4, 1000)));
    const counts = await applyK8sStagePolicy(conn, undefined, { sourceId: 4 });
    expect(counts).toEqual({ rows: 1, hidden: 0, requests: 1, byStage: { ResponseStarted: { rows: 1, hidden: 0 } } });
    expect(describeK8sStageCounts(counts, 'response-complete')).toBeNull();
  });

  it('builds SQL with bound parameters only and rejects unknown policies and bad source ids', () => {
    const [reset, hide] = k8sStagePolicySql('response-complete', { sourceId: 7 });
    expect(reset.params).toEqual([7]);
    expect(hide.params).toEqual([7]);
    expect(hide.sql).not.toContain('7');
    expect(k8sStagePolicySql('all')).toHaveLength(1);
    expect(() => k8sStagePolicySql('latest' as K8sStagePolicy)).toThrow(/unknown k8s stage policy/);
    expect(() => k8sStagePolicySql('all', { sourceId: 1.5 })).toThrow(RangeError);
  });

  it('a failing statement rolls the whole policy back', async () => {
    await applyK8sStagePolicy(conn, 'response-complete', { sourceId: 1 });
    const failing = {
      query: (sql: string, params?: readonly unknown[]) => (sql.startsWith('UPDATE events SET hidden = true') ? Promise.reject(new Error('boom')) : conn.query(sql, params as never)),
      insertArrowIpc: conn.insertArrowIpc.bind(conn), close: async () => {},
    };
    await expect(applyK8sStagePolicy(failing, 'request-received', { sourceId: 1 })).rejects.toThrow('boom');
    expect(await visible()).toHaveLength(8);
    expect(await visible()).toContain('a:ResponseComplete');
  });
});
