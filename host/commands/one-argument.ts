import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';

/**
 * Parses the arguments of a command that works on exactly one thing (a speech ID, a FILE) plus options, strictly:
 * unknown options, a missing argument and extra ones are usage errors naming the argument.
 */
export function parseOneArgument<const Options extends NonNullable<ParseArgsConfig['options']>>(args: string[], name: string, options: Options) {
  const { values, positionals } = parseArgs({ args, strict: true, allowPositionals: true, options });
  const [argument, ...extra] = positionals;
  if (argument === undefined) throw new UsageError(`missing ${name}`);
  if (extra.length > 0) throw new UsageError(`one ${name} at a time, got ${positionals.length}`);
  return { values, argument };
}
