import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

// base './' so the same build loads from file://, app:// (Electron) and http (serve).
export default defineConfig({
  root: `${repoRoot}renderer`,
  base: './',
  plugins: [react()],
  build: {
    outDir: `${repoRoot}build/renderer`,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
  worker: { format: 'es' },
  server: { host: '127.0.0.1' },
});
