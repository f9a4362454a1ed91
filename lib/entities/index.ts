// Background entities: recognise people, organisations, countries, places, outlets and events in
// the article, link them to English Wikipedia titles offline, and rank them by salience.
import type { Article, Entity, Place, Quote, Speaker } from '../types';
import { parseKnowledgeBase, type KnowledgeBase } from './knowledge-base';
import { linkPlaces } from './place-links';
import { recognize, type Candidate } from './recognize';
import { salience } from './salience';

export type { KnowledgeBase } from './knowledge-base';

/** File name in public/data/ (built by scripts/data/build-knowledge-base.ts). */
export const KNOWLEDGE_BASE_FILE = 'knowledge-base.json';

/** Parses the shipped knowledge base file's text. */
export function loadKnowledgeBase(raw: string): KnowledgeBase {
  return parseKnowledgeBase(raw);
}

export interface EntityInputs {
  quotes: Quote[];
  speakers: Speaker[];
  places: Place[];
}

/** A country only ever used as an adjective, once ("a Japanese bank"), is not part of the story. */
const adjectiveOnly = (c: Candidate) => c.type === 'country' && c.namedMentions === 0 && c.mentions.length < 2;
/** One bare word from the title list, named once, is too often something else ("Amazon", "Avatar"). */
const lonelyWord = (c: Candidate) => c.guessedType && !c.name.includes(' ') && c.mentions.length < 2;
const confident = (c: Candidate) => !adjectiveOnly(c) && !lonelyWord(c);

export function findEntities(article: Article, kb: KnowledgeBase | null, inputs: EntityInputs): Entity[] {
  if (!kb) return [];
  const candidates = linkPlaces(recognize(article.text, article.paragraphs, kb), inputs.places, kb, article.text);
  return candidates
    .filter(confident)
    .map((c) => {
      const aliases = [...c.aliases].filter((a) => a !== c.name);
      const mentions = [...c.mentions].sort((a, b) => a.start - b.start);
      const entity = { name: c.name, type: c.type, wikipedia: c.wikipedia, aliases, mentions };
      return { ...entity, salience: salience(entity, article.text.length, inputs.speakers) };
    })
    .sort((a, b) => b.salience - a.salience);
}
