import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { apiRoutes, type DocumentSummary } from '../../common/api';
import { percentile } from '../lib/stats';
import type { Measurement } from '../lib/metrics';
import type { BenchContext, BenchGroup } from '../harness/context';
import { BareServer } from '../harness/bare-server';
import { BuiltHost } from '../harness/built-host';
import { connectProvider } from '../../host/testing/node-provider';
import { AckMeter, connectMany, sleep, typeAtEnd, typingText } from '../harness/providers';
import { seedSpeech, speechUpdate, writeWorkloadFile } from '../harness/seed';
import { POINT_LEADS } from '../workload/phrases';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WRITERS = 50;
const OPEN_SPEECHES = 200;
/** Human speed, 5 characters a second per writer: 250 updates a second in all. */
const PACE_MS = 200;
const HUMAN_SECONDS = 20;
const SATURATION_SECONDS = 10;

interface Server {
  rssMiB(): number;
  cpuSeconds(): number;
  /** Names of the writers' speech and of the other open speeches, ready to be opened. */
  prepare(): Promise<{ main: string; others: string[] }>;
  connect(name: string, user: string): Promise<HocuspocusProvider>;
  stop(): Promise<void>;
}

interface LoadResult {
  ackP95: number;
  updatesPerSecond: number;
  rssMiB: number;
  perSpeechMiB: number;
}

/**
 * 200 other speeches opened by a client each, then 50 writers typing into one speech: at human speed (ack
 * latency, memory), then each sending its next keystroke as soon as the last was acknowledged (throughput).
 */
async function load(context: BenchContext, server: Server, label: string): Promise<LoadResult> {
  const { main, others } = await server.prepare();
  await sleep(2000);
  const before = server.rssMiB();
  context.log(`host load (${label}): opening ${others.length} speeches; ${before.toFixed(0)} MiB before`);
  const openers = await connectMany(others.length, (index) => server.connect(others[index] as string, `读者${index}`));
  await sleep(2000);
  const opened = server.rssMiB();
  const writers = await connectMany(WRITERS, (index) => server.connect(main, `写稿人${index}`));
  const meters = writers.map((writer) => new AckMeter(writer));
  const characters = typingText(POINT_LEADS.join(''), 10_000);
  const blocks = context.layout.others;
  let typed = 0;
  const keystroke = (index: number) => {
    (meters[index] as AckMeter).sending();
    typeAtEnd((writers[index] as HocuspocusProvider).document, blocks[index % blocks.length] as number, characters[typed++ % characters.length] as string);
  };

  context.log(`host load (${label}): ${WRITERS} writers at 5 characters a second for ${HUMAN_SECONDS} s`);
  let rss = opened;
  const timers = writers.map((_, index) => {
    let interval: NodeJS.Timeout | undefined;
    const start = setTimeout(() => (interval = setInterval(() => keystroke(index), PACE_MS)), Math.random() * PACE_MS);
    return () => {
      clearTimeout(start);
      clearInterval(interval);
    };
  });
  const sampler = setInterval(() => (rss = Math.max(rss, server.rssMiB())), 1000);
  const serverCpu = server.cpuSeconds();
  const ownCpu = process.cpuUsage();
  await sleep(HUMAN_SECONDS * 1000);
  const ownUsage = process.cpuUsage(ownCpu);
  // Which side was busy: the server, or this process (the 250 clients)?
  context.log(
    `host load (${label}): server CPU ${(((server.cpuSeconds() - serverCpu) / HUMAN_SECONDS) * 100).toFixed(0)}% of a core, clients ${(((ownUsage.user + ownUsage.system) / 1e6 / HUMAN_SECONDS) * 100).toFixed(0)}%`,
  );
  timers.forEach((stop) => stop());
  clearInterval(sampler);
  await waitUntil(() => meters.every((meter) => meter.outstanding === 0), 30_000);
  const latencies = meters.flatMap((meter) => meter.latencies);

  context.log(`host load (${label}): ${WRITERS} writers as fast as acknowledged for ${SATURATION_SECONDS} s`);
  for (const meter of meters) meter.recording = false;
  let acknowledged = 0;
  let running = true;
  writers.forEach((writer, index) => {
    writer.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number !== 0 || !running) return;
      acknowledged += 1;
      keystroke(index);
    });
    keystroke(index);
  });
  await sleep(SATURATION_SECONDS * 1000);
  running = false;
  const updatesPerSecond = acknowledged / SATURATION_SECONDS;
  await waitUntil(() => meters.every((meter) => meter.outstanding === 0), 30_000);

  for (const provider of [...writers, ...openers]) provider.destroy();
  await server.stop();
  return { ackP95: percentile(latencies, 95), updatesPerSecond, rssMiB: rss, perSpeechMiB: (opened - before) / others.length };
}

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('updates were still not acknowledged after 30 s');
    await sleep(50);
  }
}

export const hostLoad: BenchGroup = {
  name: 'host',
  async run(context): Promise<Measurement[]> {
    const nodeArgs = context.args.profile ? ['--cpu-prof', '--cpu-prof-dir=bench-results/profiles', '--cpu-prof-name=host-load.cpuprofile'] : [];
    const host = await BuiltHost.start(nodeArgs);
    const product: Server = {
      rssMiB: () => host.rssMiB(),
      cpuSeconds: () => host.cpuSeconds(),
      async prepare() {
        const main = await seedSpeech(host, context.doc);
        const others: string[] = [];
        for (let index = 0; index < OPEN_SPEECHES; index += 1) others.push((await host.api<DocumentSummary>(apiRoutes.duplicate(main), { method: 'POST' })).id);
        return { main, others };
      },
      connect: (name, user) => connectProvider(host.collabUrl, name, { token: host.token, user }),
      stop: () => host.stop(),
    };
    const product_ = await load(context, product, 'the host').finally(() => host.dispose());

    const scratch = mkdtempSync(join(tmpdir(), 'speechdesk-bench-bare-'));
    const bare = await BareServer.start(writeWorkloadFile(scratch, context.doc));
    const update = speechUpdate(context.doc);
    // The bare server stores nothing: each client brings the speech, as one would after a restart.
    const baseline: Server = {
      rssMiB: () => bare.rssMiB(),
      cpuSeconds: () => bare.cpuSeconds(),
      prepare: async () => ({ main: 'main', others: Array.from({ length: OPEN_SPEECHES }, (_, index) => `speech-${index}`) }),
      connect(name, user) {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, update);
        return connectProvider(bare.collabUrl, name, { doc, user });
      },
      stop: () => bare.stop(),
    };
    const bare_ = await load(context, baseline, 'bare Hocuspocus').finally(() => rmSync(scratch, { recursive: true, force: true }));
    return [
      { metric: 'host_ack_p95_ms', value: product_.ackP95, baseline: bare_.ackP95 },
      { metric: 'host_updates_per_s', value: product_.updatesPerSecond, baseline: bare_.updatesPerSecond },
      { metric: 'host_rss_mb', value: product_.rssMiB, baseline: bare_.rssMiB },
      {
        metric: 'host_mb_per_speech',
        value: product_.perSpeechMiB,
        baseline: bare_.perSpeechMiB,
        extra: { unit: 'MiB', target: { text: '≤ 1× baseline', met: (_value, ratio) => ratio !== undefined && ratio <= 1 } },
      },
    ];
  },
};
