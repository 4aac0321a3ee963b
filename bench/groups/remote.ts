import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { summarize } from '../lib/stats';
import type { Measurement } from '../lib/metrics';
import type { BenchContext, BenchGroup } from '../harness/context';
import { Keyboard, newContext, openEditable, STEP_TIMEOUT_MS } from '../harness/browser';
import { connectProvider } from '../../host/testing/node-provider';
import { connectMany, sleep, typeAtEnd, typingText } from '../harness/providers';
import { speechUpdate } from '../harness/seed';
import type { CpuProfile } from '../harness/profile-summary';
import { LAST_SENTENCE, OPENING, POINT_LEADS } from '../workload/phrases';
import { within } from '../lib/within';

const KEYSTROKES = 200;
const WARM_UP = 15;
/** Human speed: one committed character every 200 ms (5 per second), for the measured writer and the others. */
const PACE_MS = 200;

interface Scenario {
  /** Opens the speech in a new browser context; resolves once it is editable. */
  open(browser: Browser, user: string): Promise<{ context: BrowserContext; page: Page }>;
  connect(index: number): Promise<HocuspocusProvider>;
}

/** Headless writers typing into their own paragraphs at human speed, each on its own phase, until stopped. */
function startTypists(providers: HocuspocusProvider[], blocks: number[]): () => void {
  const characters = typingText(POINT_LEADS.join(''), 1000);
  const timers = providers.map((provider, index) => {
    const block = blocks[index % blocks.length] as number;
    let typed = 0;
    const start = setTimeout(() => {
      interval = setInterval(() => typeAtEnd(provider.document, block, characters[typed++ % characters.length] as string), PACE_MS);
    }, Math.random() * PACE_MS);
    let interval: NodeJS.Timeout | undefined;
    return () => {
      clearTimeout(start);
      clearInterval(interval);
    };
  });
  return () => timers.forEach((stop) => stop());
}

/**
 * Keystroke in page A (CDP insertText at the end of a paragraph) to the frame after page B shows it; both on
 * the page's clock made absolute (performance.timeOrigin + now), which is one clock on one machine.
 */
async function measure(context: BenchContext, scenario: Scenario, clients: number, profileAs?: string): Promise<number[]> {
  const browser = await context.browser();
  const writer = await scenario.open(browser, '写稿人');
  const reader = await scenario.open(browser, '审稿人');
  const headless = await connectMany(clients - 2, (index) => scenario.connect(index));
  const stopTypists = startTypists(headless, context.layout.others);
  const block = context.layout.remote;
  const keyboard = await Keyboard.of(writer.page);
  await keyboard.caretAtEnd(block);
  await sleep(500);
  const latencies: number[] = [];
  let typed = '';
  for (const character of typingText(OPENING, WARM_UP + KEYSTROKES, 300)) {
    const started = performance.now();
    typed += character;
    const suffix = typed.slice(-12);
    await reader.page.evaluate(
      ([index, expected]) => {
        const w = window as unknown as { __bench: { arrival(index: number, suffix: string): Promise<number> }; __benchArrival?: Promise<number> };
        w.__benchArrival = w.__bench.arrival(index as number, expected as string);
      },
      [block, suffix] as const,
    );
    const sample = await keyboard.keystroke(character);
    const arrival = reader.page.evaluate(() => (window as unknown as { __benchArrival: Promise<number> }).__benchArrival);
    const arrived = (await within(arrival, STEP_TIMEOUT_MS, `the reader showing ${suffix}`)) as number;
    latencies.push(arrived - sample.startAbs);
    await sleep(Math.max(0, PACE_MS - (performance.now() - started)));
  }
  // With --profile: 10 s of the reader's CPU while the others keep typing, after the measurement.
  if (profileAs) {
    const readerCdp = await Keyboard.of(reader.page);
    await readerCdp.send('Profiler.enable');
    await readerCdp.send('Profiler.start');
    await sleep(10_000);
    context.saveProfile(profileAs, (await readerCdp.send<{ profile: CpuProfile }>('Profiler.stop')).profile);
  }
  stopTypists();
  for (const provider of headless) provider.destroy();
  await writer.context.close();
  await reader.context.close();
  return latencies.slice(WARM_UP);
}

export const remote: BenchGroup = {
  name: 'remote',
  async run(context): Promise<Measurement[]> {
    const { host } = await context.workload();
    const bare = await context.bare();
    const appScenario = (speechId: string): Scenario => ({
      async open(browser, user) {
        const browserContext = await newContext(browser, { token: host.token, openMarker: LAST_SENTENCE, user: { name: user, color: '#1f6feb' } });
        const { page } = await openEditable(browserContext, `${host.url}/#/doc/${encodeURIComponent(speechId)}`);
        return { context: browserContext, page };
      },
      connect: (index) => connectProvider(host.collabUrl, speechId, { token: host.token, user: `读者${index}` }),
    });
    const update = speechUpdate(context.doc);
    /** The bare server stores nothing: a client seeds each document and stays connected while pages open it. */
    const bareScenario = async (name: string): Promise<{ scenario: Scenario; seeder: HocuspocusProvider }> => {
      const seed = new Y.Doc();
      Y.applyUpdate(seed, update);
      const seeder = await connectProvider(bare.collabUrl, name, { doc: seed });
      const scenario: Scenario = {
        async open(browser, user) {
          const browserContext = await newContext(browser, { openMarker: LAST_SENTENCE });
          const { page } = await openEditable(browserContext, bare.page('bare-collab.html', { doc: name, user }));
          return { context: browserContext, page };
        },
        connect: (index) => connectProvider(bare.collabUrl, name, { user: `读者${index}` }),
      };
      return { scenario, seeder };
    };

    const results: Measurement[] = [];
    for (const clients of [2, 20]) {
      context.log(`remote: ${clients} clients, the app on the host`);
      const profileAs = context.args.profile && clients === 20 ? 'remote20-reader-app' : undefined;
      const measured = summarize(await measure(context, appScenario(await context.speechCopy()), clients, profileAs));
      context.log(`remote: ${clients} clients, bare y-prosemirror on bare Hocuspocus (baseline)`);
      const { scenario, seeder } = await bareScenario(`remote-${clients}`);
      const baseline = summarize(await measure(context, scenario, clients));
      seeder.destroy();
      const prefix = clients === 2 ? 'remote' : `remote${clients}`;
      results.push({ metric: `${prefix}_p50_ms`, value: measured.p50, baseline: baseline.p50 }, { metric: `${prefix}_p95_ms`, value: measured.p95, baseline: baseline.p95 });
    }
    return results;
  },
};
