import type { Page } from 'playwright-core';
import { summarize } from '../lib/stats';
import type { Measurement } from '../lib/metrics';
import type { BenchContext, BenchGroup } from '../harness/context';
import { Keyboard, newContext, openEditable, type KeystrokeSample } from '../harness/browser';
import { connectProvider } from '../../host/testing/node-provider';
import { sleep, typingText } from '../harness/providers';
import type { CpuProfile } from '../harness/profile-summary';
import type { TraceEvent } from '../harness/trace-summary';
import { LAST_SENTENCE, OPENING } from '../workload/phrases';

const KEYSTROKES = 500;
const WARM_UP = 30;

/**
 * Types committed Chinese characters one at a time at the end of a paragraph, waiting for each keystroke's frame,
 * then a pause of 40-80 ms (a fast IME typist; the pause also keeps keystrokes off a fixed phase of the frame).
 */
async function typeMeasured(page: Page, blockIndex: number, count: number, offset: number): Promise<KeystrokeSample[]> {
  const keyboard = await Keyboard.of(page);
  await keyboard.caretAtEnd(blockIndex);
  await sleep(100);
  const samples: KeystrokeSample[] = [];
  for (const character of typingText(OPENING, count, offset)) {
    samples.push(await keyboard.keystroke(character));
    await sleep(40 + Math.random() * 40);
  }
  return samples;
}

function valid(samples: KeystrokeSample[], what: string): KeystrokeSample[] {
  const kept = samples.filter((sample) => Number.isFinite(sample.work) && Number.isFinite(sample.frame));
  if (kept.length < samples.length * 0.95) throw new Error(`${what}: only ${kept.length} of ${samples.length} keystrokes were measured`);
  return kept;
}

/**
 * With --profile: a Chrome trace of 100 keystrokes (where the main thread's time goes: script, style, layout,
 * paint), then a CPU profile of 150 more (which functions). After the measured run, so neither slows it.
 */
async function profiled(context: BenchContext, page: Page, blockIndex: number, label: string): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser');
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'] });
  await typeMeasured(page, blockIndex, 100, 700);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  context.saveTrace(`typing-${label}`, trace.traceEvents, { count: 100, unit: 'keystroke' });
  const keyboard = await Keyboard.of(page);
  await keyboard.send('Profiler.enable');
  await keyboard.send('Profiler.setSamplingInterval', { interval: 200 });
  await keyboard.send('Profiler.start');
  await typeMeasured(page, blockIndex, 150, 900);
  const { profile } = await keyboard.send<{ profile: CpuProfile }>('Profiler.stop');
  context.saveProfile(`typing-${label}`, profile);
}

export const typing: BenchGroup = {
  name: 'typing',
  async run(context): Promise<Measurement[]> {
    const { host } = await context.workload();
    const speechId = await context.speechCopy();
    const bare = await context.bare();
    const browser = await context.browser();
    const block = context.layout.typing;

    context.log(`typing: ${KEYSTROKES} keystrokes in the app, a second client connected`);
    const peer = await connectProvider(host.collabUrl, speechId, { token: host.token, user: '审稿人' });
    const appContext = await newContext(browser, { token: host.token, openMarker: LAST_SENTENCE });
    const { page: app } = await openEditable(appContext, `${host.url}/#/doc/${encodeURIComponent(speechId)}`);
    const appSamples = valid((await typeMeasured(app, block, WARM_UP + KEYSTROKES, 0)).slice(WARM_UP), 'app');
    if (context.args.profile) await profiled(context, app, block, 'app');
    await appContext.close();
    peer.destroy();

    context.log(`typing: ${KEYSTROKES} keystrokes in bare ProseMirror (baseline)`);
    const bareContext = await newContext(browser, { openMarker: LAST_SENTENCE });
    const { page: barePage } = await openEditable(bareContext, bare.page('bare-prosemirror.html'));
    const bareSamples = valid((await typeMeasured(barePage, block, WARM_UP + KEYSTROKES, 0)).slice(WARM_UP), 'bare ProseMirror');
    if (context.args.profile) await profiled(context, barePage, block, 'bare');
    await bareContext.close();

    const frame = summarize(appSamples.map((sample) => sample.frame));
    const work = summarize(appSamples.map((sample) => sample.work));
    const bareFrame = summarize(bareSamples.map((sample) => sample.frame));
    const bareWork = summarize(bareSamples.map((sample) => sample.work));
    return [
      { metric: 'typing_p50_ms', value: frame.p50, baseline: bareFrame.p50 },
      { metric: 'typing_p95_ms', value: frame.p95, baseline: bareFrame.p95 },
      { metric: 'typing_work_p50_ms', value: work.p50, baseline: bareWork.p50 },
      { metric: 'typing_work_p95_ms', value: work.p95, baseline: bareWork.p95 },
    ];
  },
};
