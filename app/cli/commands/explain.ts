import { explainFilter, type FilterNode } from '../../../engine/index.js';
import { EXIT_OK, EXIT_USAGE, type CliIo } from '../cli-io.js';
import { escapeForTerminal } from '../terminal-text.js';
import { describeFilterErrors } from './query.js';

/** `ephemera explain EXPR`: the filter's tokens, tree, SQL and parameters (for debugging). */
export async function runExplain(filter: string, io: CliIo): Promise<number> {
  const explanation = explainFilter(filter);
  const lines: string[] = [];
  if (explanation.tokens) lines.push('tokens:', ...explanation.tokens.map((t) => `  ${t.kind.padEnd(6)} ${escapeForTerminal(JSON.stringify(t.value))} @${t.span.start}+${t.span.length}`));
  if (explanation.ast) lines.push('tree:', ...treeLines(explanation.ast, '  '));
  const result = explanation.result;
  if (result.ok) lines.push('sql:', `  ${result.sql}`, 'params:', ...result.params.map((p, i) => `  ${i + 1}: ${escapeForTerminal(typeof p === 'bigint' ? `${p} (int)` : JSON.stringify(p))}`));
  await io.out(`${lines.join('\n')}\n`);
  if (result.ok) return EXIT_OK;
  io.err(describeFilterErrors(filter, result.diagnostics));
  return EXIT_USAGE;
}

function treeLines(node: FilterNode, indent: string): string[] {
  switch (node.kind) {
    case 'or': case 'and':
      return [`${indent}${node.kind}`, ...treeLines(node.left, `${indent}  `), ...treeLines(node.right, `${indent}  `)];
    case 'not':
      return [`${indent}not`, ...treeLines(node.operand, `${indent}  `)];
    case 'exists':
      return [`${indent}exists ${node.field.name}`];
    case 'compare':
      return [`${indent}${node.field.name} ${node.op === 'eq' ? '==' : '!='} ${escapeForTerminal(JSON.stringify(node.value.text))}`];
  }
}
