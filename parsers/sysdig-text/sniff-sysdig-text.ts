/**
 * Recognises sysdig text output (default layout, `-pc`/`-pk`, or the LID-DS `.sc` layout) from
 * the first lines of an input.
 */
import { newSysdigLine, parseSysdigLine } from './line-parser.js';

const SAMPLE_LINES = 20;

/** True when most of the first non-empty lines are sysdig event lines. */
export function looksLikeSysdigText(text: string): boolean {
  const lines = text.split('\n');
  if (lines.length > 1) lines.pop(); // the last line may be cut by the head's end
  const line = newSysdigLine();
  let seen = 0;
  let matched = 0;
  for (const candidate of lines) {
    if (candidate.trim() === '') continue;
    if (++seen > SAMPLE_LINES) break;
    if (parseSysdigLine(candidate.replace(/\r$/, ''), line)) matched++;
  }
  return seen > 0 && matched * 2 > Math.min(seen, SAMPLE_LINES);
}
