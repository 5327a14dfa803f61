/**
 * Filter parser: recursive descent over {@link tokenize}'s tokens.
 *
 *   expr    := and ( ('or' | '||') and )*
 *   and     := unary ( ('and' | '&&') unary )*
 *   unary   := ('not' | '!') unary | primary
 *   primary := '(' expr ')' | field [ ('==' | '=' | '!=') value ]      (a bare field means "exists")
 *   value   := word | string
 */
import { joinSpans, type FilterNode, type Literal } from './ast.js';
import type { Token } from './lexer.js';
import type { FilterDiagnostic } from '../api.js';

class ParseFailure extends Error {
  constructor(readonly diagnostic: FilterDiagnostic) {
    super(diagnostic.message);
  }
}

/** Builds the tree from tokens (which end with `eof`), or reports the first syntax error. */
export function parseTokens(tokens: readonly Token[]): { ast: FilterNode } | { diagnostic: FilterDiagnostic } {
  const parser = new Parser(tokens);
  try {
    const ast = parser.expression();
    parser.expectEnd();
    return { ast };
  } catch (error) {
    if (error instanceof ParseFailure) return { diagnostic: error.diagnostic };
    throw error;
  }
}

class Parser {
  private index = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  expression(): FilterNode {
    let left = this.conjunction();
    while (this.peek().kind === 'or') {
      this.index++;
      const right = this.conjunction();
      left = { kind: 'or', left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  expectEnd(): void {
    const token = this.peek();
    if (token.kind === 'rparen') this.fail(token, "unmatched ')'");
    if (token.kind !== 'eof') this.fail(token, `expected 'and', 'or' or the end of the filter, found '${token.text}'`);
  }

  private conjunction(): FilterNode {
    let left = this.unary();
    while (this.peek().kind === 'and') {
      this.index++;
      const right = this.unary();
      left = { kind: 'and', left, right, span: joinSpans(left.span, right.span) };
    }
    return left;
  }

  private unary(): FilterNode {
    const token = this.peek();
    if (token.kind !== 'not') return this.primary();
    this.index++;
    const operand = this.unary();
    return { kind: 'not', operand, span: joinSpans(token.span, operand.span) };
  }

  private primary(): FilterNode {
    const token = this.next();
    if (token.kind === 'lparen') return this.group(token);
    if (token.kind !== 'word') this.fail(token, token.kind === 'eof' ? 'expected a field name, found the end of the filter' : `expected a field name, found '${token.text}'`);
    const field = { name: token.value, span: token.span };
    const op = this.peek();
    if (op.kind !== 'eq' && op.kind !== 'ne') return { kind: 'exists', field, span: field.span };
    this.index++;
    const value = this.literal();
    return { kind: 'compare', op: op.kind, field, value, span: joinSpans(field.span, value.span) };
  }

  private group(open: Token): FilterNode {
    const inner = this.expression();
    const close = this.next();
    if (close.kind !== 'rparen') this.fail(close.kind === 'eof' ? open : close, close.kind === 'eof' ? "unclosed '('" : `expected ')', found '${close.text}'`);
    return { ...inner, span: joinSpans(open.span, close.span) };
  }

  private literal(): Literal {
    const token = this.next();
    if (token.kind === 'string') return { text: token.value, quoted: true, span: token.span };
    if (token.kind === 'word') return { text: token.value, quoted: false, span: token.span };
    return this.fail(token, token.kind === 'eof' ? 'expected a value, found the end of the filter' : `expected a value, found '${token.text}' (quote it to compare with it)`);
  }

  private peek(): Token {
    return this.tokens[Math.min(this.index, this.tokens.length - 1)];
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.index++;
    return token;
  }

  private fail(token: Token, message: string): never {
    throw new ParseFailure({ start: token.span.start, length: Math.max(token.span.length, 1), message });
  }
}
