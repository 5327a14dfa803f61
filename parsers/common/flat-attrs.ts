/**
 * The `attrs` entries of one record, collected before they are written so that a hostile record
 * cannot blow up a row: one budget of keys, values, value length and nesting per record, with
 * what was cut named for one warning. Open-ended JSON subtrees (`requestParameters`,
 * `output_fields`, kprobe args, …) are flattened with dots (`ct.request.instancesSet.items.
 * instanceId`); arrays add several values to one key (no indexes); strings are their text,
 * numbers and booleans their JSON text; null and empty objects add nothing. Used by the
 * CloudTrail, Falco, Tetragon and Tracee readers.
 */
import { type EventBatchBuilder } from './event-batch-builder.js';

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

  /**
   * `numberText` renders JSON numbers (default `String`); readers that keep integers past 2^53
   * exact pass theirs.
   */
  constructor(
    private readonly limits: FlattenLimits = DEFAULT_FLATTEN_LIMITS,
    private readonly numberText: (value: number) => string = String,
  ) {}

  /** Adds one value under `key`, within the budget (null/undefined add nothing). */
  add(key: string, value: string | null | undefined): void {
    if (value === null || value === undefined) return;
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

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Writes the entries to the builder's current row; returns what was cut (empty when nothing). */
  writeTo(b: EventBatchBuilder): string[] {
    for (const [key, values] of this.entries) if (values.length > 0) b.addAttr(key, values);
    return [...this.cuts];
  }

  /** Flattens `value` under `prefix` (`ct.request`); a scalar root is stored under the prefix. */
  flatten(prefix: string, value: unknown): void {
    this.walk(prefix, value, 0);
  }

  private walk(key: string, value: unknown, depth: number): void {
    if (value === null || value === undefined) return;
    if (typeof value === 'string') { this.add(key, value); return; }
    if (typeof value === 'number') { this.add(key, this.numberText(value)); return; }
    if (typeof value !== 'object') { this.add(key, String(value)); return; }
    if (depth >= this.limits.maxDepth) { this.cuts.add(`nesting deeper than ${this.limits.maxDepth} levels (not followed)`); return; }
    if (Array.isArray(value)) {
      for (const item of value) this.walk(key, item, depth + 1);
      return;
    }
    for (const [name, member] of Object.entries(value as Record<string, unknown>)) this.walk(`${key}.${name}`, member, depth + 1);
  }
}
