import { expect, test, type Browser, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { commentsDocumentName } from '../common/collab';
import { connectProvider } from '../host/testing/node-provider';
import { RawCollabClient } from '../host/testing/raw-collab-client';
import { api, collabUrl, createSpeech, documentText, editor, hostToken, hostUrl, openSpeech, selectText, WRITER, type Identity } from './support';

const COMMENTER: Identity = { name: '处长', color: '#a21caf' };
const VIEWER: Identity = { name: '列席人员', color: '#0e7490' };

/** Opens an invitation link in a fresh browser context, as a colleague who has chosen a name. */
async function openInvitation(browser: Browser, url: string, identity: Identity): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript((stored) => window.localStorage.setItem('speechdesk.identity', stored), JSON.stringify(identity));
  await page.goto(url);
  await expect(page.locator('.ProseMirror')).toBeVisible();
  return page;
}

/** Makes a link in the writer's share dialog and reads it from the dialog. */
async function shareLink(writer: Page, role: 'editor' | 'commenter' | 'viewer'): Promise<string> {
  const dialog = writer.getByTestId('share-dialog');
  await dialog.getByTestId(`share-role-${role}`).check();
  await dialog.getByTestId('share-create').click();
  const link = dialog.getByTestId('share-link');
  await expect(link).toHaveValue(new RegExp(`#/doc/.+\\?token=`));
  await expect(dialog.getByTestId('share-created')).toContainText(role === 'viewer' ? '只读' : role === 'commenter' ? '可评论' : '可编辑');
  return link.inputValue();
}

const tokenOf = (link: string) => decodeURIComponent(link.split('?token=')[1] ?? '');

/** An update that appends `text` to the end of the speech's last paragraph as `state` has it. */
function forgedUpdate(state: Uint8Array, text: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  const before = Y.encodeStateVector(doc);
  const fragment = doc.getXmlFragment('prosemirror');
  const last = fragment.get(fragment.length - 1) as Y.XmlElement;
  last.insert(last.length, [new Y.XmlText(text)]);
  return Y.encodeStateAsUpdate(doc, before);
}

async function storedText(id: string): Promise<string> {
  const response = await fetch(`${hostUrl()}/api/documents/${id}/export?format=txt`, { headers: { Authorization: `Bearer ${hostToken()}` } });
  expect(response.status).toBe(200);
  return response.text();
}

