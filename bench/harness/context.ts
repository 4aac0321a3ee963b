import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Node } from 'prosemirror-model';
import type { Browser } from 'playwright-core';
import { apiRoutes, type DocumentSummary } from '../../common/api';
import type { BenchArgs } from '../lib/cli-args';
import { generateSpeech } from '../workload/speech';
import { BareServer } from './bare-server';
import { launchBrowser } from './browser';
import { BuiltHost } from './built-host';
import { seedIndicators, seedSpeech, writeWorkloadFile } from './seed';
import { formatSelfTimes, topSelfTime, type CpuProfile } from './profile-summary';
import { formatTotals, mainThreadTotals, type TraceEvent } from './trace-summary';

export const RESULTS_DIR = 'bench-results';

/** Where in the speech the benchmarks type: plain paragraphs (text only), by top-level block index. */
export interface Layout {
  /** typing: near the middle of the speech. */
  typing: number;
  /** remote: the measured writer's paragraph, next to it. */
  remote: number;
  /** Paragraphs for headless writers, all others. */
  others: number[];
  last: number;
}

export function layoutOf(doc: Node): Layout {
  const plain: number[] = [];
  doc.forEach((block, _offset, index) => {
    const textOnly = block.childCount > 0 && block.content.content.every((child) => child.isText);
    if (block.type.name === 'paragraph' && block.attrs.point === 0 && textOnly && index < doc.childCount - 1) plain.push(index);
  });
  const middle = plain.findIndex((index) => index >= doc.childCount / 2);
  const typing = plain[middle];
  const remote = plain[middle + 1];
  if (typing === undefined || remote === undefined) throw new Error('the workload has too few plain paragraphs');
  return { typing, remote, others: plain.filter((index) => index !== typing && index !== remote), last: doc.childCount - 1 };
}

export interface Workload {
  host: BuiltHost;
  speechId: string;
  indicatorIds: Map<string, string>;
}

/** Shared, lazily started resources of one run, and its log. */
export class BenchContext {
  readonly doc = generateSpeech();
  readonly layout = layoutOf(this.doc);
  private readonly scratch = mkdtempSync(join(tmpdir(), 'speechdesk-bench-run-'));
  private browserStarted: Promise<Browser> | undefined;
  private workloadStarted: Promise<Workload> | undefined;
  private bareStarted: Promise<BareServer> | undefined;
  private readonly started = Date.now();

  constructor(readonly args: BenchArgs) {}

  log(message: string): void {
    process.stderr.write(`[bench ${((Date.now() - this.started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  }

  browser(): Promise<Browser> {
    this.browserStarted ??= launchBrowser();
    return this.browserStarted;
  }

  /** The product host with the workload speech and its indicators, shared by the groups that only read or type. */
  workload(): Promise<Workload> {
    this.workloadStarted ??= (async () => {
      this.log('starting the built host and seeding the workload speech and its indicators');
      const host = await BuiltHost.start();
      try {
        const indicatorIds = await seedIndicators(host);
        const speechId = await seedSpeech(host, this.doc);
        return { host, speechId, indicatorIds };
      } catch (error) {
        await host.dispose();
        throw error;
      }
    })();
    return this.workloadStarted;
  }

  /**
   * A copy of the workload speech on the workload host (the API's duplicate), for a group that types into it:
   * the speech itself stays at its 30,000 characters for the groups that follow.
   */
  async speechCopy(): Promise<string> {
    const { host, speechId } = await this.workload();
    return (await host.api<DocumentSummary>(apiRoutes.duplicate(speechId), { method: 'POST' })).id;
  }

  bare(): Promise<BareServer> {
    this.bareStarted ??= BareServer.start(writeWorkloadFile(this.scratch, this.doc));
    return this.bareStarted;
  }

  /** Saves a CPU profile under bench-results/profiles/ and logs its top self-time functions. */
  saveProfile(name: string, profile: CpuProfile): string {
    const dir = join(RESULTS_DIR, 'profiles');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    const summary = formatSelfTimes(topSelfTime(profile, 20));
    writeFileSync(join(dir, `${name}.top.txt`), `${summary}\n`);
    this.log(`profile ${file}, top self time:\n${summary}`);
    return file;
  }

  /** Saves a Chrome trace under bench-results/profiles/ and logs where the main thread's time went. */
  saveTrace(name: string, events: TraceEvent[], perUnit: { count: number; unit: string }): void {
    const dir = join(RESULTS_DIR, 'profiles');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.trace.json`), JSON.stringify({ traceEvents: events }));
    const summary = formatTotals(mainThreadTotals(events, 20), perUnit);
    writeFileSync(join(dir, `${name}.trace-top.txt`), `${summary}\n`);
    this.log(`trace ${name}, renderer main thread (inclusive):\n${summary}`);
  }

  /** The browser's version, when a group started it. */
  async browserVersion(): Promise<string | undefined> {
    return this.browserStarted ? (await this.browserStarted).version() : undefined;
  }

  async close(): Promise<void> {
    const closing: Array<Promise<unknown>> = [];
    if (this.browserStarted) closing.push(this.browserStarted.then((browser) => browser.close()));
    if (this.workloadStarted) closing.push(this.workloadStarted.then(({ host }) => host.dispose()));
    if (this.bareStarted) closing.push(this.bareStarted.then((server) => server.stop()));
    await Promise.allSettled(closing);
    rmSync(this.scratch, { recursive: true, force: true });
  }
}

export interface BenchGroup {
  name: string;
  run(context: BenchContext): Promise<import('../lib/metrics').Measurement[]>;
}
