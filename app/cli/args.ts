/** Command-line parsing: argv → one command with typed options, or a UsageError. */
import { parseArgs } from 'node:util';
import { UsageError } from './cli-io.js';
import { DEFAULT_QUERY_FIELDS, type QueryOptions } from './commands/query.js';
import type { ServeCommandOptions } from './commands/serve.js';
import type { StatsOptions } from './commands/stats.js';
import type { OutputFormat } from './output-format.js';

/** What to run. */
export type Command =
  | { readonly name: 'help' }
  | { readonly name: 'version' }
  | { readonly name: 'fields' }
  | { readonly name: 'explain'; readonly filter: string }
  | { readonly name: 'stats'; readonly options: StatsOptions }
  | { readonly name: 'query'; readonly options: QueryOptions }
  | { readonly name: 'serve'; readonly options: ServeCommandOptions };

/** The usage text. */
export const USAGE = `Usage: ephemera <command> [options]

Commands:
  stats PATH... [--json]            events per source and per type
  query PATH... [--filter EXPR] [--fields F1,F2,...] [--format table|csv|jsonl] [--limit N]
        [--show-hidden]             print the matching events (--show-hidden: also the meta
                                    events sysdig does not print, e.g. scap procinfo)
  fields                            list the field names filters and --fields accept
  explain EXPR                      show how a filter is read: tokens, tree, SQL, parameters
  serve [PATH...] [--port N]        serve the workbench on 127.0.0.1 (prints the URL)

PATH is a file (any supported format, gzip or not; the format is read from the content) or a
folder, read recursively (files in it that are not logs are skipped with a note). Several
sources form one case ordered by event time.

Options:
  -h, --help       show this help
  -v, --version    show the version

Exit status: 0 ok, 1 an input could not be read, 2 bad arguments or filter.
`;

const FORMATS: readonly OutputFormat[] = ['table', 'csv', 'jsonl'];

/** Parses argv (without node and script). */
export function parseCommand(argv: readonly string[]): Command {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError('a command is required');
  if (first === '-h' || first === '--help' || first === 'help') return { name: 'help' };
  if (first === '-v' || first === '--version') return { name: 'version' };
  if (rest.includes('-h') || rest.includes('--help')) return { name: 'help' };
  switch (first) {
    case 'stats': return { name: 'stats', options: parseStats(rest) };
    case 'query': return { name: 'query', options: parseQuery(rest) };
    case 'serve': return { name: 'serve', options: parseServe(rest) };
    case 'fields': parse(rest, {}); return { name: 'fields' };
    case 'explain': return { name: 'explain', filter: parseExplain(rest) };
    default: throw new UsageError(`unknown command '${first}'`);
  }
}

type Spec = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

interface Parsed {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
}

function parse(args: readonly string[], options: Spec): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function requireFiles(positionals: readonly string[], command: string): string[] {
  if (positionals.length === 0) throw new UsageError(`${command}: at least one FILE is required`);
  return [...positionals];
}

function parseStats(args: readonly string[]): StatsOptions {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  return { files: requireFiles(positionals, 'stats'), json: values.json === true };
}

function parseQuery(args: readonly string[]): QueryOptions {
  const { values, positionals } = parse(args, {
    filter: { type: 'string', short: 'f' }, fields: { type: 'string' }, format: { type: 'string' }, limit: { type: 'string', short: 'n' },
    'show-hidden': { type: 'boolean' },
  });
  const format = (values.format ?? 'table') as OutputFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const fields = typeof values.fields === 'string' ? values.fields.split(',').map((f) => f.trim()).filter(Boolean) : DEFAULT_QUERY_FIELDS;
  if (fields.length === 0) throw new UsageError('--fields needs at least one field');
  return {
    files: requireFiles(positionals, 'query'),
    filter: typeof values.filter === 'string' ? values.filter : '',
    fields,
    format,
    limit: values.limit === undefined ? undefined : nonNegativeInt(String(values.limit), '--limit'),
    includeHidden: values['show-hidden'] === true,
  };
}

function parseExplain(args: readonly string[]): string {
  const { positionals } = parse(args, {});
  if (positionals.length !== 1) throw new UsageError('explain: give the filter as one (quoted) argument');
  return positionals[0];
}

function parseServe(args: readonly string[]): ServeCommandOptions {
  const { values, positionals } = parse(args, { port: { type: 'string', short: 'p' } });
  const port = values.port === undefined ? undefined : nonNegativeInt(String(values.port), '--port');
  if (port !== undefined && port > 65535) throw new UsageError('--port must be at most 65535');
  return { files: [...positionals], port };
}

function nonNegativeInt(text: string, option: string): number {
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new UsageError(`${option} must be a non-negative integer, not '${text}'`);
  return Number(text);
}
