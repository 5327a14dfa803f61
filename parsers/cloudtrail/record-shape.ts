/**
 * What a JSON record of a CloudTrail input is: an event record (plain, or inside an EventBridge
 * envelope), a CloudTrail Lake / LookupEvents row (the event as an embedded JSON string in
 * `CloudTrailEvent`), a digest file, or a wrapper (`{"Records":[…]}`, `{"Events":[…]}`) that
 * reached the reader whole because it sat inside an outer array.
 */

/** A parsed JSON object. */
export type Json = Record<string, unknown>;

/** A JSON value as an object, or undefined when it is not one. */
export function asObject(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as Json : undefined;
}

/** A member as a string, or undefined (non-strings are not coerced). */
export function stringAt(value: Json | undefined, key: string): string | undefined {
  const member = value?.[key];
  return typeof member === 'string' ? member : undefined;
}

/** The member names of a wrapper whose array holds records (LookupEvents output uses `Events`). */
export const CLOUDTRAIL_WRAPPER_KEYS: readonly string[] = ['Records', 'records', 'Events'];

export type RecordShape =
  | { readonly kind: 'event'; readonly event: Json; readonly envelope?: 'eventbridge' }
  | { readonly kind: 'lake'; readonly row: Json }
  | { readonly kind: 'digest'; readonly record: Json }
  | { readonly kind: 'wrapper'; readonly key: string }
  | { readonly kind: 'unknown'; readonly why: string };

/** A CloudTrail event record: `eventName` plus one of the members every record has. */
export function isCloudTrailEvent(value: Json): boolean {
  return typeof value.eventName === 'string'
    && (typeof value.eventSource === 'string' || typeof value.eventVersion === 'string' || asObject(value.userIdentity) !== undefined);
}

/** A LookupEvents / CloudTrail Lake row: the event as a JSON string (or object) in `CloudTrailEvent`. */
export function isLakeRow(value: Json): boolean {
  const embedded = value.CloudTrailEvent;
  return (typeof embedded === 'string' || asObject(embedded) !== undefined)
    && ('EventId' in value || 'EventName' in value || 'EventTime' in value);
}

/** A CloudTrail digest file (`AWSLogs/<acct>/CloudTrail-Digest/…`): hashes of log files, no events. */
export function isDigest(value: Json): boolean {
  return 'digestStartTime' in value && 'digestEndTime' in value
    && (Array.isArray(value.logFiles) || 'digestSignatureAlgorithm' in value || 'previousDigestHashValue' in value);
}

/** Which of the shapes a parsed record has. */
export function classifyRecord(value: unknown): RecordShape {
  const record = asObject(value);
  if (record === undefined) return { kind: 'unknown', why: 'it is not a JSON object' };
  if (isCloudTrailEvent(record)) return { kind: 'event', event: record };
  if (isLakeRow(record)) return { kind: 'lake', row: record };
  if (isDigest(record)) return { kind: 'digest', record };
  for (const key of CLOUDTRAIL_WRAPPER_KEYS) if (Array.isArray(record[key])) return { kind: 'wrapper', key };
  const detail = asObject(record.detail);
  if (typeof record['detail-type'] === 'string' && detail !== undefined && isCloudTrailEvent(detail)) {
    return { kind: 'event', event: detail, envelope: 'eventbridge' };
  }
  const keys = Object.keys(record).slice(0, 5).map((k) => JSON.stringify(k.slice(0, 40))).join(', ');
  return { kind: 'unknown', why: `it is not a CloudTrail record (no eventName with eventSource/eventVersion/userIdentity; keys ${keys || 'none'})` };
}
