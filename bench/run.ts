/**
 * `npm run bench [-- --json FILE] [-- --only typing,remote] [-- --profile]`: runs the benchmark groups in order
 * against the built app (npm run build) and the bare baselines (bench/pages, bench/servers), prints the table of
 * issue 7 and writes the JSON object. What each metric times: docs/benchmarks.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname } from 'node:path';
import { ArgsError, parseBenchArgs } from './lib/cli-args';
import { formatTable, METRICS, toJson, toRow, type Measurement, type Row } from './lib/metrics';
import { BenchContext, type BenchGroup } from './harness/context';
import { describeMachine } from './lib/machine';
import { typing } from './groups/typing';
import { remote } from './groups/remote';
import { placeholders } from './groups/placeholders';
import { docx } from './groups/docx';
import { open } from './groups/open';
import { hostLoad } from './groups/host-load';
import { storage } from './groups/storage';

/** In the order they run: the groups sharing the workload host first, then those that start their own. */
const GROUPS: BenchGroup[] = [typing, remote, placeholders, docx, open, hostLoad, storage];

async function main(): Promise<number> {
  let args;
  try {
    args = parseBenchArgs(process.argv.slice(2), GROUPS.map((group) => group.name));
  } catch (error) {
    if (!(error instanceof ArgsError)) throw error;
    process.stderr.write(`bench: ${error.message}\n`);
    return 2;
  }
  const selected = GROUPS.filter((group) => !args.only || args.only.includes(group.name));
  const context = new BenchContext(args);
  // Ctrl-C: stop the host, the bare server and the browser this run started, then leave.
  process.once('SIGINT', () => {
    context.log('interrupted; stopping what the run started');
    void context.close().finally(() => process.exit(130));
  });
  const measurements: Measurement[] = [];
  let machine = '';
  const failed: string[] = [];
  try {
    for (const group of selected) {
      const started = Date.now();
      try {
        measurements.push(...(await group.run(context)));
        context.log(`${group.name}: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      } catch (error) {
        failed.push(group.name);
        context.log(`${group.name}: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      }
    }
  } finally {
    machine = describeMachine(await context.browserVersion());
    await context.close();
  }
  const rows: Row[] = measurements.map(toRow);
  const expected = Object.keys(METRICS).filter((metric) => rows.some((row) => row.metric === metric) || !args.only);
  process.stdout.write(`${formatTable(rows, expected)}\n${machine}; load average ${loadavg().map((load) => load.toFixed(1)).join(' ')}\n`);
  if (args.json) {
    mkdirSync(dirname(args.json), { recursive: true });
    writeFileSync(args.json, `${JSON.stringify(toJson(rows), null, 2)}\n`);
    process.stdout.write(`JSON: ${args.json}\n`);
  }
  if (failed.length > 0) process.stderr.write(`bench: failed group(s): ${failed.join(', ')}\n`);
  return failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
