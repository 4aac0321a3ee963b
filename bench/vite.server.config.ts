import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The bare Hocuspocus server of `npm run bench`, bundled like the host (packages external) so that both run as
// plain Node processes.
export default defineConfig({
  build: {
    ssr: true,
    outDir: fileURLToPath(new URL('../dist/bench/server', import.meta.url)),
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      input: { 'bare-server': fileURLToPath(new URL('./servers/bare-server.ts', import.meta.url)) },
      output: { format: 'es', entryFileNames: '[name].js' },
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
    },
  },
});
