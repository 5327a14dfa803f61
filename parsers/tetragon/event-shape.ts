/**
 * Which Tetragon event a record is: the one `process_*` member of the top-level object
 * (`tetra getevents -o json` spells keys in snake_case, the gRPC ProtoJSON export in camelCase:
 * `processExec`, `execId`; {@link snakeKeys} turns the latter into the former).
 */
import { type JsonObject, obj } from '../falco/json-values.js';

/** The event member of a Tetragon record. */
export interface EventShape {
  /** the member's name: `process_exec`, `process_kprobe`, … */
  readonly key: string;
  /** the name without `process_`: `exec`, `exit`, `kprobe`, `tracepoint`, `connect`, … */
  readonly type: string;
  readonly body: JsonObject;
}

const CAMEL_EVENT = /^process[A-Z]/;

/** The event member of a record (snake_case or camelCase keys), or null when it has none. */
export function eventShape(event: JsonObject): EventShape | null {
  for (const [key, value] of Object.entries(event)) {
    const snake = CAMEL_EVENT.test(key) ? toSnake(key) : key;
    if (!snake.startsWith('process_') || snake.length === 'process_'.length) continue;
    const body = obj(value);
    if (body === null) continue;
    return { key: snake, type: snake.slice('process_'.length), body };
  }
  return null;
}

/** `processExec` → `process_exec`, `execId` → `exec_id`; snake_case stays as it is. */
function toSnake(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** Member names whose object is user data (label names), not Tetragon's schema: left as they are. */
const VERBATIM = new Set(['pod_labels', 'podLabels', 'annotations', 'labels']);

/**
 * The record with camelCase member names turned into snake_case (a ProtoJSON export), or the
 * record itself when its event member is already snake_case.
 */
export function snakeKeys(value: unknown): unknown {
  const event = obj(value);
  if (event === null || !Object.keys(event).some((k) => CAMEL_EVENT.test(k))) return value;
  return convert(value, 0);
}

function convert(value: unknown, depth: number): unknown {
  if (depth > 32 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => convert(item, depth + 1));
  const out: JsonObject = {};
  for (const [key, member] of Object.entries(value as JsonObject)) {
    out[toSnake(key)] = VERBATIM.has(key) ? member : convert(member, depth + 1);
  }
  return out;
}
