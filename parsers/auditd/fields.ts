/**
 * The `key=value` fields of an audit record body, and the decoding of the values the kernel
 * writes hex-encoded.
 *
 * Raw records (auditd `log_format=RAW`/`ENRICHED`): a value is `"quoted"` (the kernel quotes
 * strings that need no escaping), `'single quoted'` (the `msg='…'` of user-space records, which
 * holds its own fields), `{ … }` (auditd's interpreted `SADDR={ … }`), or bare up to the next
 * space. Words without `=` (`auditd start,`, `avc:  denied  { read } for`) are skipped.
 * Interpreted records (`ausearch -i`) are not quoted at all: a value runs to the next ` key=`.
 */

/** One field; `quote` is the quote character the value had (`"`, `'`, `{`) or '' when bare. */
export interface AuditField {
  readonly key: string;
  readonly value: string;
  readonly quote: '' | '"' | "'" | '{';
}

const SPACE = 32;
const EQUALS = 61;

/** Fields of `text` between `start` and `end`, raw-format rules. */
export function parseRawFields(text: string, start = 0, end = text.length): AuditField[] {
  const fields: AuditField[] = [];
  let i = start;
  while (i < end) {
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i >= end) break;
    const keyStart = i;
    while (i < end && text.charCodeAt(i) !== SPACE && text.charCodeAt(i) !== EQUALS) i++;
    if (i >= end || text.charCodeAt(i) === SPACE || i === keyStart) {
      // a bare word: skip it (and a lone '=' word)
      while (i < end && text.charCodeAt(i) !== SPACE) i++;
      continue;
    }
    const key = text.slice(keyStart, i);
    i++;
    const open = text[i];
    if (open === '"' || open === "'") {
      const close = text.indexOf(open, i + 1);
      const stop = close === -1 || close >= end ? end : close;
      fields.push({ key, value: text.slice(i + 1, stop), quote: open });
      i = stop + 1;
    } else if (open === '{') {
      const close = text.indexOf('}', i + 1);
      const stop = close === -1 || close >= end ? end : close;
      fields.push({ key, value: text.slice(i + 1, stop).trim(), quote: '{' });
      i = stop + 1;
    } else {
      const valueStart = i;
      while (i < end && text.charCodeAt(i) !== SPACE) i++;
      fields.push({ key, value: text.slice(valueStart, i), quote: '' });
    }
  }
  return fields;
}

const INTERPRETED_KEY = /(?:^|\s)([A-Za-z_][\w\-[\]]*)=/g;

/**
 * Fields of an `ausearch -i` body: each value runs to the next ` key=` (values hold spaces there:
 * `exit=ENOENT(No such file or directory)`, `proctitle=bash -c ls`); `msg='…'` keeps its quotes'
 * content whole.
 */
export function parseInterpretedFields(text: string): AuditField[] {
  const fields: AuditField[] = [];
  const keys: { key: string; valueStart: number; matchStart: number }[] = [];
  INTERPRETED_KEY.lastIndex = 0;
  for (let m = INTERPRETED_KEY.exec(text); m !== null; m = INTERPRETED_KEY.exec(text)) {
    const valueStart = m.index + m[0].length;
    keys.push({ key: m[1], valueStart, matchStart: m.index });
    if (text[valueStart] === "'") {
      const close = text.indexOf("'", valueStart + 1);
      if (close !== -1) INTERPRETED_KEY.lastIndex = close + 1;
    }
  }
  for (let k = 0; k < keys.length; k++) {
    const { key, valueStart } = keys[k];
    const valueEnd = k + 1 < keys.length ? keys[k + 1].matchStart : text.length;
    let value = text.slice(valueStart, valueEnd).trim();
    let quote: AuditField['quote'] = '';
    if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) { value = value.slice(1, -1); quote = "'"; }
    fields.push({ key, value, quote });
  }
  return fields;
}

/** The value of the first field named `key`, or undefined. */
export function fieldValue(fields: readonly AuditField[], key: string): string | undefined {
  for (const field of fields) if (field.key === key) return field.value;
  return undefined;
}

/** The first field named `key`, or undefined. */
export function findField(fields: readonly AuditField[], key: string): AuditField | undefined {
  for (const field of fields) if (field.key === key) return field;
  return undefined;
}

/** Values auditd writes bare that mean "no value" rather than hex. */
const PLACEHOLDERS = new Set(['(null)', '(none)', '?']);

/** Fields whose untrusted value the kernel or libaudit hex-encodes when it holds spaces, quotes or control bytes. */
export const ESCAPED_FIELDS = new Set([
  'name', 'cwd', 'comm', 'exe', 'path', 'proctitle', 'key', 'acct', 'cmd', 'data', 'ocomm', 'watch', 'dir',
  'root_dir', 'sw', 'vm', 'grp', 'new_group',
]);

/** A decoded escaped value: `value` null for `(null)`; `isBroken` when it was neither quoted nor valid hex. */
export interface DecodedValue {
  readonly value: string | null;
  readonly isBroken: boolean;
}

const utf8 = new TextDecoder('utf-8');

/** Decodes an escaped field (`name=2F746D70` → `/tmp`, `name="/tmp"` stays); interpreted values stand as they are. */
export function decodeEscaped(field: AuditField, isInterpreted = false): DecodedValue {
  if (field.quote !== '' || isInterpreted) return { value: field.value, isBroken: false };
  if (field.value === '(null)') return { value: null, isBroken: false };
  if (PLACEHOLDERS.has(field.value)) return { value: field.value, isBroken: false };
  const bytes = hexBytes(field.value);
  if (bytes === null) return { value: field.value, isBroken: true };
  return { value: utf8.decode(bytes), isBroken: false };
}

/** Bytes of an even-length hex string, or null when it is not one (empty included). */
export function hexBytes(hex: string): Uint8Array | null {
  if (hex.length === 0 || hex.length % 2 !== 0) return null;
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) {
    const high = hexDigit(hex.charCodeAt(2 * i));
    const low = hexDigit(hex.charCodeAt(2 * i + 1));
    if (high < 0 || low < 0) return null;
    bytes[i] = (high << 4) | low;
  }
  return bytes;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** A decimal integer field (`pid=42`, `exit=-2`), or null when it is not one (`uid=root` in ausearch -i). */
export function decimal(value: string | undefined): number | null {
  if (value === undefined || !/^-?\d{1,16}$/.test(value)) return null;
  return Number(value);
}
