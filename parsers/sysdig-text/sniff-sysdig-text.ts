/**
 * Recognises sysdig text output (default layout, `-pc`/`-pk`, or the LID-DS `.sc` layout) from
 * the first lines of an input.
 */
import { mostLinesMatch } from '../common/line-vote.js';
import { newSysdigLine, parseSysdigLine } from './line-parser.js';

/** True when most of the first non-empty lines are sysdig event lines. */
export function looksLikeSysdigText(text: string): boolean {
  const line = newSysdigLine();
  return mostLinesMatch(text, (candidate) => parseSysdigLine(candidate, line));
}
