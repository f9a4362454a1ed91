// The table of contents of lib/: article → text layer → quotes and speakers → places → entities and links.
import type { Analysis, Article, Entity, Place } from './types';
import { analyzeQuotes } from './quotes';
import { retypeSpeakers } from './quotes/retype';
import { findPlaces, type Gazetteer } from './places';
import { findEntities, type KnowledgeBase } from './entities';
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
  const found = timed('quotes', () => analyzeQuotes(article, layer));
  const places = timed('places', () => findPlaces(article, resources.gazetteer, found.quotes, layer));
  const entities = timed('entities', () => findEntities(article, resources.knowledgeBase, { ...found, places }, layer));
  const { quotes, speakers, reported } = retypeSpeakers(found, namesOfNonPeople(places, entities));
  return { article, quotes, speakers, reported, places, entities, timings };
}

/** Every name the article uses for a place or an organisation: "Austria", "Google", "Sioux Falls". */
function namesOfNonPeople(places: Place[], entities: Entity[]): Set<string> {
  const names = new Set<string>();
  for (const p of places) names.add(p.name.toLowerCase());
  for (const e of entities) {
    if (e.type === 'person' || e.type === 'event') continue;
    for (const n of [e.name, ...e.aliases]) names.add(n.toLowerCase());
  }
  return names;
}
