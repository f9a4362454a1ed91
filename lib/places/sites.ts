// Sites and facilities: a capitalised name ending in a head noun that says what kind of built or laid-out place it
// is ("Rogers Arena", "Alder Hey Children's Hospital", "Royal Street"), or opening with one ("Boulevard Montmartre").
// No gazetteer lists them; the recogniser reads them from the name and the resolver places them at their town.
// The head nouns are lexicon lists (lib/lexicon/en/sites.ts); the exceptions below are this reader's own.
import { AnyCase, wordSet } from '../lexicon/build';
import {
  BUILDING_HEADS,
  DOTTED_STREET_HEADS,
  FEATURE_HEADS,
  INSTITUTION_HEADS,
  OPENING_FEATURE_HEADS,
  OPENING_OF_HEADS,
  OPENING_POST_HEADS,
  OPENING_STREET_HEADS,
  STREET_HEADS,
  TRANSPORT_HEADS,
  VENUE_HEADS,
  WORSHIP_HEADS,
} from '../lexicon/en/sites';

/** Head nouns closing a site's name, by kind (lib/lexicon/en/sites.ts). */
const HEADS: Record<Exclude<SiteKind, 'village' | 'border' | 'road'>, readonly string[]> = {
  street: STREET_HEADS,
  venue: VENUE_HEADS,
  institution: INSTITUTION_HEADS,
  worship: WORSHIP_HEADS,
  transport: TRANSPORT_HEADS,
  building: BUILDING_HEADS,
  feature: FEATURE_HEADS,
};

/**
 * 'village': a settlement the gazetteer lacks, named so by the words around it (settlements.ts); 'border': a border
 * named by its countries or states (borders.ts); 'road': a road named by its number (roads.ts).
 */
export type SiteKind =
  'street' | 'venue' | 'institution' | 'worship' | 'transport' | 'building' | 'feature' | 'road' | 'village' | 'border';

/** Short street heads written with a dot ("Victoria St."): the dot follows the token. */
const DOTTED_HEADS = wordSet(DOTTED_STREET_HEADS);

/** Words that cannot name a street before "St." ("the CEO of St. John's"). */
const ARTICLES = new Set(['of', 'the', 'and', 'a', 'an', 'at', 'in', 'on']);

/** Heads that open a street's name ("Boulevard Montmartre"). */
const OPENING_HEADS = wordSet(OPENING_STREET_HEADS);

/**
 * "Hall" and "House" end people's surnames (Stuart Hall) and seats of power (the White House), "Facility" the names
 * of firms and agencies: they make a site only after the words that name what the hall, house or facility is for.
 */
const HALL_OR_HOUSE = new Map<string, string[]>(
  Object.entries({
    hall: [
      'city',
      'town',
      'concert',
      'music',
      'festival',
      'memorial',
      'assembly',
      'county',
      'village',
      'union',
      'guild',
      'albert',
      'exhibition',
      'convention',
      'sports',
    ],
    house: [
      'parliament',
      'government',
      'opera',
      'state',
      'custom',
      'customs',
      'town',
      'meeting',
      'court',
      'guild',
      'power',
    ],
    // "Wende Correctional Facility", "Michoud Assembly Facility"; a facility named for no purpose is often a
    // company's or an agency's (and a county's jail facility is read as the county by gazetteer-based taggers).
    facility: ['correctional', 'detention', 'penal', 'assembly', 'launch', 'test', 'nuclear', 'enrichment'],
  }),
);

/** A "Center" or "Centre" of these is an organisation, not a building ("Pew Research Center"). */
// prettier-ignore
const ORGANISATION_CENTRES = new Set([
  'research', 'policy', 'studies', 'security', 'information', 'law', 'justice', 'rights', 'press', 'data', 'media',
  'development', 'documentation', 'resource', 'resources', 'strategic', 'analysis', 'training', 'coordination',
  'command', 'operations', 'intelligence', 'monitoring', 'forecast', 'prediction', 'hurricane',
]);

/** A "Gallery" of these is a page of pictures, no building. */
const MEDIA_GALLERIES = new Set([
  'photo',
  'photos',
  'image',
  'images',
  'video',
  'videos',
  'picture',
  'pictures',
  'media',
]);

/** A church of a denomination, a station in orbit: the name is an institution or no place on the ground. */
// prettier-ignore
const NOT_GROUNDED = new Set([
  'catholic', 'orthodox', 'anglican', 'methodist', 'baptist', 'lutheran', 'presbyterian', 'episcopal', 'evangelical',
  'protestant', 'coptic', 'mormon', 'christian', 'roman', 'reformed', 'pentecostal',
]);

/** "the International Space Station": in orbit ("Kennedy Space Center", "Stennis Space Center" are on the ground). */
const IN_ORBIT = /\bspace\s+station$/i;

