/**
 * Small typed accessors over parsed JSON values and the column conventions the runtime-security
 * readers share (short container ids, process names from paths, integers that JSON.parse rounds).
 */
import { COL } from '../common/arrow-schema.js';
import { type EventBatchBuilder } from '../common/event-batch-builder.js';

/** A JSON object, or null. */
export type JsonObject = Record<string, unknown>;

/** `value` as an object (not an array), or null. */
export function obj(value: unknown): JsonObject | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value as JsonObject : null;
}

/** A non-empty string, or null (`<NA>`, Falco's "not available", counts as absent). */
export function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' && value !== '<NA>' ? value : null;
}

/** `value` as an array, or an empty one. */
export function arr(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Exact decimal text of the integers above 2^53 in a record's text, keyed by the text of the
 * double JSON.parse made of them (`1651447772918828894` parses to 1651447772918828800). Empty when
 * the text has no such numbers, which is the common case and costs one regex test.
 */
export class PreciseIntegers {
  private readonly exact = new Map<string, string | null>();

  constructor(text: string) {
    if (!/\d{16}/.test(text)) return;
    for (const match of text.matchAll(/(?<![\w."])-?\d{16,}(?![\d.eE"])/g)) {
      const literal = match[0];
      const key = String(Number(literal));
      const known = this.exact.get(key);
      // two different literals that round alike cannot be told apart: keep the rounded value
      this.exact.set(key, known === undefined || known === literal ? literal : null);
    }
  }

  /** The exact text of a parsed number (its JSON text when it was exact already). */
  text(value: number): string {
    if (Number.isSafeInteger(value) || !Number.isInteger(value)) return String(value);
    return this.exact.get(String(value)) ?? BigInt(value).toString();
  }

  /** A parsed integer (or integer string) as a bigint with its exact digits, or null. */
  bigint(value: unknown): bigint | null {
    if (typeof value === 'number') return Number.isInteger(value) ? BigInt(this.text(value)) : null;
    if (typeof value === 'string' && /^-?\d{1,20}$/.test(value)) return BigInt(value);
    return null;
  }
}

/** A JSON number or integer string that fits a safe integer, or null. */
export function int(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string' && /^-?\d{1,15}$/.test(value)) return Number(value);
  return null;
}

/** The last path component (`/usr/bin/curl` → `curl`). */
export function basename(path: string): string {
  const trimmed = path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path;
  const slash = trimmed.lastIndexOf('/');
  return slash === -1 ? trimmed : trimmed.slice(slash + 1);
}

/**
 * A container id as Falco's `container.id` shows it: the runtime prefix (`docker://`,
 * `containerd://`, `cri-o://`) dropped and cut to 12 characters, so ids from every source match.
 */
export function shortContainerId(id: string): string {
  const scheme = id.indexOf('://');
  const bare = scheme === -1 ? id : id.slice(scheme + 3);
  return /^[0-9a-f]{13,}$/i.test(bare) ? bare.slice(0, 12) : bare;
}

/** Sets a utf8 column when the value is a usable string. */
export function setText(b: EventBatchBuilder, col: number, value: unknown): boolean {
  const text = str(value);
  if (text === null) return false;
  b.setUtf8(col, text);
  return true;
}

/** Sets a utf8 column from the first usable string among `values`. */
export function setFirstText(b: EventBatchBuilder, col: number, ...values: unknown[]): boolean {
  for (const value of values) if (setText(b, col, value)) return true;
  return false;
}

/** Sets an int64 column when the value is a safe integer (number or integer string). */
export function setInt(b: EventBatchBuilder, col: number, value: unknown): boolean {
  const n = int(value);
  if (n === null) return false;
  b.setInt64(col, n);
  return true;
}

/** Sets a port column (int32) when the value is a port number. */
export function setPort(b: EventBatchBuilder, col: number, value: unknown): boolean {
  const n = int(value);
  if (n === null || n < 0 || n > 65535) return false;
  b.setInt32(col, n);
  return true;
}

/** Sets `res`, `failed` and `errno_name` from a syscall-style return value (negative errno on failure). */
export function setSyscallResult(b: EventBatchBuilder, res: number, errnoNameOf: (errno: number) => string | undefined): void {
  b.setInt64(COL.res, res);
  b.setBool(COL.failed, res < 0);
  if (res < 0) {
    const name = errnoNameOf(-res);
    if (name !== undefined) b.setUtf8(COL.errno_name, name);
  }
}

/** The text of a scalar for `attrs` (strings as is, numbers exactly, booleans as true/false), or null. */
export function scalarText(value: unknown, precise: PreciseIntegers): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return precise.text(value);
  if (typeof value === 'boolean') return String(value);
  return null;
}
