// Word tokens with offsets and what their form says: capitalised, first of a sentence. Computed once per article
// (lib/text/index.ts) and read by the places recogniser and the entity recogniser's run reader.
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** First word of a sentence or paragraph (its capital says nothing). */
  sentenceStart: boolean;
}

// Abbreviations with dots ("U.S.") first, then words with inner apostrophes/hyphens/dots.
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\d]+(?:[-'’.][\p{L}\p{M}\d]+)*/gu;
// What separates a sentence's first word from the previous word: end punctuation, a line break, or an opening quote
// after a colon.
const SENTENCE_END = /[.!?]["'”’)\]]*\s*["“‘]?\s*$|\n\s*$|[:;]\s*["“]\s*$/;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    tokens.push({
      text: word,
      start,
      end: start + word.length,
      upper: upperFirst(word),
      sentenceStart: tokens.length === 0 || opensSentence(text, previousEnd, start),
    });
    previousEnd = start + word.length;
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
  for (const t of tokens) if (!t.upper) words.add(t.text.toLowerCase());
  return words;
}
