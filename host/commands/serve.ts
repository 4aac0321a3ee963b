import { resolve as resolvePath } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadOrCreateAdminToken } from '../admin-token';
import { defaultDataDir } from '../data-dir';
import { startHost, type RunningHost } from '../host';
import { AlreadyServingError, listenOnRememberedPort, type Listen, type PortChoice } from '../remembered-port';
import { removeServeRecord, writeServeRecord } from '../serve-record';
import { UsageError, type Command, type CommandIo } from './command';

/** The port of an Electron utilityProcess (process.parentPort); feature-detected so host/ never imports electron. */
interface ParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
}

const shutdownMessage = z.object({ type: z.literal('shutdown') });

export const DEFAULT_HOSTNAME = '127.0.0.1';

/** The team server's customary port (README); links made without a running serve point there. */
export const DEFAULT_TEAM_PORT = 4870;

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new UsageError(`--port must be a number from 0 to 65535, got '${value}'`);
  return port;
}

/** `serve`: runs the host until SIGINT/SIGTERM, or until the Electron parent asks it to shut down. */
export const serveCommand: Command = {
  summary: 'run the host (API, collaboration, renderer files)',
  usage: '[--port N | --remember-port] [--host H] [--data DIR] [--token T] [--static DIR]',
  async run(args, io) {
    const { values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        token: { type: 'string' },
        static: { type: 'string' },
        'remember-port': { type: 'boolean' },
      },
    });
    const rememberPort = values['remember-port'] === true;
    if (rememberPort && values.port !== undefined) throw new UsageError('--port and --remember-port cannot be used together');
    const port = parsePort(values.port);
    if (values.token === '') throw new UsageError('--token must not be empty');
    // Relative paths are taken from the working directory, once, so that nothing later depends on it.
    const dataDir = values.data === undefined ? defaultDataDir() : resolvePath(values.data);
    const staticDir = values.static === undefined ? undefined : resolvePath(values.static);
    const token = values.token ?? loadOrCreateAdminToken(dataDir);
    let choice: PortChoice | undefined;
    // The desktop app and `npm start` keep one origin across launches, so that the renderer keeps its local data.
    const portOption = rememberPort ? async (listen: Listen) => (choice = await listenOnRememberedPort(dataDir, listen)).port : port;
    let host: RunningHost;
    try {
      host = await startHost({ dataDir, port: portOption, hostname: values.host ?? DEFAULT_HOSTNAME, token, staticDir });
    } catch (error) {
      if (!(error instanceof AlreadyServingError)) throw error;
      io.stderr(`speechdesk: ${error.message}`);
      return 1;
    }
    // Recorded before the URL is printed, so that whoever waits for that line finds the record too.
    writeServeRecord(dataDir, host.url);
    // Stop handlers before the URL is printed: whoever waits for that line may stop the host at once.
    const movedFrom = choice?.previous !== undefined && choice.previous !== choice.port ? choice.previous : undefined;
    if (movedFrom !== undefined) io.stderr(`speechdesk: port ${movedFrom} is taken by another program; now on port ${host.port} (pages keep their local data per port)`);
    const stopped = untilStopped(host, io, movedFrom);
    io.stdout(`Speechdesk host listening on ${host.url}/#token=${encodeURIComponent(token)}`);
    io.stdout(`Admin token: ${token}`);
    io.stdout(`Data: ${dataDir}`);
    try {
      await stopped;
    } finally {
      removeServeRecord(dataDir);
    }
    return 0;
  },
};

/** `movedFrom`: the remembered port this launch could not have; the desktop app tells the user once. */
function untilStopped(host: RunningHost, io: CommandIo, movedFrom: number | undefined): Promise<void> {
  return new Promise((done) => {
    let stopping = false;
    // Once closed, signals are no longer this host's business (the CLI exits; an in-process caller goes on).
    const resolve = () => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      done();
    };
    const stop = (why: string) => {
      if (stopping) return;
      stopping = true;
      io.stdout(`Speechdesk host stopping (${why})`);
      host.close().then(resolve, (error: unknown) => {
        io.stderr(`speechdesk: error while stopping: ${error instanceof Error ? error.message : String(error)}`);
        resolve();
      });
    };
    // A second signal while closing means "now": exit without waiting for the flush.
    const onSignal = (signal: NodeJS.Signals) => (stopping ? process.exit(1) : stop(signal));
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const parentPort = (process as { parentPort?: ParentPort }).parentPort;
    if (parentPort) {
      parentPort.on('message', (event) => {
        if (shutdownMessage.safeParse(event.data).success) stop('shutdown requested');
      });
      parentPort.postMessage({ type: 'ready', url: host.url, port: host.port, ...(movedFrom === undefined ? {} : { movedFrom }) });
    }
  });
}
