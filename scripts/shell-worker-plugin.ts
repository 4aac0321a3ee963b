import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { injectShellManifest, shellFiles } from '../renderer/offline/shell-manifest.ts';

/** At the root of the build, so that its default scope is the whole app. */
export const SHELL_WORKER_FILE = 'sw.js';

/**
 * Builds the app shell's service worker (renderer/offline/service-worker.ts) beside the renderer as one
 * self-contained script, and writes the list of the build's files into it.
 */
export function shellWorkerPlugin(entry: string): Plugin {
  return {
    name: 'speechdesk-shell-worker',
    apply: 'build',
    buildStart() {
      this.emitFile({ type: 'chunk', id: entry, fileName: SHELL_WORKER_FILE });
    },
    generateBundle(_options, bundle) {
      const worker = bundle[SHELL_WORKER_FILE];
      if (worker?.type !== 'chunk') return this.error(`${SHELL_WORKER_FILE} is missing from the build`);
      // A classic worker script cannot import: sharing a module with the app would split it into a chunk.
      if (worker.imports.length > 0 || worker.dynamicImports.length > 0) return this.error(`${SHELL_WORKER_FILE} imports ${[...worker.imports, ...worker.dynamicImports].join(', ')}`);
      const files = shellFiles(Object.keys(bundle), SHELL_WORKER_FILE);
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16);
      worker.code = injectShellManifest(worker.code, { version, files });
    },
  };
}
