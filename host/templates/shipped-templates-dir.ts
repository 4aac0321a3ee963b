import { fileURLToPath } from 'node:url';

/**
 * The shipped templates, templates/ at the project root. This module sits in host/templates/ when run from
 * source (tsx, tests) and is inlined into dist/host/cli.js in the bundle: both are two levels below the root.
 */
export function shippedTemplatesDir(moduleUrl: string = import.meta.url): string {
  return fileURLToPath(new URL('../../templates', moduleUrl));
}
