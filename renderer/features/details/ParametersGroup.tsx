import type { EventDetailsState } from './use-event-details';
import { paramRows } from './param-rows';
import './parameters.css';

/**
 * The event's parameters as decoded from its bytes: name, PT_* type, raw value and sysdig's
 * rendering. Values are text nodes only; nothing is shown for events without a parameter table.
 */
export function ParametersGroup({ state, evtNum }: { state: EventDetailsState; evtNum: number }) {
  if (state.status === 'none') return null;
  return (
    <details open className="details-group" data-testid="params-group" data-state={state.status}>
      <summary>Parameters</summary>
      {state.status === 'loading' && <p role="status" className="details-params-status">Decoding parameters…</p>}
      {state.status === 'error' && <p role="alert" className="details-params-error" data-testid="params-error">Parameters could not be decoded: {state.message}</p>}
      {state.status === 'done' && state.details.error !== undefined && (
        <p role="alert" className="details-params-error" data-testid="params-error">Parameters could not be decoded: {state.details.error}</p>
      )}
      {state.status === 'done' && state.details.error === undefined && <ParamsTable state={state} evtNum={evtNum} />}
    </details>
  );
}

function ParamsTable({ state, evtNum }: { state: Extract<EventDetailsState, { status: 'done' }>; evtNum: number }) {
  const rows = paramRows(state.details.params);
  if (rows.length === 0) return <p className="details-params-status" data-testid="params-empty">This event has no parameters.</p>;
  return (
    <table className="details-params" data-testid="params-table" aria-label={`Parameters of event ${evtNum}${state.details.blockType ? ` (${state.details.blockType} block)` : ''}`}>
      <thead>
        <tr><th scope="col">name</th><th scope="col">type</th><th scope="col">raw</th><th scope="col">rendered</th></tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key} data-testid="param-row" data-param={row.name}>
            <th scope="row">{row.name}</th>
            <td data-col="type">{row.type}</td>
            <td data-col="raw" title={row.rawTitle}>{row.raw}</td>
            <td data-col="rendered" title={row.renderedTitle}>{row.rendered}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
