// Quotes and who said them: detection (marks → quotes), then attribution (mentions → speakers), plus paraphrase.
import type { Article, Quote, ReportedSpeech, Speaker } from '../types';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';

export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
  reported: ReportedSpeech[];
}

export function analyzeQuotes(article: Article): QuoteAnalysis {
  return attributeQuotes(article, detectQuotes(article));
}
