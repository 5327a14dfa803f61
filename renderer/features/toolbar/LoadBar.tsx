import { formatBytes } from '../../components/format';
import { ProgressBar } from '../../components/ProgressBar';
import { useSession, useSessionStore } from '../../state';

/** Progress of the file being read (bytes, events), the queue, and Cancel. */
export function LoadBar() {
  const session = useSessionStore();
  const loads = useSession((s) => s.loads);
  const current = loads[0];
  if (!current) return null;
  const total = current.totalBytes;
  return (
    <div className="load-bar" data-testid="load-bar">
      <span className="load-name" title={current.name}>Reading {current.name}</span>
      <ProgressBar value={current.bytes} total={total} label={`Reading ${current.name}`} />
      <span className="load-numbers" data-testid="load-progress" data-events={current.events}>
        {formatBytes(current.bytes)}{total ? ` / ${formatBytes(total)}` : ''} · {current.events.toLocaleString('en-US')} events
      </span>
      {loads.length > 1 && <span className="muted">+{loads.length - 1} queued</span>}
      <button type="button" className="button danger" onClick={() => session.cancelLoads()} data-testid="cancel-load">Cancel</button>
    </div>
  );
}
