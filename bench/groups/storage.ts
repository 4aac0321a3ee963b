import * as Y from 'yjs';
import type { Measurement } from '../lib/metrics';
import type { BenchGroup } from '../harness/context';
import { Keyboard, newContext, openEditable } from '../harness/browser';
import { BuiltHost } from '../harness/built-host';
import { connectProvider } from '../../host/testing/node-provider';
import { sleep, typingText } from '../harness/providers';
import { seedIndicators, seedSpeech } from '../harness/seed';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';
import { LAST_SENTENCE, OPENING } from '../workload/phrases';

const EDITS = 10_000;
/** Keystrokes sent before waiting for the browser to take them (CDP handles them in order). */
const BURST = 20;
/** The writer moves on to another paragraph after this many characters. */
const PER_PARAGRAPH = 1000;

function textLength(doc: Y.Doc): number {
  let characters = 0;
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (child instanceof Y.XmlText) characters += child.length;
      else if (child instanceof Y.XmlElement) walk(child);
    }
  };
  walk(doc.getXmlFragment(PROSEMIRROR_FRAGMENT));
  return characters;
}

async function usedHeapMiB(keyboard: Keyboard): Promise<number> {
  await keyboard.send('HeapProfiler.collectGarbage');
  const { usedSize } = await keyboard.send<{ usedSize: number }>('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/**
 * 10,000 single-character edits typed in the app (CDP insertText, 1,000 per paragraph in ten paragraphs) into the
 * workload speech on a fresh host; then what they cost: the Yjs state's growth per character, the database on
 * disk, the page's JS heap after a full GC; and the database after the host compacted and closed it.
 */
export const storage: BenchGroup = {
  name: 'storage',
  async run(context): Promise<Measurement[]> {
    const host = await BuiltHost.start();
    try {
      await seedIndicators(host);
      const speechId = await seedSpeech(host, context.doc);
      const observer = await connectProvider(host.collabUrl, speechId, { token: host.token, user: '审稿人' });
      const stateBefore = Y.encodeStateAsUpdate(observer.document).byteLength;
      const charactersBefore = textLength(observer.document);

      const browserContext = await newContext(await context.browser(), { token: host.token, openMarker: LAST_SENTENCE });
      const { page } = await openEditable(browserContext, `${host.url}/#/doc/${encodeURIComponent(speechId)}`);
      const keyboard = await Keyboard.of(page);
      const heapBefore = await usedHeapMiB(keyboard);
      // The open probe typed one character.
      const target = charactersBefore + 1 + EDITS;
      context.log(`storage: typing ${EDITS} characters in the app (heap ${heapBefore.toFixed(1)} MiB before)`);
      const characters = typingText(OPENING, EDITS, 17);
      const paragraphs = [context.layout.typing, ...context.layout.others];
      for (let start = 0; start < EDITS; start += BURST) {
        if (start % PER_PARAGRAPH === 0) await keyboard.caretAtEnd(paragraphs[(start / PER_PARAGRAPH) % paragraphs.length] as number);
        await Promise.all(characters.slice(start, start + BURST).map((character) => keyboard.insert(character)));
        if (start % 1000 === 0 && start > 0) context.log(`storage: ${start} typed`);
      }
      const until = Date.now() + 120_000;
      while (textLength(observer.document) < target) {
        if (Date.now() > until) throw new Error(`only ${textLength(observer.document) - charactersBefore} of ${EDITS} edits reached the host`);
        await sleep(200);
      }
      await sleep(1000);
      const heapAfter = await usedHeapMiB(keyboard);
      const dbAfterEdits = host.databaseBytes();
      const stateAfter = Y.encodeStateAsUpdate(observer.document).byteLength;
      const typed = textLength(observer.document) - charactersBefore;
      context.log(`storage: Yjs state ${stateBefore} → ${stateAfter} bytes; heap ${heapAfter.toFixed(1)} MiB; database ${dbAfterEdits} bytes`);

      await browserContext.close();
      observer.destroy();
      // Unloading the speech compacts it; stopping the host closes the database (checkpointing the WAL).
      await sleep(3000);
      await host.stop();
      const dbAfterCompaction = host.databaseBytes();
      return [
        { metric: 'bytes_per_char_yjs', value: (stateAfter - stateBefore) / typed },
        { metric: 'db_bytes_after_10k_edits', value: dbAfterEdits },
        { metric: 'db_bytes_after_compaction', value: dbAfterCompaction },
        { metric: 'renderer_heap_mb_after_10k_edits', value: heapAfter },
      ];
    } finally {
      await host.dispose();
    }
  },
};
