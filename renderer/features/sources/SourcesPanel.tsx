import type { SourceInfo, SourceKind } from '../../../engine/api';
import { escapeControl, formatBytes } from '../../components/format';
import { useSession, useSessionStore } from '../../state';
import { SourceProblems } from './SourceProblems';

/** Every kind a source can be read as, for "Read as…" when the sniffer guessed wrong. */
export const READABLE_KINDS = [
  'scap', 'strace', 'sysdig-text', 'auditd', 'falco', 'tetragon', 'tracee',
  'cloudtrail', 'k8saudit', 'gcpaudit', 'azure', 'okta', 'github',
] as const satisfies readonly SourceKind[];

/** Each source with kind, size, events, status and SHA-256, its problems, and show/remove/read-as controls. */
export function SourcesPanel() {
  const sources = useSession((s) => s.sources);
  if (sources.length === 0) return <div className="sources-panel empty" data-testid="sources-panel">No sources open.</div>;
  return (
    <div className="sources-panel" data-testid="sources-panel">
      {sources.some((s) => s.kind === 'k8saudit') && <StagePolicy />}
      <table className="grid">
        <thead>
          <tr>
            <th title="Shown in the event list">Shown</th><th>#</th><th>Name</th><th>Kind</th><th>Size</th><th>Events</th><th>Status</th>
            <th>SHA-256</th><th>Problems</th><th />
          </tr>
        </thead>
        <tbody>
          {sources.map((source) => <SourceRow key={source.id} source={source} />)}
        </tbody>
      </table>
    </div>
  );
}

const STAGE_POLICIES = [
  ['response-complete', 'ResponseComplete (else the latest stage)'],
  ['request-received', 'RequestReceived (else the earliest stage)'],
  ['all', 'every stage'],
] as const;

/** Which stage rows of each Kubernetes audit request are shown; the others are hidden, not dropped. */
function StagePolicy() {
  const session = useSessionStore();
  const policy = useSession((s) => s.k8sStagePolicy);
  return (
    <label className="stage-policy" title="A Kubernetes audit request is logged once per stage; the other stage rows are hidden (show them with Meta events or evt.hidden)">
      Kubernetes audit: one row per request at{' '}
      <select value={policy} data-testid="k8s-stage-policy" onChange={(e) => void session.setK8sStagePolicy(e.target.value as typeof policy)}>
        {STAGE_POLICIES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
    </label>
  );
}

function SourceRow({ source }: { source: SourceInfo }) {
  const session = useSessionStore();
  const problems = source.warningCount + (source.error ? 1 : 0);
  const busy = source.status === 'loading';
  return (
    <tr data-testid="source-row" data-status={source.status} data-hidden={source.hidden ? 'true' : 'false'} className={`status-${source.status}${source.hidden ? ' source-hidden' : ''}`}>
      <td>
        <input
          type="checkbox" checked={!source.hidden} disabled={busy} data-testid="source-shown"
          aria-label={`Show the events of ${source.name}`}
          onChange={(e) => void session.setSourceHidden(source.id, !e.target.checked)}
        />
      </td>
      <td>{source.id}</td>
      <td title={source.path ?? source.name}>{source.name}</td>
      <td>
        <select
          value={source.kind ?? ''} disabled={busy} data-testid="source-kind"
          aria-label={`Read ${source.name} as`}
          title={source.kindForced ? 'Kind chosen by you' : 'Kind recognised from the content; choose another to read the file again as that kind'}
          onChange={(e) => { if (e.target.value) void session.reopenAs(source.id, e.target.value as SourceKind); }}
        >
          {source.kind === undefined && <option value="">—</option>}
          {READABLE_KINDS.map((kind) => <option key={kind} value={kind}>{kind}{kind === source.kind && source.kindForced ? ' (chosen)' : ''}</option>)}
        </select>
      </td>
      <td>{formatBytes(source.totalBytes ?? source.bytes)}</td>
      <td className="num">{source.events.toLocaleString('en-US')}</td>
      <td>{source.status}</td>
      <td className="sha256" data-testid="source-sha256" title={source.sha256 ? 'SHA-256 of the file as read' : 'computed when the file has been read to the end'}>
        {source.sha256 ?? '—'}
      </td>
      <td>
        {problems === 0 && !source.notes?.length ? '—' : null}
        {problems > 0 && <SourceProblems source={source} />}
        {source.notes?.map((note, i) => <div key={i} className="source-note" data-testid="source-note">{escapeControl(note)}</div>)}
      </td>
      <td>
        <button
          type="button" className="button small" disabled={busy} data-testid="source-remove"
          title="Remove this source and its events from the case (the file is not touched)"
          onClick={() => void session.removeSource(source.id)}
        >
          Remove
        </button>
      </td>
    </tr>
  );
}
