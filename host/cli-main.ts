import type { Command, CommandIo } from './commands/command';
import { UsageError } from './commands/command';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { indicatorsCommand } from './commands/indicators';
import { importCommand } from './commands/import';
import { inviteCommand } from './commands/invite';
import { serveCommand } from './commands/serve';
import { templatesCommand } from './commands/templates';

/** Subcommands of `speechdesk`; each lives in host/commands/ and parses its own arguments. */
const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  import: importCommand,
  templates: templatesCommand,
  indicators: indicatorsCommand,
  export: exportCommand,
  check: checkCommand,
  invite: inviteCommand,
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  speechdesk ${name} ${command.usage}\n      ${command.summary}`);
  return ['Usage:', ...lines].join('\n');
}

const isUsageError = (error: unknown) =>
  error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS_'));

/** Runs one CLI invocation and resolves with its exit code. */
export async function main(argv: string[], io: CommandIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    io.stderr(name === undefined ? 'speechdesk: missing command' : `speechdesk: unknown command '${name}'`);
    io.stderr(usage());
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (!isUsageError(error)) throw error;
    io.stderr(`speechdesk ${name}: ${(error as Error).message}`);
    io.stderr(`Usage: speechdesk ${name} ${command.usage}`);
    return 2;
  }
}
