// Finds passages of article text again in a live page and marks them. Takes the Document as a parameter,
// so it runs under jsdom in tests; the page-side highlight script is a thin wrapper around it.
import { anchorQuote } from '../quote-selector';

export interface PassageTarget {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the passage sat in the article, as a share of its length (0–1): breaks ties between near matches. */
  position?: number;
}

export const MARK_ATTR = 'data-news-lens';
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|INPUT|SELECT)$/;

/** Page text flattened: whitespace runs collapse to one space; each kept char maps back to a text node + offset. */
interface FlatText {
  text: string;
  nodes: Text[];
  offsets: number[];
}

function flatten(doc: Document): FlatText {
  const flat: FlatText = { text: '', nodes: [], offsets: [] };
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* NodeFilter.SHOW_TEXT */);
  let lastSpace = true;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement && SKIP.test(node.parentElement.tagName.toUpperCase())) continue;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const isSpace = /\s/.test(value[i]);
      if (isSpace && lastSpace) continue;
      flat.text += isSpace ? ' ' : value[i];
      flat.nodes.push(node);
      flat.offsets.push(i);
      lastSpace = isSpace;
    }
  }
  return flat;
}

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Index of the best occurrence of target.exact: one with matching context wins, else the first. */
export function locate(haystack: string, target: PassageTarget): number {
  const exact = squash(target.exact).trim();
  if (!exact) return -1;
  const prefix = squash(target.prefix).trimStart();
  const suffix = squash(target.suffix).trimEnd();
  // The first occurrence scores at least 0 and only a higher score replaces it: with no context, the first wins.
  let bestScore = -1;
  let best = -1;
  for (let at = haystack.indexOf(exact); at !== -1; at = haystack.indexOf(exact, at + 1)) {
    const before = haystack.slice(Math.max(0, at - prefix.length - 1), at).trim();
    const after = haystack.slice(at + exact.length, at + exact.length + suffix.length + 1).trim();
    const score =
      (prefix && before.endsWith(prefix.trim()) ? 1 : 0) + (suffix && after.startsWith(suffix.trim()) ? 1 : 0);
    if (score > bestScore) [bestScore, best] = [score, at];
    if (score === 2) break;
  }
  return best;
}

/** Wraps the text between flat offsets [start, end) in <mark> elements, one per text node touched. */
function wrap(doc: Document, flat: FlatText, start: number, end: number): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const pieces = new Map<Text, [number, number]>();
  for (let i = start; i < end; i++) {
    const node = flat.nodes[i];
    const range = pieces.get(node);
    pieces.set(node, range ? [range[0], flat.offsets[i] + 1] : [flat.offsets[i], flat.offsets[i] + 1]);
  }
  for (const [node, [from, to]] of pieces) {
    const range = doc.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, '');
    mark.style.cssText = 'background:#ffe066;color:#000;border-radius:2px;box-shadow:0 0 0 2px #ffe066';
    range.surroundContents(mark);
    marks.push(mark);
  }
  return marks;
}

/** Removes every mark this code added, merging the split text nodes back together. */
export function clearMarks(doc: Document): void {
  for (const mark of Array.from(doc.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

/** Replaces earlier marks with marks around each target found; returns how many were found. */
export function markPassages(doc: Document, targets: PassageTarget[]): { found: number; first: HTMLElement | null } {
  clearMarks(doc);
  let first: HTMLElement | null = null;
  let found = 0;
  for (const target of targets) {
    const flat = flatten(doc); // re-flatten: earlier wraps split text nodes
    const at = locate(flat.text, target);
    if (at === -1) continue;
    const marks = wrap(doc, flat, at, at + squash(target.exact).trim().length);
    if (marks.length) found++;
    first ??= marks[0] ?? null;
  }
  return { found, first };
}

/** Context kept around a nearest match, so showing it marks that occurrence and not an earlier repeat. */
const NEAREST_CONTEXT_CHARS = 32;

/**
 * The page's closest passage to a target it no longer contains word for word (a few words edited), found by an
 * approximate search weighed by the context either side and the old position; null when nothing is close enough.
 * The answer is itself a target, with the page's own context, ready to be marked.
 */
export function nearestPassage(doc: Document, target: PassageTarget): PassageTarget | null {
  const flat = flatten(doc);
  const exact = squash(target.exact).trim();
  const offset = Math.round((target.position ?? 0) * flat.text.length);
  const selector = { exact, prefix: squash(target.prefix), suffix: squash(target.suffix), offset };
  const anchor = anchorQuote(flat.text, selector);
  if (!anchor) return null;
  const { start, end } = anchor;
  return {
    exact: flat.text.slice(start, end),
    prefix: flat.text.slice(Math.max(0, start - NEAREST_CONTEXT_CHARS), start),
    suffix: flat.text.slice(end, end + NEAREST_CONTEXT_CHARS),
  };
}
