/**
 * Recognizes a Linux audit log from the first lines of an input.
 */

const SAMPLE_LINES = 20;
const RECORD = /^(?:node=\S+ )?type=[A-Za-z0-9_[\]-]+ msg=audit\((?:\d+(?:\.\d+)?|\d[\d/.-]+ \d\d:\d\d:\d\d(?:\.\d+)?):\d+\)/;

/**
 * True when most of the first lines that are not blank, `#` comments or ausearch separators
 * (`----`, `time->…`) are audit records: `[node=HOST ]type=T msg=audit(time:serial)…`.
 */
export function looksLikeAuditd(text: string): boolean {
  const lines = text.split('\n');
  if (lines.length > 1) lines.pop(); // the last line may be cut by the head's end
  let seen = 0;
  let matched = 0;
  for (const candidate of lines) {
    const line = candidate.trim();
    if (line === '' || line.startsWith('#') || line.startsWith('----') || line.startsWith('time->')) continue;
    if (++seen > SAMPLE_LINES) break;
    if (RECORD.test(line)) matched++;
  }
  return seen > 0 && matched * 2 > Math.min(seen, SAMPLE_LINES);
}
