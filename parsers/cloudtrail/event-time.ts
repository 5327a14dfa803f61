/**
 * CloudTrail time stamps to int64 nanoseconds since the Unix epoch, UTC.
 *
 * `eventTime` is ISO-8601 in UTC with whole seconds (`2022-07-20T20:53:54Z`); other exporters
 * add fractions (`2020-09-14T00:44:23.000Z`, logstash's `@timestamp`), a numeric offset
 * (`2023-05-01T12:00:00+02:00`, the AWS CLI's LookupEvents output) or send epoch seconds as a
 * JSON number (the LookupEvents API itself). Every fraction digit is kept up to nanoseconds.
 */

import { parseRfc3339Ns } from '../common/rfc3339.js';

const NS_PER_SECOND = 1_000_000_000n;
/** Epoch seconds beyond this (year 5138) are not a time stamp. */
const MAX_EPOCH_SECONDS = 1e11;

/**
 * Nanoseconds since the epoch of an ISO-8601 date-time, or null when the text is not one or names
 * an impossible date. Without a zone the time is taken as UTC (CloudTrail writes only UTC).
 */
export function parseIsoTimeNs(text: string): bigint | null {
  return parseRfc3339Ns(text.trim());
}

/**
 * A time value as CloudTrail tools write it: an ISO-8601 string, or epoch seconds as a number
 * (fractions kept to the microsecond, the precision a double holds for today's dates). Null when
 * it is neither.
 */
export function eventTimeNs(value: unknown): bigint | null {
  if (typeof value === 'string') return parseIsoTimeNs(value);
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value < MAX_EPOCH_SECONDS) {
    const whole = Math.floor(value);
    const micros = Math.round((value - whole) * 1e6);
    return BigInt(whole) * NS_PER_SECOND + BigInt(micros) * 1000n;
  }
  return null;
}
