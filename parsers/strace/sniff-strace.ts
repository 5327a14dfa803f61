/**
 * Recognizes strace output from the first lines of an input.
 */
import { newStraceLine, parseStraceLine } from './line-parser.js';

const SAMPLE_LINES = 20;

/** True when most of the first non-empty lines parse as strace lines with a result, or as signal/exit/unfinished/resumed lines. */
export function looksLikeStrace(text: string): boolean {
  const lines = text.split('\n');
  if (lines.length > 1) lines.pop(); // the last line may be cut by the head's end
  const line = newStraceLine();
  let seen = 0;
  let matched = 0;
  for (const candidate of lines) {
    if (candidate.trim() === '') continue;
    if (++seen > SAMPLE_LINES) break;
    const kind = parseStraceLine(candidate.replace(/\r$/, ''), line);
    if ((kind === 'call' && line.hasResult) || kind === 'unfinished' || kind === 'resumed' || kind === 'signal' || kind === 'exit') matched++;
  }
  return seen > 0 && matched * 2 > Math.min(seen, SAMPLE_LINES);
}
