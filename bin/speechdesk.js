#!/usr/bin/env node
// Runs the built host CLI (dist/host/cli.js, from `npm run build:host`).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cli = fileURLToPath(new URL('../dist/host/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('speechdesk: the host is not built (dist/host/cli.js missing): run npm run build\n');
  process.exit(1);
}
await import(pathToFileURL(cli).href);
