import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import { Hocuspocus } from '@hocuspocus/server';
import { WebSocketServer } from 'ws';

/**
 * The baseline server: Hocuspocus 3.4 with no extensions at all (no auth, no persistence) on /collab, and the
 * bare benchmark pages and the workload document (--workload, as /workload.json) as static files on the same
 * port. Run as its own process, built like the host, so that its memory can be compared with the host's.
 */
const { values } = parseArgs({ options: { port: { type: 'string', default: '0' }, static: { type: 'string' }, workload: { type: 'string' } } });
if (!values.static || !values.workload) throw new Error('usage: bare-server --static DIR --workload FILE [--port N]');
const staticDir = values.static;
const workload = values.workload;

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };

const hocuspocus = new Hocuspocus({ quiet: true });
const sockets = new WebSocketServer({ noServer: true });
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = path === '/workload.json' ? workload : join(staticDir, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  readFile(file).then(
    (body) => response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
    () => response.writeHead(404).end(),
  );
});
server.on('upgrade', (request, socket, head) => {
  if (!request.url?.startsWith('/collab')) return socket.destroy();
  sockets.handleUpgrade(request, socket, head, (websocket) => hocuspocus.handleConnection(websocket, request));
});
server.listen(Number(values.port), '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') process.stdout.write(`bare server listening on http://127.0.0.1:${address.port}\n`);
});
process.on('SIGTERM', () => {
  hocuspocus.closeConnections();
  server.close(() => process.exit(0));
});
