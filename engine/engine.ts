/**
 * The engine: one case held in DuckDB (`events`, `sources`, view tables) behind {@link EngineApi}.
 *
 * Loads run one at a time so each gets an evt_num base right after the previous one's last
 * event, keeping evt_num unique and dense across the case. Parsing happens wherever the
 * {@link ParseRunner} puts it (in-process in Node, a Web Worker in the browser).
 */
import type {
  CompiledFilter, EngineApi, EventDetails, EventRow, FieldInfo, FilterDiagnostic, LoadInput, LoadOptions, SourceInfo, ViewInfo, ViewOptions,
} from './api.js';
import { EventBytesReader } from './details/event-bytes.js';
import { eventDetails } from './details/event-details.js';
import { compileFilter } from './filter/index.js';
import {
  DEFAULT_K8S_STAGE_POLICY, K8S_STAGE_POLICIES, applyK8sStagePolicy, describeK8sStageCounts, type K8sStagePolicy,
} from './derive/k8s-stages.js';
import { loadSource } from './load/load-source.js';
import type { ParseRunner } from './load/load-event.js';
import { FIELD_CATALOG, createEventsTableSql, createSourcesTableSql, resolveDynamicField } from './schema/index.js';
import type { SqlConnection } from './sql/index.js';
import { createView, dropView, fetchWindow, selectList, type ViewOrder, type ViewRecord } from './views.js';

/** How many views stay open: the newest and the one before (rows may still be read from it). */
const VIEWS_KEPT = 2;

/** {@link EngineApi} over a {@link SqlConnection}. */
export class Engine implements EngineApi {
  readonly fields: readonly FieldInfo[] = FIELD_CATALOG;
  private readonly ready: Promise<void>;
  private readonly sources = new Map<number, SourceInfo>();
  private readonly views = new Map<number, ViewRecord>();
  /** each source's input, to read an event's bytes back for its details */
  private readonly eventBytes = new EventBytesReader();
  private loads: Promise<unknown> = Promise.resolve();
  private nextSourceId = 1;
  private nextViewId = 1;
  private stagePolicy: K8sStagePolicy = DEFAULT_K8S_STAGE_POLICY;
  /** highest evt_num ever loaded */
  private evtNumHigh = 0;

  constructor(private readonly conn: SqlConnection, private readonly runner: ParseRunner) {
    this.ready = this.createTables();
  }

  /** Loads one input; resolves when it is done, failed or cancelled (never rejects for those). */
  async loadSource(input: LoadInput, options: LoadOptions = {}): Promise<SourceInfo> {
    const sourceId = this.nextSourceId++;
    const forced = options.kind ? { kind: options.kind, kindForced: true } : {};
    this.sources.set(sourceId, { ...queuedSource(sourceId, input), ...forced });
    this.eventBytes.remember(sourceId, input);
    const run = async (): Promise<SourceInfo> => {
      try {
        await this.ready;
        const evtNumBase = Math.max(await this.maxEvtNum(), this.evtNumHigh);
        await this.conn.query('INSERT INTO sources VALUES (?, ?, ?, NULL)', [sourceId, input.name, input.path ?? null]);
        const update = (info: SourceInfo): SourceInfo => {
          const merged = { ...info, ...forced, hidden: this.sources.get(sourceId)?.hidden };
          if (this.sources.has(sourceId)) this.sources.set(sourceId, merged);
          return merged;
        };
        let info = update(await loadSource({ conn: this.conn, runner: this.runner, input, sourceId, evtNumBase, ...options, update }));
        if (info.kind === 'k8saudit' && info.events > 0) info = update({ ...info, notes: await this.applyStagePolicy(sourceId) });
        // numbers of removed sources are never given again (marks and comments refer to them)
        this.evtNumHigh = Math.max(this.evtNumHigh, await this.maxEvtNum());
        return info;
      } catch (error) {
        const message = `${input.name}: ${error instanceof Error ? error.message : String(error)}`;
        const info: SourceInfo = { ...queuedSource(sourceId, input), status: 'error', error: { code: 'io', message } };
        this.sources.set(sourceId, info);
        return info;
      }
    };
    const result = this.loads.then(run, run);
    this.loads = result;
    return result;
  }

