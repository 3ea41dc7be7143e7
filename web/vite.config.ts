import { defineConfig } from 'vite';

/** The dashboard: Preact with the automatic JSX runtime, no plugin needed; built to web/dist. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 900 },
  server: { proxy: { '/v1': 'http://localhost:8080' } },
});
