import { describe, expect, it } from 'vitest';
import { compileFilter } from './compile.js';

type Case = readonly [filter: string, sql: string, params: readonly unknown[]];

const ACCEPTED: readonly Case[] = [
  ['', 'TRUE', []],
  ['   ', 'TRUE', []],
  ['proc.name == bash', 'coalesce(proc_name = ?, false)', ['bash']],
  ['proc.name = "bash"', 'coalesce(proc_name = ?, false)', ['bash']],
  ["proc.name='ba sh'", 'coalesce(proc_name = ?, false)', ['ba sh']],
  ['proc.name != bash', 'coalesce(proc_name <> ?, false)', ['bash']],
  ['proc.pid == 42', 'coalesce(pid = ?, false)', [42n]],
  ['proc.pid = -1', 'coalesce(pid = ?, false)', [-1n]],
  ['evt.rawtime = 1700000000123456789', 'coalesce(ts = ?, false)', [1700000000123456789n]],
  ['evt.failed = true', 'coalesce(failed = ?, false)', [true]],
  ['fd.sip == 10.0.0.1', 'coalesce(fd_sip = ?, false)', ['10.0.0.1']],
  ['fd.cip = "::1"', 'coalesce(fd_cip = ?, false)', ['::1']],
  ['fd.name', '(fd_name IS NOT NULL)', []],
  ['!fd.name', '(NOT (fd_name IS NOT NULL))', []],
  ['proc.name = a and evt.type = b', '(coalesce(proc_name = ?, false) AND coalesce(evt_type = ?, false))', ['a', 'b']],
  ['proc.name = a && evt.type = b', '(coalesce(proc_name = ?, false) AND coalesce(evt_type = ?, false))', ['a', 'b']],
  ['proc.name = a or evt.type = b || evt.dir = "<"',
    '((coalesce(proc_name = ?, false) OR coalesce(evt_type = ?, false)) OR coalesce(evt_dir = ?, false))', ['a', 'b', '<']],
  ['proc.pid = 1 or proc.name = x and evt.type = y',
    '(coalesce(pid = ?, false) OR (coalesce(proc_name = ?, false) AND coalesce(evt_type = ?, false)))', [1n, 'x', 'y']],
  ['(proc.pid = 1 or proc.name = x) and evt.type = y',
    '((coalesce(pid = ?, false) OR coalesce(proc_name = ?, false)) AND coalesce(evt_type = ?, false))', [1n, 'x', 'y']],
  ['not proc.name = bash', '(NOT coalesce(proc_name = ?, false))', ['bash']],
  ['not not proc.name = bash', '(NOT (NOT coalesce(proc_name = ?, false)))', ['bash']],
  ['not(proc.name = bash)', '(NOT coalesce(proc_name = ?, false))', ['bash']],
  ['fd.name = /etc/shadow', 'coalesce(fd_name = ?, false)', ['/etc/shadow']],
  ['proc.cmdline = "sh -c \\"id\\""', 'coalesce(cmdline = ?, false)', ['sh -c "id"']],
  ["proc.name = 'it\\'s'", 'coalesce(proc_name = ?, false)', ["it's"]],
  ['proc.name = "a\\\\b"', 'coalesce(proc_name = ?, false)', ['a\\b']],
  ['proc.name = "tab\\there\\x41"', 'coalesce(proc_name = ?, false)', ['tab\there\x41']],
  ['proc.name = "x\' OR 1=1 --"', 'coalesce(proc_name = ?, false)', ["x' OR 1=1 --"]],
  ['proc.name = "Ω≈ç√ 🐚"', 'coalesce(proc_name = ?, false)', ['Ω≈ç√ 🐚']],
  ['evt.res = ENOENT', "coalesce((CASE WHEN failed THEN coalesce(errno_name, CAST(res AS VARCHAR)) WHEN res IS NOT NULL OR failed = false THEN 'SUCCESS' END) = ?, false)", ['ENOENT']],
];

describe('compileFilter accepts', () => {
  it.each(ACCEPTED)('%s', (filter, sql, params) => {
    const result = compileFilter(filter);
    expect(result).toMatchObject({ ok: true, sql, params });
  });

  it('lists the fields it uses once each', () => {
    const result = compileFilter('proc.name = a or (proc.name = b and not evt.type = c)');
    expect(result.ok && result.fields).toEqual(['proc.name', 'evt.type']);
  });
});

type Failure = readonly [filter: string, start: number, length: number, message: RegExp];

const REJECTED: readonly Failure[] = [
  ['proc.nam == bash', 0, 8, /unknown field 'proc\.nam'; did you mean 'proc\.name'/],
  ['proc.name == bash and evt.tipe = open', 22, 8, /did you mean .*'evt\.type'/],
  ['proc.pid == bash', 12, 4, /proc\.pid is an integer field: 'bash'/],
  ['proc.pid == 0x10', 12, 4, /not a decimal integer/],
  ['evt.failed = yes', 13, 3, /boolean field/],
  ['fd.sip = nowhere', 9, 7, /not an IPv4 or IPv6 address/],
  ['fd.sip = 300.1.1.1', 9, 9, /not an IPv4/],
  ['proc.name ==', 12, 1, /expected a value, found the end/],
  ['proc.name == bash and', 21, 1, /expected a field name, found the end/],
  ['(proc.name == bash', 0, 1, /unclosed '\('/],
  ['proc.name == bash)', 17, 1, /unmatched '\)'/],
  ['proc.name == "bash', 13, 5, /unterminated string/],
  ['proc.name == "a\\qb"', 15, 2, /unknown escape/],
  ['proc.pid > 3', 9, 1, /unexpected '>'/],
  ['proc.pid >= 3', 9, 2, /unexpected '>='/],
  ['proc.name == bash evt.type', 18, 8, /expected 'and', 'or' or the end/],
  ['bash', 0, 4, /'bash' is not a field name/],
  ['proc.name == and', 13, 3, /expected a value, found 'and'/],
];

describe('compileFilter rejects', () => {
  it.each(REJECTED)('%s', (filter, start, length, message) => {
    const result = compileFilter(filter);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({ start, length });
    expect(result.diagnostics[0].message).toMatch(message);
  });

  it('reports every unknown field, not just the first', () => {
    const result = compileFilter('a.b = 1 and c.d = 2');
    expect(result.ok ? [] : result.diagnostics.map((d) => d.start)).toEqual([0, 12]);
  });
});
