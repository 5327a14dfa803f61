import type { CompiledFilter, FieldInfo, FilterDiagnostic } from '../api.js';
import { FIELD_CATALOG } from '../schema/catalog.js';
import type { FilterNode } from './ast.js';
import { checkFilter } from './checker.js';
import { generateSql } from './codegen.js';
import { tokenize, type Token } from './lexer.js';
import { parseTokens } from './parser.js';

/** Every stage of a compilation, for debugging (`ephemera query --explain`). */
export interface FilterExplanation {
  readonly tokens?: readonly Token[];
  readonly ast?: FilterNode;
  readonly result: CompiledFilter;
}

/**
 * Compiles filter text to a SQL boolean expression over `events` with `?` placeholders.
 * Pure: the same text and catalog always give the same result. Empty text matches everything.
 */
export function compileFilter(text: string, catalog: readonly FieldInfo[] = FIELD_CATALOG): CompiledFilter {
  return explainFilter(text, catalog).result;
}

/** Like {@link compileFilter}, also returning the tokens and tree. */
export function explainFilter(text: string, catalog: readonly FieldInfo[] = FIELD_CATALOG): FilterExplanation {
  if (text.trim() === '') return { tokens: [], result: { ok: true, sql: 'TRUE', params: [], fields: [] } };
  const lexed = tokenize(text);
  if ('diagnostic' in lexed) return { result: failure([lexed.diagnostic]) };
  const parsed = parseTokens(lexed.tokens);
  if ('diagnostic' in parsed) return { tokens: lexed.tokens, result: failure([parsed.diagnostic]) };
  const checked = checkFilter(parsed.ast, catalog);
  if ('diagnostics' in checked) return { tokens: lexed.tokens, ast: parsed.ast, result: failure(checked.diagnostics) };
  const { sql, params } = generateSql(checked.checked);
  return { tokens: lexed.tokens, ast: parsed.ast, result: { ok: true, sql, params, fields: fieldsOf(parsed.ast) } };
}

function failure(diagnostics: readonly FilterDiagnostic[]): CompiledFilter {
  return { ok: false, diagnostics };
}

function fieldsOf(node: FilterNode, out = new Set<string>()): string[] {
  switch (node.kind) {
    case 'or': case 'and': fieldsOf(node.left, out); fieldsOf(node.right, out); break;
    case 'not': fieldsOf(node.operand, out); break;
    case 'compare': case 'exists': out.add(node.field.name); break;
  }
  return [...out];
}
