/**
 * Filter lexer. Accepts both dialects' spellings of the simple form: `==`/`=`, `!=`,
 * `&&`/`and`, `||`/`or`, `!`/`not`, parentheses, quoted strings and bare words.
 */
import type { Span } from './ast.js';
import type { FilterDiagnostic } from '../api.js';

/** Token kinds; keywords are words the parser recognises. */
export type TokenKind = 'word' | 'string' | 'eq' | 'ne' | 'and' | 'or' | 'not' | 'lparen' | 'rparen' | 'eof';

/** One token: `text` is the source text, `value` the unquoted value of strings. */
export interface Token {
  readonly kind: TokenKind;
  readonly text: string;
  readonly value: string;
  readonly span: Span;
}

const PUNCTUATION: readonly [string, TokenKind][] = [
  ['==', 'eq'], ['!=', 'ne'], ['&&', 'and'], ['||', 'or'], ['=', 'eq'], ['!', 'not'], ['(', 'lparen'], [')', 'rparen'],
];
const KEYWORDS: Readonly<Record<string, TokenKind>> = { and: 'and', or: 'or', not: 'not' };
const WORD_END = /[\s()=!&|,"'<>~]/;
const ESCAPES: Readonly<Record<string, string>> = { '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', '"': '"', "'": "'" };

/** Splits filter text into tokens, or reports the first lexical problem. */
export function tokenize(text: string): { tokens: Token[] } | { diagnostic: FilterDiagnostic } {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (/\s/.test(text[i])) { i++; continue; }
    const scanned = scanToken(text, i);
    if ('diagnostic' in scanned) return scanned;
    tokens.push(scanned.token);
    i = scanned.token.span.start + scanned.token.span.length;
  }
  tokens.push({ kind: 'eof', text: '', value: '', span: { start: text.length, length: 0 } });
  return { tokens };
}

function scanToken(text: string, start: number): { token: Token } | { diagnostic: FilterDiagnostic } {
  const c = text[start];
  if (c === '"' || c === "'") return scanString(text, start);
  for (const [symbol, kind] of PUNCTUATION) {
    if (text.startsWith(symbol, start)) return { token: { kind, text: symbol, value: symbol, span: { start, length: symbol.length } } };
  }
  if (WORD_END.test(c)) {
    const length = /[<>~&|]/.test(c) && /[=&|]/.test(text[start + 1] ?? '') ? 2 : 1;
    return { diagnostic: { start, length, message: `unexpected '${text.slice(start, start + length)}' (supported: == != and or not ( ))` } };
  }
  let end = start;
  while (end < text.length && !WORD_END.test(text[end])) end++;
  const word = text.slice(start, end);
  return { token: { kind: KEYWORDS[word] ?? 'word', text: word, value: word, span: { start, length: end - start } } };
}

function scanString(text: string, start: number): { token: Token } | { diagnostic: FilterDiagnostic } {
  const quote = text[start];
  let value = '';
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] !== '\\') { value += text[i++]; continue; }
    const escaped = unescapeAt(text, i);
    if ('diagnostic' in escaped) return escaped;
    value += escaped.value;
    i += escaped.length;
  }
  if (i >= text.length) return { diagnostic: { start, length: text.length - start, message: `unterminated string: missing closing ${quote}` } };
  const span = { start, length: i + 1 - start };
  return { token: { kind: 'string', text: text.slice(start, i + 1), value, span } };
}

function unescapeAt(text: string, i: number): { value: string; length: number } | { diagnostic: FilterDiagnostic } {
  const next = text[i + 1];
  if (next !== undefined && next in ESCAPES) return { value: ESCAPES[next], length: 2 };
  if (next === 'x' && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 2, i + 4))) {
    return { value: String.fromCharCode(parseInt(text.slice(i + 2, i + 4), 16)), length: 4 };
  }
  return { diagnostic: { start: i, length: next === undefined ? 1 : 2, message: 'unknown escape (use \\\\ \\" \\\' \\n \\r \\t \\xHH)' } };
}
