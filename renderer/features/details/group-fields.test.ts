import { describe, expect, it } from 'vitest';
import type { FieldInfo } from '../../../engine/api';
import { groupFields } from './group-fields';

const field = (name: string, type: FieldInfo['type'] = 'string'): FieldInfo => ({ name, type, description: `${name} desc`, sql: name });

describe('groupFields', () => {
  const catalog = [field('evt.num', 'int'), field('evt.time', 'time'), field('evt.type'), field('proc.name'), field('fd.name'), field('evt.latency', 'duration')];

  it('groups non-null fields in a fixed order and formats time and durations', () => {
    const groups = groupFields({
      'fd.name': '/etc/passwd', 'proc.name': 'cat', 'evt.type': 'openat', 'evt.num': 7n,
      'evt.time': 1_000_000_000n, 'evt.latency': 1500n, 'container.id': null, raw: 'openat(…) = 3',
    }, catalog);
    expect(groups.map((g) => g.title)).toEqual(['Event', 'Process', 'FD', 'Raw']);
    expect(groups[0]!.entries.map((e) => [e.name, e.value])).toEqual([
      ['evt.num', '7'], ['evt.time', '1970-01-01 00:00:01.000000000'], ['evt.type', 'openat'], ['evt.latency', '1.5µs'],
    ]);
  });

  it('escapes control characters in values', () => {
    const [group] = groupFields({ 'proc.name': 'x\x1b[2J' }, catalog);
    expect(group!.entries[0]!.value).toBe('x\\u{1b}[2J');
  });

  it('puts fields unknown to the catalog under Other', () => {
    expect(groupFields({ 'weird.thing': 1 }, catalog)).toEqual([{ title: 'Other', entries: [{ name: 'weird.thing', value: '1', title: undefined }] }]);
  });
});
