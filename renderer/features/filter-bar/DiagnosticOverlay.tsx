import type { FilterDiagnostic } from '../../../engine/api';

/**
 * Mirrors the input text (transparent) behind the input with the diagnostic spans marked, so the
 * marks line up with the characters in a monospace input.
 */
export function DiagnosticOverlay({ text, diagnostics }: { text: string; diagnostics: readonly FilterDiagnostic[] }) {
  const d = diagnostics[0]!;
  const start = Math.min(Math.max(0, d.start), text.length);
  const end = Math.min(text.length, start + Math.max(1, d.length));
  const marked = text.slice(start, end) || ' ';
  return (
    <div className="filter-overlay" aria-hidden="true">
      <span>{text.slice(0, start)}</span>
      <mark className="filter-error-span" data-testid="filter-error-span" data-start={d.start} data-length={d.length}>{marked}</mark>
      <span>{text.slice(end)}</span>
    </div>
  );
}
