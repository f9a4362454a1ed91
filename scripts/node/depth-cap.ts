// Browsers' HTML parsers never build a tree much deeper than 512 elements (Blink, WebKit and Gecko cap the stack of
// open elements at 512: an element opened deeper is attached to the current node's parent, and text still goes
// into the element it is written in; Chromium 156 builds 513 levels counting <html>, measured on these pages). linkedom has no cap, so a page with 50,000 unclosed <div>s became a 50,000-deep tree here and
// Readability (whose text walks cost the depth for every node) spent minutes on it — time no browser would spend.
// Flattening the same way keeps Node measuring what a browser runs.

/** Depth of the deepest element Chromium's parser builds, counting <html> as 1. */
export const MAX_TREE_DEPTH = 513;

/** Moves every element below one at `maxDepth` up to follow it as a sibling, in document order. Returns how many moved. */
export function capTreeDepth(root: Element, maxDepth = MAX_TREE_DEPTH): number {
  let moved = 0;
  // Explicit stack: recursion would overflow on exactly the pages this exists for.
  const stack: [Node, number][] = [[root, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth === maxDepth) {
      moved += flattenBelow(node);
      continue;
    }
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1) stack.push([child, depth + 1]);
    }
  }
  return moved;
}

/** Lifts the elements below `node` out to follow it; each keeps its own text (as in Blink). */
function flattenBelow(node: Node): number {
  const parent = node.parentNode;
  if (!parent) return 0;
  const descendants: Element[] = [];
  const pending: Element[] = [node as Element];
  while (pending.length) {
    const current = pending.pop()!;
    if (current !== node) descendants.push(current);
    // Push children last-first so they pop in document order (pre-order).
    for (let child = current.lastElementChild; child; child = child.previousElementSibling) pending.push(child);
  }
  // Last in document order first: each element has no element children left when it moves (cheap in linkedom),
  // and inserting each right after `node` leaves them in document order.
  for (let i = descendants.length - 1; i >= 0; i--) parent.insertBefore(descendants[i], node.nextSibling);
  return descendants.length;
}