  /** How Kubernetes audit stage rows are kept (the others are hidden, never dropped). */
  get k8sStagePolicy(): K8sStagePolicy {
    return this.stagePolicy;
  }

  /** Applies another stage policy to every k8saudit source; their notes say what is hidden. */
  async setK8sStagePolicy(policy: K8sStagePolicy): Promise<void> {
    if (!K8S_STAGE_POLICIES.includes(policy)) throw new Error(`unknown stage policy '${String(policy)}' (one of ${K8S_STAGE_POLICIES.join(', ')})`);
    this.stagePolicy = policy;
    const apply = async (): Promise<void> => {
      await this.ready;
      for (const source of this.sources.values()) {
        if (source.kind !== 'k8saudit' || source.events === 0) continue;
        const notes = await this.applyStagePolicy(source.id);
        const current = this.sources.get(source.id);
        if (current) this.sources.set(source.id, { ...current, notes });
      }
    };
    const result = this.loads.then(apply, apply);
    this.loads = result;
    await result;
  }

  private async applyStagePolicy(sourceId: number): Promise<string[]> {
    const counts = await applyK8sStagePolicy(this.conn, this.stagePolicy, { sourceId });
    const note = describeK8sStageCounts(counts, this.stagePolicy);
    return note ? [note] : [];
  }

  listSources(): readonly SourceInfo[] {
    return [...this.sources.values()];
  }

  async setSourceHidden(sourceId: number, hidden: boolean): Promise<void> {
    const info = this.sources.get(sourceId);
    if (!info) throw new Error(`there is no source ${sourceId} in the case`);
    this.sources.set(sourceId, { ...info, hidden });
  }

  async removeSource(sourceId: number): Promise<void> {
    if (!this.sources.has(sourceId)) throw new Error(`there is no source ${sourceId} in the case`);
    this.sources.delete(sourceId);
    this.eventBytes.forget(sourceId);
    // after the loads queued so far: a running load of this source finishes (or is cancelled) first
    const remove = async (): Promise<void> => {
      await this.ready;
      await this.conn.query('DELETE FROM events WHERE source_id = ?', [sourceId]);
      await this.conn.query('DELETE FROM sources WHERE id = ?', [sourceId]);
    };
    const result = this.loads.then(remove, remove);
    this.loads = result;
    await result;
  }

  compileFilter(text: string): CompiledFilter {
    return compileFilter(text, this.fields);
  }

  async openView(filter: string, signal?: AbortSignal, options: ViewOptions = {}):
    Promise<{ readonly ok: true; readonly view: ViewInfo } | { readonly ok: false; readonly diagnostics: readonly FilterDiagnostic[] }> {
    const compiled = this.compileFilter(filter);
    if (!compiled.ok) return compiled;
    await this.ready;
    const visible = this.withoutHiddenSources(options.includeHidden ? compiled : await this.withoutHidden(compiled, signal));
    const order = this.orderFor(options.order ?? 'auto');
    const view = await createView(this.conn, this.nextViewId++, filter, visible, signal, order);
    this.views.set(view.viewId, view);
    await this.dropSupersededViews();
    return { ok: true, view: { viewId: view.viewId, filter: view.filter, rowCount: view.rowCount, order } };
  }

  /** `time` once a second source has events: one timeline across sources. */
  private orderFor(order: 'file' | 'time' | 'auto'): ViewOrder {
    if (order !== 'auto') return order;
    const withEvents = [...this.sources.values()].filter((s) => s.events > 0 && !s.hidden).length;
    return withEvents > 1 ? 'time' : 'file';
  }

  /** The filter restricted to sources the user has not hidden. */
  private withoutHiddenSources(compiled: Extract<CompiledFilter, { ok: true }>): Extract<CompiledFilter, { ok: true }> {
    const hidden = [...this.sources.values()].filter((s) => s.hidden).map((s) => s.id);
    if (hidden.length === 0) return compiled;
    const marks = hidden.map(() => '?').join(', ');
    return { ...compiled, sql: `(source_id NOT IN (${marks})) AND (${compiled.sql})`, params: [...hidden, ...compiled.params] };
  }

