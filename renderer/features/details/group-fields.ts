/** Sorting the fields of one event into the groups of the details pane. */
import type { CellValue, EventRow, FieldInfo } from '../../../engine/api';
import { formatCell, formatDurationNs, formatNsTime } from '../../components/format';

export interface DetailEntry { readonly name: string; readonly value: string; readonly title?: string }
export interface DetailGroup { readonly title: string; readonly entries: readonly DetailEntry[] }

const GROUPS: readonly { title: string; prefixes: readonly string[] }[] = [
  { title: 'Event', prefixes: ['evt.'] },
  { title: 'Process', prefixes: ['proc.', 'thread.', 'user.', 'group.'] },
  { title: 'FD', prefixes: ['fd.'] },
  { title: 'Container', prefixes: ['container.', 'k8s.'] },
  { title: 'Cloud / API', prefixes: ['ct.', 'ka.', 'gcp.', 'actor', 'cloud.'] },
  { title: 'Source', prefixes: ['source.', 'src.'] },
];
const RAW_FIELDS = new Set(['raw', 'data', 'evt.raw', 'evt.data', 'evt.buffer', 'evt.rawarg']);

function groupOf(name: string): string {
  if (RAW_FIELDS.has(name) || name.endsWith('.raw')) return 'Raw';
  return GROUPS.find((g) => g.prefixes.some((p) => name.startsWith(p)))?.title ?? 'Other';
}

function display(value: CellValue, type: FieldInfo['type'] | undefined): DetailEntry['value'] {
  if (type === 'time') return formatNsTime(value);
  if (type === 'duration') return formatDurationNs(value);
  return formatCell(value);
}

/** Every non-null field of the event, grouped in a fixed order, catalog order within a group. */
export function groupFields(event: EventRow, catalog: readonly FieldInfo[]): DetailGroup[] {
  const byName = new Map(catalog.map((f, i) => [f.name, { field: f, order: i }]));
  const names = Object.keys(event).filter((n) => event[n] !== null && event[n] !== undefined);
  names.sort((a, b) => (byName.get(a)?.order ?? 1e9) - (byName.get(b)?.order ?? 1e9) || a.localeCompare(b));
  const groups = new Map<string, DetailEntry[]>();
  for (const name of names) {
    const info = byName.get(name)?.field;
    const value = event[name]!;
    const entry: DetailEntry = {
      name,
      value: display(value, info?.type),
      title: info?.type === 'time' || info?.type === 'duration' ? `${String(value)} ns — ${info.description}` : info?.description,
    };
    const title = groupOf(name);
    groups.set(title, [...(groups.get(title) ?? []), entry]);
  }
  const order = [...GROUPS.map((g) => g.title), 'Other', 'Raw'];
  return order.filter((t) => groups.has(t)).map((title) => ({ title, entries: groups.get(title)! }));
}
