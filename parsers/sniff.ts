/**
 * Format sniffing from the first bytes of a (decompressed) input: the content decides, never
 * the file name. Binary formats by magic; JSON log kinds by asking each reader's `looksLike…`
 * about the first complete records; text kinds by their line shapes.
 */
import { firstJsonRecords } from './common/json-records.js';
import { type ParseError, type SourceKind } from './common/types.js';
import { looksLikeStrace } from './strace/sniff-strace.js';
import { looksLikeK8sAudit } from './k8saudit/sniff-k8saudit.js';
import { looksLikeCloudTrail } from './cloudtrail/sniff-cloudtrail.js';
import { looksLikeAuditd } from './auditd/sniff-auditd.js';
import { looksLikeGcpAudit } from './gcpaudit/sniff-gcpaudit.js';
import { looksLikeAzure } from './azure/sniff-azure.js';
import { looksLikeOkta } from './okta/sniff-okta.js';
import { looksLikeGitHub } from './github/sniff-github.js';
import { looksLikeFalco } from './falco/sniff-falco.js';
import { looksLikeTetragon } from './tetragon/sniff-tetragon.js';
import { looksLikeTracee } from './tracee/sniff-tracee.js';
import { looksLikeSysdigText } from './sysdig-text/sniff-sysdig-text.js';

/** Bytes `parseStream` collects before sniffing (less when the input is shorter). */
export const SNIFF_BYTES = 64 * 1024;

const SCAP_SECTION_HEADER = [0x0a, 0x0d, 0x0d, 0x0a];

/** JSON kinds, most specific first: each test sees one parsed record. */
const JSON_SNIFFERS: readonly (readonly [SourceKind, (record: unknown) => boolean])[] = [
  ['k8saudit', looksLikeK8sAudit],
  ['cloudtrail', looksLikeCloudTrail],
  ['gcpaudit', looksLikeGcpAudit],
  ['azure', looksLikeAzure],
  ['okta', looksLikeOkta],
  ['github', looksLikeGitHub],
  ['falco', looksLikeFalco],
  ['tetragon', looksLikeTetragon],
  ['tracee', looksLikeTracee],
];

/** Text kinds, most specific first: each test sees the head decoded as UTF-8. */
const TEXT_SNIFFERS: readonly (readonly [SourceKind, (text: string) => boolean])[] = [
  ['auditd', looksLikeAuditd],
  ['sysdig-text', looksLikeSysdigText],
  ['strace', looksLikeStrace],
];

/** How many of the first records are shown to the JSON sniffers. */
const RECORDS_SNIFFED = 8;

/**
 * The format of an input from its first bytes (already gunzipped: `parseStream` handles gzip);
 * `name` is for messages only. Errors: `empty`, `binary`, `unknown-format`.
 */
export function sniffFormat(head: Uint8Array, name: string): { kind: SourceKind } | ParseError {
  if (head.length === 0) return { code: 'empty', message: `${name} is empty` };
  if (SCAP_SECTION_HEADER.every((b, i) => head[i] === b)) return { kind: 'scap' };
  if (isBinary(head)) return { code: 'binary', message: `${name} is a binary file of an unknown format (not a capture, not text, not gzip)` };
  const records = firstJsonRecords(head, RECORDS_SNIFFED);
  const jsonKind = sniffJson(records);
  if (jsonKind) return { kind: jsonKind };
  const text = new TextDecoder('utf-8').decode(head);
  for (const [kind, test] of TEXT_SNIFFERS) if (test(text)) return { kind };
  if (records.length > 0) {
    return { code: 'unknown-format', message: `${name}: JSON records of a kind Ephemera does not read (the first has ${describeKeys(records[0])})` };
  }
  return { code: 'unknown-format', message: `${name}: unknown format (neither a capture nor a log Ephemera reads; the first line is ${JSON.stringify(firstLine(text))})` };
}

/** The kind most of the first records look like (ties: the first record's kind). */
function sniffJson(records: readonly unknown[]): SourceKind | undefined {
  const votes = new Map<SourceKind, number>();
  for (const record of records) {
    const match = JSON_SNIFFERS.find(([, test]) => safely(test, record));
    if (match) votes.set(match[0], (votes.get(match[0]) ?? 0) + 1);
  }
  let best: SourceKind | undefined;
  for (const [kind, count] of votes) if (best === undefined || count > (votes.get(best) ?? 0)) best = kind;
  return best;
}

function safely(test: (record: unknown) => boolean, record: unknown): boolean {
  try {
    return test(record);
  } catch {
    return false;
  }
}

function describeKeys(record: unknown): string {
  if (record === null || typeof record !== 'object') return `type ${record === null ? 'null' : typeof record}`;
  const keys = Object.keys(record).slice(0, 6).map((k) => JSON.stringify(k.slice(0, 40)));
  return keys.length === 0 ? 'no keys' : `keys ${keys.join(', ')}${Object.keys(record).length > 6 ? ', …' : ''}`;
}

function firstLine(text: string): string {
  const line = text.split('\n', 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}

/** NUL bytes, or more than 10% control bytes other than tab/CR/LF/ESC/FF, in the first 4 KiB. */
function isBinary(head: Uint8Array): boolean {
  const sample = head.subarray(0, 4096);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 27 && b !== 12 && b !== 0x1d) control++;
  }
  return control * 10 > sample.length;
}