  /** The filter restricted to visible events; unchanged (and so still fast) when no event is hidden. */
  private async withoutHidden(compiled: Extract<CompiledFilter, { ok: true }>, signal?: AbortSignal): Promise<Extract<CompiledFilter, { ok: true }>> {
    const hidden = await this.conn.query('SELECT count(*) FROM events WHERE hidden', [], signal);
    if (Number(hidden.get(0, 0)) === 0) return compiled;
    return { ...compiled, sql: `(hidden IS NOT TRUE) AND (${compiled.sql})` };
  }

  /** Drops a view's table now (views are also dropped once superseded). */
  async closeView(viewId: number): Promise<void> {
    const view = this.views.get(viewId);
    if (!view) return;
    this.views.delete(viewId);
    await dropView(this.conn, view);
  }

  async getRows(viewId: number, offset: number, limit: number, fields: readonly string[], signal?: AbortSignal): Promise<EventRow[]> {
    const view = this.views.get(viewId);
    if (!view) throw new Error(`view ${viewId} is closed or unknown`);
    return fetchWindow(this.conn, view, offset, limit, this.resolveFields(fields), signal);
  }

  async getEvent(evtNum: number): Promise<EventRow | null> {
    await this.ready;
    const result = await this.conn.query(`SELECT ${selectList(this.fields)} FROM events WHERE evt_num = ?`, [evtNum]);
    if (result.rowCount === 0) return null;
    const row = result.toRows()[0];
    const event: Record<string, unknown> = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));
    // every attrs entry (ct.request.bucketName, ka.uri.param[command], …), catalog field or not
    const attrs = await this.conn.query(
      `SELECT key, len(vals) AS n, array_to_string(vals, ', ') AS text FROM (
         SELECT unnest(map_keys(attrs)) AS key, unnest(map_values(attrs)) AS vals FROM events WHERE evt_num = ? AND attrs IS NOT NULL)`,
      [evtNum]);
    for (let i = 0; i < attrs.rowCount; i++) {
      const key = attrs.get(i, 0);
      const text = attrs.get(i, 2);
      if (typeof key === 'string' && text !== null && Number(attrs.get(i, 1)) > 0) event[key] = text;
    }
    return event as EventRow;
  }

  async getEventDetails(evtNum: number, signal?: AbortSignal): Promise<EventDetails | null> {
    await this.ready;
    return eventDetails(this.conn, this.eventBytes, evtNum, signal);
  }

  async stats(): Promise<{ readonly events: number; readonly byType: Readonly<Record<string, number>> }> {
    await this.ready;
    const result = await this.conn.query('SELECT evt_type, count(*) AS n FROM events GROUP BY evt_type ORDER BY n DESC, evt_type');
    const byType: Record<string, number> = {};
    let events = 0;
    for (let row = 0; row < result.rowCount; row++) {
      const count = Number(result.get(row, 1));
      events += count;
      byType[String(result.get(row, 0) ?? '')] = count;
    }
    return { events, byType };
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.loads]);
    await this.conn.close();
  }

  private async createTables(): Promise<void> {
    await this.conn.query(createEventsTableSql());
    await this.conn.query(createSourcesTableSql());
  }

  private async maxEvtNum(): Promise<number> {
    const result = await this.conn.query('SELECT coalesce(max(evt_num), 0) AS n FROM events');
    return Number(result.get(0, 0));
  }

  private resolveFields(names: readonly string[]): FieldInfo[] {
    const byName = new Map(this.fields.map((field) => [field.name, field]));
    return names.map((name) => {
      const field = byName.get(name) ?? resolveDynamicField(name);
      if (!field) throw new Error(`unknown field '${name}'`);
      return field;
    });
  }

  private async dropSupersededViews(): Promise<void> {
    const ids = [...this.views.keys()].sort((a, b) => a - b);
    for (const id of ids.slice(0, Math.max(0, ids.length - VIEWS_KEPT))) await this.closeView(id);
  }
}

function queuedSource(id: number, input: LoadInput): SourceInfo {
  return { id, name: input.name, path: input.path, status: 'loading', bytes: 0, totalBytes: input.size, events: 0, warnings: [], warningCount: 0 };
}
