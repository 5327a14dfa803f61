import { useEffect, useState } from 'react';
import type { EventRow } from '../../../engine/api';
import { useSession, useSessionStore } from '../../state';
import { HexDumpView } from '../../components/HexDumpView';
import { groupFields } from './group-fields';
import { ParametersGroup } from './ParametersGroup';
import { useEventDetails } from './use-event-details';

type Loaded = { evtNum: number; event: EventRow | null; error?: string };

/** Every non-null field of the selected event, grouped; values are text nodes only. */
export function DetailsPane() {
  const session = useSessionStore();
  const selected = useSession((s) => s.selected);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const params = useEventDetails(session.api, selected?.evtNum ?? null);

  useEffect(() => {
    const engine = session.api;
    if (!selected || !engine) return;
    let current = true;
    engine.getEvent(selected.evtNum).then(
      (event) => { if (current) setLoaded({ evtNum: selected.evtNum, event }); },
      (error: unknown) => { if (current) setLoaded({ evtNum: selected.evtNum, event: null, error: String(error) }); },
    );
    return () => { current = false; };
  }, [selected, session]);

  if (!selected) return <div className="details empty" data-testid="details">Select an event to see its fields.</div>;
  if (!loaded || loaded.evtNum !== selected.evtNum) return <div className="details empty" data-testid="details">Loading event {selected.evtNum}…</div>;
  if (!loaded.event) return <div className="details empty" data-testid="details">{loaded.error ?? `Event ${selected.evtNum} not found.`}</div>;

  const groups = groupFields(loaded.event, session.api?.fields ?? []);
  const buffer = loaded.event['evt.buffer'];
  return (
    <div className="details" data-testid="details" data-evt-num={selected.evtNum}>
      {groups.flatMap((group) => [
        <details key={group.title} open className="details-group">
          <summary>{group.title}</summary>
          <table>
            <tbody>
              {group.entries.map((entry) => (
                <tr key={entry.name} data-testid="detail-field" data-field={entry.name}>
                  <th title={entry.title}>{entry.name}</th>
                  <td>{entry.value}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>,
        // the parameters belong with the event's own fields, before process and fd
        ...(group.title === 'Event' ? [<ParametersGroup key="parameters" state={params} evtNum={selected.evtNum} />] : []),
      ])}
      {buffer instanceof Uint8Array && buffer.length > 0 && <HexDumpView bytes={buffer} title="I/O buffer (evt.buffer)" />}
    </div>
  );
}
