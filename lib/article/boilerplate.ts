// Page furniture that Readability keeps inside the article: byline and time-stamp lines, newsletter and subscription
// boxes, share bars, "related"/"read more" link lists and teasers, author-bio boxes, copyright notes. Found by
// generic signals only (class/id/role hints, tags, link density, size), never by site; every removal is size-capped.
// Picture captions stay: they often carry the story's names (dropping them raised corpus F1 by 0.002 but lost 8
// dev-gold links: agencies in credits, people named only under a photo).

import { countWords } from '../text/word-count';

/** Words in class, id, role or aria-label that name furniture, grouped by kind. Matched as parts of a name
 * ("articleByline__bio", "signupForeground", "sdc-article-related-stories"), so each word is long or distinctive.
 * A hyphen stands for "-", "_" or nothing: "sign-up" also finds "sign_up" and "signup". */
const HINTS = {
  bio: ['author-bio', 'author-details'],
  promo: [
    'promo',
    'newsletter',
    'sign-up',
    'subscribe',
    'subscription',
    'related',
    'recommend',
    'read-more',
    'more-stories',
    'trending',
    'popular',
  ],
  share: ['share', 'sharing', 'social'],
  navigation: ['breadcrumb', 'sidebar'],
  legal: ['copyright', 'disclaimer'],
};
// "no-promo", "has-share" are state flags of a container, not the furniture itself.
const HINT_WORDS = Object.values(HINTS)
  .flat()
  .map((w) => w.replace(/-/g, '[-_]?'));
const HINT = new RegExp(`(?<!(?:no|has|with)[-_]?)(?:${HINT_WORDS.join('|')})`, 'i');
/** A byline box: names and a date, but a sentence in it is a bio that may name the outlet and the beat (kept). */
const BYLINE = /byline|timestamp|dateline/i;

/**
 * A sentence: a capital, eight words or more, an end mark before white space or the end. What the pattern
 * /\p{Lu}[^.!?]*(?:\s+\S+){7,}[^.!?]*[.!?](?:\s|$)/u finds, read in one pass: the pattern backtracked through its
 * nested runs of words (a tenth of a second for one 48-word box with no end mark; 13 ms per corpus pass).
 *
 * A match opens at a capital whose word holds no end mark after it; from the white space after that word to the last
 * end mark that white space or the end follows, seven runs of white space stand before a word. The first such capital
 * gives the most runs, and so does the last such end mark.
 */
export function holdsSentence(text: string): boolean {
  const end = lastEndMark(text);
  for (let i = 0; i < end;) {
    const code = text.charCodeAt(i);
    const next = i + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
    if (!isCapital(text, i, code)) {
      i = next;
      continue;
    }
    // The rest of the capital's word: an end mark in it ("U.S.") opens no sentence here, nor at a capital after it.
    let j = next;
    while (j < text.length && !isSpace(text.charCodeAt(j)) && !isEndMark(text.charCodeAt(j))) j++;
    if (j === text.length) return false;
    if (isSpace(text.charCodeAt(j))) return j < end && wordsAfterSpace(text, j, end) >= 7;
    i = j + 1;
  }
  return false;
}

/** Sticky: tested at one position of the text. */
const CAPITAL = /\p{Lu}/uy;
function isCapital(text: string, i: number, code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  CAPITAL.lastIndex = i;
  return CAPITAL.test(text);
}
const isEndMark = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f;
const SPACE = /\s/;
const isSpace = (code: number) =>
  code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(String.fromCharCode(code));

/** Where the last end mark followed by white space or the end of the text stands; -1 when there is none. */
function lastEndMark(text: string): number {
  for (let i = text.length - 1; i >= 0; i--)
    if (isEndMark(text.charCodeAt(i)) && (i + 1 === text.length || isSpace(text.charCodeAt(i + 1)))) return i;
  return -1;
}

/** Runs of white space in [from, to) with a word after them before `to`. */
function wordsAfterSpace(text: string, from: number, to: number): number {
  let runs = 0;
  for (let i = from; i + 1 < to; i++) if (isSpace(text.charCodeAt(i)) && !isSpace(text.charCodeAt(i + 1))) runs++;
  return runs;
}

/** "meta" alone is a word in too many names ("metadata", "metamorph"): only as a whole part ("article__meta"). */
const META_PART = /(?:^|[\s_-])meta(?:$|[\s_-])/i;
/** Inline tags carry words of a sentence ("<a class=meta-loc>Sudan</a>"): never removed, whatever their names. */
const INLINE = new Set(['A', 'B', 'I', 'U', 'EM', 'STRONG', 'SMALL', 'ABBR', 'CITE', 'Q', 'SUB', 'SUP', 'MARK']);
/** Tags that are furniture whatever their class. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE']);
/** An element larger than this is not a box of furniture, whatever its name says: it may wrap the article. */
const MAX_BOX_WORDS = 150;
const MAX_BOX_SHARE = 0.25;
/** All removals together may take at most this share of the article; more means the signals misread the page. */
export const MAX_REMOVED_SHARE = 0.35;

