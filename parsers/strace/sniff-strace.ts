/**
 * Recognizes strace output from the first lines of an input.
 */
import { mostLinesMatch } from '../common/line-vote.js';
import { newStraceLine, parseStraceLine } from './line-parser.js';

/** True when most of the first non-empty lines parse as strace lines with a result, or as signal/exit/unfinished/resumed lines. */
export function looksLikeStrace(text: string): boolean {
  const line = newStraceLine();
  return mostLinesMatch(text, (candidate) => {
    const kind = parseStraceLine(candidate, line);
    return (kind === 'call' && line.hasResult) || kind === 'unfinished' || kind === 'resumed' || kind === 'signal' || kind === 'exit';
  });
}
