import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import * as Y from 'yjs';
import { speechSchema } from '../../common/schema';
import { VARIABLES_MAP } from '../../common/variables';
import { IndicatorProjection } from './indicators/indicator-projection';
import { resolutionPlugin } from './plugins/resolution';
import { variablesPlugin } from './plugins/variables';
import { numberingPlugin } from './plugins/numbering';
import { computeSnapshot } from './snapshot';
import { speech } from './testing/command-state';
import { indicator, observation, projectionDoc } from './testing/projection-fixture';

const s = speechSchema;
const chip = (kind: string, key: string, format = '', fallback = '') => s.node('placeholder', { kind, key, format, fallback });

describe('completeness', () => {
  it('lists unresolved figures, slots and unset variables in document order, with the text around them', () => {
    const doc = speech(
      s.node('paragraph', null, [s.text('地区生产总值增长'), chip('indicator', '地区生产总值增速', '1位小数,%', 'X%'), s.text('，一般公共预算收入'), chip('indicator', '一般公共预算收入', '', 'X亿元'), s.text('。')]),
      s.node('paragraph', null, [chip('slot', '代表性项目'), s.text('等项目由'), chip('variable', 'speaker', '', '讲话人'), s.text('同志调度。')]),
    );
    const settings = new Y.Doc();
    const variables = settings.getMap(VARIABLES_MAP);
    variables.set('period', '2024年前三季度');
    const store = projectionDoc([indicator('gdp', '地区生产总值增速', '%', [observation('2024-YTD09', '2024年前三季度', { value: 6.5 })])]);
    const state = EditorState.create({ doc, plugins: [numberingPlugin(settings.getMap('settings')), variablesPlugin(variables), resolutionPlugin(new IndicatorProjection(store.doc))] });

    const { gaps } = computeSnapshot(state, { ready: true, saveState: 'saved', peers: [] });
    expect(gaps.map(({ kind, shows, before, after, clipped, problem }) => ({ kind, shows, before, after, clipped, code: problem.code }))).toEqual([
      { kind: 'indicator', shows: 'X亿元', before: '值增长6.5%，一般公共预算收入', after: '。', clipped: { before: true, after: false }, code: 'indicator' },
      { kind: 'slot', shows: '代表性项目', before: '', after: '等项目由讲话人同志调度。', clipped: { before: false, after: false }, code: 'slot' },
      { kind: 'variable', shows: '讲话人', before: '代表性项目等项目由', after: '同志调度。', clipped: { before: false, after: false }, code: 'variable' },
    ]);
    for (const gap of gaps) expect(state.doc.nodeAt(gap.pos)?.attrs.key).toBe(gap.key);
  });
});
