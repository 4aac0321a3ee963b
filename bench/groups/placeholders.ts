import { indicatorRoutes } from '../../common/indicators';
import { median } from '../lib/stats';
import type { Measurement } from '../lib/metrics';
import type { BenchGroup } from '../harness/context';
import { newContext, openEditable } from '../harness/browser';
import { PERIOD, RANK_OF, REFRESHED_INDICATOR, WORKLOAD_INDICATORS } from '../workload/indicators';
import { LAST_SENTENCE } from '../workload/phrases';

const WARM_UP = 2;
const SAMPLES = 10;

/**
 * One figure changed in the store through the host API (PUT of the observation, sent from the page so that one
 * clock times it) until the frame after every chip of that figure shows the new value, all 200 chips on the page.
 */
export const placeholders: BenchGroup = {
  name: 'placeholders',
  async run(context): Promise<Measurement[]> {
    const { host, speechId, indicatorIds } = await context.workload();
    const browser = await context.browser();
    const indicator = WORKLOAD_INDICATORS.find(({ name }) => name === REFRESHED_INDICATOR);
    const id = indicatorIds.get(REFRESHED_INDICATOR);
    if (!indicator || !id) throw new Error(`${REFRESHED_INDICATOR} is not seeded`);
    const browserContext = await newContext(browser, { token: host.token, openMarker: LAST_SENTENCE });
    const { page } = await openEditable(browserContext, `${host.url}/#/doc/${encodeURIComponent(speechId)}`);
    const chips = await page.evaluate((key) => ({
      all: document.querySelectorAll('.ProseMirror [data-placeholder-kind]').length,
      bound: document.querySelectorAll(`.ProseMirror [data-placeholder-kind][data-key="${key}"]`).length,
    }), REFRESHED_INDICATOR);
    context.log(`placeholders: ${chips.all} chips on the page, ${chips.bound} of them show ${REFRESHED_INDICATOR}`);
    if (chips.all !== 200 || chips.bound === 0) throw new Error(`expected 200 chips with some showing ${REFRESHED_INDICATOR}, found ${chips.all} and ${chips.bound}`);

    const times: number[] = [];
    for (let index = 0; index < WARM_UP + SAMPLES; index += 1) {
      const value = Number((indicator.value + 0.1 * (index + 1)).toFixed(1));
      const request = { url: indicatorRoutes.observation(id, PERIOD), token: host.token, key: REFRESHED_INDICATOR, body: { value, rank: indicator.rank, rankOf: RANK_OF, source: '区统计局' }, expected: `${value}%` };
      const elapsed = await page.evaluate((options) => (window as unknown as { __bench: { refresh(options: unknown): Promise<number> } }).__bench.refresh(options), request);
      times.push(elapsed);
    }
    await browserContext.close();
    return [{ metric: 'placeholder_refresh_ms', value: median(times.slice(WARM_UP)) }];
  },
};
