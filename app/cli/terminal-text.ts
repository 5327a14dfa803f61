/**
 * Captured text is hostile: before it reaches a terminal, control characters (C0, DEL, C1) and
 * the Unicode format characters that reorder or hide text (bidi overrides, zero-width, line and
 * paragraph separators) are replaced by visible escapes.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/gu;

const UNSAFE_ONE = new RegExp(UNSAFE.source, 'u');

/** The text with every unsafe character written as `\xHH` or `\u{HHHH}`. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, escapeChar);
}

/** Escapes a text and returns, for each input offset, the column it starts at in the output. */
export function escapeWithColumns(text: string): { text: string; columns: number[] } {
  const columns: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    columns.push(out.length);
    const c = text[i];
    out += UNSAFE_ONE.test(c) ? escapeChar(c) : c;
  }
  columns.push(out.length);
  return { text: out, columns };
}

function escapeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  if (c === '\n') return '\\n';
  if (c === '\t') return '\\t';
  if (c === '\r') return '\\r';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}
