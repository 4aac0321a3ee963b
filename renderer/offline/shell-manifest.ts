/**
 * The list of files the service worker keeps for opening the app without the host (the app shell). The
 * build writes it into the worker (scripts/shell-worker-plugin.ts), so that each build's worker differs
 * byte for byte from the last one and the browser installs it. Pure: used by the build and the worker.
 */
export interface ShellManifest {
  /** Changes whenever a file name does; hashed names change with their contents. */
  version: string;
  /** Paths relative to the worker's scope; './' is the page (index.html). */
  files: string[];
}

/** Stands in the worker's source for the manifest until the build replaces it. */
export const SHELL_MANIFEST_PLACEHOLDER = '__SPEECHDESK_SHELL_MANIFEST__';

/** The files of a build that make up the shell: the page and the bundled assets, never the worker itself. */
export function shellFiles(bundleFileNames: readonly string[], workerFileName: string): string[] {
  const assets = bundleFileNames.filter((name) => name !== workerFileName && name !== 'index.html' && !name.endsWith('.map'));
  return ['./', ...[...assets].sort()];
}

/** Replaces the quoted placeholder in the worker's code with the manifest as a JSON string literal. */
export function injectShellManifest(code: string, manifest: ShellManifest): string {
  const quoted = new RegExp(`(["'\`])${SHELL_MANIFEST_PLACEHOLDER}\\1`, 'g');
  if (!quoted.test(code)) throw new Error(`the service worker does not contain ${SHELL_MANIFEST_PLACEHOLDER}`);
  return code.replace(quoted, () => JSON.stringify(JSON.stringify(manifest)));
}
