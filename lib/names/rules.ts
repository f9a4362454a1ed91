// Why a capitalised run names what it names: the first rule that answers types the run. Each rule carries an example
// (a text and the name in it) that lib/names/names.test.ts reads as a test.
import { lookupAcronym, lookupRemembered, nameKey, type KbHit, type KnowledgeBase } from '../entities/knowledge-base';
import { isHonorific, isOrgHead, isOutletHead, isRole, isStopWord } from '../lexicon/en/name-words';
import { entry, kindOf, lookup, type PlaceIndex } from '../places/gazetteer';
import { givenNameGender } from './gender';
import { wordSet } from '../lexicon/build';
import { COMPASS_ADJECTIVES, COMPASS_POINTS } from '../lexicon/en/place-words';
import { PERSON_NOUNS, PROFESSIONS } from '../lexicon/en/roles';
import { NAME_PARTICLES } from '../lexicon/en/names';
import { LOCATIVE_PREPOSITIONS } from '../lexicon/en/events';
import { isProductModelWord, WORK_NOUNS } from '../lexicon/en/works';
import type { EntityType } from '../types';
import type { Run } from './runs';
import { joinedArticle, withoutJoinedArticle } from './joined-article';

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
  /** Last words of names shaped like people's that no rule typed ("uali" of "Berik Uali"). */
  shapedSurnames: ReadonlySet<string>;
  /** One-word names the text writes before ", who" (names/cues.ts). */
  beforeWho: ReadonlySet<string>;
  /** Names listed after a plural class noun of organisations, "employers such as …" (names/cues.ts). */
  listedOrganisations: ReadonlySet<string>;
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
  work: 'work',
};

