/**
 * Recognises a Tetragon event from one parsed JSON record.
 */
import { eventShape } from './event-shape.js';

/**
 * True when `record` is clearly a Tetragon event: a `process_*` (or ProtoJSON `process*`) member
 * whose object holds a `process` object with an `exec_id` (`execId`) or a `binary`.
 */
export function looksLikeTetragon(record: unknown): boolean {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return false;
  const shape = eventShape(record as Record<string, unknown>);
  if (shape === null) return false;
  const process = shape.body.process;
  if (process === null || typeof process !== 'object' || Array.isArray(process)) return false;
  const p = process as Record<string, unknown>;
  return typeof p.exec_id === 'string' || typeof p.execId === 'string' || typeof p.binary === 'string';
}
