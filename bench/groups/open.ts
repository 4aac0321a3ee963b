import * as Y from 'yjs';
import { median } from '../lib/stats';
import type { Measurement } from '../lib/metrics';
import type { BrowserContext } from 'playwright-core';
import type { BenchContext, BenchGroup } from '../harness/context';
import { Keyboard, newContext, openEditable } from '../harness/browser';
import type { CpuProfile } from '../harness/profile-summary';
import type { TraceEvent } from '../harness/trace-summary';
import { connectProvider } from '../../host/testing/node-provider';
import { speechUpdate } from '../harness/seed';
import { LAST_SENTENCE } from '../workload/phrases';

const WARM_UP = 2;
const WARM_SAMPLES = 10;
const COLD_SAMPLES = 5;

/** With --profile: a Chrome trace and a CPU profile of one more warm open. */
async function profileOpen(context: BenchContext, browserContext: BrowserContext, url: string): Promise<void> {
  const browser = browserContext.browser();
  if (!browser) throw new Error('the context has no browser');
  let keyboard: Keyboard | undefined;
  await browser.startTracing(undefined, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] });
  const { page } = await openEditable(browserContext, url, async (newPage) => {
    keyboard = await Keyboard.of(newPage);
    await keyboard.send('Profiler.enable');
    await keyboard.send('Profiler.setSamplingInterval', { interval: 200 });
    await keyboard.send('Profiler.start');
  });
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  context.saveTrace('open-app', trace.traceEvents, { count: 1, unit: 'open' });
  if (keyboard) context.saveProfile('open-app', (await keyboard.send<{ profile: CpuProfile }>('Profiler.stop')).profile);
  await page.close();
}

/**
 * Navigation to an editable speech, from the navigation's start (the page's time origin) until the probe has seen
 * the editor's contenteditable with the speech's last sentence shown and a keystroke typed at its end kept by
 * the editor. Pages open in one browser context, as a returning user's tabs (HTTP cache and local storage kept).
 */
export const open: BenchGroup = {
  name: 'open',
  async run(context): Promise<Measurement[]> {
    const { host, speechId } = await context.workload();
    const bare = await context.bare();
    const browser = await context.browser();
    const samples = async (url: string, browserContext: Awaited<ReturnType<typeof newContext>>, count: number) => {
      const times: number[] = [];
      for (let index = 0; index < count; index += 1) {
        const { page, openedMs } = await openEditable(browserContext, url);
        times.push(openedMs);
        await page.close();
      }
      return times;
    };

    // Warm: the host has run for a while and another reader has the speech open (so it is loaded).
    context.log('open: warm host, the app');
    const appUrl = `${host.url}/#/doc/${encodeURIComponent(speechId)}`;
    const reader = await connectProvider(host.collabUrl, speechId, { token: host.token, user: '审稿人' });
    const appContext = await newContext(browser, { token: host.token, openMarker: LAST_SENTENCE });
    const warm = (await samples(appUrl, appContext, WARM_UP + WARM_SAMPLES)).slice(WARM_UP);
    if (context.args.profile) await profileOpen(context, appContext, appUrl);
    reader.destroy();

    context.log('open: bare y-prosemirror page on bare Hocuspocus (baseline)');
    const seed = new Y.Doc();
    Y.applyUpdate(seed, speechUpdate(context.doc));
    const seeder = await connectProvider(bare.collabUrl, 'open', { doc: seed });
    const bareContext = await newContext(browser, { openMarker: LAST_SENTENCE });
    const baseline = (await samples(bare.page('bare-collab.html', { doc: 'open' }), bareContext, WARM_UP + WARM_SAMPLES)).slice(WARM_UP);
    seeder.destroy();
    await bareContext.close();

    // Cold: the host was just restarted (nothing loaded, nothing compiled); the browser stays as it was.
    context.log('open: right after a host restart, the app');
    const cold: number[] = [];
    for (let index = 0; index < COLD_SAMPLES; index += 1) {
      await host.restart();
      cold.push(...(await samples(appUrl, appContext, 1)));
    }
    await appContext.close();
    return [
      { metric: 'open_ms', value: median(warm), baseline: median(baseline) },
      { metric: 'open_cold_ms', value: median(cold) },
    ];
  },
};
