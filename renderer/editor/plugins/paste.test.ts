import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import * as Y from 'yjs';
import { SETTINGS_MAP } from '../../../common/collab';
import { cleanPastedHtml } from './clean-pasted-html';
import { pastePlugin } from './paste';
import { numberingPlugin } from './numbering';
import { outline, p, speech } from '../testing/command-state';

/** The shape of what Word puts on the clipboard, with things that must not survive added in. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style>
<script>window.pwned = true</script></head><body lang=ZH-CN>
<!--StartFragment-->
<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>　　今年以来，全区经济运行总体平稳。<o:p></o:p></span></p>
<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>一、<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]><span style='font-family:黑体'>攻坚克难，确保全年目标圆满收官<o:p></o:p></span></p>
<p class=MsoNormal onclick="alert(1)"><b><span style='font-family:楷体_GB2312'>1、盯紧节点，推动项目提速。</span></b><span>各部门要倒排工期。<o:p></o:p></span></p>
<p class=MsoNormal><a href="javascript:alert(2)">2、守住底线，抓好安全生产。</a>坚决遏制事故。</p>
<iframe src="https://example.invalid"></iframe>
<p class=MsoNormal><span style='font-weight:bold'>重点</span>和<img src=x onerror="alert(3)">一般</p>
<!--EndFragment--></body></html>`;

function pasteInto(html: string): EditorView {
  const settings = new Y.Doc().getMap(SETTINGS_MAP);
  const doc = speech(p(''));
  const state = EditorState.create({ doc, plugins: [numberingPlugin(settings), pastePlugin()], selection: TextSelection.create(doc, doc.content.size - 1) });
  const view = new EditorView(document.body.appendChild(document.createElement('div')), { state });
  // jsdom has no ClipboardEvent; ProseMirror only hands the event on to handlePaste props.
  view.pasteHTML(html, new Event('paste') as ClipboardEvent);
  return view;
}

describe('cleanPastedHtml', () => {
  const cleaned = cleanPastedHtml(WORD_HTML);

  it('drops scripts, styles, frames, images, links and every event handler or style attribute', () => {
    expect(cleaned).not.toMatch(/<script|<style|<iframe|<img|<a\b|onclick|onerror|style=|javascript:|pwned|o:p|class="Mso/i);
  });

  it('keeps Word list numbers as text and bold as strong', () => {
    expect(cleaned).toContain('一、攻坚克难');
    expect(cleaned).toContain('<strong>重点</strong>');
    expect(cleaned).toContain('<b>1、盯紧节点');
  });

  it('drops Word bullets', () => {
    const bullet = `<p style='mso-list:l1 level1 lfo2'><span style='mso-list:Ignore'>·<span>&nbsp; </span></span>要点</p>`;
    expect(cleanPastedHtml(bullet)).toBe('<p>要点</p>');
  });

  it('unwraps Google Docs’ non-bold <b> wrapper', () => {
    expect(cleanPastedHtml('<b style="font-weight:normal" id="docs-internal"><p>正文</p></b>')).toBe('<p>正文</p>');
  });

  it('keeps placeholder chips with their data attributes only', () => {
    const chip = '<p><span data-placeholder-kind="indicator" data-key="gdp" data-fallback="X%" onclick="x()">X%</span></p>';
    expect(cleanPastedHtml(chip)).toBe('<p><span data-placeholder-kind="indicator" data-key="gdp" data-fallback="X%"></span></p>');
  });
});

describe('pasting Word HTML', () => {
  it('turns typed numbering into headings and points, without indentation or unknown formatting', () => {
    const view = pasteInto(WORD_HTML);
    expect(outline(view.state.doc)).toEqual([
      'p:今年以来，全区经济运行总体平稳。',
      'h1:攻坚克难，确保全年目标圆满收官',
      'p2:[盯紧节点，推动项目提速。]各部门要倒排工期。',
      'p2:[守住底线，抓好安全生产。]坚决遏制事故。',
      'p:重点和一般',
    ]);
    view.state.doc.check();
    const marks = new Set<string>();
    view.state.doc.descendants((node) => node.marks.forEach((mark) => marks.add(mark.type.name)));
    expect([...marks].sort()).toEqual(['lead', 'strong']);
  });

  it('reads （一） as 公文 style levels', () => {
    const view = pasteInto('<p>一、总体要求</p><p>（一）指导思想</p><p>1.坚持稳中求进。做好工作。</p>');
    expect(outline(view.state.doc)).toEqual(['h1:总体要求', 'h2:指导思想', 'p3:[坚持稳中求进。]做好工作。']);
  });

  it('leaves a plain sentence pasted inside a paragraph as text', () => {
    const view = pasteInto('<p>一是抓发展，二是保安全。</p>');
    expect(outline(view.state.doc)).toEqual(['p:一是抓发展，二是保安全。']);
  });
});
