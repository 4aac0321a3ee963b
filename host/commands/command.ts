/** What a subcommand of `speechdesk` gets: its own arguments and the streams to write to. */
export interface CommandIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

export interface Command {
  /** One line for the usage text. */
  summary: string;
  /** The arguments after the subcommand's name, e.g. "[--port N] [--data DIR]". */
  usage: string;
  /** Resolves with the exit code; a long-running command resolves when it has finished. */
  run(args: string[], io: CommandIo): Promise<number>;
}

/** Wrong arguments: the CLI prints the message and the command's usage, and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
