import type { CommandIo } from './commands/command';
import { main } from './cli-main';

/** Entry point of `speechdesk` (bin/speechdesk.js runs the bundle of this file). */
const io: CommandIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

main(process.argv.slice(2), io).then(
  (code) => process.exit(code),
  (error: unknown) => {
    io.stderr(`speechdesk: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
