// Placeholder until the entities engine lands (issue 5): finds nothing.
import type { Article, Entity, Place, Quote, Speaker } from '../types';

/** The loaded offline knowledge base; its shape belongs to lib/entities/knowledge-base.ts. */
export type KnowledgeBase = unknown;

export interface EntityInputs {
  quotes: Quote[];
  speakers: Speaker[];
  places: Place[];
}

export function findEntities(_article: Article, _kb: KnowledgeBase | null, _inputs: EntityInputs): Entity[] {
  return [];
}
