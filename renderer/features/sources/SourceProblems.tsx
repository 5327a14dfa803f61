import type { SourceInfo } from '../../../engine/api';
import { escapeControl } from '../../components/format';

function where(offset: number | undefined, line?: number): string {
  if (offset === undefined) return '';
  return line === undefined ? `@${offset}` : `@${offset} (line ${line})`;
}

/** The error and warnings of one source, collapsed to a count until opened. */
export function SourceProblems({ source }: { source: SourceInfo }) {
  const shown = source.warnings.length;
  const total = source.warningCount;
  return (
    <details className="source-problems" data-testid="source-problems">
      <summary>
        {source.error ? 'error' : ''}{source.error && total ? ' + ' : ''}{total ? `${total} warning${total === 1 ? '' : 's'}` : ''}
      </summary>
      <ul>
        {source.error && (
          <li className="problem-error">
            <span className="offset">{where(source.error.offset)}</span> {source.error.code}: {escapeControl(source.error.message)}
          </li>
        )}
        {source.warnings.map((w, i) => (
          <li key={i} className="problem-warning">
            <span className="offset">{where(w.offset, w.line)}</span> {escapeControl(w.message)}
          </li>
        ))}
        {total > shown && <li className="muted">… and {total - shown} more</li>}
      </ul>
    </details>
  );
}
