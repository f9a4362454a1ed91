// Word tokens with offsets and what their form says: capitalised, first of a sentence. Computed once per article
// (lib/text/index.ts) and read by the places recogniser and the entity recogniser's run reader.
import { charClass } from './chars';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** First word of a sentence or paragraph (its capital says nothing). */
  sentenceStart: boolean;
}

// What separates a sentence's first word from the previous word: end punctuation, a line break, or an opening quote
// after a colon.
const SENTENCE_END = /[.!?]["'”’)\]]*\s*["“‘]?\s*$|\n\s*$|[:;]\s*["“]\s*$/;

// A word is what /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\d]+(?:[-'’.][\p{L}\p{M}\d]+)*/gu matches: abbreviations with dots
// ("U.S.") first, then words with inner apostrophes/hyphens/dots. Found by a scan by character code (no match object
// per word; the regex was most of the text layer's cost), with these classes.
const UPPER = charClass(/^\p{Lu}$/u);
const WORD_CHAR = charClass(/^[\p{L}\p{M}\d]$/u);
const JOINER = charClass(/^[-'’.]$/u);
const FULL_STOP = 46;
const width = (code: number) => (code > 0xffff ? 2 : 1);

/** Where the word starting at `i` (a word character) ends. */
function wordEnd(text: string, i: number): number {
  let j = i;
  let letters = 0;
  // "U.S.": capitals each followed by a point, two or more.
  while (j < text.length) {
    const code = text.codePointAt(j)!;
    if (!UPPER(code) || text.charCodeAt(j + width(code)) !== FULL_STOP) break;
    j += width(code) + 1;
    letters++;
  }
  if (letters >= 2) return j;
  j = i;
  for (;;) {
    while (j < text.length && WORD_CHAR(text.codePointAt(j)!)) j += width(text.codePointAt(j)!);
    // An inner hyphen, apostrophe or point goes on only before another word character.
    if (j + 1 < text.length && JOINER(text.charCodeAt(j)) && WORD_CHAR(text.codePointAt(j + 1)!)) j++;
    else return j;
  }
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (let start = 0; start < text.length;) {
    const code = text.codePointAt(start)!;
    if (!WORD_CHAR(code)) {
      start += width(code);
      continue;
    }
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      upper: upperFirst(word),
      sentenceStart: tokens.length === 0 || opensSentence(text, previousEnd, start),
    });
    previousEnd = end;
    start = end;
  }
  return tokens;
}

/** The word's first letter is a capital. ASCII is decided by its code: this runs per word of the article. */
function upperFirst(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = word[0];
  return first !== first.toLowerCase();
}

/** What stands between two words ends a sentence. Most words follow one space, which ends none (no slice made). */
function opensSentence(text: string, from: number, to: number): boolean {
  if (to === from + 1 && text.charCodeAt(from) === 32) return false;
  const between = text.slice(from, to);
  return between !== ' ' && (SENTENCE_END.test(between) || between.includes('\n'));
}

/** Words the text itself writes in lower case: a capitalised form of one is likely the word, not a name. */
export function lowerCaseWords(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (!t.upper) words.add(lowerAscii(t.text) ? t.text : t.text.toLowerCase());
  return words;
}

/** Only ASCII and no capital: the word is its own lower case (toLowerCase, per word, costs more than this test). */
function lowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}