/** Streets whose names stand for an industry or a government in news ("Wall Street darling", "Downing Street said"). */
// prettier-ignore
const METONYMIC_STREETS = new Set([
  'wall street', 'downing street', 'fleet street', 'madison avenue', 'pennsylvania avenue', 'threadneedle street',
  'whitehall',
  // India's stock exchange ("Dalal Street rallied"); not Main, K or Bay Street, real streets of many towns
  'dalal street',
]);

/** Titles before a name make the run a person ("President Park"). */
// prettier-ignore
const TITLES = new Set([
  'president', 'mr', 'mrs', 'ms', 'dr', 'sen', 'gov', 'rep', 'king', 'queen', 'prince', 'princess', 'lord', 'lady',
  'sir', 'pope', 'minister', 'mayor', 'judge', 'general', 'gen', 'coach',
]);

const HEAD_KIND = new Map<string, SiteKind>();
for (const [kind, words] of Object.entries(HEADS) as [SiteKind, readonly string[]][])
  for (const w of words) HEAD_KIND.set(w, kind);

/**
 * The kind of site a head word names, if it is one here (`writtenBefore`: the word before it, as written; `dotted`:
 * a dot follows). The word before is put in lower case only for the few heads whose reading depends on it.
 */
export function headKind(word: string, writtenBefore: string | undefined, dotted: boolean): SiteKind | undefined {
  // Most words asked are no head: turned away with no lower-case copy of them made.
  if (!HEAD_WORD.has(word)) return undefined;
  const w = word.toLowerCase();
  const before = () => writtenBefore?.toLowerCase();
  if (DOTTED_HEADS.has(w)) {
    const b = before();
    return dotted && b !== undefined && !ARTICLES.has(b) ? 'street' : undefined;
  }
  const purposes = HALL_OR_HOUSE.get(w);
  if (purposes) {
    const b = before();
    if (b === undefined || !purposes.includes(b)) return undefined;
    return w === 'facility' ? 'institution' : 'building';
  }
  // "Photo Gallery", "Video Gallery": a web page's set of pictures.
  if (w === 'gallery' && writtenBefore !== undefined && MEDIA_GALLERIES.has(before()!)) return undefined;
  const centre = w === 'center' || w === 'centre';
  if (centre && writtenBefore !== undefined && ORGANISATION_CENTRES.has(before()!)) return undefined;
  return HEAD_KIND.get(w);
}

/** Every word headKind reads on (each of its answers but undefined needs one of them). */
const HEAD_WORD = new AnyCase(new Set([...DOTTED_HEADS, ...HALL_OR_HOUSE.keys(), ...HEAD_KIND.keys()]));

const OPENING_OF = wordSet(OPENING_OF_HEADS);

/** "Palace of Westminster", "Houses of Parliament": the kind of a building whose head opens its name before "of". */
export function opensBuildingOf(word: string): SiteKind | undefined {
  const w = word.toLowerCase();
  if (!OPENING_OF.has(w)) return undefined;
  return HEAD_KIND.get(w) ?? 'building';
}

// Asked of capitalised words: in any case, with no lower-case copy (AnyCase).
const OPENING_HEAD = new AnyCase(OPENING_HEADS);
export function opensStreet(word: string): boolean {
  return OPENING_HEAD.has(word);
}

const OPENING_FEATURES = new AnyCase(wordSet(OPENING_FEATURE_HEADS));

const OPENING_POSTS = new AnyCase(wordSet(OPENING_POST_HEADS));

/** "Fort Benning": a military post's head before its name. */
export function opensPost(word: string): boolean {
  return OPENING_POSTS.has(word);
}

/** "Lake Cumberland", "Mount Kenya": a feature's head before its name. */
export function opensFeature(word: string): boolean {
  return OPENING_FEATURES.has(word);
}

/** The words before the head do not name one grounded place ("Catholic Church", "President Park", "Wall Street"). */
export function notASite(nameWords: string[], whole: string): boolean {
  const words = nameWords.map((w) => w.toLowerCase().replace(/['’]s?$/, ''));
  if (words.length === 0 || TITLES.has(words[0])) return true;
  if (METONYMIC_STREETS.has(whole.toLowerCase())) return true;
  // "the military-industrial complex", "the Prison Industrial Complex": a system of interests, no buildings.
  if (/\bindustrial complex$/i.test(whole) || IN_ORBIT.test(whole)) return true;
  return words.some((w) => NOT_GROUNDED.has(w));
}

/** Place words inside a building's or venue's name say where it is ("Ohio Statehouse"); in a street's they do not. */
export function namedForItsPlace(kind: SiteKind): boolean {
  return kind !== 'street' && kind !== 'feature';
}
