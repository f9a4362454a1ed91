// Background entities: recognise people, organisations, countries, places, outlets and events in
// the article, link them to English Wikipedia titles offline, and rank them by salience.
import type { Article, Entity, Place, Quote, Span, Speaker } from '../types';
import { creditSpans, inSpans } from './credits';
import { describeFromArticle } from './describe';
import { findEvents } from './events';
import { findTeams } from './teams';
import { findWars } from './wars';
import { parseKnowledgeBase, type KnowledgeBase } from './knowledge-base';
import { linkPlaces } from './place-links';
import { findPhrases, withoutInside } from './phrases';
import { findStateAbbreviations } from './us-states';
import { readText, type TextLayer } from '../text';
import { recognize, type Candidate } from './recognize';
import { readNames, type NameTable } from '../names';
import { heardNames, salience } from './salience';

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
  /** The article's names, typed (lib/names); read here from the text layer when not given. */
  names?: NameTable;
}

/**
 * Where the story is set: the countries whose places it names most (more than half as often as the
 * leading one), ignoring places named once in passing. Names like "Democrats" or "the Iowa
 * caucuses" are linked only in a story set in their country (a Korean story's "Democratic Party"
 * is not the American one, even if Washington is mentioned).
 */
function storyCountries(places: Place[]): Set<string> {
  const weight = new Map<string, number>();
  for (const p of places) {
    if (!p.country || (p.role === 'mention' && p.mentions.length < 2)) continue;
    weight.set(p.country, (weight.get(p.country) ?? 0) + p.mentions.length);
  }
  const top = Math.max(0, ...weight.values());
  return new Set([...weight].filter(([, w]) => w * 2 > top).map(([country]) => country));
}

/** One candidate per title: a team named in full and by nickname is one entity. */
function mergeByTitle(candidates: Candidate[]): Candidate[] {
  const byTitle = new Map<string, Candidate>();
  const out: Candidate[] = [];
  for (const c of candidates) {
    const first = c.wikipedia ? byTitle.get(c.wikipedia) : undefined;
    if (!first) {
      if (c.wikipedia) byTitle.set(c.wikipedia, c);
      out.push(c);
      continue;
    }
    const known = new Set(first.mentions.map((m) => m.start));
    first.mentions.push(...c.mentions.filter((m) => !known.has(m.start)));
    first.namedMentions = first.mentions.length;
    for (const a of c.aliases) first.aliases.add(a);
    first.placeLine ??= c.placeLine;
  }
  return out;
}

/**
 * Photo credits name where a picture came from. A news agency there is one of the article's sources
 * and stays; anything else named only in a credit ("Getty Images", the photographer) is dropped.
 */
function withoutCredits(candidates: Candidate[], credits: Span[]): Candidate[] {
  if (credits.length === 0) return candidates;
  for (const c of candidates) if (c.type !== 'outlet') c.mentions = c.mentions.filter((m) => !inSpans(m, credits));
  return candidates.filter((c) => c.mentions.length > 0);
}

/** A country only ever used as an adjective, once ("a Japanese bank"), is not part of the story. */
const adjectiveOnly = (c: Candidate) => c.type === 'country' && c.namedMentions === 0 && c.mentions.length < 2;
/** One bare word from the title list, named once, is too often something else ("Amazon", "Avatar"). */
const lonelyWord = (c: Candidate) => c.guessedType && !c.name.includes(' ') && c.mentions.length < 2;
const confident = (c: Candidate) => !adjectiveOnly(c) && !lonelyWord(c);

/** In a game story, every use of a team's name is the team's, also where a sentence opens with it. */
function teamsTakeTheirNames(text: string, teams: Candidate[], others: Candidate[]): Candidate[] {
  if (teams.length === 0) return others;
  const byName = new Map(teams.flatMap((t) => [t.name, ...t.aliases].map((n) => [n, t] as const)));
  for (const c of others) {
    c.mentions = c.mentions.filter((m) => {
      const team = byName.get(text.slice(m.start, m.end));
      if (team && !team.mentions.some((t) => t.start === m.start)) team.mentions.push(m);
      return !team && !teams.some((t) => t.mentions.some((s) => s.start <= m.start && m.end <= s.end));
    });
  }
  return others.filter((c) => c.mentions.length > 0);
}

/** An unconfirmed person (see Candidate.unconfirmed) stays only if the quotes engine heard it speak. */
function speakingOrConfirmed(speakers: Speaker[]): (c: Candidate) => boolean {
  const names = new Set(
    speakers
      .filter((s) => s.type === 'person')
      .flatMap((s) => [s.name, ...s.aliases])
      .map((n) => n.toLowerCase()),
  );
  return (c) => !c.unconfirmed || names.has(c.name.toLowerCase());
}

/** Kinds the article itself introduces with a role or apposition (places and events it rarely does). */
const DESCRIBED_BY_ARTICLE = new Set(['person', 'organization', 'outlet']);

/** Background for the panel: the knowledge base's line for the title, else what the article says the name is. */
type Described = Pick<Entity, 'description' | 'descriptionSource'>;

function describe(
  kb: KnowledgeBase,
  text: string,
  e: Pick<Entity, 'wikipedia' | 'mentions' | 'type'>,
  placeLine?: string | null,
): Described {
  const known = e.wikipedia ? kb.byTitle.get(e.wikipedia)?.description : undefined;
  if (known) return { description: known, descriptionSource: 'knowledge-base' };
  if (placeLine) return { description: placeLine, descriptionSource: 'gazetteer' };
  const told = DESCRIBED_BY_ARTICLE.has(e.type) ? describeFromArticle(text, e.mentions) : null;
  return told ? { description: told, descriptionSource: 'article' } : { description: null };
}

/** `layer`: the article's text layer (lib/analyze.ts computes it once for every engine). */
export function findEntities(
  article: Article,
  kb: KnowledgeBase | null,
  inputs: EntityInputs,
  layer: TextLayer = readText(article),
): Entity[] {
  if (!kb) return [];
  const { text, paragraphs } = article;
  const countries = storyCountries(inputs.places);
  const phrases = findPhrases(text, kb);
  // In a game story a team's name is the team, not its town ("Liverpool beat Everton"): teams win their spans.
  const teams = findTeams(text, kb);
  const found = teamsTakeTheirNames(text, teams, [
    ...recognize(text, paragraphs, kb, inputs.names ?? readNames(layer, { kb, gazetteer: null }), countries),
    ...findEvents(text, kb, countries),
  ]);
  const recognized = mergeByTitle([
    ...phrases,
    ...withoutInside([...teams, ...found, ...findWars(text, inputs.places, kb)], phrases),
  ]);
  const linked = mergeByTitle([
    ...linkPlaces(recognized, inputs.places, kb, text, layer.dateline),
    ...findStateAbbreviations(text, kb, layer.dateline),
  ]);
  const candidates = withoutCredits(linked, creditSpans(text, paragraphs));
  const heard = heardNames(inputs.speakers);
  return candidates
    .filter(confident)
    .filter(speakingOrConfirmed(inputs.speakers))
    .map((c) => {
      const aliases = [...c.aliases].filter((a) => a !== c.name);
      const mentions = [...c.mentions].sort((a, b) => a.start - b.start);
      const entity = { name: c.name, type: c.type, wikipedia: c.wikipedia, aliases, mentions };
      return {
        ...entity,
        salience: salience(entity, article.text.length, heard),
        ...describe(kb, text, entity, c.placeLine),
      };
    })
    .sort((a, b) => b.salience - a.salience);
}
