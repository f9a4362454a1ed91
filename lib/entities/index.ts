// Placeholder until the entities engine lands (issue 5): finds nothing.
import type { Article, Entity, Place, Quote, Speaker } from '../types';

/** File name in public/data/ (built by scripts/data/build-knowledge-base.ts). */
export const KNOWLEDGE_BASE_FILE = 'knowledge-base.json';

/** The loaded offline knowledge base; its shape belongs to lib/entities/knowledge-base.ts. */
export type KnowledgeBase = unknown;

/** Parses the shipped knowledge base file's text. */
export function loadKnowledgeBase(raw: string): KnowledgeBase {
  return raw;
}

export interface EntityInputs {
  quotes: Quote[];
  speakers: Speaker[];
  places: Place[];
}

export function findEntities(_article: Article, _kb: KnowledgeBase | null, _inputs: EntityInputs): Entity[] {
  return [];
}
