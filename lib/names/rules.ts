// Why a capitalised run names what it names: the first rule that answers types the run. Each rule carries an example
// (a text and the name in it) that lib/names/names.test.ts reads as a test.
import { lookupAcronym, lookupName, nameKey, type KbHit, type KnowledgeBase } from '../entities/knowledge-base';
import { isOrgHead, isOutletHead } from '../lexicon/en/name-words';
import { entry, kindOf, lookup, type PlaceIndex } from '../places/gazetteer';
import { givenNameGender } from './gender';
import { wordSet } from '../lexicon/build';
import { WORK_NOUNS } from '../lexicon/en/works';
import { COMPASS_ADJECTIVES, COMPASS_POINTS } from '../lexicon/en/place-words';
import type { EntityType } from '../types';
import type { Run } from './runs';

export type NameType = 'person' | 'organization' | 'team' | 'work' | 'place' | 'unknown';

/** What a rule may read besides the run: the lookups and what the article's other runs showed. */
export interface NameContext {
  kb: KnowledgeBase | null;
  gazetteer: PlaceIndex | null;
  /** Words the text writes in lower case. */
  lowerWords: ReadonlySet<string>;
  /** Knowledge-base hits by name key, filled as the rules ask. */
  known: Map<string, KbHit | null>;
  /** How often the article writes each name (by key). */
  counts: ReadonlyMap<string, number>;
  /** Last words of the people the article names in full ("dempsey" of "Owen Dempsey"). */
  surnames: ReadonlySet<string>;
}

export interface NameRule {
  id: string;
  /** A text and a name in it that this rule types, as `type`. */
  example: { text: string; name: string; type: NameType };
  test: (run: Run, key: string, ctx: NameContext) => NameType | null;
}

const KB_TYPES: Record<EntityType, NameType | null> = {
  person: 'person',
  organization: 'organization',
  outlet: 'organization',
  country: 'place',
  place: 'place',
  event: null,
};

