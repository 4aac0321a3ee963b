import { fileURLToPath } from 'node:url';

/**
 * The built renderer, dist/renderer. In the bundle this module is inlined into dist/host/cli.js, so the
 * directory is a sibling of the bundle's; run from source (tsx, tests) it is under the repository's dist/.
 */
export function defaultStaticDir(moduleUrl: string = import.meta.url): string {
  const fromSource = moduleUrl.endsWith('.ts');
  return fileURLToPath(new URL(fromSource ? '../dist/renderer' : '../renderer', moduleUrl));
}
