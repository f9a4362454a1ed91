// The text layer: what every engine needs to know about the article's text, computed once per article
// (lib/analyze.ts) and passed to the quotes, places and entities engines.
import type { Article } from '../types';
import { maskAbbreviations } from './abbreviations';
import { datelineSpan, type Range } from './datelines';
import { repairMojibake, withoutFillers } from './mojibake';
import { splitSentences, type Sentences } from './sentences';
import { tokenize, type Token } from './tokens';

export interface TextLayer {
  /** The article's text, as extracted. */
  readonly text: string;
  /**
   * The same text with abbreviation points masked and mis-decoded letters repaired ("PeÃ±a" read as "Peña" and
   * fillers): same length, same offsets.
   */
  readonly masked: string;
  /** Sentence boundaries (on the masked text). */
  readonly sentences: Sentences;
  /** Word tokens with offsets (a repaired word's text is its letters: "Peña"). */
  readonly tokens: Token[];
  /** The place name of the dateline opening the story ("NUR-SULTAN", "SEOUL, South Korea"), if there is one. */
  readonly dateline: Range | null;
}

export function readText(article: Pick<Article, 'text'>): TextLayer {
  const repaired = repairMojibake(article.text);
  const masked = maskAbbreviations(repaired);
  return {
    text: article.text,
    masked,
    sentences: splitSentences(masked),
    tokens: repaired === article.text ? tokenize(repaired) : repairedTokens(repaired),
    dateline: datelineSpan(article.text),
  };
}

/** Tokens of repaired text: a repaired word spans its run, its text is its letters. */
function repairedTokens(repaired: string): Token[] {
  return tokenize(repaired).map((t) => ({ ...t, text: withoutFillers(t.text) }));
}

export type { Token } from './tokens';
export type { Sentences, Range } from './sentences';
