import { builtinModules } from 'node:module';
import { defineConfig, type EnvironmentOptions } from 'vite';

// The Electron main process and the window's preload, both CommonJS: the main process could be ESM, but a
// sandboxed preload cannot, and one format for both keeps `__dirname` and the entry names simple.
// They are two separate builds (two environments) so that no chunk is shared between them: a sandboxed
// preload can require only 'electron' and must be one self-contained file.
const external = ['electron', /^electron\//, ...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

function commonJsEntry(name: 'main' | 'preload', emptyOutDir: boolean): EnvironmentOptions {
  return {
    consumer: 'server',
    // Bundle zod and everything else except electron and Node built-ins: dist/electron runs without node_modules lookups.
    resolve: { noExternal: true },
    build: {
      outDir: 'dist/electron',
      emptyOutDir,
      target: 'node22',
      sourcemap: true,
      minify: false,
      rolldownOptions: {
        input: { [name]: `electron/${name}.ts` },
        external,
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  };
}

export default defineConfig({
  environments: {
    main: commonJsEntry('main', true),
    preload: commonJsEntry('preload', false),
  },
  builder: {
    // In order: main empties dist/electron, preload then writes beside it.
    buildApp: async (builder) => {
      await builder.build(builder.environments.main!);
      await builder.build(builder.environments.preload!);
    },
  },
});
