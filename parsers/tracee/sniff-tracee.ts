/**
 * Recognises a Tracee event from one parsed JSON record.
 */
import { obj } from '../falco/json-values.js';

/**
 * True when `record` is clearly a Tracee event: the `trace.Event` shape (`eventName` with
 * `processId`/`threadId` and `args`) or the `v1beta1` one (`name`, `workload.process`, a
 * `{seconds, nanos}` timestamp).
 */
export function looksLikeTracee(record: unknown): boolean {
  const r = obj(record);
  if (r === null) return false;
  if (typeof r.eventName === 'string') {
    return typeof r.processId === 'number' && (typeof r.threadId === 'number' || typeof r.hostProcessId === 'number')
      && (Array.isArray(r.args) || typeof r.argsNum === 'number');
  }
  const workload = obj(r.workload);
  const timestamp = obj(r.timestamp);
  return typeof r.name === 'string' && workload !== null && obj(workload.process) !== null && timestamp !== null && 'seconds' in timestamp;
}
