/**
 * Type-checks a filter tree against the field catalog: every field must exist, and every literal
 * must parse as its field's type (Falco's rules: integers are decimal, bools are true/false).
 */
import type { FieldRef, FilterNode, Literal } from './ast.js';
import { nearestNames } from './suggest.js';
import type { FieldInfo, FilterDiagnostic } from '../api.js';
import { resolveDynamicField } from '../schema/fields/index.js';

/** A literal converted to the value bound for its field. */
export type BoundValue = string | bigint | boolean;

/** The tree with fields resolved and literals converted. */
export type CheckedNode =
  | { readonly kind: 'or' | 'and'; readonly left: CheckedNode; readonly right: CheckedNode }
  | { readonly kind: 'not'; readonly operand: CheckedNode }
  | { readonly kind: 'compare'; readonly op: 'eq' | 'ne'; readonly field: FieldInfo; readonly value: BoundValue }
  | { readonly kind: 'exists'; readonly field: FieldInfo };

/** Resolves and converts the tree; all problems are reported, not just the first. */
export function checkFilter(ast: FilterNode, catalog: readonly FieldInfo[]): { checked: CheckedNode } | { diagnostics: FilterDiagnostic[] } {
  const diagnostics: FilterDiagnostic[] = [];
  const byName = new Map(catalog.map((field) => [field.name, field]));
  const checked = visit(ast, byName, diagnostics);
  return diagnostics.length > 0 ? { diagnostics } : { checked };
}

function visit(node: FilterNode, byName: ReadonlyMap<string, FieldInfo>, out: FilterDiagnostic[]): CheckedNode {
  switch (node.kind) {
    case 'or':
    case 'and':
      return { kind: node.kind, left: visit(node.left, byName, out), right: visit(node.right, byName, out) };
    case 'not':
      return { kind: 'not', operand: visit(node.operand, byName, out) };
    case 'exists':
      return { kind: 'exists', field: resolveField(node.field, byName, out) };
    case 'compare': {
      const field = resolveField(node.field, byName, out);
      return { kind: 'compare', op: node.op, field, value: convertLiteral(field, node.value, out) };
    }
  }
}

const UNKNOWN: FieldInfo = { name: '?', type: 'string', description: '', sql: 'NULL' };

function resolveField(ref: FieldRef, byName: ReadonlyMap<string, FieldInfo>, out: FilterDiagnostic[]): FieldInfo {
  const field = byName.get(ref.name) ?? resolveDynamicField(ref.name);
  if (field) return field;
  const nearest = nearestNames(ref.name, [...byName.keys()]);
  const hint = nearest.length > 0 ? `; did you mean ${nearest.map((n) => `'${n}'`).join(' or ')}?` : '';
  const what = /^[A-Za-z][\w]*(\.[A-Za-z][\w]*)+$/.test(ref.name) ? `unknown field '${ref.name}'` : `'${ref.name}' is not a field name`;
  out.push({ ...ref.span, message: what + hint });
  return UNKNOWN;
}

function convertLiteral(field: FieldInfo, literal: Literal, out: FilterDiagnostic[]): BoundValue {
  if (field === UNKNOWN) return literal.text;
  const converted = convertText(field, literal.text);
  if (typeof converted === 'object') {
    out.push({ ...literal.span, message: converted.error });
    return literal.text;
  }
  return converted;
}

function convertText(field: FieldInfo, text: string): BoundValue | { error: string } {
  switch (field.type) {
    case 'int':
    case 'time':
    case 'duration':
      return /^[+-]?\d+$/.test(text) ? BigInt(text) : { error: `${field.name} is an integer field: '${text}' is not a decimal integer` };
    case 'bool':
      return text === 'true' || text === 'false' ? text === 'true' : { error: `${field.name} is a boolean field: use true or false, not '${text}'` };
    case 'ip':
      return isIpAddress(text) ? text : { error: `${field.name} is an IP address field: '${text}' is not an IPv4 or IPv6 address` };
    case 'bytes':
      return { error: `comparing ${field.name} (bytes) is not supported yet` };
    case 'string':
      return text;
  }
}

function isIpAddress(text: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (v4) return v4.slice(1).every((part) => Number(part) <= 255);
  return /^[0-9A-Fa-f:.]+$/.test(text) && text.includes(':');
}
