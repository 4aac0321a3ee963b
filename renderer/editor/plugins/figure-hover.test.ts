import { afterEach, describe, expect, it } from 'vitest';
import { EditorState, NodeSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import * as Y from 'yjs';
import { speechSchema } from '../../../common/schema';
import { VARIABLES_MAP } from '../../../common/variables';
import { IndicatorProjection } from '../indicators/indicator-projection';
import { speech } from '../testing/command-state';
import { indicator, observation, projectionDoc } from '../testing/projection-fixture';
import { createVersionView } from '../version-view';
import type { FigureHover } from '../types';
import { figureHoverPlugin } from './figure-hover';
import { liveChips } from './figure-targets';
import { placeholderNodeViews } from './placeholder-view';
import { resolutionPlugin } from './resolution';
import { variablesPlugin } from './variables';

const s = speechSchema;
const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

const over = (element: Element | null | undefined) => element?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));

describe('figure hover', () => {
  it('tells what a live chip resolves to, and why not, and follows the selection onto a chip', () => {
    const doc = speech(s.node('paragraph', null, [s.text('增长'), s.node('placeholder', { kind: 'indicator', key: '地区生产总值增速', format: '1位小数,%', fallback: 'X%' }), s.text('，'), s.node('placeholder', { kind: 'indicator', key: '进出口总额', fallback: 'X亿元' })]));
    const variables = new Y.Doc().getMap(VARIABLES_MAP);
    variables.set('period', '2024年前三季度');
    const store = projectionDoc([indicator('gdp', '地区生产总值增速', '%', [observation('2024-YTD09', '2024年前三季度', { value: 6.5, rank: 3, rankOf: 12 })])]);
    const hovers: Array<FigureHover | null> = [];
    const mount = document.body.appendChild(document.createElement('div'));
    const view = new EditorView(mount, {
      state: EditorState.create({ doc, plugins: [variablesPlugin(variables), resolutionPlugin(new IndicatorProjection(store.doc)), figureHoverPlugin(liveChips, (hover) => hovers.push(hover))] }),
      nodeViews: placeholderNodeViews,
    });
    cleanups.push(() => view.destroy());
    const [figure, missing] = [...view.dom.querySelectorAll('.placeholder-chip')];

    over(figure);
    expect(hovers.at(-1)).toMatchObject({ kind: 'live', resolution: { text: '6.5%', resolved: true, provenance: { rank: 3, rankOf: 12 } } });
    over(missing);
    expect(hovers.at(-1)).toMatchObject({ kind: 'live', placeholder: { key: '进出口总额' }, problem: { code: 'indicator', indicator: '进出口总额' } });
    over(view.dom.querySelector('p'));
    expect(hovers.at(-1)).toBeNull();

    view.focus();
    let pos = -1;
    view.state.doc.descendants((node, at) => {
      if (pos < 0 && node.type.name === 'placeholder') pos = at;
    });
    view.dispatch(view.state.tr.setSelection(NodeSelection.create(view.state.doc, pos)));
    expect(hovers.at(-1)).toMatchObject({ kind: 'live', resolution: { text: '6.5%' } });
  });

  it('tells a frozen figure\'s provenance in a version, and flags what was frozen unresolved', () => {
    const figure = s.marks.provenance.create({ kind: 'indicator', key: '地区生产总值增速', indicator: '地区生产总值增速', periodLabel: '2024年前三季度', value: 6.5, unit: '%', source: '区统计局', changedAt: '2025-10-09T08:00:00.000Z' });
    const unresolved = s.marks.provenance.create({ kind: 'indicator', key: '进出口总额', resolved: false });
    const doc = speech(s.node('paragraph', null, [s.text('增长'), s.text('6.5%', [figure]), s.text('，进出口'), s.text('X亿元', [unresolved])]));
    const hovers: Array<FigureHover | null> = [];
    const mount = document.body.appendChild(document.createElement('div'));
    const version = createVersionView({ mount, doc: doc.toJSON(), numberingStyle: 'speech', onHover: (hover) => hovers.push(hover) });
    cleanups.push(() => version.destroy());
    expect(mount.querySelector('.ProseMirror')?.getAttribute('contenteditable')).toBe('false');
    const [frozen, kept] = [...mount.querySelectorAll('.speech-provenance')];

    over(frozen);
    expect(hovers.at(-1)).toMatchObject({ kind: 'frozen', figure: { indicator: '地区生产总值增速', periodLabel: '2024年前三季度', value: 6.5, unit: '%', source: '区统计局', resolved: true } });
    over(kept);
    expect(hovers.at(-1)).toMatchObject({ kind: 'frozen', figure: { key: '进出口总额', resolved: false } });
  });
});