const WORKS = wordSet(WORK_NOUNS);
const COMPASS = wordSet(COMPASS_POINTS, COMPASS_ADJECTIVES);
/** One word naming only towns this small is as often a surname or a word: the name alone does not say. */
const TOWN_POPULATION = 100_000;
const NAME_WORD = /^(?:(?:al|el|bin|ibn)-)?(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+$/u;

const teams = new WeakMap<KnowledgeBase, Set<string>>();
/** Teams' full names of two words or more ("Minnesota Wild"; a nickname alone is an ordinary word), per base. */
function teamNames(kb: KnowledgeBase): Set<string> {
  let names = teams.get(kb);
  if (!names) {
    names = new Set(kb.teams.map((t) => nameKey(t[2])).filter((n) => n.includes(' ')));
    teams.set(kb, names);
  }
  return names;
}

/** The knowledge base's reading of a name, looked up once per name and article (rules ask more than once). */
function knownAs(ctx: NameContext, key: string): KbHit | null {
  if (!ctx.kb) return null;
  let hit = ctx.known.get(key);
  if (hit === undefined) {
    hit = lookupName(ctx.kb, key);
    ctx.known.set(key, hit);
  }
  return hit;
}

const placeIds = (ctx: NameContext, key: string) => (ctx.gazetteer ? (lookup(ctx.gazetteer, key) ?? []) : []);
const strongPlace = (ctx: NameContext, id: number) => {
  const e = entry(ctx.gazetteer!, id);
  return kindOf(e) !== 'city' || e.population >= TOWN_POPULATION;
};

// prettier-ignore
export const NAME_RULES: NameRule[] = [
  {
    // "But", "Later": a sentence's first word the text also writes in lower case.
    id: 'common-word',
    example: { text: 'Later that day the but was gone. But it was late later.', name: 'Later', type: 'unknown' },
    test: (run, key, ctx) =>
      run.words.length === 1 && run.sentenceStart && ctx.lowerWords.has(key) ? 'unknown' : null,
  },
  {
    id: 'title-before',
    example: { text: 'The plan works, Mr. Jordan said.', name: 'Jordan', type: 'person' },
    test: (run) => (run.titled ? 'person' : null),
  },
  {
    id: 'work-noun',
    example: { text: 'She starred in the film Jordan last year.', name: 'Jordan', type: 'work' },
    test: (run) => (WORKS.has(run.before) ? 'work' : null),
  },
  {
    id: 'known-team',
    example: { text: 'The Minnesota Wild won at home.', name: 'Minnesota Wild', type: 'team' },
    test: (run, key, ctx) => (ctx.kb && teamNames(ctx.kb).has(key) ? 'team' : null),
  },
  {
    // "Obama" after "Barack Obama": a surname used alone refers back to the person.
    id: 'surname',
    example: { text: 'Owen Jordan spoke, then left. Then Jordan came back.', name: 'Jordan', type: 'person' },
    test: (run, key, ctx) => (run.words.length === 1 && ctx.surnames.has(key) ? 'person' : null),
  },
  {
    id: 'known-name',
    example: { text: 'The United Nations met in Almaty.', name: 'United Nations', type: 'organization' },
    test: (run, key, ctx) => {
      const hit = knownAs(ctx, key);
      return hit && hit.source === 'known' ? KB_TYPES[hit.type] : null;
    },
  },
  {
    id: 'known-acronym',
    example: { text: 'Officials at the UN said so.', name: 'UN', type: 'organization' },
    test: (run, key, ctx) => {
      const hit = run.words.length === 1 && ctx.kb ? lookupAcronym(ctx.kb, run.words[0]) : null;
      return hit ? KB_TYPES[hit.type] : null;
    },
  },
  {
    id: 'organisation-head',
    example: { text: 'He is at Aberdeen Royal Infirmary.', name: 'Aberdeen Royal Infirmary', type: 'organization' },
    test: (run) => {
      const last = run.words[run.words.length - 1];
      return run.words.length >= 2 && (isOrgHead(last) || isOutletHead(last)) ? 'organization' : null;
    },
  },
  {
    // A place named in more than one word, even a small town ("Sioux Falls": "Sioux" is a given name too).
    id: 'gazetteer-name',
    example: { text: 'The Sioux Falls police came.', name: 'Sioux Falls', type: 'place' },
    test: (run, key, ctx) => (run.words.length > 1 && placeIds(ctx, key).length ? 'place' : null),
  },
  {
    id: 'given-name',
    example: { text: 'He met Kenneth Pakistan on Monday.', name: 'Kenneth Pakistan', type: 'person' },
    test: (run, key, ctx) => {
      const { words } = run;
      if (words.length < 2 || words.length > 4 || !words.every((w) => NAME_WORD.test(w) || /^\p{Lu}\.?$/u.test(w)))
        return null;
      const first = words[0].toLowerCase();
      // "North India": the name lists hold a few compass words.
      if (COMPASS.has(first)) return null;
      return givenNameGender(first) !== null || ctx.kb?.givenNames.has(first) ? 'person' : null;
    },
  },
  {
    // A country, a region or a city named in one word.
    id: 'gazetteer-place',
    example: { text: 'Talks were held in Mangystau.', name: 'Mangystau', type: 'place' },
    test: (run, key, ctx) =>
      run.words.length === 1 && placeIds(ctx, key).some((id) => strongPlace(ctx, id)) ? 'place' : null,
  },
  {
    // A popular Wikipedia title of unknown type: a thing or a body, not a person (those the rules above found). One
    // word named once is too often something else ("Amazon", "Avatar").
    id: 'title-list',
    example: { text: 'Harvard said no. Harvard had said so before.', name: 'Harvard', type: 'organization' },
    test: (run, key, ctx) => {
      const hit = knownAs(ctx, key);
      const again = run.words.length > 1 || (ctx.counts.get(key) ?? 0) > 1;
      return hit?.source === 'title' && again ? 'organization' : null;
    },
  },
  {
    id: 'town-word',
    example: { text: 'Zhanaozen came later.', name: 'Zhanaozen', type: 'unknown' },
    test: (run, key, ctx) => (placeIds(ctx, key).length ? 'unknown' : null),
  },
];
