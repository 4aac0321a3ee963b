import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { shellWorkerPlugin } from './scripts/shell-worker-plugin.ts';

// The renderer: built to dist/renderer and served by the host (desktop, team server and tests alike), with
// the service worker that keeps the app shell for starting while the host is unreachable.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), shellWorkerPlugin(fileURLToPath(new URL('./renderer/offline/service-worker.ts', import.meta.url)))],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
  },
});
