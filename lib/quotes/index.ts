// Quotes and who said them: detection (marks → quotes), then attribution (mentions → speakers), plus paraphrase.
import type { Article, Quote, ReportedSpeech, Speaker } from '../types';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { attributable, unattributed } from './language';
import { readText, type TextLayer } from '../text';
import type { NameTable } from '../names';

export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
  reported: ReportedSpeech[];
}

/**
 * `layer`: the article's text layer; `names`: its names, typed (lib/analyze.ts computes both once for every engine).
 */
export function analyzeQuotes(
  article: Article,
  layer: TextLayer = readText(article),
  names?: NameTable,
): QuoteAnalysis {
  const quotes = detectQuotes(article);
  if (!attributable(article)) return { quotes: unattributed(quotes), speakers: [], reported: [] };
  return attributeQuotes(article, quotes, layer, names);
}
