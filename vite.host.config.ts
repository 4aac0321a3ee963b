import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The host: one ESM bundle for Node. Packages stay external (better-sqlite3 is native).
export default defineConfig({
  build: {
    ssr: true,
    outDir: 'dist/host',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: { cli: 'host/cli.ts' },
      output: { format: 'es', entryFileNames: '[name].js' },
      external: [...builtinModules, ...builtinModules.map((name) => `node:${name}`)],
    },
  },
});
