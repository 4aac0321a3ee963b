import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { speechSchema } from '../../../common/schema';
import { VARIABLES_MAP } from '../../../common/variables';
import { IndicatorProjection } from '../indicators/indicator-projection';
import { MemoryHub } from '../testing/memory-hub';
import { indicator, observation, projectionDoc } from '../testing/projection-fixture';
import { seedUpdate } from '../testing/speech-fixture';
import { createHeadlessEditor, type HeadlessEditor } from '../testing/headless-editor';
import { speech } from '../testing/command-state';
import { placeholderEntries } from './resolution';

const s = speechSchema;
const chip = (kind: string, key: string, format = '', fallback = '') => s.node('placeholder', { kind, key, format, fallback });

/** A review paragraph with a figure, its rank, a figure the store lacks, a slot and the period as a variable. */
function reviewSpeech() {
  return speech(
    s.node('paragraph', null, [
      chip('variable', 'period', '', 'XX期间'),
      s.text('，地区生产总值增长'),
      chip('indicator', '地区生产总值增速', '1位小数,%', 'X%'),
      s.text('，排全市'),
      chip('indicator', '排名(地区生产总值增速)', '', '第X位'),
      s.text('；一般公共预算收入'),
      chip('indicator', '一般公共预算收入', '2位小数,亿元', 'X亿元'),
      s.text('，'),
      chip('slot', '代表性项目'),
      s.text('等加快推进。'),
    ]),
  );
}

const gdp = (value: number) =>
  indicator('gdp', '地区生产总值增速', '%', [
    observation('2024-YTD09', '2024年前三季度', { value, rank: 3, rankOf: 12, source: '区统计局' }),
    observation('2024-YTD06', '2024年上半年', { value: 5.9, rank: 5, rankOf: 12 }),
  ]);

const chips = (editor: HeadlessEditor) =>
  [...editor.view.dom.querySelectorAll<HTMLElement>('.placeholder-chip')].map((element) => `${element.textContent}${element.classList.contains('placeholder-resolved') ? '' : '?'}`);

const editors: HeadlessEditor[] = [];
const projections: IndicatorProjection[] = [];
afterEach(() => {
  for (const editor of editors.splice(0)) editor.destroy();
  for (const projection of projections.splice(0)) projection.destroy();
});

function clients(count: number, store: Y.Doc) {
  const hub = new MemoryHub(true);
  Y.applyUpdate(hub.server, seedUpdate(reviewSpeech()));
  hub.server.getMap(VARIABLES_MAP).set('period', '2024年前三季度');
  return Array.from({ length: count }, () => {
    const network = new Y.Doc();
    hub.join(network);
    // Each client follows its own copy of the projection, as each provider syncs one.
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(store));
    store.on('update', (update: Uint8Array) => Y.applyUpdate(copy, update));
    const projection = new IndicatorProjection(copy);
    projections.push(projection);
    const editor = createHeadlessEditor(network, document.body.appendChild(document.createElement('div')), undefined, projection);
    editors.push(editor);
    return editor;
  });
}

describe('placeholder resolution', () => {
  it('shows the store\'s figures for the speech\'s period, and the fallback of what it cannot resolve', () => {
    const store = projectionDoc([gdp(6.5)]);
    const [writer] = clients(1, store.doc);
    if (!writer) throw new Error('no client');
    expect(chips(writer)).toEqual(['2024年前三季度', '6.5%', '第3位', 'X亿元?', '代表性项目?']);
    const entries = placeholderEntries(writer.view.state);
    expect(entries.map((entry) => entry.problem?.code)).toEqual([undefined, undefined, undefined, 'indicator', 'slot']);
    expect(entries[1]?.resolution.provenance).toMatchObject({ indicator: '地区生产总值增速', periodLabel: '2024年前三季度', value: 6.5, rank: 3, rankOf: 12, source: '区统计局' });
  });

  it('re-renders every chip using a figure when the store changes it, in every client, without writing to the speech', () => {
    const store = projectionDoc([gdp(6.5)]);
    const [writer, reviewer] = clients(2, store.doc) as [HeadlessEditor, HeadlessEditor];
    let speechUpdates = 0;
    for (const editor of [writer, reviewer]) editor.editor.on('update', () => (speechUpdates += 1));

    store.put(gdp(7.1));
    for (const editor of [writer, reviewer]) expect(chips(editor).slice(1, 3)).toEqual(['7.1%', '第3位']);

    store.put(indicator('revenue', '一般公共预算收入', '亿元', [observation('2024-YTD09', '2024年前三季度', { value: 21.37 })]));
    expect(chips(reviewer)[3]).toBe('21.37亿元');

    store.remove('gdp');
    expect(chips(writer).slice(1, 3)).toEqual(['X%?', '第X位?']);
    expect(speechUpdates).toBe(0);
  });

  it('takes the observation of the speech\'s period, and says when the speech has none', () => {
    const store = projectionDoc([gdp(6.5)]);
    const [writer] = clients(1, store.doc) as [HeadlessEditor];
    writer.editor.getMap(VARIABLES_MAP).set('period', '2024年上半年');
    expect(chips(writer).slice(1, 3)).toEqual(['5.9%', '第5位']);

    writer.editor.getMap(VARIABLES_MAP).set('period', '2023年前三季度');
    expect(placeholderEntries(writer.view.state)[1]?.problem).toEqual({ code: 'figure', indicator: '地区生产总值增速', period: '2023年前三季度' });

    writer.editor.getMap(VARIABLES_MAP).delete('period');
    expect(placeholderEntries(writer.view.state)[1]?.problem).toEqual({ code: 'period' });
    expect(chips(writer)[0]).toBe('XX期间?');
  });
});
