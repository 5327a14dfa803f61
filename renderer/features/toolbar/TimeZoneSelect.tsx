import { useEffect, useMemo } from 'react';
import { isKnownTimeZone } from '../../components/format';
import { useSession, useSessionStore } from '../../state';

const STORAGE_KEY = 'ephemera.timeZone';
const COMMON = ['UTC', 'local'];

function zones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const all = intl.supportedValuesOf?.('timeZone') ?? [];
  return [...COMMON, ...all.filter((z) => z !== 'UTC')];
}

/** The zone times are shown in (data stays UTC nanoseconds); remembered across sessions. */
export function TimeZoneSelect() {
  const session = useSessionStore();
  const timeZone = useSession((s) => s.timeZone);
  const options = useMemo(zones, []);

  useEffect(() => {
    const saved = readSaved();
    if (saved && saved !== session.getState().timeZone && isKnownTimeZone(saved)) session.setTimeZone(saved);
  }, [session]);

  const choose = (zone: string) => {
    session.setTimeZone(zone);
    try { window.localStorage.setItem(STORAGE_KEY, zone); } catch { /* storage may be disabled; the choice still applies */ }
  };

  return (
    <label className="time-zone" title="Time zone of the times shown (the data is kept in UTC)">
      <span className="muted">Time</span>
      <select value={timeZone} onChange={(e) => choose(e.target.value)} data-testid="time-zone">
        {options.map((zone) => <option key={zone} value={zone}>{zone === 'local' ? 'Local time' : zone}</option>)}
      </select>
    </label>
  );
}

function readSaved(): string | null {
  try { return window.localStorage.getItem(STORAGE_KEY); } catch { return null; }
}
