// Quotes and who said them: detection (marks → quotes), then attribution (mentions → speakers), plus paraphrase.
import type { Article, Quote, ReportedSpeech, Speaker } from '../types';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { attributable, unattributed } from './language';
import { readText, type TextLayer } from '../text';
import type { NameTable } from '../names';
import { shownRole } from './shown-role';

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
  return withShownRoles(attributeQuotes(article, quotes, layer, names));
}

/** Roles as the panel shows them: only words that say what a person is (see shown-role.ts). */
function withShownRoles({ quotes, speakers, reported }: QuoteAnalysis): QuoteAnalysis {
  return {
    quotes: quotes.map((q) => (q.speakerRole ? { ...q, speakerRole: shownRole(q.speakerRole) } : q)),
    speakers: speakers.map((s) => (s.role ? { ...s, role: shownRole(s.role) } : s)),
    reported,
  };
}
