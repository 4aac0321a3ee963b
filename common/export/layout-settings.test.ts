import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { GBT_9704_LAYOUT } from './layout';
import { layoutFieldIssue, readSpeechLayout, resetLayout, resetLayoutField, setLayoutField, speechLayout } from './layout-settings';

const settingsOf = (doc = new Y.Doc()) => doc.getMap<unknown>('settings');

describe('a speech’s layout settings', () => {
  it('are the defaults when the speech sets none', () => {
    expect(speechLayout(settingsOf())).toEqual({ layout: GBT_9704_LAYOUT, overridden: [], problems: [] });
  });

  it('override field by field, and go back to the defaults one by one or all at once', () => {
    const settings = settingsOf();
    expect(setLayoutField(settings, 'marginsMm.top', 30)).toBeUndefined();
    expect(setLayoutField(settings, 'body.font', { eastAsia: '方正仿宋_GBK', fallback: 'FangSong' })).toBeUndefined();
    expect(setLayoutField(settings, 'pageNumber.position', 'center')).toBeUndefined();
    const { layout, overridden } = speechLayout(settings);
    expect(layout.marginsMm).toEqual({ top: 30, bottom: 35, left: 28, right: 26 });
    expect(layout.body).toEqual({ font: { eastAsia: '方正仿宋_GBK', fallback: 'FangSong' }, sizePt: 16, bold: false });
    expect(layout.pageNumber.position).toBe('center');
    expect(overridden).toEqual(['marginsMm.top', 'body.font', 'pageNumber.position']);
    resetLayoutField(settings, 'marginsMm.top');
    expect(speechLayout(settings).layout.marginsMm.top).toBe(37);
    expect(settings.get('numberingStyle')).toBeUndefined();
    settings.set('numberingStyle', 'speech');
    resetLayout(settings);
    expect(speechLayout(settings).layout).toEqual(GBT_9704_LAYOUT);
    expect(settings.get('numberingStyle')).toBe('speech');
  });

  it('refuse a bad value with the reason and change nothing', () => {
    const settings = settingsOf();
    expect(setLayoutField(settings, 'marginsMm.top', -1)).toEqual({ code: 'range', min: 0, max: 100, integer: false });
    expect(setLayoutField(settings, 'linesPerPage', 22.5)).toEqual({ code: 'range', min: 1, max: 100, integer: true });
    expect(setLayoutField(settings, 'pageNumber.dash', '*')).toEqual({ code: 'invalid' });
    expect(setLayoutField(settings, 'body.font', { eastAsia: '', fallback: 'FangSong' })).toEqual({ code: 'invalid' });
    // Each margin is in range, but together they leave no room for 22 lines of 三号.
    expect(setLayoutField(settings, 'marginsMm.top', 100)).toBeUndefined();
    expect(setLayoutField(settings, 'marginsMm.bottom', 100)).toEqual({ code: 'lines-do-not-fit' });
    expect(setLayoutField(settings, 'linesPerPage', 40)).toEqual({ code: 'lines-do-not-fit' });
    expect(setLayoutField(settings, 'charactersPerLine', 60)).toEqual({ code: 'characters-do-not-fit' });
    expect([...settings.keys()]).toEqual(['layout.marginsMm.top']);
  });

  it('judge a value against the other fields as they are', () => {
    expect(layoutFieldIssue(GBT_9704_LAYOUT, 'linesPerPage', 30)).toBeUndefined();
    const fewCharacters = { ...GBT_9704_LAYOUT, charactersPerLine: 4, linesPerPage: 4, marginsMm: { top: 100, bottom: 35, left: 100, right: 26 } };
    expect(layoutFieldIssue(fewCharacters, 'marginsMm.right', 100)).toEqual({ code: 'type-area-width' });
    expect(layoutFieldIssue(fewCharacters, 'marginsMm.bottom', 100)).toBeUndefined();
    expect(layoutFieldIssue({ ...fewCharacters, page: { widthMm: 210, heightMm: 210 } }, 'marginsMm.bottom', 100)).toEqual({ code: 'type-area-height' });
    expect(layoutFieldIssue({ ...GBT_9704_LAYOUT, body: { ...GBT_9704_LAYOUT.body, sizePt: 22 } }, 'linesPerPage', 30)).toEqual({ code: 'lines-do-not-fit' });
  });

  it('fall back to the default field by field when stored values are bad, and say so', () => {
    const { layout, overridden, problems } = readSpeechLayout([
      ['layout.marginsMm.top', 30],
      ['layout.marginsMm.left', 'wide'],
      ['layout.linesPerPage', 20],
      ['layout.body.font', { eastAsia: '仿宋' }],
      ['layout.colour', 'red'],
      ['numberingStyle', 'speech'],
    ]);
    expect(layout).toEqual({ ...GBT_9704_LAYOUT, marginsMm: { ...GBT_9704_LAYOUT.marginsMm, top: 30 }, linesPerPage: 20 });
    expect(overridden).toEqual(['marginsMm.top', 'linesPerPage']);
    expect(problems.map((problem) => problem.key)).toEqual(['layout.marginsMm.left', 'layout.body.font', 'layout.colour']);
    expect(problems[0]?.message).toBe('layout.marginsMm.left: stored value "wide" must be a number from 0 to 100; the default is used');
  });

  it('drop the later of stored fields that clash, in the fields’ order, keeping the rest', () => {
    // Written by two clients at once: each was fine alone, together they leave room for 12 lines only.
    const { layout, problems } = readSpeechLayout([
      ['layout.marginsMm.bottom', 100],
      ['layout.marginsMm.top', 100],
      ['layout.charactersPerLine', 26],
    ]);
    expect(layout.marginsMm).toEqual({ ...GBT_9704_LAYOUT.marginsMm, top: 100 });
    expect(layout.charactersPerLine).toBe(26);
    expect(problems.map((problem) => problem.key)).toEqual(['layout.marginsMm.bottom']);
    expect(problems[0]?.message).toBe('layout.marginsMm.bottom: stored value 100 makes the lines per page not fit the body size; the default is used');
  });

  it('sync to another client, both clients’ fields kept when set at once', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    setLayoutField(settingsOf(mine), 'marginsMm.left', 30);
    setLayoutField(settingsOf(theirs), 'body.sizePt', 15);
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    for (const doc of [mine, theirs]) {
      const { layout } = speechLayout(settingsOf(doc));
      expect([layout.marginsMm.left, layout.body.sizePt]).toEqual([30, 15]);
    }
  });
});
