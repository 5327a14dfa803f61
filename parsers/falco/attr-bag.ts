/**
 * The `attrs` entries of one record, collected before they are written so that a hostile record
 * cannot blow up a row: a budget of keys, values, value length and nesting, with what was cut
 * named for one warning. Open-ended subtrees are flattened with dots; arrays add several values
 * to one key (no indexes); strings are their text, numbers their exact JSON text (integers past
 * 2^53 too), booleans `true`/`false`; null adds nothing.
 */
import { type EventBatchBuilder } from '../common/event-batch-builder.js';
import { type PreciseIntegers } from './json-values.js';

/** Limits of what one record may add to `attrs`. */
export interface AttrLimits {
  readonly maxKeys: number;
  readonly maxValues: number;
  /** UTF-16 code units per value; longer values are cut and end with `…` */
  readonly maxValueLength: number;
  readonly maxDepth: number;
  readonly maxKeyLength: number;
}

export const DEFAULT_ATTR_LIMITS: AttrLimits = {
  maxKeys: 500, maxValues: 2000, maxValueLength: 64 * 1024, maxDepth: 16, maxKeyLength: 512,
};

/** Collects one record's attrs. */
export class AttrBag {
  private readonly entries = new Map<string, string[]>();
  private values = 0;
  /** what was cut, for one warning per record */
  readonly cuts = new Set<string>();

  constructor(private readonly precise: PreciseIntegers, private readonly limits: AttrLimits = DEFAULT_ATTR_LIMITS) {}

  /** Adds one value under `key` (null/undefined add nothing). */
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
    if (value.length > this.limits.maxValueLength) {
      this.cuts.add(`values longer than ${this.limits.maxValueLength} characters (cut)`);
      value = `${value.slice(0, this.limits.maxValueLength - 1)}…`;
    }
    list.push(value);
  }

  /** Adds a scalar JSON value (string, number, boolean) under `key`; objects and arrays are flattened. */
  flatten(key: string, value: unknown, depth = 0): void {
    if (value === null || value === undefined) return;
    if (typeof value === 'string') { this.add(key, value); return; }
    if (typeof value === 'number') { this.add(key, this.precise.text(value)); return; }
    if (typeof value === 'boolean') { this.add(key, String(value)); return; }
    if (typeof value !== 'object') return;
    if (depth >= this.limits.maxDepth) { this.cuts.add(`nesting deeper than ${this.limits.maxDepth} levels (not followed)`); return; }
    if (Array.isArray(value)) {
      for (const item of value) this.flatten(key, item, depth + 1);
      return;
    }
    for (const [name, member] of Object.entries(value as Record<string, unknown>)) this.flatten(`${key}.${name}`, member, depth + 1);
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  /** Writes the entries to the current row; returns what was cut (empty when nothing). */
  writeTo(b: EventBatchBuilder): string[] {
    for (const [key, values] of this.entries) if (values.length > 0) b.addAttr(key, values);
    return [...this.cuts];
  }
}
