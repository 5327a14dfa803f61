import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{app,parsers,engine,renderer,samples}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
