import type { SourceInfo } from '../../../engine/api';
import { formatBytes } from '../../components/format';
import { useSession } from '../../state';
import { SourceProblems } from './SourceProblems';

/** Each source with kind, size, events, status and SHA-256, and its problems with byte offsets. */
export function SourcesPanel() {
  const sources = useSession((s) => s.sources);
  if (sources.length === 0) return <div className="sources-panel empty" data-testid="sources-panel">No sources open.</div>;
  return (
    <div className="sources-panel" data-testid="sources-panel">
      <table className="grid">
        <thead>
          <tr><th>#</th><th>Name</th><th>Kind</th><th>Size</th><th>Events</th><th>Status</th><th>SHA-256</th><th>Problems</th></tr>
        </thead>
        <tbody>
          {sources.map((source) => <SourceRow key={source.id} source={source} />)}
        </tbody>
      </table>
    </div>
  );
}

function SourceRow({ source }: { source: SourceInfo }) {
  const problems = source.warningCount + (source.error ? 1 : 0);
  return (
    <tr data-testid="source-row" data-status={source.status} className={`status-${source.status}`}>
      <td>{source.id}</td>
      <td title={source.path ?? source.name}>{source.name}</td>
      <td>{source.kind ?? '—'}</td>
      <td>{formatBytes(source.totalBytes ?? source.bytes)}</td>
      <td className="num">{source.events.toLocaleString('en-US')}</td>
      <td>{source.status}</td>
      <td className="sha256" data-testid="source-sha256" title={source.sha256 ? 'SHA-256 of the file as read' : 'computed when the file has been read to the end'}>
        {source.sha256 ?? '—'}
      </td>
      <td>{problems === 0 ? '—' : <SourceProblems source={source} />}</td>
    </tr>
  );
}
