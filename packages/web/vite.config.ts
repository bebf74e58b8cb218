import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app is served by @amends/server under a strict CSP, so the build must not inline
// anything: no inline scripts, no inline styles, no data: modules.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/bench-bundle.mjs follow the first screen's module graph.
    manifest: true,
    // Never inline assets as data: URLs (fonts, wasm); the CSP allows files from 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
  },
  worker: { format: 'es' },
});
