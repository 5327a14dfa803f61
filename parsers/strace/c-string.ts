/**
 * strace prints strings C-style: quoted, with `\n`, `\t`, octal `\303` and hex `\xc3` escapes,
 * and a trailing `...` when `-s` truncated them. These helpers read them back.
 */

const SIMPLE_ESCAPES: Record<string, number> = { n: 10, t: 9, r: 13, v: 11, f: 12, a: 7, b: 8, e: 27, '\\': 92, '"': 34, "'": 39, '?': 63 };
const decoder = new TextDecoder('utf-8');

/** A string literal read from strace text. */
export interface CString {
  readonly value: string;
  /** index just past the literal (and past a `...` truncation mark) */
  readonly end: number;
  readonly isTruncated: boolean;
}

/** Decodes the escapes of the text between a literal's quotes (bytes decoded as UTF-8). */
export function unescapeC(body: string): string {
  if (body.indexOf('\\') === -1) return body;
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c !== 92 || i + 1 >= body.length) { pushChar(bytes, body, i); if (c >= 0xd800 && c <= 0xdbff) i++; continue; }
    const next = body[++i];
    if (next in SIMPLE_ESCAPES) { bytes.push(SIMPLE_ESCAPES[next]); continue; }
    if (next === 'x') {
      const hex = /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1, i + 3))?.[0] ?? '';
      if (hex) { bytes.push(parseInt(hex, 16)); i += hex.length; continue; }
    }
    const octal = /^[0-7]{1,3}/.exec(body.slice(i, i + 3))?.[0] ?? '';
    if (octal) { bytes.push(parseInt(octal, 8) & 0xff); i += octal.length - 1; continue; }
    bytes.push(92);
    pushChar(bytes, body, i);
  }
  return decoder.decode(new Uint8Array(bytes));
}

function pushChar(bytes: number[], text: string, i: number): void {
  const code = text.codePointAt(i) ?? 0;
  if (code < 0x80) { bytes.push(code); return; }
  const encoded = new TextEncoder().encode(String.fromCodePoint(code));
  for (const b of encoded) bytes.push(b);
}

/** Index of the closing quote of the literal whose opening quote is at `start`, or -1. */
export function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 34) return i;
  }
  return -1;
}

/** Reads the literal starting at the quote at `start`. */
export function readCString(text: string, start: number): CString | null {
  const close = closingQuote(text, start);
  if (close === -1) return null;
  const isTruncated = text.startsWith('...', close + 1);
  return { value: unescapeC(text.slice(start + 1, close)), end: close + 1 + (isTruncated ? 3 : 0), isTruncated };
}

/** Reads an argv array `["a", "b"...]` at `start` (the `[`); `...` marks what strace cut off. */
export function readStringArray(text: string, start: number): string[] | null {
  if (text[start] !== '[') return null;
  const items: string[] = [];
  let i = start + 1;
  while (i < text.length) {
    while (text[i] === ' ' || text[i] === ',') i++;
    if (text[i] === ']') return items;
    if (text.startsWith('...', i)) { items.push('...'); i += 3; continue; }
    if (text[i] !== '"') return null;
    const literal = readCString(text, i);
    if (!literal) return null;
    items.push(literal.isTruncated ? `${literal.value}...` : literal.value);
    i = literal.end;
  }
  return null;
}

/** The executable path and argv of execve/execveat arguments: the first literal and the array after it. */
export function readExecArgs(args: string): { exe: string; argv: string[] | null } | null {
  const quote = args.indexOf('"');
  if (quote === -1) return null;
  const exe = readCString(args, quote);
  if (!exe) return null;
  let i = exe.end;
  while (args[i] === ',' || args[i] === ' ') i++;
  return { exe: exe.value, argv: readStringArray(args, i) };
}

/** Like `closingQuote`, but an unclosed literal runs to the last index of the text. */
export function closingQuoteOrEnd(text: string, start: number): number {
  const close = closingQuote(text, start);
  return close === -1 ? text.length - 1 : close;
}
