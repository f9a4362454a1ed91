import { extractArticle } from '../../lib/article/extract';
import { analyzeArticle, type AnalysisResources } from '../../lib/analyze';
import type { Analysis } from '../../lib/types';
import { parseDocument } from './dom';

export const DEFAULT_URL = 'https://example.invalid/article';

/** HTML → Analysis, or null when the page holds no article. */
export function analyzeHtml(html: string, url: string, resources: AnalysisResources): Analysis | null {
  const article = extractArticle(parseDocument(html), url);
  return article ? analyzeArticle(article, resources) : null;
}

/** The CLI's JSON shape (issue 2): article metadata without the body, then the findings. */
export function toJson(analysis: Analysis) {
  const { text: _text, paragraphs: _paragraphs, ...article } = analysis.article;
  return {
    article,
    quotes: analysis.quotes,
    speakers: analysis.speakers,
    reported: analysis.reported,
    places: analysis.places,
    entities: analysis.entities,
  };
}
