import type { CommandIo } from './commands/command';
import { main } from './cli-main';

/** Entry point of `speechdesk` (bin/speechdesk.js runs the bundle of this file). */
const io: CommandIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

// A closed stdout (the reading end went away) must not crash the host before it has flushed and closed.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined);

main(process.argv.slice(2), io).then(
  (code) => process.exit(code),
  (error: unknown) => {
    io.stderr(`speechdesk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
