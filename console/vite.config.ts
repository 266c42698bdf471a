/**
 * Builds the console into static files (console/dist) that the gateway serves at /console. No
 * asset is inlined as a data: URL and no script inline, so the page runs under a CSP of 'self'
 * only. `npm run console:dev` serves it with hot reload and forwards the API to a running hub.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
const hub = process.env.HUB_URL ?? 'http://localhost:4000';
/** The first load's budget of compressed JavaScript (the 250 KB). */
const BUDGET_BYTES = 250 * 1024;

/** Prints the gzip size of the JavaScript the first load fetches, and fails the build over budget. */
function firstLoadBudget(): Plugin {
  return {
    name: 'first-load-budget',
    generateBundle(_, bundle) {
      const entry = Object.values(bundle).find((c) => c.type === 'chunk' && c.isEntry);
      if (entry?.type !== 'chunk') return;
      const files = new Set([entry.fileName, ...entry.imports]);
      let bytes = 0;
      for (const file of files) {
        const chunk = bundle[file];
        if (chunk?.type === 'chunk') bytes += gzipSync(chunk.code).length;
      }
      const kb = (bytes / 1024).toFixed(1);
      console.log(`console: first load ${kb} KB of gzip-compressed JavaScript (budget ${BUDGET_BYTES / 1024} KB)`);
      if (bytes > BUDGET_BYTES) this.error(`the first load is ${kb} KB of compressed JavaScript, over the budget`);
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  plugins: [react(), firstLoadBudget()],
  resolve: {
    alias: [
      // dkfds exports only its script; its stylesheet (with IBM Plex Sans) is taken from the package by path.
      { find: /^dkfds-css$/, replacement: path.resolve(path.dirname(require.resolve('dkfds')), '../css/dkfds.min.css') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsInlineLimit: 0,
    reportCompressedSize: true,
  },
  server: {
    proxy: { '/graphql': hub, '/auth': hub, '/reports': hub },
  },
});
