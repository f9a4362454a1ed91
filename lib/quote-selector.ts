// One way to find a quote again in a text that may have changed since: its exact words, some context either side
// and its offset (the W3C TextQuoteSelector + TextPositionSelector pair, as annotation tools store them).
// Exact occurrences win; otherwise an approximate search (Myers' bit-parallel algorithm, `approx-string-match`)
// finds the words with a few edits, and the context and offset pick between candidates.
import search from 'approx-string-match';

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Character offset of `exact` in the text the selector was made from. */
  offset: number;
}

export interface Anchor {
  start: number;
  end: number;
  /** Character edits between the selector's words and the text found (0 = the same words). */
  errors: number;
  /** Whether the text around the match still reads as it did (prefix or suffix found next to it). */
  contextKept: boolean;
}

/** Context kept with a selector: enough to tell two repeats of a short quote apart. */
export const SELECTOR_CONTEXT_CHARS = 40;
/** Share of a quote's characters that may differ and still count as the same quote, edited. */
const MAX_ERROR_RATE = 0.3;
/** Myers' search is linear in the text per 32 pattern characters; beyond this the quote is anchored by its ends. */
const MAX_PATTERN_CHARS = 2_000;

export function selectorFor(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT_CHARS), start),
    suffix: text.slice(end, end + SELECTOR_CONTEXT_CHARS),
    offset: start,
  };
}

/** Finds the selector's quote in `text`, exactly or with edits; null when nothing close enough is there. */
export function anchorQuote(text: string, selector: QuoteSelector): Anchor | null {
  const exact = selector.exact;
  if (!exact.trim()) return null;
  const exactHits = occurrences(text, exact).map((start) => scored(text, selector, start, start + exact.length, 0));
  if (exactHits.length) return best(exactHits);
  const pattern = exact.length > MAX_PATTERN_CHARS ? exact.slice(0, MAX_PATTERN_CHARS) : exact;
  const maxErrors = Math.floor(pattern.length * MAX_ERROR_RATE);
  if (maxErrors < 1) return null;
  const hits = search(text, pattern, maxErrors).map((m) => {
    const end = pattern === exact ? m.end : Math.min(text.length, m.start + exact.length);
    return scored(text, selector, m.start, end, m.errors);
  });
  return hits.length ? best(hits) : null;
}

interface Scored extends Anchor {
  score: number;
}

function occurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** Fewer edits first; then context that still matches; then closeness to the old offset. */
function scored(text: string, selector: QuoteSelector, start: number, end: number, errors: number): Scored {
  const prefixKept =
    !!selector.prefix && endsAlike(text.slice(Math.max(0, start - selector.prefix.length), start), selector.prefix);
  const suffixKept = !!selector.suffix && startsAlike(text.slice(end, end + selector.suffix.length), selector.suffix);
  const distance = Math.abs(start - selector.offset) / Math.max(1, text.length);
  const score = -errors * 10 + (prefixKept ? 5 : 0) + (suffixKept ? 5 : 0) - distance;
  return { start, end, errors, contextKept: prefixKept || suffixKept, score };
}

function best(hits: Scored[]): Anchor {
  const top = hits.reduce((a, b) => (b.score > a.score ? b : a));
  return { start: top.start, end: top.end, errors: top.errors, contextKept: top.contextKept };
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The last words of the context: white space may be re-flowed by a new extraction. */
function endsAlike(found: string, expected: string): boolean {
  const tail = squash(expected).slice(-20);
  return tail === '' || squash(found).endsWith(tail);
}

function startsAlike(found: string, expected: string): boolean {
  const head = squash(expected).slice(0, 20);
  return head === '' || squash(found).startsWith(head);
}
