// Sentence starts before a position, for the window a mention is looked for in and the sentence a pronoun refers back from.

/** Sentences are looked for this far back at most, so a huge paragraph full of quotes stays linear. */
const MAX_LOOKBACK = 1500;

export function sentenceStartBefore(text: string, from: number, at: number): number {
  from = Math.max(from, at - MAX_LOOKBACK);
  const slice = text.slice(from, at);
  const ends = [...slice.matchAll(/[.!?]["”’]?\s+(?=[\p{Lu}"“])/gu)];
  const last = ends.at(-1);
  return last ? from + last.index! + last[0].length : from;
}

export function previousSentence(text: string, paragraphStart: number, quoteStart: number, previousParagraph: { start: number; end: number } | null) {
  const from = sentenceStartBefore(text, paragraphStart, quoteStart);
  if (from > paragraphStart) {
    const start = sentenceStartBefore(text, paragraphStart, from - 1);
    return { start, end: from };
  }
  if (!previousParagraph) return null;
  return { start: sentenceStartBefore(text, previousParagraph.start, previousParagraph.end), end: previousParagraph.end };
}
