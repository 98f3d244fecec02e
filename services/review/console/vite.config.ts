import { defineConfig } from 'vite';

// The review console: Preact (JSX through Vite's own transform, no Babel) and uPlot, built into
// dist/ and served by the review service at `/`. `base: './'` keeps asset URLs relative.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 200 },
  server: { proxy: { '/api': 'http://127.0.0.1:9406', '/openapi.json': 'http://127.0.0.1:9406' } },
});
