// The table of contents of lib/: article → text layer → names → quotes and speakers → places → entities and links.
import type { Analysis, Article } from './types';
import { analyzeQuotes } from './quotes';
import { findPlaces, type Gazetteer } from './places';
import { readingIndex } from './places/gazetteer';
import { findEntities, type KnowledgeBase } from './entities';
import { peopleOf, readNames } from './names';
import { readText } from './text';

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
  // Tokens, sentences, masked abbreviations and the dateline: read once, shared by every engine.
  const layer = timed('text', () => readText(article));
  // One memo of gazetteer lookups for the article: names and every places stage look up the same words.
  const gazetteer = resources.gazetteer && readingIndex(resources.gazetteer);
  // Each capitalised name typed once (person, organisation, team, work, place), with the rule that decided.
  const names = timed('names', () => readNames(layer, { kb: resources.knowledgeBase, gazetteer }));
  const { quotes, speakers, reported } = timed('quotes', () => analyzeQuotes(article, layer, names));
  const places = timed('places', () => findPlaces(article, gazetteer, peopleOf(names, article.text), layer));
  const entities = timed('entities', () =>
    findEntities(article, resources.knowledgeBase, { quotes, speakers, places, names }, layer),
  );
  return { article, quotes, speakers, reported, places, entities, timings };
}
