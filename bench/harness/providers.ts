import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { PROSEMIRROR_FRAGMENT } from '../../common/collab';

/** Connects many providers, a few at a time (a burst of 250 handshakes would measure the handshake). */
export async function connectMany(count: number, connect: (index: number) => Promise<HocuspocusProvider>, batch = 10): Promise<HocuspocusProvider[]> {
  const providers: HocuspocusProvider[] = [];
  for (let start = 0; start < count; start += batch) {
    providers.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, offset) => connect(start + offset)))));
  }
  return providers;
}

/** The last text of a top-level block, to type at its end as a writer whose caret is there would. */
export function blockEndText(doc: Y.Doc, blockIndex: number): Y.XmlText {
  const block = doc.getXmlFragment(PROSEMIRROR_FRAGMENT).get(blockIndex);
  if (!(block instanceof Y.XmlElement)) throw new Error(`no block ${blockIndex}`);
  for (let index = block.length - 1; index >= 0; index -= 1) {
    const child = block.get(index);
    if (child instanceof Y.XmlText) return child;
  }
  const text = new Y.XmlText();
  block.insert(block.length, [text]);
  return text;
}

/** Types one character at the end of a block. */
export function typeAtEnd(doc: Y.Doc, blockIndex: number, character: string): void {
  const text = blockEndText(doc, blockIndex);
  text.insert(text.length, character);
}

/**
 * Time from sending each update to its acknowledgement: the provider counts an update as unsynced when it sends
 * it and counts it down when the server's SyncStatus for it arrives, one per update, in order.
 */
export class AckMeter {
  readonly latencies: number[] = [];
  private readonly sent: number[] = [];
  private last = 0;
  recording = true;

  constructor(provider: HocuspocusProvider) {
    this.last = provider.unsyncedChanges;
    provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number < this.last) {
        const at = performance.now();
        for (let count = this.last - number; count > 0; count -= 1) {
          const sentAt = this.sent.shift();
          if (sentAt !== undefined && this.recording) this.latencies.push(at - sentAt);
        }
      }
      this.last = number;
    });
  }

  /** Call right before the change that makes the provider send one update. */
  sending(): void {
    this.sent.push(performance.now());
  }

  get outstanding(): number {
    return this.sent.length;
  }
}

/** Characters of Chinese text for typists: the workload's own words, so glyphs and widths are realistic. */
export function typingText(source: string, count: number, offset = 0): string[] {
  const characters = [...source.replace(/[，。、：；！（）\s\dA-Za-z%]/g, '')];
  return Array.from({ length: count }, (_, index) => characters[(offset + index) % characters.length] as string);
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
