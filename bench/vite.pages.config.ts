import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// The bare baseline pages of `npm run bench`, served by the bare server (bench/servers/bare-server.ts).
export default defineConfig({
  root: here('./pages'),
  base: './',
  build: {
    outDir: here('../dist/bench/pages'),
    emptyOutDir: true,
    target: 'chrome130',
    rollupOptions: { input: { prosemirror: here('./pages/bare-prosemirror.html'), collab: here('./pages/bare-collab.html') } },
  },
});
