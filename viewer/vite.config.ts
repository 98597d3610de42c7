import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * `npx vite build --config viewer/vite.config.ts` writes viewer/dist, which `kg view` serves.
 * Relative asset paths (`base: './'`) let the server mount the build anywhere.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // No public dir and no external assets: the page loads nothing but its own bundle and graph.json.
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // sigma + graphology are ~300 kB minified: one chunk is fine and avoids a module-preload polyfill.
    chunkSizeWarningLimit: 1000,
  },
  server: { host: '127.0.0.1' },
});
