/**
 * Stage policy of Kubernetes audit sources. The API server writes one audit event per stage of a
 * request (RequestReceived, ResponseStarted for long-running calls such as exec and watch,
 * ResponseComplete, or Panic), all with the request's auditID. The k8saudit reader keeps every
 * one as a row; this module chooses which row stands for the request by setting `hidden` on the
 * others, so the timeline shows one row per request and nothing is deleted: the hidden rows stay
 * reachable with `evt.hidden`, the "all" policy, and {@link countK8sStages} says how many there are.
 *
 * Policies, per source and auditID (`request_id`):
 * - `response-complete` (default): the ResponseComplete row, else the latest stage (Panic, then
 *   ResponseStarted, then RequestReceived; an exec that never completed keeps its
 *   ResponseStarted row);
 * - `request-received`: the RequestReceived row, else the earliest stage;
 * - `all`: every row shown.
 * Among rows of the same stage (a duplicated record, a client-chosen Audit-ID reused) the latest
 * `ts`, then the first in the file, is kept. Rows without an auditID are never hidden. Rows of
 * other source kinds are never touched.
 */
import type { SqlConnection, SqlParam } from '../sql/index.js';

/** Which stage row stands for a request. */
export type K8sStagePolicy = 'response-complete' | 'request-received' | 'all';

/** The policy applied when the user has not chosen one. */
export const DEFAULT_K8S_STAGE_POLICY: K8sStagePolicy = 'response-complete';

/** Every policy, for a settings menu. */
export const K8S_STAGE_POLICIES: readonly K8sStagePolicy[] = ['response-complete', 'request-received', 'all'];

/** One statement with its bound parameters. */
export interface SqlStatement {
  readonly sql: string;
  readonly params: readonly SqlParam[];
}

/** Which k8saudit rows a statement covers: one source, or (absent) every k8saudit source. */
export interface K8sStageScope {
  readonly sourceId?: number;
}

/** Rows per stage of the k8saudit sources in scope, and how many of them are hidden. */
export interface K8sStageCounts {
  readonly rows: number;
  readonly hidden: number;
  /** distinct (source, auditID) pairs: the requests */
  readonly requests: number;
  /** per `ka.stage` value ('' for rows without one): rows and hidden rows */
  readonly byStage: Readonly<Record<string, { readonly rows: number; readonly hidden: number }>>;
}

const STAGE = "attrs['ka.stage'][1]";
/** Order of the stages in a request's life; unknown stages are NULL (sorted last). */
const STAGE_RANK = `CASE ${STAGE} WHEN 'RequestReceived' THEN 1 WHEN 'ResponseStarted' THEN 2 WHEN 'ResponseComplete' THEN 3 WHEN 'Panic' THEN 4 END`;

/** ORDER BY of the window that ranks a request's rows: the kept row comes first. */
const ORDER: Record<Exclude<K8sStagePolicy, 'all'>, string> = {
  'response-complete': `CASE WHEN ${STAGE} = 'ResponseComplete' THEN 0 ELSE 1 END, ${STAGE_RANK} DESC NULLS LAST, ts DESC NULLS LAST, evt_num`,
  'request-received': `CASE WHEN ${STAGE} = 'RequestReceived' THEN 0 ELSE 1 END, ${STAGE_RANK} ASC NULLS LAST, ts DESC NULLS LAST, evt_num`,
};

function scopeClause(scope: K8sStageScope): { sql: string; params: SqlParam[] } {
  if (scope.sourceId === undefined) return { sql: '', params: [] };
  if (!Number.isSafeInteger(scope.sourceId)) throw new RangeError(`sourceId must be an integer, got ${scope.sourceId}`);
  return { sql: ' AND source_id = ?', params: [scope.sourceId] };
}

/**
 * The statements that apply `policy` to the k8saudit rows in scope, to run in order (in one
 * transaction): un-hide every row, then hide all but the chosen row of each request.
 */