/** Words under each element, counted once bottom-up (textContent per element would be quadratic in depth). */
function wordsUnder(root: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  const visit = (el: Element): number => {
    let n = 0;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) n += countWords(child.nodeValue ?? '');
      else if (child.nodeType === 1) n += visit(child as Element);
    }
    counts.set(el, n);
    return n;
  };
  visit(root);
  return counts;
}

/** `joined` and `part` with a space between, or whichever is not empty. */
const withPart = (joined: string, part: string | null) => (!part ? joined : joined ? `${joined} ${part}` : part);

/** Class, id, role and aria-label, the non-empty ones joined by spaces (no list made per element). */
function names(el: Element): string {
  const classAndId = withPart(el.getAttribute('class') ?? '', el.id);
  return withPart(withPart(classAndId, el.getAttribute('role')), el.getAttribute('aria-label'));
}

function isHinted(el: Element): boolean {
  if (FURNITURE_TAGS.has(el.tagName.toUpperCase())) return true;
  const n = names(el);
  if (n === '') return false;
  if (HINT.test(n) || META_PART.test(n)) return true;
  return BYLINE.test(n) && !holdsSentence(el.textContent ?? '');
}

/** A list whose items are almost all link text: "more stories", a menu, a set of teasers. */
function isLinkList(el: Element, words: number, counts: Map<Element, number>): boolean {
  const tag = el.tagName.toUpperCase();
  if ((tag !== 'UL' && tag !== 'OL') || el.getElementsByTagName('li').length < 2 || !words) return false;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += counts.get(a) ?? 0;
  return linked / words >= 0.75;
}

/** A teaser is at most this fraction of the story beside it. */
const TEASER_RATIO = 3;

/** An <article> beside another, larger one inside the extraction: a teaser for another story. */
function isTeaser(el: Element, words: number, root: Element, counts: Map<Element, number>): boolean {
  if (el.tagName.toUpperCase() !== 'ARTICLE') return false;
  const articles = Array.from(root.getElementsByTagName('article'));
  return articles.some(
    (other) =>
      other !== el && !other.contains(el) && !el.contains(other) && (counts.get(other) ?? 0) > words * TEASER_RATIO,
  );
}

/** A short title-like block right before a removed list ("More from UK", "RECENT ARTICLES"). */
function listTitle(el: Element): Element | null {
  const prev = el.previousElementSibling;
  const text = (prev?.textContent ?? '').trim();
  return prev && text && countWords(text, false, 5) <= 5 && !/[.!?"”]$/.test(text) ? prev : null;
}

export interface Furniture {
  elements: Element[];
  words: number;
  total: number;
}

/** Elements to remove from Readability's article element, none inside another. */
export function furnitureIn(root: Element): Furniture {
  const counts = wordsUnder(root);
  const total = counts.get(root) ?? 0;
  const elements: Element[] = [];
  const walk = (el: Element) => {
    // Walked by sibling links: no list of the children per element.
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const words = counts.get(child) ?? 0;
      const tag = child.tagName.toUpperCase();
      const small = words <= MAX_BOX_WORDS && words <= total * MAX_BOX_SHARE && !INLINE.has(tag);
      const list = small && (isLinkList(child, words, counts) || isTeaser(child, words, root, counts));
      if (small && (isHinted(child) || list)) {
        const title = list ? listTitle(child) : null;
        if (title && !elements.includes(title)) elements.push(title);
        elements.push(child);
      } else walk(child);
    }
  };
  walk(root);
  return { elements, words: elements.reduce((n, el) => n + (counts.get(el) ?? 0), 0), total };
}

/** Puts removed elements back where they were, so a caller can change its mind without a copy of the article. */
export type Restore = () => void;

/**
 * Removes the furniture unless together it is more than MAX_REMOVED_SHARE of the article. Returns the article's
 * word count before the removals and a way to undo them.
 */
export function dropFurniture(root: Element): { total: number; restore: Restore } {
  const { elements, words, total } = furnitureIn(root);
  if (!total || words > total * MAX_REMOVED_SHARE) return { total, restore: () => {} };
  const places = elements.map((el) => ({ el, parent: el.parentNode, next: el.nextSibling }));
  for (const el of elements) el.remove();
  // Last removed first: each element's next sibling is back in place before the element is put before it.
  const restore = () => {
    for (const { el, parent, next } of places.reverse()) parent?.insertBefore(el, next);
  };
  return { total, restore };
}
