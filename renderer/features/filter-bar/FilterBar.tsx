import { useEffect, useState, type KeyboardEvent } from 'react';
import { useSession, useSessionStore } from '../../state';
import { DiagnosticOverlay } from './DiagnosticOverlay';

/** Wireshark-style filter entry: Enter applies, Escape reverts, errors underline their span. */
export function FilterBar() {
  const session = useSessionStore();
  const applied = useSession((s) => s.appliedFilter);
  const diagnostics = useSession((s) => s.diagnostics);
  const engineReady = useSession((s) => s.engine === 'ready');
  const [draft, setDraft] = useState(applied);
  const [failedText, setFailedText] = useState<string | null>(null);

  useEffect(() => { setDraft(applied); }, [applied]);

  const apply = async (text: string) => {
    const ok = await session.applyFilter(text);
    setFailedText(ok ? null : text);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') { event.preventDefault(); void apply(draft); }
    if (event.key === 'Escape') { event.preventDefault(); setDraft(applied); setFailedText(null); }
  };

  const showErrors = failedText !== null && failedText === draft && diagnostics.length > 0;
  const state = showErrors ? 'invalid' : draft.trim() !== applied ? 'edited' : applied ? 'applied' : 'idle';
  return (
    <div className={`filter-bar filter-${state}`} data-testid="filter-bar" data-state={state}>
      <div className="filter-input-wrap">
        {showErrors && <DiagnosticOverlay text={draft} diagnostics={diagnostics} />}
        <input
          className="filter-input"
          data-testid="filter-input"
          spellCheck={false}
          autoComplete="off"
          placeholder="Apply a display filter … (e.g. evt.type == openat && proc.name == bash)  ⏎"
          value={draft}
          disabled={!engineReady}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          aria-invalid={showErrors}
        />
      </div>
      <button type="button" className="icon-button" title="Clear the filter" data-testid="filter-clear" onClick={() => { setDraft(''); void apply(''); }}>×</button>
      <button type="button" className="button" title="Apply (Enter)" data-testid="filter-apply" disabled={!engineReady} onClick={() => void apply(draft)}>Apply</button>
      {showErrors && (
        <div className="filter-error" data-testid="filter-error" role="alert">{diagnostics.map((d) => d.message).join('; ')}</div>
      )}
    </div>
  );
}
