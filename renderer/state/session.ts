/**
 * The renderer's one store: the engine, the sources being loaded, the current view of `events`
 * and the selection. Components read it with `useSession` and act through its methods; nothing
 * here touches the DOM, so it runs in unit tests against any EngineApi.
 */
import type { EngineApi, FilterDiagnostic, LoadInput, SourceInfo, SourceKind, ViewInfo } from '../../engine/api';

/** A file being read right now (or waiting its turn). */
export interface LoadState {
  readonly key: number;
  readonly name: string;
  readonly bytes: number;
  readonly totalBytes?: number;
  readonly events: number;
  readonly queued: boolean;
}

/** A message for the user about one file or about the app. */
export interface Notice {
  readonly id: number;
  readonly level: 'error' | 'warning' | 'info';
  readonly text: string;
}

export interface SessionState {
  readonly engine: 'starting' | 'ready' | 'failed';
  readonly sources: readonly SourceInfo[];
  readonly loads: readonly LoadState[];
  readonly view: ViewInfo | null;
  readonly appliedFilter: string;
  readonly diagnostics: readonly FilterDiagnostic[];
  /** evt.num of the selected event and its row index in the view */
  readonly selected: { readonly index: number; readonly evtNum: number } | null;
  readonly notices: readonly Notice[];
  /** show internal meta events (evt.hidden: scap procinfo, container, …) that sysdig does not print */
  readonly showHidden: boolean;
  /** the zone times are shown in: 'UTC', 'local' or an IANA name (data stays UTC ns) */
  readonly timeZone: string;
  /** bumped when rows of the case move (a source hidden, removed or re-read, meta events or stage policy toggled) */
  readonly caseEpoch: number;
  /** which stage rows of k8s audit requests are shown */
  readonly k8sStagePolicy: 'response-complete' | 'request-received' | 'all';
}

const INITIAL: SessionState = {
  engine: 'starting', sources: [], loads: [], view: null, appliedFilter: '', diagnostics: [], selected: null, notices: [], showHidden: false,
  timeZone: 'UTC', k8sStagePolicy: 'response-complete', caseEpoch: 0,
};

/** How often the view is re-opened while a file is loading, so rows appear as they arrive. */
export const REFRESH_MS = 400;

type OpenViewResult = Awaited<ReturnType<EngineApi['openView']>>;

interface Job {
  readonly key: number;
  readonly input: LoadInput;
  readonly controller: AbortController;
  readonly kind?: SourceKind;
  /** found in a folder: skipped quietly (with one note) when it is not a log at all */
  readonly fromFolder?: boolean;
}

/** Errors meaning "not a log": such a file found in a folder is dropped from the case, not shown as failed. */
const NOT_A_LOG = new Set(['empty', 'binary', 'unknown-format']);

export class Session {
  private current: SessionState = INITIAL;
  private readonly listeners = new Set<() => void>();
  private engine: EngineApi | null = null;
  private readonly jobs: Job[] = [];
  private running = false;
  private nextKey = 1;
  private viewSeq = 0;
  private viewController: AbortController | null = null;
  private viewInFlight: Promise<unknown> | null = null;
  private refreshTimer: ReturnType<typeof setInterval> | null = null;
  /** what each source was loaded from, to read it again as another kind */
  private readonly inputs = new Map<number, LoadInput>();
  /** names of folder files left out since the last note */
  private skipped: string[] = [];

