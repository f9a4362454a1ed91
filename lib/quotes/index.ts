// Placeholder until the quotes engine lands (issue 3): finds nothing.
import type { Article, Quote, ReportedSpeech, Speaker } from '../types';

export interface QuoteAnalysis {
  quotes: Quote[];
  speakers: Speaker[];
  reported: ReportedSpeech[];
}

export function analyzeQuotes(_article: Article): QuoteAnalysis {
  return { quotes: [], speakers: [], reported: [] };
}
