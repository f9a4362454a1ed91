// Pairs quotation marks into quoted spans. Handles “…”, "…", „…“, «…», »…«, and ‘…’ as the
// outer marks when a paragraph has no double quotes (British style); apostrophes (don’t, ’90s, students’) are
// never openers. A quote that runs over paragraphs (each opens with a mark, only the last closes) is one span.
import type { Paragraph } from '../types';

export interface MarkedSpan {
  /** Inner text range [start, end), marks excluded. */
  start: number;
  end: number;
  paragraph: number;
  multiParagraph: boolean;
  /** Positions of the opening and closing marks. */
  open: number;
  close: number;
}

type Family = 'curly' | 'straight' | 'low' | 'guillemet' | 'reversed' | 'single';

const CLOSER: Record<Family, string> = {
  curly: '”',
  straight: '"',
  low: '“”',
  guillemet: '»',
  reversed: '«',
  single: '’',
};
const MIXED_CLOSER: Partial<Record<Family, string>> = { curly: '"', straight: '”' };
const OPENER_OF: Record<string, Family> = {
  '“': 'curly',
  '„': 'low',
  '«': 'guillemet',
  '»': 'reversed',
  '"': 'straight',
};

/**
 * Where the next character the pairing reads (an opener, a closer or a mixed closer: “ ” " „ « » ‘ ’) stands in
 * [from, end), or -1. By character code: a global scan of their class went on past the paragraph's end to the next
 * mark, once per paragraph.
 */
function nextMark(text: string, from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    // U+2018 to U+201E, but for the low single mark U+201A and the reversed U+201B.
    if (c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e && c !== 0x201a && c !== 0x201b))
      return k;
  }
  return -1;
}

const isLetter = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
const isSpaceOrStart = (c: string | undefined) => !c || /[\s([{—–\-/]/.test(c);

function opensHere(text: string, i: number, family: Family): boolean {
  const prev = text[i - 1];
  const next = text[i + 1];
  if (family === 'straight') return isSpaceOrStart(prev) || (!isLetter(prev) && next !== ' ');
  if (family === 'single') return isSpaceOrStart(prev) && isLetter(next);
  return next !== undefined && next !== ' ' ? true : isSpaceOrStart(prev);
}

const LOWER = /\p{Ll}/u;

function closesHere(text: string, i: number, family: Family): boolean {
  const next = text[i + 1];
  // A closing single mark is followed by a non-letter; ’ between letters is an apostrophe.
  // "the students’ protest": an s-possessive before a lower-case word is not the end of the quote.
  if (family === 'single')
    return (
      !isLetter(next) && text[i - 1] !== ' ' && !(text[i - 1] === 's' && next === ' ' && LOWER.test(text[i + 2] ?? ''))
    );
  if (family === 'straight') return text[i - 1] !== ' ' || !isLetter(next);
  return true;
}

function leadingMarkFamily(body: string): Family | null {
  const first = body[0];
  if (first === '‘' && isLetter(body[1])) return 'single';
  return OPENER_OF[first] ?? null;
}

export function findMarkedSpans(text: string, paragraphs: Paragraph[]): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let open: { at: number; family: Family; paragraph: number; multi: boolean } | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p];
    const body = text.slice(start, end);
    const useSingles = !/[“”"„«»]/.test(body);
    let i = start;
    if (open) {
      // A continued quote: this paragraph re-opens with a mark of the same kind, which is not a new quote.
      if (leadingMarkFamily(body) === open.family || (open.family === 'low' && body[0] === '„')) i = start + 1;
      else open = null; // unclosed at the end of the last paragraph and not continued: not a quote
    }
    let nestedStraight = false;
    // Only quotation marks change anything below: the scan goes from one to the next.
    for (let at = nextMark(text, i, end); at >= 0; at = nextMark(text, at + 1, end)) {
      const c = text[at];
      i = at;
      if (open) {
        const closer = CLOSER[open.family];
        // Scraped text mixes marks (“We will," he said. "We must.”): a straight mark glued to the end of a word
        // closes a curly quote, and a curly closer ends a straight one; a straight pair nested inside curly
        // marks (“He said "no" to me”) is skipped.
        const mixed = MIXED_CLOSER[open.family] === c;
        if (mixed && open.family === 'curly' && (nestedStraight || opensHere(text, i, 'straight'))) {
          nestedStraight = !nestedStraight;
          continue;
        }
        if ((closer.includes(c) || (mixed && /\S/.test(text[i - 1] ?? ''))) && closesHere(text, i, open.family)) {
          nestedStraight = false;
          spans.push({
            start: open.at + 1,
            end: i,
            paragraph: open.paragraph,
            multiParagraph: open.multi,
            open: open.at,
            close: i,
          });
          open = null;
        } else if (
          open.family !== 'single' &&
          OPENER_OF[c] === open.family &&
          c !== '"' &&
          open.family !== 'reversed'
        ) {
          open = { at: i, family: open.family, paragraph: p, multi: false }; // unbalanced: restart at the later mark
        }
        continue;
      }
      const family: Family | undefined = OPENER_OF[c] ?? (c === '‘' && useSingles ? 'single' : undefined);
      if (family && opensHere(text, i, family)) open = { at: i, family, paragraph: p, multi: false };
    }
    if (open) {
      const next = paragraphs[p + 1];
      const nextFamily = next ? leadingMarkFamily(text.slice(next.start, next.end)) : null;
      if (nextFamily === open.family || (open.family === 'low' && nextFamily === 'low')) open.multi = true;
      else open = null;
    }
  }
  return spans;
}
