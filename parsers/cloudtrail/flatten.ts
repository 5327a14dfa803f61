/**
 * Open-ended JSON subtrees of a record (`requestParameters`, `responseElements`,
 * `additionalEventData`) as `attrs` entries: objects are flattened with dots
 * (`ct.request.instancesSet.items.instanceId`), arrays add several values to one key (no
 * indexes), strings are their text, numbers and booleans their JSON text; null and empty objects
 * add nothing. A record's entries share one budget so that a hostile record cannot blow up a row.
 */

/** Limits of what one record may add to `attrs`. */
export interface FlattenLimits {
  /** distinct keys per record */
  readonly maxKeys: number;
  /** values per record, all keys together */
  readonly maxValues: number;
  /** UTF-16 code units per value; longer values are cut and end with `…` */
  readonly maxValueLength: number;
  /** object/array nesting below the subtree's root that is still followed */
  readonly maxDepth: number;
  /** UTF-16 code units of a key; entries under longer keys are left out */
  readonly maxKeyLength: number;
}

export const DEFAULT_FLATTEN_LIMITS: FlattenLimits = {
  maxKeys: 500, maxValues: 2000, maxValueLength: 64 * 1024, maxDepth: 32, maxKeyLength: 512,
};

/** Collects the flattened entries of one record, in first-seen key order. */
export class FlatAttrs {
  readonly entries = new Map<string, string[]>();
  private values = 0;
  /** what was cut, for one warning per record */
  readonly cuts = new Set<string>();

  constructor(private readonly limits: FlattenLimits = DEFAULT_FLATTEN_LIMITS) {}

  /** Adds one value under `key`, within the budget. */
  add(key: string, value: string): void {
    let list = this.entries.get(key);
    if (list === undefined) {
      if (key.length > this.limits.maxKeyLength) { this.cuts.add(`keys longer than ${this.limits.maxKeyLength} characters (left out)`); return; }
      if (this.entries.size >= this.limits.maxKeys) { this.cuts.add(`more than ${this.limits.maxKeys} keys`); return; }
      list = [];
      this.entries.set(key, list);
    }
    if (this.values >= this.limits.maxValues) { this.cuts.add(`more than ${this.limits.maxValues} values`); return; }
    this.values++;
    list.push(this.cut(value));
  }

  /** A value within maxValueLength. */
  cut(value: string): string {
    if (value.length <= this.limits.maxValueLength) return value;
    this.cuts.add(`values longer than ${this.limits.maxValueLength} characters (cut)`);
    return `${value.slice(0, this.limits.maxValueLength - 1)}…`;
  }

  /** Flattens `value` under `prefix` (`ct.request`); a scalar root is stored under the prefix. */
  flatten(prefix: string, value: unknown): void {
    this.walk(prefix, value, 0);
  }

  private walk(key: string, value: unknown, depth: number): void {
    if (value === null || value === undefined) return;
    if (typeof value === 'string') { this.add(key, value); return; }
    if (typeof value !== 'object') { this.add(key, String(value)); return; }
    if (depth >= this.limits.maxDepth) { this.cuts.add(`nesting deeper than ${this.limits.maxDepth} levels (not followed)`); return; }
    if (Array.isArray(value)) {
      for (const item of value) this.walk(key, item, depth + 1);
      return;
    }
    for (const [name, member] of Object.entries(value as Record<string, unknown>)) this.walk(`${key}.${name}`, member, depth + 1);
  }
}

/** JSON text of a value, or null when it cannot be serialized (nesting too deep for the stack). */
export function safeStringify(value: unknown): string | null {
  try {
    return JSON.stringify(value) ?? null;
  } catch {
    // RangeError from a pathologically nested value: the caller reports the field as missing
    return null;
  }
}