export function k8sStagePolicySql(policy: K8sStagePolicy, scope: K8sStageScope = {}): SqlStatement[] {
  const where = scopeClause(scope);
  const reset: SqlStatement = {
    sql: `UPDATE events SET hidden = false WHERE source_kind = 'k8saudit' AND hidden${where.sql}`,
    params: where.params,
  };
  if (policy === 'all') return [reset];
  const order = ORDER[policy];
  if (order === undefined) throw new RangeError(`unknown k8s stage policy ${JSON.stringify(policy)}`);
  const hide: SqlStatement = {
    sql: `UPDATE events SET hidden = true FROM (
  SELECT source_id AS sid, evt_num AS num, row_number() OVER (PARTITION BY source_id, request_id ORDER BY ${order}) AS pick
  FROM events
  WHERE source_kind = 'k8saudit' AND request_id IS NOT NULL${where.sql}
) AS ranked
WHERE ranked.pick > 1 AND events.source_id = ranked.sid AND events.evt_num = ranked.num`,
    params: where.params,
  };
  return [reset, hide];
}

/** The statements of {@link countK8sStages}: rows and hidden rows per stage, then distinct requests. */
export function k8sStageCountSql(scope: K8sStageScope = {}): { readonly byStage: SqlStatement; readonly requests: SqlStatement } {
  const where = scopeClause(scope);
  return {
    byStage: {
      sql: `SELECT coalesce(${STAGE}, '') AS stage, count(*) AS rows, count(*) FILTER (WHERE hidden) AS hidden
FROM events WHERE source_kind = 'k8saudit'${where.sql} GROUP BY 1 ORDER BY 1`,
      params: where.params,
    },
    requests: {
      sql: `SELECT count(*) AS requests FROM (SELECT DISTINCT source_id, request_id FROM events WHERE source_kind = 'k8saudit' AND request_id IS NOT NULL${where.sql})`,
      params: where.params,
    },
  };
}

/** Counts the k8saudit rows in scope per stage, hidden or not. */
export async function countK8sStages(conn: SqlConnection, scope: K8sStageScope = {}, signal?: AbortSignal): Promise<K8sStageCounts> {
  const sql = k8sStageCountSql(scope);
  const stages = await conn.query(sql.byStage.sql, sql.byStage.params, signal);
  const byStage: Record<string, { rows: number; hidden: number }> = {};
  let rows = 0;
  let hidden = 0;
  for (const r of stages.toRows()) {
    const entry = { rows: Number(r.rows), hidden: Number(r.hidden) };
    byStage[String(r.stage)] = entry;
    rows += entry.rows;
    hidden += entry.hidden;
  }
  const requests = await conn.query(sql.requests.sql, sql.requests.params, signal);
  return { rows, hidden, requests: Number(requests.get(0, 0)), byStage };
}

/**
 * Applies `policy` to the k8saudit rows in scope in one transaction and returns the counts after
 * it. Call after a k8saudit source finished loading (scope: that source) and when the user
 * changes the policy (no scope: every k8saudit source).
 */
export async function applyK8sStagePolicy(
  conn: SqlConnection, policy: K8sStagePolicy = DEFAULT_K8S_STAGE_POLICY, scope: K8sStageScope = {}, signal?: AbortSignal,
): Promise<K8sStageCounts> {
  const statements = k8sStagePolicySql(policy, scope);
  await conn.query('BEGIN TRANSACTION', [], signal);
  try {
    for (const s of statements) await conn.query(s.sql, s.params, signal);
    await conn.query('COMMIT');
  } catch (error) {
    await conn.query('ROLLBACK');
    throw error;
  }
  return countK8sStages(conn, scope, signal);
}

/**
 * One line for the source's notices, e.g. `40 of 107 Kubernetes audit rows (67 requests) are
 * hidden by the stage policy "response-complete" (RequestReceived 38, ResponseStarted 2); show
 * them with evt.hidden or the policy "all"`; null when nothing is hidden.
 */
export function describeK8sStageCounts(counts: K8sStageCounts, policy: K8sStagePolicy): string | null {
  if (counts.hidden === 0) return null;
  const parts = Object.entries(counts.byStage).filter(([, c]) => c.hidden > 0).map(([stage, c]) => `${stage || 'no stage'} ${c.hidden}`);
  return `${counts.hidden} of ${counts.rows} Kubernetes audit rows (${counts.requests} requests) are hidden by the stage policy "${policy}" `
    + `(${parts.join(', ')}); show them with evt.hidden or the policy "all"`;
}
