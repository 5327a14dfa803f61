/**
 * Recognizes a Linux audit log from the first lines of an input.
 */

import { mostLinesMatch } from '../common/line-vote.js';

const RECORD = /^(?:node=\S+ )?type=[A-Za-z0-9_[\]-]+ msg=audit\((?:\d+(?:\.\d+)?|\d[\d/.-]+ \d\d:\d\d:\d\d(?:\.\d+)?):\d+\)/;

/**
 * True when most of the first lines that are not blank, `#` comments or ausearch separators
 * (`----`, `time->…`) are audit records: `[node=HOST ]type=T msg=audit(time:serial)…`.
 */
export function looksLikeAuditd(text: string): boolean {
  return mostLinesMatch(text, (line) => RECORD.test(line.trim()), (line) => {
    const trimmed = line.trim();
    return trimmed.startsWith('#') || trimmed.startsWith('----') || trimmed.startsWith('time->');
  });
}
