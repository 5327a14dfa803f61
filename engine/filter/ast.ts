/** Syntax tree of a filter. Every node carries the span of text it came from. */

/** A range of the filter text, 0-based, in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly length: number;
}

/** A field reference as written. */
export interface FieldRef {
  readonly name: string;
  readonly span: Span;
}

/** A right-hand literal as written (after unquoting). */
export interface Literal {
  readonly text: string;
  readonly quoted: boolean;
  readonly span: Span;
}

/** Comparison operators the simple form accepts. */
export type CompareOp = 'eq' | 'ne';

/** A filter expression. */
export type FilterNode =
  | { readonly kind: 'or' | 'and'; readonly left: FilterNode; readonly right: FilterNode; readonly span: Span }
  | { readonly kind: 'not'; readonly operand: FilterNode; readonly span: Span }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly field: FieldRef; readonly value: Literal; readonly span: Span }
  | { readonly kind: 'exists'; readonly field: FieldRef; readonly span: Span };

/** The span covering `a` through `b`. */
export function joinSpans(a: Span, b: Span): Span {
  return { start: a.start, length: b.start + b.length - a.start };
}
