/**
 * What sysdig's event table (the scap reader's copy, parsers/scap/event-table.ts) says about an
 * event name printed in text output: its category, and which parameter is the descriptor the
 * event acts on (only events flagged to create, use or destroy a descriptor have one: `mmap`
 * prints an `fd=` but sysdig does not make it the event's fd).
 */
import { EVENT_TABLE, type EventSpec } from '../scap/event-table.js';

/** Facts about one event name in one direction. */
export interface EventFacts {
  readonly category: string;
  /** name of the parameter holding the event's descriptor, or null */
  readonly fdParam: string | null;
  /** the exit returns a new descriptor (open, socket, accept, …) */
  readonly createsFd: boolean;
}

/** events sysdig 0.29's table does not treat as fd events although they print an fd (the scap reader's NOT_FD_EVENTS_029) */
const NOT_FD_EVENTS = new Set(['sendmmsg', 'recvmmsg', 'mmap', 'mmap2', 'symlinkat', 'unlinkat', 'mkdirat', 'fchmodat', 'fchmod']);

const FACTS = new Map<string, EventFacts>();
for (const spec of EVENT_TABLE) {
  if (spec === undefined || spec.internal) continue;
  const key = `${spec.dir}${spec.name}`;
  const previous = FACTS.get(key);
  // several versions of one event: the current one (not EF_OLD_VERSION) wins
  if (previous !== undefined && spec.flags.includes('EF_OLD_VERSION')) continue;
  FACTS.set(key, facts(spec));
}

function facts(spec: EventSpec): EventFacts {
  const usesFd = !NOT_FD_EVENTS.has(spec.name) && spec.flags.some((f) => f === 'EF_USES_FD' || f === 'EF_CREATES_FD' || f === 'EF_DESTROYS_FD');
  // an exit's `res` is the result, even when it is a descriptor (fcntl F_DUPFD): the event acts on its `fd`
  const fdParam = usesFd ? spec.params.find((p) => (p.type === 'PT_FD' || p.type === 'PT_FD32') && p.name !== 'res')?.name ?? null : null;
  return { category: spec.category, fdParam, createsFd: spec.flags.includes('EF_CREATES_FD') };
}

/** The facts of an event name and direction, or undefined when sysdig's table does not know it. */
export function eventFacts(name: string, dir: '>' | '<'): EventFacts | undefined {
  return FACTS.get(`${dir}${name}`);
}
