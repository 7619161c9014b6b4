/**
 * The one tree walker: every node of a tree of `children` lists (the
 * dataset's sections, the parser's sections), depth first in document order,
 * with its parent and its JSON Pointer.
 */

interface Visit<T> {
  node: T;
  parent: T | undefined;
  /** JSON Pointer of the node from the list walked (`<prefix>/0/children/2`). */
  pointer: string;
}

/** Every node with its parent and pointer, depth first in order. */
export function* walkTree<T extends { readonly children: readonly T[] }>(nodes: readonly T[], prefix = '', parent?: T): Generator<Visit<T>> {
  for (const [i, node] of nodes.entries()) {
    const pointer = `${prefix}/${i}`;
    yield { node, parent, pointer };
    yield* walkTree(node.children, `${pointer}/children`, node);
  }
}

/** Every node, depth first in order. */
export function* walkNodes<T extends { readonly children: readonly T[] }>(nodes: readonly T[]): Generator<T> {
  for (const { node } of walkTree(nodes)) yield node;
}
