import { useSession, useSessionStore } from '../../state';

/** Counts at a glance, the toggle for the Sources panel, and whether meta events are shown. */
export function StatusBar({ sourcesOpen, onToggleSources }: { sourcesOpen: boolean; onToggleSources: () => void }) {
  const sources = useSession((s) => s.sources);
  const view = useSession((s) => s.view);
  const filter = useSession((s) => s.appliedFilter);
  const showHidden = useSession((s) => s.showHidden);
  const session = useSessionStore();
  const total = sources.reduce((n, s) => n + s.events, 0);
  const problems = sources.reduce((n, s) => n + s.warningCount + (s.error ? 1 : 0), 0);
  const shown = view?.rowCount ?? 0;
  return (
    <footer className="status-bar" data-testid="status-bar">
      <button type="button" className={`status-button${problems ? ' has-problems' : ''}`} onClick={onToggleSources} data-testid="toggle-sources" aria-expanded={sourcesOpen}>
        {sourcesOpen ? '▾' : '▸'} Sources: {sources.length}{problems ? ` · ⚠ ${problems} problem${problems === 1 ? '' : 's'}` : ''}
      </button>
      <span data-testid="event-count">Events: {total.toLocaleString('en-US')}</span>
      <span data-testid="displayed-count">
        Displayed: {shown.toLocaleString('en-US')}{total > 0 && filter ? ` (${percentOf(shown, total)})` : ''}
      </span>
      <label className="status-toggle" title="Internal meta events that sysdig does not print (scap procinfo, container, state-only events): evt.hidden">
        <input type="checkbox" checked={showHidden} onChange={(e) => void session.setShowHidden(e.target.checked)} data-testid="show-hidden" />
        Meta events
      </label>
      {filter && <span className="muted status-filter">Filter: {filter}</span>}
    </footer>
  );
}

/** Share of all events, never rounded to a misleading 0.0 % or 100.0 %. */
function percentOf(shown: number, total: number): string {
  const percent = (shown / total) * 100;
  if (shown > 0 && percent < 0.1) return '<0.1%';
  if (shown < total && percent > 99.9) return '>99.9%';
  return `${percent.toFixed(1)}%`;
}
