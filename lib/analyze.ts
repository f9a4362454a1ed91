// The table of contents of lib/: article → quotes and speakers → places → entities and links.
import type { Analysis, Article } from './types';
import { analyzeQuotes } from './quotes';
import { findPlaces, type Gazetteer } from './places';
import { findEntities, type KnowledgeBase } from './entities';

export interface AnalysisResources {
  gazetteer: Gazetteer | null;
  knowledgeBase: KnowledgeBase | null;
  /** Injected so lib/ stays free of globals; defaults to a clock that reports zero. */
  now?: () => number;
}

export function analyzeArticle(article: Article, resources: AnalysisResources): Analysis {
  const now = resources.now ?? (() => 0);
  const timings: Record<string, number> = {};
  const timed = <T>(stage: string, run: () => T): T => {
    const started = now();
    const result = run();
    timings[stage] = now() - started;
    return result;
  };
  const { quotes, speakers, reported } = timed('quotes', () => analyzeQuotes(article));
  const places = timed('places', () => findPlaces(article, resources.gazetteer, quotes));
  const entities = timed('entities', () =>
    findEntities(article, resources.knowledgeBase, { quotes, speakers, places }),
  );
  return { article, quotes, speakers, reported, places, entities, timings };
}
