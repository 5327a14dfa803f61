/**
 * CloudTrail time stamps to int64 nanoseconds since the Unix epoch, UTC.
 *
 * `eventTime` is ISO-8601 in UTC with whole seconds (`2022-07-20T20:53:54Z`); other exporters
 * add fractions (`2020-09-14T00:44:23.000Z`, logstash's `@timestamp`), a numeric offset
 * (`2023-05-01T12:00:00+02:00`, the AWS CLI's LookupEvents output) or send epoch seconds as a
 * JSON number (the LookupEvents API itself). Every fraction digit is kept up to nanoseconds.
 */

const STAMP = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d+))?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?$/;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const NS_PER_SECOND = 1_000_000_000n;
/** Epoch seconds beyond this (year 5138) are not a time stamp. */
const MAX_EPOCH_SECONDS = 1e11;

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Nanoseconds since the epoch of an ISO-8601 date-time, or null when the text is not one or names
 * an impossible date. Without a zone the time is taken as UTC (CloudTrail writes only UTC).
 */
export function parseIsoTimeNs(text: string): bigint | null {
  const m = STAMP.exec(text.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number);
  if (month < 1 || month > 12 || day < 1) return null;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (day > monthDays || hour > 23 || minute > 59 || second > 60) return null;
  let offsetSeconds = 0;
  if (m[9] !== undefined) {
    const offsetHours = Number(m[10]);
    const offsetMinutes = Number(m[11]);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    offsetSeconds = (m[9] === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  const seconds = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetSeconds;
  const fraction = m[7] === undefined ? 0n : BigInt(m[7].slice(0, 9).padEnd(9, '0'));
  return BigInt(seconds) * NS_PER_SECOND + fraction;
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
