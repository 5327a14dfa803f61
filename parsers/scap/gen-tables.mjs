// Regenerates the data regions of event-table.ts and flags.ts from our own format document
// (../shared/docs/scap-format.md, Appendices A, B and C). Run: node parsers/scap/gen-tables.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const doc = readFileSync(resolve(here, '../../../shared/docs/scap-format.md'), 'utf8').split('\n');

const section = (title) => {
  const start = doc.findIndex((l) => l.startsWith(title));
  if (start < 0) throw new Error(`missing section ${title}`);
  const end = doc.findIndex((l, i) => i > start && l.startsWith('## '));
  return doc.slice(start + 1, end < 0 ? doc.length : end);
};

const FMT = { hex: 'PF_HEX', oct: 'PF_OCT', pad9: 'PF_10_PADDED_DEC', id: 'PF_ID', dir: 'PF_DIR' };
const NUMERIC = /^(U?INT\d+|ERRNO|FD|PID|FD32|PID32|PORT|L4PROTO|SOCKFAMILY|BOOL|UID|GID|RELTIME|ABSTIME|SIGTYPE|SYSCALLID|DOUBLE|SIGSET)$/;
const EF = {
  CFD: 'EF_CREATES_FD', DFD: 'EF_DESTROYS_FD', UFD: 'EF_USES_FD', RFD: 'EF_READS_FROM_FD', WFD: 'EF_WRITES_TO_FD',
  MS: 'EF_MODIFIES_STATE', UNUSED: 'EF_UNUSED', WAITS: 'EF_WAITS', SPR: 'EF_SKIPPARSERESET', OLD: 'EF_OLD_VERSION',
  LARGE: 'EF_LARGE_PAYLOAD', CONV: 'EF_CONVERTER_MANAGED',
};

function param(text) {
  const m = /^(.+?):([A-Z0-9_]+)(?:\/([a-z0-9]+))?(?:\[([^\]]+)\])?$/.exec(text.trim());
  if (!m) throw new Error(`bad param ${text}`);
  const [, name, type, fmt, info] = m;
  if (fmt && !FMT[fmt]) throw new Error(`bad fmt ${text}`);
  const format = fmt ? FMT[fmt] : NUMERIC.test(type) ? 'PF_DEC' : 'PF_NA';
  const args = [`'${name}'`, `'PT_${type}'`];
  if (format !== 'PF_DEC' && format !== 'PF_NA') args.push(`'${format}'`);
  else if (info) args.push(`'${format}'`);
  if (info?.startsWith('dirfd=#')) return `rel(${args.slice(0, 2).join(', ')}, ${Number(info.slice(7))})`;
  if (info) args.push(`'${info}'`);
  return `p(${args.join(', ')})`;
}

function eventRows() {
  const rows = [];
  for (const line of section('## Appendix A')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 8 || !/^\d+$/.test(cells[1])) continue;
    const [, id, dir, name, cat, flags, params] = cells;
    rows.push({ id: Number(id), dir, name, cat, flags: flags === '-' ? [] : flags.split(','), params: params === '—' ? [] : params.split(', ') });
  }
  rows.forEach((r, i) => { if (r.id !== i) throw new Error(`row ${i} has id ${r.id}`); });
  return rows;
}

function eventLine(r) {
  if (r.flags.includes('UNUSED')) return `  undefined, // ${r.id} NA (unused slot)`;
  const [category, ...source] = r.cat.split('/');
  const flags = r.flags.map((f) => { if (!EF[f]) throw new Error(`flag ${f}`); return `'${f}'`; });
  const params = r.params.map(param).join(', ');
  return `  e(${r.id}, '${r.name}', '${category}', '${source.join('/')}', [${flags.join(', ')}], [${params}]),`;
}

function flagTables() {
  const lines = section('## Appendix B');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^\*\*([a-z0-9_]+)\*\* \((\d+) entries/.exec(lines[i]);
    if (!m) continue;
    const entries = lines[i + 1].trim().split(', ').map((kv) => {
      const [k, v] = kv.split('=');
      if (!/^[A-Za-z0-9_]+$/.test(k) || !/^(0x[0-9A-F]+|\d+)$/.test(v)) throw new Error(`bad entry ${kv}`);
      return `['${k}', ${v}]`;
    });
    if (entries.length !== Number(m[2])) throw new Error(`${m[1]}: ${entries.length} != ${m[2]}`);
    out.push(`  ${m[1]}: [${entries.join(', ')}],`);
  }
  return out;
}

function dynTables() {
  const out = [];
  for (const line of section('## Appendix B')) {
    const m = /^\| ([a-z_]+_dynamic_param) \| (.+) \|$/.exec(line);
    if (!m) continue;
    const types = m[2].split(', ').map((s, i) => {
      const t = /^(\d+) → ([A-Z0-9_]+)(?:\/(hex))?$/.exec(s);
      if (!t || Number(t[1]) !== i) throw new Error(`bad dyn ${s}`);
      return `p('${m[1]}[${i}]', 'PT_${t[2]}'${t[3] ? ", 'PF_HEX'" : ''})`;
    });
    out.push(`  ${m[1]}: [${types.join(', ')}],`);
  }
  return out;
}

function ppmSc() {
  const text = section('## Appendix C').filter((l) => /^\d+=/.test(l)).join(' ');
  const names = [];
  for (const kv of text.split(', ')) {
    const [k, v] = kv.trim().split('=');
    names[Number(k)] = v;
  }
  const out = [];
  for (let i = 0; i < names.length; i += 8) {
    out.push('  ' + names.slice(i, i + 8).map((n) => (n === undefined ? 'undefined' : `'${n}'`)).join(', ') + ',');
  }
  return out;
}

function splice(file, marker, body) {
  const path = resolve(here, file);
  const text = readFileSync(path, 'utf8');
  const begin = `// BEGIN GENERATED ${marker} (gen-tables.mjs)`;
  const end = `// END GENERATED ${marker}`;
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error(`${file}: markers ${marker} missing`);
  writeFileSync(path, text.slice(0, a + begin.length) + '\n' + body.join('\n') + '\n' + text.slice(b));
}

const rows = eventRows();
splice('event-table.ts', 'EVENTS', rows.map(eventLine));
splice('event-table.ts', 'DYN', dynTables());
splice('event-table.ts', 'PPM_SC', ppmSc());
splice('flags.ts', 'FLAG_TABLES', flagTables());
console.log(`${rows.length} events`);
