// Quotes and who said them: detection (marks → quotes), then attribution (mentions → speakers), plus paraphrase.
import type { Article, Quote, ReportedSpeech, Speaker } from '../types';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { attributable, unattributed } from './language';

export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
  reported: ReportedSpeech[];
}

export function analyzeQuotes(article: Article): QuoteAnalysis {
  const quotes = detectQuotes(article);
  if (!attributable(article)) return { quotes: unattributed(quotes), speakers: [], reported: [] };
  return attributeQuotes(article, quotes);
}
