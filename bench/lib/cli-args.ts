/** Command line of `npm run bench`: `[--json FILE] [--only group,group] [--profile]`. */

export interface BenchArgs {
  json?: string;
  /** Groups to run, in the suite's order; all when left out. */
  only?: string[];
  /** Also record CPU profiles of the product (bench-results/profiles/). */
  profile: boolean;
}

export class ArgsError extends Error {}

export function parseBenchArgs(argv: readonly string[], groups: readonly string[]): BenchArgs {
  const args: BenchArgs = { profile: false };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2) as [string, string | undefined];
    const value = (): string => {
      const given = inline ?? argv[(i += 1)];
      if (!given) throw new ArgsError(`${flag} needs a value`);
      return given;
    };
    switch (flag) {
      case '--json':
        args.json = value();
        break;
      case '--only': {
        const wanted = value().split(',').map((name) => name.trim()).filter(Boolean);
        const unknown = wanted.filter((name) => !groups.includes(name));
        if (unknown.length > 0) throw new ArgsError(`unknown group(s) ${unknown.join(', ')}; the groups are ${groups.join(', ')}`);
        args.only = groups.filter((name) => wanted.includes(name));
        break;
      }
      case '--profile':
        args.profile = true;
        break;
      default:
        throw new ArgsError(`unknown argument '${argv[i]}'; usage: npm run bench -- [--json FILE] [--only ${groups.join(',')}] [--profile]`);
    }
  }
  return args;
}