const WORKS = wordSet(WORK_NOUNS);
/** Nouns for people by relation, job or part in the story, written before a name that is not a title. */
// Not the nouns a place name also modifies or that are adjectives too: "a man Roswell police say", "an official
// Twitter account".
const NOT_BEFORE_NAMES = new Set(['man', 'woman', 'guy', 'official']);
const PERSON_WORDS = new Set([...wordSet(PERSON_NOUNS, PROFESSIONS)].filter((w) => !NOT_BEFORE_NAMES.has(w)));
const COMPASS = wordSet(COMPASS_POINTS, COMPASS_ADJECTIVES);
/** One word naming only towns this small is as often a surname or a word: the name alone does not say. */
const TOWN_POPULATION = 100_000;
/** A word of a person's name: "Tokayev", "Kassym-Jomart", "McDonald", "O'Brien", "al-Bashir". */
const NAME_WORD_SHAPE = /^(?:Mc|Mac|O['’])?\p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}\p{Ll}+)?$/u;
const isNameWord = (w: string) => NAME_WORD_SHAPE.test(withoutJoinedArticle(w));
const INITIAL = /^\p{Lu}\.?$/u;
const PARTICLES = new Set(NAME_PARTICLES);

/** Two to four words shaped like a person's name ("Berik Uali", "James van der Beek", "John F. Kennedy"). */
const nameShaped = (words: string[]) =>
  words.length >= 2 && words.length <= 4 && words.every((w) => isNameWord(w) || INITIAL.test(w) || PARTICLES.has(w));

const givenName = (ctx: NameContext, word: string) =>
  givenNameGender(word) !== null || ctx.kb?.givenNames.has(word.toLowerCase()) === true;

/** A word the knowledge base names as no person ("Google", "Amazon"), and no given name: a thing's name opens so. */
function thing(ctx: NameContext, word: string): KbHit | null {
  if (givenName(ctx, word)) return null;
  const hit = knownAs(ctx, nameKey(word));
  return hit && hit.type !== 'person' ? hit : null;
}

/** Shaped like a person's name, with no role or stop word ("John Major" reads so too), nor a thing's name first. */
export const personShaped = (run: Run, ctx: NameContext) =>
  nameShaped(run.words) &&
  // "Area X", "Maddie B": a person's name does not end in a lone letter.
  !INITIAL.test(run.words[run.words.length - 1]) &&
  !run.words.some((w) => isRole(w) || isStopWord(w)) &&
  !thing(ctx, run.words[0]);

/** Written like a name: a surname ("Andrew" after "Prince"), or a person's name of two to four words. */
export const writtenLikeAName = (run: Run, ctx: NameContext) =>
  run.words.length === 1 ? isNameWord(run.words[0]) : personShaped(run, ctx);

/**
 * A company the knowledge base knows by name ("Apple", "Google"; not an outlet: "Vox Media"), no given name: what a
 * product's name opens with.
 */
function brand(ctx: NameContext, word: string): boolean {
  const hit = thing(ctx, word);
  return hit?.source === 'known' && hit.type === 'organization';
}

/** A capitalised word with lower-case letters, however its capitals fall ("DuVernay", "D'Souza"); not "FC", "II". */
const CASED_WORD = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/**
 * Two or three cased words, no role or stop word, opening with a given name ("Kate DuBrene") or ending with the
 * surname of a person the knowledge base knows ("Ekon Tokayev"), no compass word or thing's name first.
 */
function titledPerson(run: Run, ctx: NameContext): boolean {
  const { words } = run;
  if (words.length < 2 || words.length > 3 || !words.every((w) => CASED_WORD.test(w))) return false;
  // "West Wing", "North West England": the name lists hold compass words.
  if (COMPASS.has(words[0].toLowerCase()) || words.some((w) => isRole(w) || isStopWord(w))) return false;
  if (thing(ctx, words[0])) return false;
  const last = nameKey(words[words.length - 1]);
  return givenName(ctx, words[0]) || ctx.kb?.personSurnames.has(last) === true;
}

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
  return ctx.kb ? lookupRemembered(ctx.kb, ctx.known, key) : null;
}

const placeIds = (ctx: NameContext, key: string) => (ctx.gazetteer ? (lookup(ctx.gazetteer, key) ?? []) : []);
/** Prepositions before a place ("in", "near"): a surname after one is a town of that name. */
const LOCATIVE = wordSet(LOCATIVE_PREPOSITIONS, ['to', 'into', 'of']);
const SURNAME_SHAPE = /^\p{Lu}\p{Ll}{2,}/u;

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
    // "his novel, Sharp Objects," names the work; "the book, Mitchell Zuckoff" (a given name first) and "the author
    // of the book, X" (the noun is the object of "of": X is the author) name a person in apposition; "agreed to play
    // Rose Lane" (after "to" the noun is a verb) names a part, a person.
    test: (run) =>
      WORKS.has(run.before) &&
      !run.beforeAfterTo &&
      !(run.apposed && (givenNameGender(run.words[0]) !== null || run.beforeAfterOf))
        ? 'work'
        : null,
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
    // A news outlet's name ends in a word such names end in: the entities engine lists it with the outlets.
    id: 'outlet-head',
    example: { text: 'He told the Pakistan Point News so.', name: 'Pakistan Point News', type: 'organization' },
    test: (run) => (run.words.length >= 2 && isOutletHead(run.words[run.words.length - 1]) ? 'organization' : null),
  },
  {
    id: 'organisation-head',
    example: { text: 'He is at Aberdeen Royal Infirmary.', name: 'Aberdeen Royal Infirmary', type: 'organization' },
    test: (run) => (run.words.length >= 2 && isOrgHead(run.words[run.words.length - 1]) ? 'organization' : null),
  },
  {
    // "employers such as Monsanto and AT&T": listed as organisations by the text itself, though no list knows them.
    id: 'listed-organisation',
    example: { text: 'Employers such as Monsanto opposed it.', name: 'Monsanto', type: 'organization' },
    test: (run, key, ctx) => (ctx.listedOrganisations.has(key) ? 'organization' : null),
  },
  {
    // A product: a model word after its name ("MacBook Pro"), or a company's name before it ("Google Stadia").
    id: 'product-name',
    example: { text: 'She bought a MacBook Pro and a Google Stadia.', name: 'MacBook Pro', type: 'work' },
    test: (run, key, ctx) => {
      const { words } = run;
      // "Paul Max", "Twitter Gary Lineker": a given name says a person is named.
      if (words.length < 2 || words.length > 3 || words.some((w) => givenNameGender(w) !== null)) return null;
      return isProductModelWord(words[words.length - 1].toLowerCase()) || brand(ctx, words[0]) ? 'work' : null;
    },
  },
  {
    // A place named in more than one word, even a small town ("Sioux Falls": "Sioux" is a given name too).
    id: 'gazetteer-name',
    example: { text: 'The Sioux Falls police came.', name: 'Sioux Falls', type: 'place' },
    test: (run, key, ctx) => (run.words.length > 1 && placeIds(ctx, key).length ? 'place' : null),
  },
  {
    // "Tyrise M. Bell": a middle initial between name words is how people's names are written.
    id: 'middle-initial',
    example: { text: 'Police shot Tyrise M. Bell on Monday.', name: 'Tyrise M. Bell', type: 'person' },
    test: (run) => {
      // The initial stands right before the surname: "Philip K. Dick Award" names a prize.
      const { words } = run;
      const edges = [words[0], words[words.length - 1]];
      return words.length > 2 && INITIAL.test(words[words.length - 2]) && !edges.some((w) => INITIAL.test(w)) &&
        nameShaped(words)
        ? 'person'
        : null;
    },
  },
  {
    id: 'given-name',
    example: { text: 'He met Owen Pakistan on Monday.', name: 'Owen Pakistan', type: 'person' },
    test: (run, key, ctx) => {
      // The knowledge base's list of given names where there is one, else the gendered list.
      const first = run.words[0].toLowerCase();
      const known = ctx.kb ? ctx.kb.givenNames.has(first) : givenNameGender(first) !== null;
      return known && nameShaped(run.words) && !COMPASS.has(first) ? 'person' : null;
    },
  },
  {
    // The gendered list (lib/lexicon/en/given-names.ts) holds words too ("Star", "Royal", "Coral"): weaker evidence.
    id: 'gendered-name',
    example: { text: 'He met Kenneth Pakistan on Monday.', name: 'Kenneth Pakistan', type: 'person' },
    test: (run) => {
      const first = run.words[0].toLowerCase();
      // "North India": the name lists hold a few compass words.
      return nameShaped(run.words) && !COMPASS.has(first) && givenNameGender(first) !== null ? 'person' : null;
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
    // "spokesman Berik Uali", "her lawyer Ann Ford": a lower-case role or honorific before a name no rule above typed.
    id: 'role-before',
    example: { text: 'His spokesman Berik Uali said so.', name: 'Berik Uali', type: 'person' },
    test: (run) => {
      // "writer-director Rian Johnson": the last part of a compound role.
      const role = run.before.slice(run.before.lastIndexOf('-') + 1);
      return nameShaped(run.words) && (isRole(role) || isHonorific(role)) ? 'person' : null;
    },
  },
  {
    // "his daughter Anna", "creative kid Griffin", "the rapper Drake": a noun for a person, not a title, right before a
    // name no rule above typed (a strong place or a known name answered first: "World Cup host Qatar").
    id: 'person-noun-before',
    example: { text: 'The coach praised his daughter Anna for it.', name: 'Anna', type: 'person' },
    test: (run, key, ctx) =>
      // "a supporter Kenosha police shot": after "a", a clause may follow the noun, the name its subject's modifier.
      PERSON_WORDS.has(run.before) &&
      !run.apposed &&
      !run.beforeAfterA &&
      writtenLikeAName(run, ctx) &&
      !ctx.lowerWords.has(key)
        ? 'person'
        : null,
  },
  {
    // "Rihanna, who was honoured …": one word that "who" takes up names a person (a singer, a player known by one
    // name), before the title list, which takes a one-word title for a thing or a body.
    id: 'who-after',
    example: { text: 'Rihanna spoke. Rihanna, who won, thanked them.', name: 'Rihanna', type: 'person' },
    // Not after "the": "the Stoics, who argue" are a school, "the Beatles, who" a band.
    test: (run, key, ctx) =>
      run.words.length === 1 && run.before !== 'the' && ctx.beforeWho.has(key) ? 'person' : null,
  },
  {
    // "said Ekon Tokayev", "Kate DuBrene said": a popular Wikipedia title of a person's form, with a given name first
    // or the surname of a person the knowledge base knows last, is a famous person, not a body; the
    // name lists miss many given names ("Ivanka", "Novak") and the name shape misses "DuVernay", "D'Souza".
    id: 'title-person',
    example: { text: 'The plan works, said Ekon Tokayev.', name: 'Ekon Tokayev', type: 'person' },
    test: (run, key, ctx) => (knownAs(ctx, key)?.source === 'title' && titledPerson(run, ctx) ? 'person' : null),
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
    // "Uali said" after "Berik Uali": a name shaped like a person's, whose last word is used alone (lib/names/index.ts
    // then types the full name as a person too).
    id: 'surname-alone',
    example: { text: 'Berik Uali came, and Uali said so.', name: 'Uali', type: 'person' },
    test: (run, key, ctx) => (run.words.length === 1 && ctx.shapedSurnames.has(key) ? 'person' : null),
  },
  {
    // "Obama declined", "an anonymous Bush holdover": the surname of a person the knowledge base knows, alone, is that
    // person rather than a small town so named (Obama, Japan; Bush, Egypt). Not after "in", "to", "of" or "near":
    // "police in Clinton" is the town.
    id: 'famous-surname',
    example: { text: 'Aides said Obama would not attend.', name: 'Obama', type: 'person' },
    test: (run, key, ctx) =>
      // Written as a surname is: an abbreviation ("IL", "MD") is not one, whatever person's name ends so.
      run.words.length === 1 &&
      SURNAME_SHAPE.test(run.words[0]) &&
      ctx.kb?.personSurnames.has(key) &&
      !LOCATIVE.has(run.before)
        ? 'person'
        : null,
  },
  {
    // "al-Shabab claimed the attack", "“…,” al-Maliki said": a word opened by a joined article ("al-", "el-") that is
    // no surname of a person the article names (the rules above) may be a body's name or a person's surname; the
    // well-known bodies are the knowledge base's (al-Qaeda, Al-Jazeera). Left unknown, not guessed (review34
    // finding 2: "al-Maliki said" showed an organisation).
    id: 'joined-article-alone',
    example: { text: 'Al-Shabab claimed the attack.', name: 'Al-Shabab', type: 'unknown' },
    test: (run) => (run.words.length === 1 && joinedArticle(run.words[0]) > 0 ? 'unknown' : null),
  },
  {
    id: 'town-word',
    example: { text: 'Zhanaozen came later.', name: 'Zhanaozen', type: 'unknown' },
    test: (run, key, ctx) => (placeIds(ctx, key).length ? 'unknown' : null),
  },
  {
    // Shaped like a person's name, with no evidence that it is one ("Regional Operations"): left unknown; the entities
    // engine lists it as a person only if the quotes engine hears it speak.
    id: 'name-shape',
    example: { text: 'Berik Uali came later.', name: 'Berik Uali', type: 'unknown' },
    test: (run, key, ctx) => (personShaped(run, ctx) ? 'unknown' : null),
  },
];
