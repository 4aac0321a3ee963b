import { toBase64 } from 'lib0/buffer';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import { deletionsOf, permanentDeleteSet } from '../../common/version-authors';
import type { AuthorIdentity, VersionAuthor } from '../../common/versions';
import { createCompareView } from './compare-view';
import { seedUpdate } from './testing/speech-fixture';
import type { CompareView } from './types';

const WANG: AuthorIdentity = { name: '王秘书', color: '#1f6feb' };
const LI: AuthorIdentity = { name: '李处长', color: '#d9480f' };
const labels = { inserted: (name: string) => `${name} 插入`, deleted: (name: string) => `${name} 删除`, unknownAuthor: '未知作者' };

const views: CompareView[] = [];
afterEach(() => {
  for (const view of views.splice(0)) view.destroy();
  document.body.innerHTML = '';
});

/**
 * The host's document (gc off) and its record of authors, built the way the host builds them: every client's
 * update is applied to it and attributed to that client's user.
 */
class HostDoc {
  readonly ydoc = new Y.Doc({ gc: false });
  readonly authors = new Map<string, VersionAuthor>();

  constructor() {
    Y.applyUpdate(this.ydoc, seedUpdate());
  }

  /** A client edits its own copy (gc on, as in the browser); its change reaches the host. */
  edit(user: AuthorIdentity, change: (body: Y.XmlText) => void): void {
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(this.ydoc));
    const before = Y.encodeStateVector(client);
    const paragraph = client.getXmlFragment(PROSEMIRROR_FRAGMENT).get(3) as Y.XmlElement;
    change(paragraph.get(0) as Y.XmlText);
    const update = Y.encodeStateAsUpdate(client, before);
    Y.applyUpdate(this.ydoc, update);
    const author = this.authors.get(user.name) ?? { ...user, clientIds: [], deletions: null };
    author.clientIds = [...new Set([...author.clientIds, client.clientID])];
    const deletions = deletionsOf(update);
    if (deletions) author.deletions = toBase64(permanentDeleteSet(deletions));
    this.authors.set(user.name, author);
  }

  snapshot(): Uint8Array {
    return Y.encodeSnapshot(Y.snapshot(this.ydoc));
  }
}

async function compare(host: HostDoc, older: Uint8Array, newer: Uint8Array) {
  const mount = document.createElement('div');
  document.body.append(mount);
  const view = createCompareView({ mount, state: Y.encodeStateAsUpdate(host.ydoc), authors: [...host.authors.values()], older, newer, labels });
  views.push(view);
  const summary = await view.rendered;
  const changes = [...mount.querySelectorAll<HTMLElement>('.compare-change')].map((element) => ({
    tag: element.tagName.toLowerCase(),
    text: element.textContent,
    author: element.dataset.author,
    color: element.dataset.color,
    title: element.title,
  }));
  return { summary, changes, mount };
}

describe('compare view', () => {
  it('shows a deleted and an inserted phrase in their authors\' colours with their names on hover', async () => {
    const host = new HostDoc();
    host.edit(WANG, (body) => body.insert(body.length, '删掉的短语。留下的话。'));
    const draft = host.snapshot();
    host.edit(LI, (body) => {
      const start = body.toString().indexOf('删掉的短语。');
      body.delete(start, '删掉的短语。'.length);
      body.insert(body.length, '新加的短语。');
    });

    const { summary, changes, mount } = await compare(host, draft, host.snapshot());
    expect(changes).toEqual([
      { tag: 'del', text: '删掉的短语。', author: LI.name, color: LI.color, title: '李处长 删除' },
      { tag: 'ins', text: '新加的短语。', author: LI.name, color: LI.color, title: '李处长 插入' },
    ]);
    expect(summary).toEqual({ insertions: 1, deletions: 1, authors: [{ ...LI, inserted: 6, deleted: 6 }] });
    expect(mount.querySelector('.speech-compare')?.getAttribute('contenteditable')).toBe('false');
  });

  it('attributes each change to whoever made it, between any two snapshots', async () => {
    const host = new HostDoc();
    const seed = host.snapshot();
    host.edit(WANG, (body) => body.insert(0, '王写的。'));
    host.edit(LI, (body) => body.insert(0, '李写的。'));
    const { summary, changes } = await compare(host, seed, host.snapshot());
    expect(changes.map(({ tag, text, author }) => [tag, text, author])).toEqual([
      ['ins', '李写的。', LI.name],
      ['ins', '王写的。', WANG.name],
    ]);
    expect(summary.authors.map(({ name, inserted }) => [name, inserted])).toEqual([
      [LI.name, 4],
      [WANG.name, 4],
    ]);
  });
});
