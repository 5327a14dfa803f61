/**
 * Format sniffing from the first bytes of a (decompressed) input.
 */
import { type ParseError, type SourceKind } from './common/types.js';
import { looksLikeStrace } from './strace/sniff-strace.js';

/** Bytes `parseStream` collects before sniffing (less when the input is shorter). */
export const SNIFF_BYTES = 64 * 1024;

const SCAP_SECTION_HEADER = [0x0a, 0x0d, 0x0d, 0x0a];

/**
 * The format of an input from its first bytes (already gunzipped: `parseStream` handles gzip);
 * `name` is for messages only. Errors: `empty`, `binary`, `unknown-format`.
 */
export function sniffFormat(head: Uint8Array, name: string): { kind: SourceKind } | ParseError {
  if (head.length === 0) return { code: 'empty', message: `${name} is empty` };
  if (SCAP_SECTION_HEADER.every((b, i) => head[i] === b)) return { kind: 'scap' };
  if (isBinary(head)) return { code: 'binary', message: `${name} is a binary file of an unknown format (not strace text, not gzip)` };
  const text = new TextDecoder('utf-8').decode(head);
  if (looksLikeStrace(text)) return { kind: 'strace' };
  return { code: 'unknown-format', message: `${name}: unknown format (the first lines are not strace output)` };
}

/** NUL bytes, or more than 10% control bytes other than tab/CR/LF/ESC/FF, in the first 4 KiB. */
function isBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 27 && b !== 12) control++;
  }
  return control * 10 > sample.length;
}
