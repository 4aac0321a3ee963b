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
import { h, p, speech } from './testing/command-state';
import { indicator, observation, projectionDoc } from './testing/projection-fixture';

const s = speechSchema;
const chip = (kind: string, key: string, format = '', fallback = '') => s.node('placeholder', { kind, key, format, fallback });

describe('spoken blocks', () => {
  it('reads the body as said: resolved figures, computed numbers, no title or meta line', () => {
    const doc = speech(
      s.node('paragraph', null, [s.text('地区生产总值增长'), chip('indicator', '地区生产总值增速', '1位小数,%', 'X%'), s.text('，收入'), chip('indicator', '一般公共预算收入', '', 'X亿元'), s.text('。')]),
      h(1, '攻坚克难'),
      p('盯紧节点。', 2),
    );
    const ydoc = new Y.Doc();
    const variables = ydoc.getMap(VARIABLES_MAP);
    variables.set('period', '2024年前三季度');
    const store = projectionDoc([indicator('gdp', '地区生产总值增速', '%', [observation('2024-YTD09', '2024年前三季度', { value: 6.5 })])]);
    const state = EditorState.create({ doc, plugins: [numberingPlugin(ydoc.getMap('settings')), variablesPlugin(variables), resolutionPlugin(new IndicatorProjection(store.doc))] });

    const { spoken, targetMinutes } = computeSnapshot(state, { ready: true, saveState: 'saved', peers: [] }, 30);
    expect(spoken.map(({ kind, level, label, text }) => ({ kind, level, label, text }))).toEqual([
      { kind: 'salutation', level: 0, label: '', text: '同志们：' },
      { kind: 'paragraph', level: 0, label: '', text: '地区生产总值增长6.5%，收入X亿元。' },
      { kind: 'heading', level: 1, label: '一、', text: '攻坚克难' },
      { kind: 'paragraph', level: 2, label: '1、', text: '盯紧节点。' },
    ]);
    for (const block of spoken) expect(state.doc.nodeAt(block.pos)?.type.name).toBe(block.kind);
    expect(targetMinutes).toBe(30);
  });
});
