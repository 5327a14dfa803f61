/** The decoded parameters of the selected event, fetched when the selection changes. */
import { useEffect, useState } from 'react';
import type { EngineApi, EventDetails } from '../../../engine/api';

/** What the Parameters group shows: nothing (not a scap event), decoding, the table, or why not. */
export type EventDetailsState =
  | { readonly status: 'none' }
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly details: EventDetails }
  | { readonly status: 'error'; readonly message: string };

interface Fetched { readonly evtNum: number; readonly state: EventDetailsState }

/** Asks the engine for the event's parameters; a newer selection cancels the older request. */
export function useEventDetails(engine: EngineApi | null, evtNum: number | null): EventDetailsState {
  const [fetched, setFetched] = useState<Fetched | null>(null);

  useEffect(() => {
    if (!engine?.getEventDetails || evtNum === null) return;
    const controller = new AbortController();
    engine.getEventDetails(evtNum, controller.signal).then(
      (details) => {
        if (!controller.signal.aborted) setFetched({ evtNum, state: details ? { status: 'done', details } : { status: 'none' } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setFetched({ evtNum, state: { status: 'error', message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => controller.abort();
  }, [engine, evtNum]);

  if (!engine?.getEventDetails || evtNum === null) return { status: 'none' };
  return fetched?.evtNum === evtNum ? fetched.state : { status: 'loading' };
}
