import type { SourceInfo } from '../../../engine/index.js';
import { createNodeEngine } from '../../../engine/node/index.js';
import { EXIT_INPUT_FAILED, EXIT_OK, type CliIo } from '../cli-io.js';
import { loadFiles } from '../load-files.js';
import { escapeForTerminal } from '../terminal-text.js';

/** Options of `ephemera stats`. */
export interface StatsOptions {
  readonly files: readonly string[];
  readonly json: boolean;
}

/** `ephemera stats FILE… [--json]`: event counts per source and per type. */
export async function runStats(options: StatsOptions, io: CliIo): Promise<number> {
  const engine = await createNodeEngine();
  try {
    const { sources, failed } = await loadFiles(engine, options.files, io);
    const stats = await engine.stats();
    await io.out(options.json ? statsJson(sources, stats) : statsText(sources, stats));
    return failed > 0 ? EXIT_INPUT_FAILED : EXIT_OK;
  } finally {
    await engine.close();
  }
}

type Stats = Awaited<ReturnType<Awaited<ReturnType<typeof createNodeEngine>>['stats']>>;

function statsJson(sources: readonly SourceInfo[], stats: Stats): string {
  const document = {
    events: stats.events,
    sources: sources.map((s) => ({
      path: s.path ?? s.name,
      kind: s.kind ?? null,
      status: s.status,
      events: s.events,
      bytes: s.bytes,
      sha256: s.sha256 ?? null,
      warnings: s.warnings,
      warning_count: s.warningCount,
      ...(s.error ? { error: s.error } : {}),
    })),
    by_type: stats.byType,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function statsText(sources: readonly SourceInfo[], stats: Stats): string {
  const lines = [`${stats.events} events from ${sources.length} source(s)`, ''];
  for (const s of sources) {
    const state = s.status === 'done' ? `${s.kind ?? '?'}, ${s.events} events, ${s.bytes} bytes` : `${s.status}: ${s.error?.message ?? ''}`;
    lines.push(`  ${escapeForTerminal(s.path ?? s.name)}`, `    ${escapeForTerminal(state)}`);
    if (s.sha256) lines.push(`    sha256 ${s.sha256}`);
    if (s.warningCount > 0) lines.push(`    ${s.warningCount} warning(s), first: ${escapeForTerminal(s.warnings[0]?.message ?? '')}`);
  }
  lines.push('', 'events by type:');
  const types = Object.entries(stats.byType);
  const width = Math.max(0, ...types.map(([name]) => escapeForTerminal(name).length));
  for (const [name, count] of types) lines.push(`  ${escapeForTerminal(name).padEnd(width)}  ${count}`);
  return `${lines.join('\n')}\n`;
}
