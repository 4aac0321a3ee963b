import { test, expect, type CDPSession, type Page } from '@playwright/test';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { PROSEMIRROR_FRAGMENT } from '../common/collab';
import { connectProvider } from '../host/testing/node-provider';
import { collabUrl, createSpeech, hostToken as token, openSpeech } from './support';

/**
 * Chinese IME under collaboration, in Chromium against the real host. The writer composes through CDP
 * (Input.imeSetComposition for each pinyin step, then Input.insertText to commit) in the app's editor; a
 * second client, a Hocuspocus provider in this process, types into the same paragraph before, inside and
 * after the composition at every step. Both sides must end with exactly the intended text, and one undo
 * must remove exactly the composed word. (STACK.md: y-prosemirror alone leaves pinyin behind here.)
 */

/** The editable paragraph of a new speech, after title, meta line and salutation. */
const BODY_INDEX = 3;
const START_TEXT = '甲乙丙丁戊';

/** The second client: a provider on its own Y.Doc, editing the body paragraph's text directly. */
class Peer {
  readonly doc = new Y.Doc();
  private provider: HocuspocusProvider | undefined;

  async connect(documentId: string): Promise<void> {
    this.provider = await connectProvider(collabUrl(), documentId, { token: token(), doc: this.doc });
  }

  private text(): Y.XmlText {
    const paragraph = this.doc.getXmlFragment(PROSEMIRROR_FRAGMENT).get(BODY_INDEX);
    if (!(paragraph instanceof Y.XmlElement)) throw new Error('no body paragraph');
    const first = paragraph.get(0);
    if (first instanceof Y.XmlText) return first;
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    return text;
  }

  get paragraph(): string {
    return this.text().toString();
  }

  insert(index: number, value: string): void {
    this.text().insert(index, value);
  }

  /** Resolves once the host has acknowledged everything this peer sent (and so has broadcast it). */
  async acknowledged(): Promise<void> {
    const provider = this.provider;
    if (!provider) return;
    await expect.poll(() => provider.unsyncedChanges).toBe(0);
  }

  destroy(): void {
    this.provider?.destroy();
    this.doc.destroy();
  }
}

const bodyParagraph = (page: Page) => page.locator('.ProseMirror > p').nth(2);

/** The body paragraph's document text (cursor widgets of peers would be DOM text too; there are none here). */
async function pageParagraph(page: Page): Promise<string> {
  return bodyParagraph(page).evaluate((element) => element.textContent ?? '');
}

/** Puts the caret (or a selection) into the body paragraph's text by character offsets. */
async function selectInParagraph(page: Page, from: number, to = from): Promise<void> {
  await bodyParagraph(page).click();
  await bodyParagraph(page).evaluate(
    (element, [start, end]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const locate = (offset: number): [Node, number] => {
        let left = offset;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.nodeValue?.length ?? 0;
          if (left <= length) return [node, left];
          left -= length;
        }
        return [element, element.childNodes.length];
      };
      const [startNode, startOffset] = locate(start ?? 0);
      walker.currentNode = element;
      const [endNode, endOffset] = locate(end ?? 0);
      const range = document.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(endNode, endOffset);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    },
    [from, to],
  );
}

interface Interference {
  /** Where the peer types at each step, as a function of its current paragraph text. */
  at: (text: string) => number;
  value: string;
}

/** Composes `pinyin` letter by letter and commits `word`; the peer types its interferences at every step. */
async function compose(cdp: CDPSession, peer: Peer, pinyin: string, word: string, interferences: Interference[]): Promise<void> {
  for (let length = 1; length <= pinyin.length; length += 1) {
    const step = pinyin.slice(0, length);
    await cdp.send('Input.imeSetComposition', { text: step, selectionStart: step.length, selectionEnd: step.length });
    for (const { at, value } of interferences) peer.insert(at(peer.paragraph), value);
    await peer.acknowledged();
    expect(peer.paragraph).not.toMatch(/[a-z]/);
  }
  await cdp.send('Input.insertText', { text: word });
}

const before: Interference = { at: () => 0, value: '前' };
const after: Interference = { at: (text) => text.length, value: '后' };
/** Right after 甲, inside the paragraph but away from the caret. */
const inside: Interference = { at: (text) => text.indexOf('甲') + 1, value: '内' };

test.describe('Chinese IME with a peer editing the same paragraph', () => {
  let peer: Peer;
  let cdp: CDPSession;

  test.beforeEach(async ({ page }, testInfo) => {
    const speech = await createSpeech(`输入法测试 ${testInfo.title}`);
    peer = new Peer();
    await peer.connect(speech.id);
    peer.insert(0, START_TEXT);
    await peer.acknowledged();
    await openSpeech(page, speech.id);
    await expect.poll(() => pageParagraph(page)).toBe(START_TEXT);
    cdp = await page.context().newCDPSession(page);
  });

  test.afterEach(() => peer.destroy());

  async function expectBoth(page: Page, text: string): Promise<void> {
    await expect.poll(() => pageParagraph(page)).toBe(text);
    await expect.poll(() => peer.paragraph).toBe(text);
  }

  test('composing in the middle: no pinyin, no duplicates, no drops; one undo removes the word', async ({ page }) => {
    await selectInParagraph(page, 2);
    await compose(cdp, peer, 'zhong', '中', [before, inside, after]);
    await expectBoth(page, '前前前前前甲内内内内内乙中丙丁戊后后后后后');
    await page.keyboard.press('Control+z');
    await expectBoth(page, '前前前前前甲内内内内内乙丙丁戊后后后后后');
  });

  test('composing at the start of the paragraph', async ({ page }) => {
    await selectInParagraph(page, 0);
    await compose(cdp, peer, 'guo', '国', [inside, after]);
    await expectBoth(page, '国甲内内内乙丙丁戊后后后');
    await page.keyboard.press('Control+z');
    await expectBoth(page, '甲内内内乙丙丁戊后后后');
  });

  test('composing at the end of the paragraph', async ({ page }) => {
    await selectInParagraph(page, START_TEXT.length);
    await compose(cdp, peer, 'jia', '家', [before, inside]);
    await expectBoth(page, '前前前甲内内内乙丙丁戊家');
    await page.keyboard.press('Control+z');
    await expectBoth(page, '前前前甲内内内乙丙丁戊');
  });

  test('a composition replacing a selection', async ({ page }) => {
    await selectInParagraph(page, 2, 4);
    await compose(cdp, peer, 'xin', '新', [before, inside, after]);
    await expectBoth(page, '前前前甲内内内乙新戊后后后');
    await page.keyboard.press('Control+z');
    await expectBoth(page, '前前前甲内内内乙丙丁戊后后后');
  });

  test('two compositions in a row: each word is its own undo step', async ({ page }) => {
    await selectInParagraph(page, 2);
    await compose(cdp, peer, 'zhong', '中', [before, after]);
    await compose(cdp, peer, 'guo', '国', [inside]);
    await expectBoth(page, '前前前前前甲内内内乙中国丙丁戊后后后后后');
    await page.keyboard.press('Control+z');
    await expectBoth(page, '前前前前前甲内内内乙中丙丁戊后后后后后');
    await page.keyboard.press('Control+z');
    await expectBoth(page, '前前前前前甲内内内乙丙丁戊后后后后后');
  });
});
