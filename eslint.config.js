// Lint: typescript-eslint's recommended rules plus the layer rules of ../shared/STYLE.md as
// `no-restricted-imports` zones, so a wrong import is reported even where a tsconfig would allow it.
import tseslint from 'typescript-eslint';

const NODE = { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'stream', 'http', 'url', 'worker_threads'], message: 'Node modules are not allowed in this layer (see ../shared/STYLE.md).' };
const ELECTRON = { group: ['electron'], message: 'Only app/main and app/preload may import electron.' };
const REACT = { group: ['react', 'react-dom', 'react-dom/*', '@tanstack/*'], message: 'React belongs to renderer/ only.' };
const DUCKDB = { group: ['@duckdb/*'], message: 'DuckDB is imported only inside engine/sql, engine/node and engine/browser.' };
const RENDERER = { group: ['**/renderer/**'], message: 'Nothing imports the renderer.' };
const HOSTS = { group: ['**/app/main/**', '**/app/host/**', '**/app/serve/**', '**/app/cli/**', '**/app/preload/**'], message: 'Host code is not importable from this layer.' };
const ENGINE = { group: ['**/engine/**', '**/engine'], message: 'parsers/ must not know about the engine.' };
const PARSER_INTERNALS = { group: ['**/parsers/*/**'], message: 'Import parsers only through parsers/index.' };

// apache-arrow's .d.ts references @types/node, so tsc alone cannot keep Node globals out of the
// portable layers; this rule does.
const NODE_GLOBALS = ['Buffer', 'process', 'require', '__dirname', '__filename', 'global', 'setImmediate']
  .map((name) => ({ name, message: 'Node globals are not allowed in portable code (parsers/, engine core, app/common).' }));

const zone = (files, patterns, extra = {}) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx', ...(extra.ignores ?? [])],
  rules: {
    'no-restricted-imports': ['error', { patterns }],
    ...(extra.portable ? { 'no-restricted-globals': ['error', ...NODE_GLOBALS] } : {}),
  },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'build/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'e2e/artifacts/**', 'bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  zone(['parsers/**/*.ts'], [NODE, ELECTRON, REACT, DUCKDB, RENDERER, HOSTS, ENGINE], { portable: true }),
  zone(['engine/**/*.ts'], [NODE, ELECTRON, REACT, DUCKDB, RENDERER, HOSTS, PARSER_INTERNALS], { ignores: ['engine/sql/**', 'engine/node/**', 'engine/browser/**'], portable: true }),
  zone(['engine/sql/**/*.ts'], [NODE, ELECTRON, REACT, RENDERER, HOSTS, PARSER_INTERNALS]),
  zone(['engine/node/**/*.ts'], [ELECTRON, REACT, RENDERER, HOSTS, PARSER_INTERNALS]),
  zone(['engine/browser/**/*.ts'], [NODE, ELECTRON, REACT, RENDERER, HOSTS, PARSER_INTERNALS]),
  zone(['app/common/**/*.ts'], [NODE, ELECTRON, REACT, DUCKDB, RENDERER, HOSTS, { group: ['**/engine/**', '**/parsers/**'], message: 'app/common holds only types and schemas.' }], { portable: true }),
  zone(['app/preload/**/*.ts'], [NODE, REACT, DUCKDB, RENDERER, HOSTS, { group: ['**/engine/**', '**/parsers/**'], message: 'preload exposes only the contract.' }]),
  zone(['app/host/**/*.ts', 'app/serve/**/*.ts', 'app/cli/**/*.ts'], [ELECTRON, REACT, RENDERER, PARSER_INTERNALS]),
  zone(['app/main/**/*.ts'], [REACT, RENDERER, PARSER_INTERNALS]),
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [NODE, ELECTRON, DUCKDB, HOSTS,
          { group: ['**/parsers/**'], allowTypeImports: true, message: 'The renderer never parses bytes: types of parsers only.' },
          { group: ['**/engine/*/**', '!**/engine/browser/index*'], allowTypeImports: true, message: 'Use the public index of engine (engine/index, engine/browser/index).' }],
      }],
    },
  },
  {
    files: ['renderer/components/**/*.ts', 'renderer/components/**/*.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [NODE, ELECTRON, DUCKDB, HOSTS, { group: ['**/features/**'], message: 'Generic components must not import features.' }] }] },
  },
);
