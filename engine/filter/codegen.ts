/**
 * SQL generation from a checked filter. Values are never spliced into the text: each becomes a
 * `?` placeholder and an entry of `params`, in placeholder order.
 *
 * Falco semantics for missing values: a comparison on a field with no value is false, `!=`
 * included, so comparisons are wrapped in `coalesce(…, false)` and `not` stays two-valued.
 * A multi-valued field (a list in `attrs`) matches `==` when any value does, `!=` when none does.
 */
import type { CheckedNode, BoundValue } from './checker.js';

/** SQL boolean expression over `events` plus its bound parameters. */
export interface GeneratedSql {
  readonly sql: string;
  readonly params: BoundValue[];
}

/** Generates the WHERE expression for a checked tree. */
export function generateSql(node: CheckedNode): GeneratedSql {
  const params: BoundValue[] = [];
  const sql = emit(node, params);
  return { sql, params };
}

function emit(node: CheckedNode, params: BoundValue[]): string {
  switch (node.kind) {
    case 'or':
      return `(${emit(node.left, params)} OR ${emit(node.right, params)})`;
    case 'and':
      return `(${emit(node.left, params)} AND ${emit(node.right, params)})`;
    case 'not':
      return `(NOT ${emit(node.operand, params)})`;
    case 'exists':
      if (node.field.multi) return `coalesce(len(${operand(node.field.sql)}) > 0, false)`;
      return `(${operand(node.field.sql)} IS NOT NULL)`;
    case 'compare':
      params.push(node.field.multi ? String(node.value) : node.value);
      // a multi-valued field (ka.user.groups) equals a value when any of its values does
      if (node.field.multi) return `coalesce(${node.op === 'eq' ? '' : 'NOT '}list_contains(${operand(node.field.sql)}, ?), false)`;
      return `coalesce(${operand(node.field.sql)} ${node.op === 'eq' ? '=' : '<>'} ?, false)`;
  }
}

function operand(sql: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(sql) ? sql : `(${sql})`;
}
