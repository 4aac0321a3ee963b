import type { Node } from 'prosemirror-model';

/**
 * A per-block memo: ProseMirror nodes are immutable and a new document shares every block that did not
 * change, so keying on the node itself makes a whole-document sum cost only the blocks that changed.
 */
export function perBlock<T>(compute: (block: Node) => T): (block: Node) => T {
  const cache = new WeakMap<Node, T>();
  return (block) => {
    if (cache.has(block)) return cache.get(block) as T;
    const value = compute(block);
    cache.set(block, value);
    return value;
  };
}