  constructor(enginePromise: Promise<EngineApi>) {
    enginePromise.then(
      (engine) => { this.engine = engine; this.set({ engine: 'ready' }); void this.runJobs(); },
      (error: unknown) => {
        this.set({ engine: 'failed' });
        this.notify('error', `The query engine failed to start: ${messageOf(error)}`);
      },
    );
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SessionState => this.current;

  /** The engine once it is ready (for row fetching by the event list). */
  get api(): EngineApi | null { return this.engine; }

  /**
   * Queue files for loading, one after another so evt.num follows the order given. Files of a
   * folder (`fromFolder`) that turn out not to be logs (a README, an image) are left out of the
   * case with one note instead of an error each.
   */
  open(inputs: readonly LoadInput[], options: { fromFolder?: boolean } = {}): void {
    for (const input of inputs) this.jobs.push({ key: this.nextKey++, input, controller: new AbortController(), fromFolder: options.fromFolder });
    this.publishLoads();
    void this.runJobs();
  }

  /** Show times in another zone ('UTC', 'local' or an IANA name). */
  setTimeZone(timeZone: string): void {
    this.set({ timeZone });
  }

  /** Leave a source's events out of the list (or bring them back); the applied filter is re-run. */
  async setSourceHidden(sourceId: number, hidden: boolean): Promise<void> {
    if (!this.engine) return;
    await this.engine.setSourceHidden(sourceId, hidden);
    this.set({ sources: this.engine.listSources() });
    await this.reopenView();
  }

  /** Apply a Kubernetes audit stage policy to every k8saudit source; the filter is re-run. */
  async setK8sStagePolicy(policy: 'response-complete' | 'request-received' | 'all'): Promise<void> {
    if (!this.engine?.setK8sStagePolicy) return;
    try {
      await this.engine.setK8sStagePolicy(policy);
    } catch (error: unknown) {
      this.notify('error', `The stage policy could not be applied: ${messageOf(error)}`);
      return;
    }
    this.set({ sources: this.engine.listSources(), k8sStagePolicy: policy });
    await this.reopenView();
  }

  /** Take a source and its events out of the case. */
  async removeSource(sourceId: number): Promise<void> {
    if (!this.engine) return;
    const name = this.engine.listSources().find((s) => s.id === sourceId)?.name ?? `source ${sourceId}`;
    try {
      await this.engine.removeSource(sourceId);
    } catch (error: unknown) {
      this.notify('error', `${name} could not be removed: ${messageOf(error)}`);
      return;
    }
    this.inputs.delete(sourceId);
    this.set({ sources: this.engine.listSources() });
    await this.reopenView();
  }

  /** Read a source again as another kind (the sniffer guessed wrong): it is removed and loaded anew. */
  async reopenAs(sourceId: number, kind: SourceKind): Promise<void> {
    const input = this.inputs.get(sourceId);
    if (!this.engine || !input) { this.notify('error', 'This source can no longer be read again; open the file anew.'); return; }
    await this.removeSource(sourceId);
    this.jobs.push({ key: this.nextKey++, input, controller: new AbortController(), kind });
    this.publishLoads();
    void this.runJobs();
  }

  /** Re-run the applied filter after the case changed (rows may have moved). */
  private async reopenView(): Promise<void> {
    const filter = this.current.appliedFilter;
    const result = await this.openView(filter);
    if (result?.ok && filter === this.current.appliedFilter) this.set({ view: result.view, selected: null, caseEpoch: this.current.caseEpoch + 1 });
  }

  /** Stop every load; rows already loaded stay. */
  cancelLoads(): void {
    for (const job of this.jobs) job.controller.abort();
  }

  /** Apply filter text. Invalid text keeps the previous view and publishes the diagnostics. */
  async applyFilter(text: string): Promise<boolean> {
    const result = await this.openView(text.trim());
    if (!result) return false;
    if (!result.ok) { this.set({ diagnostics: result.diagnostics }); return false; }
    this.set({ view: result.view, appliedFilter: text.trim(), diagnostics: [], selected: null });
    return true;
  }

  /** Show or hide internal meta events; the applied filter is re-run. */
  async setShowHidden(showHidden: boolean): Promise<void> {
    this.set({ showHidden });
    await this.reopenView();
  }

  select(index: number, evtNum: number): void {
    this.set({ selected: { index, evtNum } });
  }

  dismissNotice(id: number): void {
    this.set({ notices: this.current.notices.filter((n) => n.id !== id) });
  }

  notify(level: Notice['level'], text: string): void {
    this.set({ notices: [...this.current.notices, { id: this.nextKey++, level, text }] });
  }

  private async runJobs(): Promise<void> {
    if (this.running || !this.engine) return;
    this.running = true;
    this.startRefreshing();
    let settled = false;
    try {
      while (this.jobs.length > 0) {
        await this.runJob(this.engine, this.jobs[0]!);
        // the last load's rows are in the view before its progress bar goes away
        settled = this.jobs.length === 1;
        if (settled) await this.refresh(true);
        this.jobs.shift();
        this.publishLoads();
      }
      if (this.skipped.length > 0) {
        const names = this.skipped.slice(0, 5).join(', ') + (this.skipped.length > 5 ? `, … (${this.skipped.length} in all)` : '');
        this.notify('info', `Skipped ${this.skipped.length} file${this.skipped.length === 1 ? '' : 's'} of the folder that ${this.skipped.length === 1 ? 'is' : 'are'} not a log Ephemera reads: ${names}`);
        this.skipped = [];
      }
    } finally {
      this.running = false;
      this.stopRefreshing();
      if (!settled) await this.refresh(true);
    }
  }

  private async runJob(engine: EngineApi, job: Job): Promise<void> {
    const { input, controller } = job;
    if (controller.signal.aborted) return;
    try {
      const source = await engine.loadSource(input, {
        signal: controller.signal,
        ...(job.kind ? { kind: job.kind } : {}),
        onProgress: (p) => this.updateLoad(job.key, { bytes: p.bytes, totalBytes: p.totalBytes ?? input.size, events: p.events }),
      });
      if (job.fromFolder && source.status === 'error' && source.error && NOT_A_LOG.has(source.error.code)) {
        await engine.removeSource(source.id);
        this.skipped.push(input.name);
      } else {
        this.inputs.set(source.id, input);
        this.reportSource(source);
      }
    } catch (error: unknown) {
      if (controller.signal.aborted) this.notify('info', `Loading ${input.name} was cancelled; events read so far are kept.`);
      else this.notify('error', `${input.name}: ${messageOf(error)}`);
    }
    this.set({ sources: engine.listSources() });
  }

  private reportSource(source: SourceInfo): void {
    if (source.status === 'error') {
      const kept = source.events > 0 ? ` (${source.events} events read before the problem are kept)` : '';
      this.notify('error', `${source.name}: ${source.error?.message ?? 'could not be read'}${kept}`);
    } else if (source.status === 'cancelled') {
      this.notify('info', `Loading ${source.name} was cancelled; ${source.events} events read so far are kept.`);
    } else if (source.warningCount > 0) {
      this.notify('warning', `${source.name}: ${source.warningCount} problem${source.warningCount === 1 ? '' : 's'} while reading (see Sources)`);
    }
  }

  private updateLoad(key: number, progress: Pick<LoadState, 'bytes' | 'totalBytes' | 'events'>): void {
    this.set({ loads: this.current.loads.map((l) => (l.key === key ? { ...l, ...progress, queued: false } : l)) });
  }

  private publishLoads(): void {
    const previous = new Map(this.current.loads.map((l) => [l.key, l]));
    const loads = this.jobs.map((job, i): LoadState => previous.get(job.key) ?? {
      key: job.key, name: job.input.name, bytes: 0, totalBytes: job.input.size, events: 0, queued: i > 0,
    });
    this.set({ loads });
  }

  private startRefreshing(): void {
    if (this.refreshTimer !== null) return;
    this.refreshTimer = setInterval(() => { void this.refresh(); }, REFRESH_MS);
  }

  private stopRefreshing(): void {
    if (this.refreshTimer !== null) clearInterval(this.refreshTimer);
    this.refreshTimer = null;
  }

  /** Re-open the applied filter so the row count follows the load; `final` waits its turn. */
  private async refresh(final = false): Promise<void> {
    if (this.engine) this.set({ sources: this.engine.listSources() });
    if (final) while (this.viewInFlight) await this.viewInFlight;
    else if (this.viewInFlight) return;
    const filter = this.current.appliedFilter;
    const result = await this.openView(filter);
    if (result?.ok && filter === this.current.appliedFilter) this.set({ view: result.view });
  }

  /** Open a view; a newer call supersedes (aborts) an older one, whose result is then null. A
   * periodic refresh never supersedes: it skips while another open is in flight. */
  private openView(filter: string): Promise<OpenViewResult | null> {
    if (!this.engine) return Promise.resolve(null);
    this.viewController?.abort();
    const controller = new AbortController();
    this.viewController = controller;
    const run = this.runOpenView(this.engine, filter, controller, ++this.viewSeq);
    this.viewInFlight = run;
    return run;
  }

  private async runOpenView(engine: EngineApi, filter: string, controller: AbortController, seq: number): Promise<OpenViewResult | null> {
    try {
      const result = await engine.openView(filter, controller.signal, { includeHidden: this.current.showHidden });
      return seq === this.viewSeq ? result : null;
    } catch (error: unknown) {
      if (!controller.signal.aborted) this.notify('error', `Query failed: ${messageOf(error)}`);
      return null;
    } finally {
      if (this.viewController === controller) { this.viewController = null; this.viewInFlight = null; }
    }
  }

  private set(patch: Partial<SessionState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