test('writer, commenter and viewer: the host keeps each to their role, and revoking a link ends its access', async ({ browser }) => {
  const speech = await createSpeech('在全区审稿工作会议上的讲话');
  const writer = await (await browser.newContext()).newPage();
  await openSpeech(writer, speech.id, WRITER);
  await editor(writer).locator('p').last().click();
  await writer.keyboard.type('一年来，全区经济稳中有进。');

  await writer.getByTestId('share').click();
  const viewerLink = await shareLink(writer, 'viewer');
  const commenterLink = await shareLink(writer, 'commenter');
  await expect(writer.getByTestId('share-row')).toHaveCount(2);
  await writer.getByTestId('share-dialog').getByRole('button', { name: '关闭', exact: true }).click();
  await expect(writer.getByTestId('share-dialog')).toHaveCount(0);

  const viewer = await openInvitation(browser, viewerLink, VIEWER);
  const commenter = await openInvitation(browser, commenterLink, COMMENTER);
  for (const [page, badge] of [[viewer, '只读'], [commenter, '可评论']] as const) {
    await expect(page.getByTestId('role-badge')).toHaveText(badge);
    // One speech, no way to the library, the text not editable, no formatting toolbar.
    await expect(page.getByTestId('back-to-library')).toHaveCount(0);
    await expect(page.getByTestId('share')).toHaveCount(0);
    await expect(page.getByTestId('tool-heading1')).toHaveCount(0);
    await expect(page.locator('.ProseMirror')).toHaveAttribute('contenteditable', 'false');
    await expect.poll(() => documentText(page)).toContain('一年来，全区经济稳中有进。');
  }
  // The commenter's toolbar holds 评论 only; the viewer has none.
  await expect(commenter.getByTestId('editor-toolbar').locator('button')).toHaveCount(1);
  await expect(commenter.getByTestId('tool-comment')).toBeVisible();
  await expect(viewer.getByTestId('editor-toolbar')).toHaveCount(0);
  // Both show in the writer's presence list, with their names on their colours.
  await expect(writer.getByTestId('status-peers')).toContainText(VIEWER.name);
  await expect(writer.getByTestId('status-peers')).toContainText(COMMENTER.name);
  await expect(writer.locator('.peer', { hasText: VIEWER.name }).locator('.peer-dot')).toHaveCSS('background-color', 'rgb(14, 116, 144)');

  // Neither can type: what they type goes nowhere, while the writer's next words reach them.
  for (const page of [viewer, commenter]) {
    await page.locator('.ProseMirror p').last().click();
    await page.keyboard.type('越权修改');
  }
  await typeAtEnd(writer, '成绩来之不易。');
  for (const page of [viewer, commenter]) await expect.poll(() => documentText(page)).toContain('成绩来之不易。');
  for (const page of [writer, viewer, commenter]) expect(await documentText(page)).not.toContain('越权修改');

  // The commenter comments through the interface: the writer sees it; the viewer reads it but cannot reply.
  await selectText(commenter, '成绩来之不易');
  await commenter.getByTestId('tool-comment').click();
  await commenter.getByTestId('comment-input').fill('建议补充具体数据。');
  await commenter.getByTestId('comment-submit').click();
  await writer.getByTestId('toggle-comments').click();
  await expect(writer.getByTestId('comment-thread').getByTestId('comment-text')).toHaveText(['建议补充具体数据。']);
  await expect(writer.getByTestId('comment-thread').getByTestId('comment-author')).toHaveText([COMMENTER.name]);
  await viewer.getByTestId('toggle-comments').click();
  await expect(viewer.getByTestId('comment-thread').getByTestId('comment-text')).toHaveText(['建议补充具体数据。']);
  await viewer.getByTestId('comment-quote').click();
  await expect(viewer.getByTestId('comment-reply')).toHaveCount(0);
  await expect(viewer.getByTestId('comment-resolve')).toHaveCount(0);

  // A forged update with the viewer's token, sent by a raw client, is refused and never stored; so is one with
  // the commenter's token. The comments document takes the commenter's write and refuses the viewer's.
  const state = Y.encodeStateAsUpdate(await speechState(writer));
  const viewerClient = new RawCollabClient(collabUrl(tokenOf(viewerLink)));
  const commenterClient = new RawCollabClient(collabUrl(tokenOf(commenterLink)));
  try {
    expect(await viewerClient.authenticate(speech.id, tokenOf(viewerLink))).toBe('readonly');
    expect(await viewerClient.sendUpdate(speech.id, forgedUpdate(state, '伪造的段落'), 'update')).toBe(false);
    expect(await viewerClient.sendUpdate(speech.id, forgedUpdate(state, '伪造的同步'), 'sync-step-2')).toBe(false);
    expect(await commenterClient.authenticate(speech.id, tokenOf(commenterLink))).toBe('readonly');
    expect(await commenterClient.sendUpdate(speech.id, forgedUpdate(state, '评论人改字'), 'update')).toBe(false);

    const comments = commentsDocumentName(speech.id);
    const comment = new Y.Doc();
    comment.getMap('threads').set('t1', '建议补充数据来源');
    expect(await commenterClient.authenticate(comments, tokenOf(commenterLink))).toBe('read-write');
    expect(await commenterClient.sendUpdate(comments, Y.encodeStateAsUpdate(comment), 'update')).toBe(true);
    const forgedComment = new Y.Doc();
    forgedComment.getMap('threads').set('t2', '只读者的评论');
    expect(await viewerClient.authenticate(comments, tokenOf(viewerLink))).toBe('readonly');
    expect(await viewerClient.sendUpdate(comments, Y.encodeStateAsUpdate(forgedComment), 'update')).toBe(false);
  } finally {
    viewerClient.close();
    commenterClient.close();
  }
  await typeAtEnd(writer, '再接再厉。');
  await expect(writer.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const stored = await storedText(speech.id);
  expect(stored).toContain('一年来，全区经济稳中有进。成绩来之不易。再接再厉。');
  for (const forged of ['伪造的段落', '伪造的同步', '评论人改字', '越权修改']) expect(stored).not.toContain(forged);
  expect(await documentText(writer)).not.toContain('伪造');

  // Revoking the viewer's link in the share dialog closes the viewer's open connection at once.
  await writer.getByTestId('share').click();
  await writer.getByTestId('share-row').filter({ has: writer.locator('[data-role="viewer"]') }).getByTestId('share-revoke').click();
  await expect(writer.getByTestId('share-row')).toHaveCount(1);
  await expect(viewer.getByTestId('access-ended')).toContainText('你已失去访问权限');
  await expect(commenter.getByTestId('access-ended')).toHaveCount(0);
  // Reopened, the link is refused outright.
  await viewer.reload();
  await expect(viewer.getByTestId('missing-token')).toContainText('邀请链接已失效');
  expect((await fetch(`${hostUrl()}/api/session`, { headers: { Authorization: `Bearer ${tokenOf(viewerLink)}` } })).status).toBe(401);
});

test('an editor invited by link types into the speech and cannot reach the library', async ({ browser }) => {
  const speech = await createSpeech('编辑权限测试');
  const created = await api<{ url: string }>(`/api/documents/${speech.id}/invitations`, { method: 'POST', body: { role: 'editor', expiresInDays: 7 } });
  const editorPage = await openInvitation(browser, created.url, { name: '秘书', color: '#15803d' });
  await expect(editorPage.getByTestId('role-badge')).toHaveText('可编辑');
  await expect(editor(editorPage)).toBeVisible();
  await editor(editorPage).locator('p').last().click();
  await editorPage.keyboard.type('请各单位抓好落实。');
  await expect(editorPage.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  expect(await storedText(speech.id)).toContain('请各单位抓好落实。');
  // The library's address shows the invited speech, not the library.
  await editorPage.evaluate(() => (window.location.hash = '#/'));
  await expect(editorPage.getByTestId('speech-screen')).toBeVisible();
  await expect(editorPage.getByTestId('nav-library')).toHaveCount(0);
});

async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editor(page).locator('p').last().click();
  // The end of the speech, not of the clicked line: beside an open panel the paragraph wraps.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/** The writer's speech as Yjs state, read from the host's stored copy through a fresh owner connection. */
async function speechState(writer: Page): Promise<Y.Doc> {
  await expect(writer.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  const id = decodeURIComponent(new URL(writer.url()).hash.replace('#/doc/', ''));
  const doc = new Y.Doc();
  (await connectProvider(collabUrl(), id, { token: hostToken(), doc })).destroy();
  return doc;
}
