/** Hex + ASCII lines of a byte buffer, 16 bytes a line, as Wireshark's bytes pane shows them. */

/** One line of a hex dump: offset, hex pairs, printable ASCII ('.' for the rest). */
export interface HexLine { readonly offset: string; readonly hex: string; readonly ascii: string }

const BYTES_PER_LINE = 16;

/** The first `maxBytes` of `bytes` as dump lines (the caller says when it was cut). */
export function hexDump(bytes: Uint8Array, maxBytes = 64 * 1024): HexLine[] {
  const end = Math.min(bytes.length, maxBytes);
  const width = Math.max(4, end.toString(16).length);
  const lines: HexLine[] = [];
  for (let start = 0; start < end; start += BYTES_PER_LINE) {
    const row = bytes.subarray(start, Math.min(end, start + BYTES_PER_LINE));
    const pairs: string[] = [];
    let ascii = '';
    for (let i = 0; i < BYTES_PER_LINE; i++) {
      if (i < row.length) {
        pairs.push(row[i].toString(16).padStart(2, '0'));
        ascii += row[i] >= 0x20 && row[i] < 0x7f ? String.fromCharCode(row[i]) : '.';
      } else {
        pairs.push('  ');
      }
      if (i === 7) pairs.push('');
    }
    lines.push({ offset: start.toString(16).padStart(width, '0'), hex: pairs.join(' '), ascii });
  }
  return lines;
}
