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
    const start = m.index;
    const between = text.slice(previousEnd, start);
    const first = m[0][0];
    tokens.push({
      text: m[0],
      start,
      end: start + m[0].length,
      upper: first !== first.toLowerCase(),
      // Most words follow one space, which ends no sentence.
      sentenceStart: tokens.length === 0 || (between !== ' ' && (SENTENCE_END.test(between) || between.includes('\n'))),
    });
    previousEnd = start + m[0].length;
  }
  return tokens;
}

/** Words the text itself writes in lower case: a capitalised form of one is likely the word, not a name. */
export function lowerCaseWords(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (!t.upper) words.add(t.text.toLowerCase());
  return words;
}
