/**
 * Recognises a CloudTrail input from one parsed JSON record (as `firstJsonRecords` splits the
 * head of the input): an event record, a LookupEvents / Lake row, a digest file, an EventBridge
 * envelope of an event, or a `{"Records":[…]}` / `{"Events":[…]}` wrapper that reached the sniffer
 * whole. Strict on purpose: an object only counts when members that only CloudTrail writes are
 * there, so other audit logs (GCP, Azure, Okta, GitHub, Kubernetes, Falco …) never match.
 */
import { asObject, isDigest, isLakeRow } from './record-shape.js';

const EVENT_VERSION = /^1\.\d{1,2}$/;

function isEventRecord(value: unknown): boolean {
  const record = asObject(value);
  if (record === undefined || typeof record.eventName !== 'string') return false;
  const source = record.eventSource;
  const hasAwsSource = typeof source === 'string' && source.endsWith('.amazonaws.com');
  const hasVersion = typeof record.eventVersion === 'string' && EVENT_VERSION.test(record.eventVersion);
  const hasCloudTrailMember = typeof record.eventTime === 'string' || typeof record.eventID === 'string'
    || asObject(record.userIdentity) !== undefined || typeof record.awsRegion === 'string';
  return (hasAwsSource || hasVersion) && hasCloudTrailMember;
}

function isLookupRow(value: unknown): boolean {
  const record = asObject(value);
  return record !== undefined && isLakeRow(record) && (typeof record.EventName === 'string' || typeof record.EventId === 'string');
}

/** True when `record` is clearly part of a CloudTrail input. */
export function looksLikeCloudTrail(record: unknown): boolean {
  const object = asObject(record);
  if (object === undefined) return false;
  if (isEventRecord(object) || isLookupRow(object) || isDigest(object)) return true;
  const detail = object.detail;
  if (typeof object['detail-type'] === 'string' && isEventRecord(detail)) return true;
  for (const key of ['Records', 'Events']) {
    const list = object[key];
    if (Array.isArray(list) && list.length > 0 && (isEventRecord(list[0]) || isLookupRow(list[0]))) return true;
  }
  return false;
}
