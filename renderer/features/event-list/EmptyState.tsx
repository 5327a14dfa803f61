import { useSession } from '../../state';

/** What the list says when it has no rows: nothing open yet, still loading, or no match. */
export function EmptyState({ rowCount }: { rowCount: number }) {
  const sources = useSession((s) => s.sources);
  const loads = useSession((s) => s.loads);
  const filter = useSession((s) => s.appliedFilter);
  const engine = useSession((s) => s.engine);
  if (rowCount > 0) return null;
  let text: string;
  if (engine === 'starting') text = 'Starting the query engine…';
  else if (loads.length > 0) text = `Reading ${loads[0]!.name}…`;
  else if (sources.length === 0) text = 'No capture open. Drop strace logs or .scap files anywhere on this window, or click Open.';
  else if (filter) text = `No events match “${filter}”.`;
  else text = 'The open sources contain no events.';
  return <div className="empty-state" data-testid="empty-state">{text}</div>;
}
