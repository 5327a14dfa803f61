export { compileFilter, explainFilter, type FilterExplanation } from './compile.js';
export type { FilterNode, Span } from './ast.js';
export type { Token } from './lexer.js';
