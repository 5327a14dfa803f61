/**
 * Sniffing of line-oriented text formats: do most of the first lines look like the format?
 */

/** Lines looked at. */
export const SNIFF_LINES = 20;

/**
 * True when more than half of the first {@link SNIFF_LINES} counted lines of `text` (the head of
 * an input: its last line may be cut, so it is dropped) satisfy `matches`. Blank lines, and lines
 * `ignore` accepts (comments, separators), are not counted. Lines come without `\r`.
 */
export function mostLinesMatch(text: string, matches: (line: string) => boolean, ignore: (line: string) => boolean = () => false): boolean {
  const lines = text.split('\n');
  if (lines.length > 1) lines.pop();
  let seen = 0;
  let matched = 0;
  for (const candidate of lines) {
    const line = candidate.replace(/\r$/, '');
    if (line.trim() === '' || ignore(line)) continue;
    if (++seen > SNIFF_LINES) break;
    if (matches(line)) matched++;
  }
  return seen > 0 && matched * 2 > Math.min(seen, SNIFF_LINES);
}
