import { extractArticle } from '../../lib/article/extract';
import { analyzeArticle, type AnalysisResources } from '../../lib/analyze';
import type { Analysis } from '../../lib/types';
import { parseDocument } from './dom';

export const DEFAULT_URL = 'https://example.invalid/article';

export type PipelineStage = 'parsing' | 'extracting' | 'analysing';

/** HTML → Analysis, or null when the page holds no article. `onStage` hears each step begin (the robustness run
 * reports where a page that never finished was stuck). */
export function analyzeHtml(
  html: string,
  url: string,
  resources: AnalysisResources,
  onStage?: (stage: PipelineStage) => void,
): Analysis | null {
  onStage?.('parsing');
  const doc = parseDocument(html);
  onStage?.('extracting');
  const article = extractArticle(doc, url, { disposable: true });
  if (!article) return null;
  onStage?.('analysing');
  return analyzeArticle(article, resources);
}

/** The CLI's JSON shape (issue 2): article metadata, then the findings. The body (`article.text`, the text every
 * engine reads) only with `withText` (issue 14), so extraction can be measured from outside. */
export function toJson(analysis: Analysis, withText = false) {
  const { text, paragraphs: _paragraphs, ...metadata } = analysis.article;
  return {
    article: withText ? { ...metadata, text } : metadata,
    quotes: analysis.quotes,
    speakers: analysis.speakers,
    reported: analysis.reported,
    places: analysis.places,
    entities: analysis.entities,
  };
}
