/**
 * Recognises a Falco alert (`json_output: true`) from one parsed JSON record.
 */

const PRIORITIES = new Set(['emergency', 'alert', 'critical', 'error', 'warning', 'notice', 'informational', 'info', 'debug']);

/**
 * True when `record` is clearly a Falco alert: it has a `rule` and an `output` text, and a Falco
 * priority or an `output_fields` object.
 */
export function looksLikeFalco(record: unknown): boolean {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return false;
  const r = record as Record<string, unknown>;
  if (typeof r.rule !== 'string' || typeof r.output !== 'string') return false;
  const hasPriority = typeof r.priority === 'string' && PRIORITIES.has(r.priority.toLowerCase());
  const hasFields = r.output_fields !== null && typeof r.output_fields === 'object' && !Array.isArray(r.output_fields);
  return hasPriority || hasFields;
}
