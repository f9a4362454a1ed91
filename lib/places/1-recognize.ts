// Stage 1 of the places engine: place-name candidates, capitalised runs matched against the gazetteer, with vetoes
// for names that are not places here (outlets, organisations, people, demonyms, common words), and sites.
import { WORK_NOUNS } from '../lexicon/en/works';
import { ORDINAL_WORDS } from '../lexicon/en/function-words';
import { isGivenName } from '../names/gender';
import {
  entry,
  foreignFormOfAlias,
  kindOf,
  lookup,
  ownsItsName,
  readingIndex,
  type GazetteerEntry,
  type PlaceIndex,
} from './gazetteer';
import {
  clubOrActor,
  located,
  metonymic,
  namesAClub,
  seatOfPower,
  shareMetonymy,
  townSaid,
  unionActing,
} from './metonymy';
import { PARTY_STATE, partyState, regionAfterTown } from './postal';
import { splitHyphens } from './hyphens';
import { joinedFirm } from './joined-names';
import { describes, settlementsIn } from './settlements';
import { namedSitesIn } from './named-sites';
import { listedVenuesIn } from './listed-venues';
import { bordersIn } from './borders';
import { joinedFeaturesIn, withJoinedFeatures } from './joined-features';
import { endsWithOf } from './window-ends';
import { roadsIn } from './roads';
import { streetPairsIn } from './street-pairs';
import { lowerCaseWords, tokenize, type Token } from '../text/tokens';
import { AnyCase, alternation, capitalise, wordSet } from '../lexicon/build';
import {
  DEGREES_LIKE_STATE_CODES,
  HONORIFICS,
  NAME_ABBREVIATIONS,
  OFFICE_ABBREVIATIONS,
  PLACE_NAME_ABBREVIATIONS,
} from '../lexicon/en/address';
import { HOLIDAYS, MONTH_ABBREVIATIONS, MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS } from '../lexicon/en/calendar';
import { LEGAL_FORMS, ORGANISATION_HEADS } from '../lexicon/en/organisations';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SHARED_GIVEN_NAMES } from '../lexicon/en/given-names';
import { LEADERSHIP_ROLES, OCCUPATIONS, OFFICES, PROFESSIONS, ROYAL_AND_RELIGIOUS_TITLES } from '../lexicon/en/roles';
import { IRREGULAR_PASTS, STATEMENT_VERBS } from '../lexicon/en/speech';
import { EVENTS_NAMED_FOR_THEIR_TOWN, SITING_PREPOSITIONS } from '../lexicon/en/events';
import { VERB_ENDINGS } from '../lexicon/en/word-endings';
import {
  headKind,
  namedForItsPlace,
  notASite,
  opensBuildingOf,
  opensFeature,
  opensPost,
  opensStreet,
  type SiteKind,
} from './sites';
import {
  DENOMINATION_NAMES,
  FEATURE_HEADS_ALSO_SURNAMES,
  HEADS_WRITTEN_LOWER,
  OPENING_OF_HEADS_NEEDING_A_PLACE,
} from '../lexicon/en/sites';
import { lastStartingBy } from '../text/spans';
import { inDateline, type Range } from '../text/datelines';
import {
  COMPASS_ADJECTIVES,
  COMPASS_POINTS,
  LAND_AFTER_DEMONYM,
  TOWN_FOLK_AFTER,
  TOWN_PARTS,
} from '../lexicon/en/place-words';
import { NUMBER_WORDS } from '../lexicon/en/clause-words';
import { copyCandidate, spanCandidate } from './span-candidate';
import { countyOfListed } from './2-candidates';

export type Veto = 'embedded' | 'name-part' | 'demonym' | 'common-word' | 'metonymy' | 'weak' | 'work';

export interface Candidate {
  /** Lower-case gazetteer key. */
  key: string;
  start: number;
  end: number;
  ids: number[];
  veto?: Veto;
  /** Text right after the name (for ", Mangystau" hierarchy and "said" metonymy). */
  after: string;
  before: string;
  /** A site or facility ("Rogers Arena"): no gazetteer ids; placed at its town by the resolver. */
  site?: Site;
  /** Named like a person of the story (see recognizeNames): that person again, not the place; never reported. */
  person?: boolean;
  /** The town a dateline names, here or anywhere in the story ("ROSWELL -"): it has earned its name as a place. */
  filed?: boolean;
  /**
   * A lawmaker's state after the party's letter ("Rep. Brian Babin (R-TX)"): named, but the seat says nothing of where
   * the story is, so it casts no vote for the towns of its state or country (stage 3).
   */
  seat?: boolean;
}

export interface Site {
  kind: SiteKind;
  /** What a reader is shown when the span alone says too little ("State Street" for "State and Hubbard streets"). */
  shown?: string;
  /** A place named inside a building's name, where it is ("Ohio" in "Ohio Statehouse"). */
  inner?: Candidate;
  /** A venue of a list of dates (listed-venues.ts): its entry names its town; a team the names table reads is none. */
  listed?: boolean;
}

/** Lower-case words that may sit inside a name ("Gulf of Mexico", "Observatory for Human Rights"). */
const CONNECTORS = new Set(['of', 'for', 'de', 'del', 'da', 'do', 'la', 'le', 'du', 'al', 'el', 'upon', 'the']);
/**
 * "Braunau am Inn", "Frankfurt am Main": German "am" inside a town's name. Elsewhere "am" is the everyday preposition
 * ("in Hamburg am Sonntag", "in Köln am Hauptbahnhof"), so it joins only a name the gazetteer holds whole.
 */
const connects = (word: Token, before: Token, after: Token, named: (key: string) => boolean): boolean =>
  CONNECTORS.has(word.text) || (word.text === 'am' && named(`${before.text} am ${after.text}`.toLowerCase()));
/** Capitalised words that may follow a place name without making it another kind of name. */
// prettier-ignore
const GEO_SUFFIXES = new Set([
  'region', 'province', 'oblast', 'county', 'district', 'state', 'city', 'island', 'islands', 'valley', 'mountains',
  'river', 'strip', 'peninsula',
]);
/** Compass words that narrow a place without naming something else ("Northeast Georgia", "Central Texas"). */
const DIRECTIONS = new Set([...COMPASS_POINTS, ...COMPASS_ADJECTIVES, 'upstate', 'downstate']);
/** "Downtown Tampa": the part of the town before its name (the span stays the town's). */
const PARTS_OF_TOWN = new Set(TOWN_PARTS);
/** Words that open sentences and headings; never part of a name. */
// prettier-ignore
const FUNCTION_WORDS = new Set([
  'the', 'in', 'at', 'on', 'from', 'for', 'to', 'and', 'but', 'or', 'as', 'after', 'before', 'while', 'when', 'if', 'a',
  'an', 'this', 'that', 'with', 'by', 'of', 'near', 'across', 'inside', 'outside', 'since', 'during', 'like', 'unlike',
  'both',
]);
/** Abbreviations and titles that GeoNames also lists as towns (Inc, Mt). */
const NOT_NAMES = wordSet(LEGAL_FORMS.slice(0, 6), NAME_ABBREVIATIONS, ['mt'], HONORIFICS, OFFICE_ABBREVIATIONS, [
  'gen',
  'col',
  'capt',
  'sgt',
]);
/** Capitalised at a sentence start, and also the names of a few villages. */
// prettier-ignore
const DETERMINERS = new Set([
  'many', 'some', 'all', 'most', 'more', 'other', 'such', 'every', 'each', 'no', 'not', 'only', 'also', 'then', 'there',
  'here', 'what', 'who', 'how', 'why', 'where', 'it', 'we', 'they', 'he', 'she', 'you', 'i',
]);
/** Quantities that open a sentence ("Much of Mexico's crop"); mid-sentence "Much" is the village near Cologne. */
const OPENING_QUANTITIES = new Set([...DETERMINERS, 'much']);
/** Calendar words that are also towns (March, Cambridgeshire; May, Oklahoma). */
const CALENDAR = wordSet(MONTHS, WEEKDAYS, HOLIDAYS, MONTH_ABBREVIATIONS, WEEKDAY_ABBREVIATIONS);
const WEEKDAY_SET = wordSet(WEEKDAYS);
// The sets above asked of a token as written, in any case (AnyCase: no lower-case copy of each token asked).
const CONNECTOR = new AnyCase(CONNECTORS);
const GEO_SUFFIX = new AnyCase(GEO_SUFFIXES);
const DIRECTION = new AnyCase(DIRECTIONS);
const PART_OF_TOWN = new AnyCase(PARTS_OF_TOWN);
const FUNCTION_WORD = new AnyCase(FUNCTION_WORDS);
const WEEKDAY = new AnyCase(WEEKDAY_SET);
/** "Richardson, via USA Today, said": the channel the words came through, set off by commas before the verb. */
const VIA_ASIDE = '(?:,\\s+via\\s+[^,.;]{1,40},)?';
const SPEECH_AFTER = new RegExp(
  `^['’]?s?${VIA_ASIDE}\\s+(?:has\\s+|had\\s+|have\\s+)?(?:${alternation(STATEMENT_VERBS)})\\b`,
);
const POSSESSIVE = /['’]s?$/;
/**
 * `s` without a possessive ending ("Texas'", "Jones’s"), as `s.replace(POSSESSIVE, '')` gives it: only the last two
 * characters can hold one, and most words have none, so those are read first (the pattern is tried at each one).
 */
function withoutPossessive(s: string): string {
  const last = s.charCodeAt(s.length - 1);
  const mark = last === 115 ? s.charCodeAt(s.length - 2) : last; // 115: "s"
  return mark === 39 || mark === 0x2019 ? s.replace(POSSESSIVE, '') : s;
}
/** Languages that are no country's demonym but name villages (English, Indiana): "translated into English". */
// prettier-ignore
const LANGUAGES = new Set([
  'english', 'latin', 'arabic', 'hebrew', 'mandarin', 'cantonese', 'swahili', 'sanskrit', 'esperanto', 'yiddish',
  'gaelic',
]);
/** Earth, Texas and Mars, Pennsylvania exist; in news "the Earth" is the planet. */
const CELESTIAL = new Set(['earth', 'moon', 'mars', 'venus', 'jupiter', 'saturn', 'mercury', 'pluto', 'heaven']);
// A person's role after the name: "Liu He, China's top trade negotiator", "Bush, the former president".
const PERSON_ROLES = [...OFFICES, ...ROYAL_AND_RELIGIOUS_TITLES, ...LEADERSHIP_ROLES, ...OCCUPATIONS, ...PROFESSIONS];
/** Who the role belongs to: a possessive name ("China's") or a determiner ("the", "his"). */
const ROLE_OWNER = "(?:\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?['’]s\\s+|(?:a|an|the|his|her|their)\\s+)";
const ROLE_APPOSITION = new RegExp(
  `^,\\s+${ROLE_OWNER}(?:[\\p{L}-]+\\s+){0,3}?(?:${alternation(PERSON_ROLES)})\\b`,
  'u',
);

// Built once: under tsx (esbuild, node20 target) a `\p{…}` literal inside a function is a new RegExp on every call.
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;
const TOWN_NAMED_AFTER = /^\s+(?:in|of)\s+\p{Lu}/u;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const CAPITAL_THEN_LOWER = /^\p{Lu}\p{Ll}/u;
/** Initials between a given name and the next word ("Gino D. Bassett"). */
const INITIALS_GAP = /^(?:\.?\s\p{Lu}?)*\.?\s$/u;
const OPENS_CAPITAL = /^\p{Lu}/u;
const SINGLE_LETTER = /^\p{L}$/u;
const WORD_NEXT = /^\s+\p{L}/u;
const ENDS_LOWER = /\p{Ll}$/u;

function key(tokens: Token[], text: string, i: number, j: number): string {
  return withoutPossessive(text.slice(tokens[i].start, tokens[j].end)).toLowerCase();
}

/** All capitals, two letters or more ("LONDON", "ST"): how datelines are set. (Exported for its unit test.) */
export function shouted(t: Token): boolean {
  // Most words have a lower-case ASCII letter second ("London"): not in capitals, told without an upper-case copy.
  const second = t.text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return t.text.length >= 2 && t.text === t.text.toUpperCase() && TWO_CAPITALS.test(t.text);
}

/** First word of the text or of a paragraph (a dateline's position). */
function opensParagraph(t: Token, text: string): boolean {
  return (
    t.start === 0 ||
    /\n\s*$/.test(text.slice(Math.max(0, t.start - 4), t.start)) ||
    /^\s*$/.test(text.slice(0, t.start))
  );
}

/** Name-opening abbreviations whose dot stays inside the name ("St. Louis", "Mt. Pleasant", "Ft. Worth"). */
const DOTTED = new Set(PLACE_NAME_ABBREVIATIONS);
const DOTTED_CAPITALS = new Set(PLACE_NAME_ABBREVIATIONS.map((a) => a.toUpperCase()));

/**
 * `word` and `next` are one name's words: one space between them, or an abbreviation's point and a space. (Exported
 * for its unit test.)
 */
export function joins(word: Token, text: string, next: Token): boolean {
  // Read by character code, not from a copy of the gap: this runs for every pair of capitalised words.
  const gap = next.start - word.end;
  if (gap === 1) return text.charCodeAt(word.end) === SPACE;
  if (gap !== 2 || text.charCodeAt(word.end) !== FULL_STOP || text.charCodeAt(word.end + 1) !== SPACE) return false;
  // In capitals ("ST. LOUIS –") only before a word in capitals: "to the FT. Berlin, he said" ends a sentence.
  return DOTTED.has(word.text) || (DOTTED_CAPITALS.has(word.text) && shouted(next));
}
const [SPACE, FULL_STOP] = [32, 46];

/** The word ends in a possessive ("Texas'", "Jones’s"), as POSSESSIVE reads its last two characters. (Exported for
 * its unit test.) */
export function possessive(word: string): boolean {
  const last = word.charCodeAt(word.length - 1);
  const mark = last === 115 ? word.charCodeAt(word.length - 2) : last; // 115: "s"
  return mark === 39 || mark === 0x2019;
}

/** Maximal runs of capitalised words joined by single spaces (or connectors between capitals). */
function runs(tokens: Token[], text: string, named: (key: string) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].upper) {
      i++;
      continue;
    }
    let j = i;
    const dateline = shouted(tokens[i]) && opensParagraph(tokens[i], text);
    while (j + 1 < tokens.length && joins(tokens[j], text, tokens[j + 1]) && !possessive(tokens[j].text)) {
      const next = tokens[j + 1];
      // "SAN ANTONIO Turner Sports analyst …": a paragraph's opening capitals end where lower case resumes.
      if (dateline && !shouted(next)) break;
      // "Associated Press WASHINGTON (AP) —": a byline's words end where a dateline in capitals begins.
      if (!shouted(tokens[j]) && shouted(next) && datelineFrom(tokens, j + 1, text)) break;
      if (next.upper) {
        j++;
        continue;
      }
      const after = tokens[j + 2];
      if (after?.upper && text.slice(next.end, after.start) === ' ' && connects(next, tokens[j], after, named)) {
        j += 2;
        continue;
      }
      break;
    }
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}

/** The capitals from token `k` on ("NEW YORK") are followed by a dateline's tail ("(AP) —", ", Tenn. --"). */
function datelineFrom(tokens: Token[], k: number, text: string): boolean {
  let e = k;
  while (e + 1 < tokens.length && shouted(tokens[e + 1]) && text.slice(tokens[e].end, tokens[e + 1].start) === ' ') e++;
  return tokens[e].end - tokens[k].start >= 3 && DATELINE_TAIL.test(text.slice(tokens[e].end, tokens[e].end + 90));
}

/** What stage 1 hands on: place names (in text order) and sites, apart. */
export interface Recognized {
  names: Candidate[];
  sites: Candidate[];
}

/** The story's people, from the name table (lib/names peopleOf). */
export interface StoryPeople {
  /** Lower-case words of their names ("kaplan" from "Stuart R. Kaplan"). */
  words: ReadonlySet<string>;
  /** Where the text names them, in text order ("Elizabeth Warren"). */
  spans: readonly { start: number; end: number }[];
  /** Where the names table read a team or a work, in text order ("Nottingham Forest"): no site is read there. */
  things?: readonly { start: number; end: number }[];
  /**
   * Where the names table read a team: a list of dates' venue is read whatever the table says of its words (a sponsor's
   * "Toyota Music Factory" is typed a product), but a team is an opponent ("Aug. 9 -- Dallas Cowboys, Arlington, TX").
   */
  teams?: readonly { start: number; end: number }[];
  /** Where the text names a person with two words or more, however the names table typed them ("Kevin Warren"). */
  fullNames?: readonly { start: number; end: number }[];
}

export const NO_PEOPLE: StoryPeople = { words: new Set(), spans: [] };

/** Inside a person's name as written ("Warren" of "Elizabeth Warren"). */
function insideAName(c: Candidate, spans: StoryPeople['spans']): boolean {
  const i = lastStartingBy(spans, c.start);
  return i >= 0 && c.end <= spans[i].end;
}

/**
 * Stage 1. `people`: a name inside a person's name is part of it, whatever the place ("Elizabeth Warren"); a town
 * named like one of the people elsewhere (Kaplan, Louisiana) is that person again, while countries, regions and big
 * cities keep their claim. Such a name still tells the later stages where the story is; it is only never reported.
 */
export function recognizeNames(
  layer: { text: string; tokens?: Token[]; dateline?: Range | null },
  gazetteer: PlaceIndex,
  people: StoryPeople,
): Recognized {
  const all = recognize(layer.text, gazetteer, layer.tokens);
  const filed = filedTowns(all, layer.text, layer.dateline ?? null, gazetteer);
  for (const c of all) {
    if (insideAName(c, people.spans) || namedLikeAPerson(c, people, gazetteer)) c.person = true;
    if (!filed.has(c.key) || insideALongerName(c, people.fullNames ?? people.spans, layer.text)) continue;
    c.person = false;
    c.filed = true;
    // "Clinton couple faces drug counts. CLINTON —": the headline's opening word is the dateline's town.
    if (c.veto === 'weak' && SENTENCE_OPENING.test(c.before)) c.veto = undefined;
  }
  dropDegrees(all);
  const things = people.things ?? [];
  return {
    names: all.filter((c) => !c.site),
    sites: all.filter((c) => c.site && !insideAName(c, c.site.listed ? (people.teams ?? []) : things)),
  };
}

/** ", MD" right after a name: the letters (group 1), if they are a degree's as well as a state's. */
const DEGREE_AFTER = new RegExp(`^,[ \\t]*(${DEGREES_LIKE_STATE_CODES.map((d) => d.toUpperCase()).join('|')})\\b`);

/**
 * "Katie Allen, MD, PhD": a town inside a person's name is that person (recognizeNames), so the state code after it
 * (addPostalRegions) is the person's degree, not a state of the story.
 */
function dropDegrees(cands: Candidate[]): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i];
    const degree = c.person && !c.filed && DEGREE_AFTER.exec(c.after);
    if (!degree) continue;
    const code = cands[i + 1];
    if (code.start === c.end + degree[0].length - 2) code.veto = 'name-part';
  }
}

/**
 * "ROSWELL - A man Roswell police say …", "CLINTON, Iowa (AP) —": the town a dateline names (the layer's dateline,
 * or capitals and a dateline's dash after a headline) is a place wherever the story writes it, though the names table
 * reads the lone word as a person; a person of the story who bears the name in full ("Hillary Clinton") keeps hers.
 */
function filedTowns(cands: Candidate[], text: string, dateline: Range | null, index: PlaceIndex): Set<string> {
  const out = new Set<string>();
  for (const c of cands) {
    if (c.site || (c.veto && c.veto !== 'weak') || !c.ids.some((id) => entry(index, id).code.startsWith('PPL')))
      continue;
    if (inDateline(dateline, c) || filedFrom(text.slice(c.start, c.end), c.after)) out.add(c.key);
  }
  return out;
}

/** Inside a person's name of two words or more ("Hillary Clinton"), here or anywhere in the text with this word. */
function insideALongerName(c: Candidate, spans: StoryPeople['spans'], text: string): boolean {
  return spans.some((s) => {
    const name = text.slice(s.start, s.end).toLowerCase();
    return name.includes(' ') && name.split(/\s+/).includes(c.key);
  });
}

/**
 * A small town named like one of the people, except where it is where someone is or comes from ("found in Laurel",
 * "from Laurel"; not "at Franklin", a school, nor "in Smith's honor").
 */
function namedLikeAPerson(c: Candidate, people: StoryPeople, index: PlaceIndex): boolean {
  if (!people.words.has(c.key) || c.ids.some((id) => strong(index, id))) return false;
  return !(/\b(?:in|from|near)\s+$/.test(c.before) && !/^['’]/.test(c.after));
}

/** Appends `items` to `out` one by one: a spread push (out.push(...items)) goes through a generic varargs call (V8). */
function pushAll(out: Candidate[], items: Candidate[]): void {
  for (let k = 0; k < items.length; k++) out.push(items[k]);
}

/** `words`: the text's tokens when the text layer has them (lib/text), else read here. */
export function recognize(text: string, gazetteer: PlaceIndex, words: Token[] = tokenize(text)): Candidate[] {
  const index = readingIndex(gazetteer);
  const tokens = splitHyphens(words, (k, word) => lookup(index, k) !== undefined || oneName(word, index));
  const lower = lowerCaseWords(tokens);
  const out: Candidate[] = [];
  const nameWords = surnames(tokens, text);
  const all = runs(tokens, text, (k) => lookup(index, k) !== undefined);
  const villages = [
    ...namedSitesIn(all, tokens, text, index),
    ...settlementsIn(all, tokens, text, { index, lower, nameWords: new Set(nameWords), notNames }),
  ];
  for (let r = 0; r < all.length; r++) {
    const [first, j] = all[r];
    let i = first;
    // A sentence's first word(s) are capitalised anyway: drop function words and known lower-case words.
    while (i <= j && droppedOpening(tokens, text, i, j, index, lower)) i++;
    if (i > j) continue;
    // "@ The Forum": a capital "The" inside a sentence belongs to a site's name.
    const from = i === first + 1 && tokens[first].text === 'The' && !tokens[first].sentenceStart ? first : i;
    // "(Formerly Verizon Amphitheatre)": an old name of a place just named.
    if (
      formerName(text, tokens[first].start - 14, tokens[first].start) ||
      formerName(text, tokens[first].start - 2, tokens[first].end)
    )
      continue;
    // "Bosnia and Herzegovina", "Trinidad and Tobago": one place whose name holds "and".
    const andEnd = andJoined(all, r, tokens, text, i, index);
    if (andEnd > 0) {
      pushAll(out, matchRun(tokens, text, i, all[r + 1][1], index, lower, nameWords));
      r++;
      continue;
    }
    // "Charlotte Smith of North Carolina": a person and where they are from, not one name.
    const of = personOfPlace(tokens, i, j, text);
    if (of > 0) {
      for (let k = i; k < of; k++) nameWords.add(withoutPossessive(tokens[k].text).toLowerCase());
      pushAll(out, matchRun(tokens, text, of + 1, j, index, lower, nameWords));
      continue;
    }
    const joined = joinedSite(all, r, tokens, text, from, index, lower);
    if (joined) {
      out.push(joined.site.candidate);
      r = joined.run;
      const end = all[r][1];
      const rest = joined.site.last + 1;
      if (rest <= end) pushAll(out, matchRun(tokens, text, rest, end, index, lower, nameWords));
      continue;
    }
    const site = siteIn(tokens, text, from, j, index, lower) ?? lowerHeadSite(tokens, text, i, j, index, lower);
    if (!site) {
      pushAll(out, matchRun(tokens, text, i, j, index, lower, nameWords));
      continue;
    }
    out.push(site.candidate);
    if (site.last < j) pushAll(out, matchRun(tokens, text, site.last + 1, j, index, lower, nameWords));
  }
  withVillages(out, villages);
  withListedVenues(out, listedVenuesIn(text));
  // A border's countries stay places of their own: its span is added beside theirs.
  pushAll(out, bordersIn(text, index));
  // A feature named by the places it joins holds them as parts of its name ("the Baghdad-Damascus highway").
  withJoinedFeatures(out, joinedFeaturesIn(text, index));
  addRoads(out, [...roadsIn(words, text), ...streetPairsIn(words, text)], gazetteer);
  mergeCommaNames(out, text, index);
  mergePossessiveNames(out, text, index);
  addPostalRegions(out, text, index);
  addPartyStates(out, text, words, index);
  shareMetonymy(out, text, (c) => !c.site && c.ids.some((id) => strong(index, id)));
  clubTowns(out, index);
  // "Casey Mittelstadt … Mittelstadt scored": a word first seen inside a longer non-place name
  // (a person, a team, a company) is that name again when it stands alone.
  // Countries and regions keep their claim ("Sudan People's Liberation Army" does not unmake Sudan).
  for (const c of out) {
    if (c.veto || c.site || c.key.includes(' ') || !nameWords.has(c.key) || TOWN_PREPOSITION.test(c.before)) continue;
    if (!c.ids.some((id) => strong(index, id))) c.veto = 'name-part';
  }
  namedElsewhere(out, index);
  secondPlaceOfBody(out, text);
  addListedCounties(out, tokens, text, index);
  return out;
}

/**
 * "Dakota, Otoe and Washington counties": a name of a county list the gazetteer has no row for alone ("Otoe") becomes
 * a candidate with the county's rows, so stage 2 reads it with the rest of the list (countyInList).
 */
function addListedCounties(out: Candidate[], tokens: Token[], text: string, index: PlaceIndex): void {
  // The pattern's words stand in the text or no window of it matches: most stories name no county list.
  if (!text.includes('counties') && !text.includes('parishes')) return;
  for (const t of tokens) {
    if (!t.upper || !/\b(?:counties|parishes)\b/.test(text.slice(t.end, t.end + 60))) continue;
    if (out.some((c) => c.start < t.end && c.end > t.start)) continue;
    const key = t.text.toLowerCase();
    const ids = countyOfListed(key, text.slice(t.end, t.end + 60), index);
    if (!ids) continue;
    const at = out.findIndex((c) => c.start > t.start);
    out.splice(at < 0 ? out.length : at, 0, spanCandidate(text, t.start, t.end, key, ids));
  }
}

/**
 * "Swanton is about 20 miles west of Toledo", "Shiloh ponders change": a small town opening a sentence is read as a
 * surname or a capitalised word ('weak'), unless the story writes it elsewhere as a place (writtenAsPlace): then the
 * opening word is that town again. Not a name only written again mid-sentence ("Mason, Devon and the driver … Mason's
 * father").
 */
/**
 * "the Port Authority of New York and New Jersey": a body's name naming two places after "of" holds the second as
 * it holds the first.
 */
function secondPlaceOfBody(cands: Candidate[], text: string): void {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  for (let n = 1; n < sorted.length; n++) {
    const [first, second] = [sorted[n - 1], sorted[n]];
    if (second.veto || first.veto !== 'embedded' || !OF_BEFORE.test(first.before)) continue;
    if (AND_BETWEEN.test(text.slice(first.end, second.start))) second.veto = 'embedded';
  }
}
const OF_BEFORE = /\p{Lu}[\p{L}.'’-]*\s+of\s+(?:the\s+)?$/u;
const AND_BETWEEN = /^\s+(?:and|&)\s+(?:the\s+)?$/;

function namedElsewhere(cands: Candidate[], index: PlaceIndex): void {
  const accepted = new Set(
    cands.filter((c, i) => !c.veto && !c.site && writtenAsPlace(c, cands[i + 1], index)).map((c) => c.key),
  );
  for (const c of cands)
    if (c.veto === 'weak' && accepted.has(c.key) && SENTENCE_OPENING.test(c.before)) c.veto = undefined;
}

/**
 * The text opens or the sentence before ends on a word or a number ("performed. Swanton is", "life. RICHLAND"), not on
 * an initial or a title ("John D. Laurel", "Dr. Laurel"): the tokens mark both as a sentence's start.
 */
const SENTENCE_OPENING = /(?:^|[\p{Ll}\d)”"’]{2}[.!?]["”’)]?\s+["“‘]?)$/u;

/** "west of Richland": a compass point and "of" before a town. */
const COMPASS_OF = new RegExp(`\\b(?:${alternation(COMPASS_POINTS)})\\s+of\\s+$`, 'i');

/**
 * A town written where a place is: after a preposition of place or a compass point ("in Swanton", "west of Richland"),
 * before its state or country ("of Swanton, Ohio", "Swanton, OH") or before its people or police ("Hopkinton police").
 */
function writtenAsPlace(c: Candidate, next: Candidate | undefined, index: PlaceIndex): boolean {
  if (TOWN_PREPOSITION.test(c.before) || COMPASS_OF.test(c.before) || townFolk(c) || regionAfterTown(c.after))
    return true;
  return (
    next !== undefined &&
    /^,\s$/.test(c.after.slice(0, next.start - c.end)) &&
    next.ids.some((id) => /^(?:ADM1|PCL)/.test(entry(index, id).code))
  );
}

/**
 * A town the story names as a club once ("Liverpool manager Jürgen Klopp") is the club wherever nothing says it is the
 * place ("Liverpool have gained popularity", "cost Liverpool £44 million"); "in Liverpool", "Liverpool's mayor", "the
 * streets of Liverpool", "flooding hit Liverpool" stay the town.
 */
function clubTowns(cands: Candidate[], index: PlaceIndex): void {
  const town = (c: Candidate) => !c.site && c.ids.every((id) => entry(index, id).code.startsWith('PPL'));
  const clubs = new Set(cands.filter((c) => town(c) && namesAClub(c.before, c.after)).map((c) => c.key));
  for (const c of cands)
    if (
      !c.veto &&
      clubs.has(c.key) &&
      town(c) &&
      !located(c.before) &&
      !/\bto\s+$/.test(c.before) &&
      !townSaid(c.before, c.after)
    )
      c.veto = c.ids.some((id) => strong(index, id)) ? 'metonymy' : 'name-part';
}

/**
 * A word opening a sentence that begins a longer place or feature name ("New York", "Port Arthur", "Lake Manassas"):
 * its lower-case use elsewhere ("a new plan", "the lake") does not make it a plain word here.
 */
function opensLongerName(tokens: Token[], text: string, i: number, j: number, index: PlaceIndex): boolean {
  if (i >= j) return false;
  return opensFeature(tokens[i].text) || lookup(index, key(tokens, text, i, i + 1)) !== undefined;
}

/** A run's first word that is no part of a name: a function word, or a known lower-case word opening a sentence. */
function droppedOpening(
  tokens: Token[],
  text: string,
  i: number,
  j: number,
  index: PlaceIndex,
  lower: Set<string>,
): boolean {
  if (FUNCTION_WORD.has(tokens[i].text)) return true;
  if (!tokens[i].sentenceStart) return false;
  // One lower-case copy of the word for the look-ups left (a fresh copy is hashed again by each).
  const word = tokens[i].text.toLowerCase();
  // "Much of Mexico's", "Most of Europe": a quantity opening the sentence, though villages are so named.
  if (OPENING_QUANTITIES.has(word)) return true;
  return lower.has(word) && lookup(index, word) === undefined && !opensLongerName(tokens, text, i, j, index);
}

/** Words that never name a village: function words, calendar words, given names. */
const notNames = (w: string): boolean =>
  FUNCTION_WORDS.has(w) || DETERMINERS.has(w) || CALENDAR.has(w) || NOT_NAMES.has(w) || GIVEN_NAMES.has(w);

/**
 * Villages (settlements.ts) and named sites (named-sites.ts) in text order among the names, each replacing what was
 * read inside its words; "Buckingham Palace said" is the institution speaking.
 */
function withVillages(out: Candidate[], villages: Candidate[]): void {
  for (const v of villages) {
    if (SPEECH_AFTER.test(v.after) && !located(v.before)) v.veto = 'metonymy';
    const inside = out.filter((c) => c.start < v.end && c.end > v.start);
    // A site read from its head with the same words ("Rose Garden") gives way to the named one.
    const same = (c: Candidate) => c.start === v.start && c.end === v.end;
    if (inside.some((c) => (c.site && !same(c)) || (!c.site && !c.veto))) continue;
    for (const c of inside) out.splice(out.indexOf(c), 1);
    const at = out.findIndex((c) => c.start > v.start);
    out.splice(at < 0 ? out.length : at, 0, v);
  }
}

/**
 * "June 20 -- Coastal Credit Union Music Park at Walnut Creek, Raleigh, NC": a venue of a list of dates, in text order
 * among the names; whatever was read inside its words ("Walnut Creek", "Music Park") is part of its name.
 */
function withListedVenues(out: Candidate[], venues: Candidate[]): void {
  for (const v of venues) {
    for (const c of out.filter((x) => x.start < v.end && x.end > v.start)) out.splice(out.indexOf(c), 1);
    const at = out.findIndex((c) => c.start > v.start);
    out.splice(at < 0 ? out.length : at, 0, v);
  }
}

/**
 * Numbered roads and streets named before a plural head, in text order among the names; a name read inside one
 * ("Highway" as a town, "Harrison" of "Lakeview and Harrison streets") gives way.
 */
function addRoads(out: Candidate[], roads: Candidate[], gazetteer: PlaceIndex): void {
  for (const r of roads) {
    const inside = out.filter((c) => c.start < r.end && c.end > r.start);
    if (inside.some((c) => c.site || (!c.veto && (c.start < r.start || c.end > r.end)))) continue;
    // "protesters filled Cairo and Alexandria streets": the streets of world cities, not streets named so; a town
    // written after ("Madison and Washington streets in Chicago") says they are streets.
    const townAfter = TOWN_NAMED_AFTER.test(r.after.replace(/^\S+/, ''));
    const famous = inside.some((c) => !c.veto && c.ids.some((id) => worldName(entry(gazetteer, id))));
    if (r.site?.shown && famous && !townAfter) continue;
    // Still read as the context's names (what the story's other names are near), never reported.
    for (const c of inside) c.veto ??= 'name-part';
    const at = out.findIndex((c) => c.start > r.start);
    out.splice(at < 0 ? out.length : at, 0, r);
  }
}

/** A country or a city of a million: named for itself before "streets" ("Cairo streets"); states name streets. */
const worldName = (e: GazetteerEntry) => kindOf(e) === 'country' || (kindOf(e) === 'city' && e.population >= 1_000_000);

/** "in Ashford", "from Kilburn": a town's preposition, with no article (a person is not "in Smith"). */
const TOWN_PREPOSITION = /\b(?:in|at|from|near)\s+$/;

/** A house number, with a compass letter ("1200 E. Broad St.", "401 - 333 Victoria St."), before a street. */
const HOUSE_NUMBER = /\d+[a-z]?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?$/;
const FORMER_NAME = /\(\s*(?:formerly|previously|née)\s*$/i;

/** FORMER_NAME in text[from, to): its bracket is looked for first, in those few characters (the same answer). */
function formerName(text: string, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++)
    if (text.charCodeAt(k) === 40) return FORMER_NAME.test(text.slice(Math.max(0, from), to));
  return false;
}
const WORK_YEAR = /\b\d{4}['’]s\s+$/;

/**
 * When the run `r` (from token `i`) and the next run are joined by "and" or "&" into a name the gazetteer knows,
 * the token where that name ends; else -1.
 */
/** What joins the two runs of a name holding "and": " and " or " & " (a Set look-up, not a pattern, per run). */
const AND_JOINS = new Set([' and ', ' & ']);

function andJoined(
  all: [number, number][],
  r: number,
  tokens: Token[],
  text: string,
  i: number,
  index: PlaceIndex,
): number {
  const next = all[r + 1];
  if (!next || !AND_JOINS.has(text.slice(tokens[all[r][1]].end, tokens[next[0]].start))) return -1;
  for (let k = next[1]; k >= next[0]; k--) {
    if (lookup(index, text.slice(tokens[i].start, tokens[k].end).toLowerCase())) return k;
  }
  return -1;
}

const ORDINALS = wordSet(ORDINAL_WORDS);
const SURNAME_FEATURES = wordSet(FEATURE_HEADS_ALSO_SURNAMES);
const GIVEN_NAMES = new Set(`${FEMALE_GIVEN_NAMES} ${MALE_GIVEN_NAMES}`.split(' '));
/** The given names as a word opening a sentence writes them ("John"), where that lower-cases back to the name. */
const GIVEN_NAMES_WRITTEN = new Set<string>();
for (const n of GIVEN_NAMES) {
  const written = n.charAt(0).toUpperCase() + n.slice(1);
  if (written.toLowerCase() === n) GIVEN_NAMES_WRITTEN.add(written);
}

/**
 * An all-ASCII word's shape: its first two letters in lower case (27 second ones: a–z, or none or no letter) and its
 * length (above 31 as 31), as one number; -1 for a word holding a character outside ASCII or opening with no letter.
 * Lower-casing keeps an ASCII word's letters where they are and its length, so a word and its lower-case copy have
 * one shape.
 */
function asciiShape(word: string): number {
  if (word.length === 0) return -1;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 128) return -1;
  const first = word.charCodeAt(0) | 0x20;
  if (first < 97 || first > 122) return -1;
  const next = word.length > 1 ? word.charCodeAt(1) | 0x20 : 0;
  const second = next >= 97 && next <= 122 ? next - 96 : 0;
  return ((first - 97) * 27 + second) * 32 + Math.min(word.length, 31);
}
/** The given names' shapes, a small bit table read before the big sets: a probe of those is a cache miss. */
const GIVEN_NAME_SHAPES = new Uint32Array(Math.ceil((26 * 27 * 32) / 32));
for (const n of GIVEN_NAMES) {
  const shape = asciiShape(n);
  if (shape >= 0) GIVEN_NAME_SHAPES[shape >>> 5] |= 1 << (shape & 31);
}

/**
 * GIVEN_NAMES holds the word in lower case. An all-ASCII word is one only when its shape is a given name's (the bit
 * table above: most capitalised words have none). Most capitalised words are an ASCII capital and lower-case ASCII
 * letters: such a word is a given name exactly when it is one as written, told without a lower-case copy. (Exported
 * for its unit test.)
 */
export function givenName(word: string): boolean {
  const shape = asciiShape(word);
  if (shape < 0) return GIVEN_NAMES_WRITTEN.has(word) || GIVEN_NAMES.has(word.toLowerCase());
  if ((GIVEN_NAME_SHAPES[shape >>> 5] & (1 << (shape & 31))) === 0) return false;
  const first = word.charCodeAt(0);
  let plain = first >= 65 && first <= 90;
  for (let k = 1; plain && k < word.length; k++) plain = word.charCodeAt(k) >= 97 && word.charCodeAt(k) <= 122;
  return plain ? GIVEN_NAMES_WRITTEN.has(word) : GIVEN_NAMES.has(word.toLowerCase());
}
/** First names of either gender ("Terry", "Jodi"): only to read a person before "of" and their town. */
const FIRST_NAMES = new Set([...GIVEN_NAMES, ...SHARED_GIVEN_NAMES.split(' ')]);
const ORGANISATION_WORDS = wordSet(ORGANISATION_HEADS);

/**
 * "Gino D. Bassett", "Benjamin Franklin": the capitalised word right after a given name (and initials) is a surname,
 * so alone it is that person again, not a small town so named (Bassett, Nebraska; Franklin, Indiana).
 */
function surnames(tokens: Token[], text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!tokens[i].upper || !givenName(tokens[i].text)) continue;
    // Inside a longer name ("Agriculture Park Wana") the word is no given name; a title may come first ("Sen. Tom").
    const prev = i > 0 ? tokens[i - 1] : undefined; // no tokens[-1]: a slow property look-up (V8), not an element
    if (prev?.upper && !tokens[i].sentenceStart && !NOT_NAMES.has(prev.text.toLowerCase())) continue;
    let k = i + 1;
    while (k < tokens.length && SINGLE_CAPITAL.test(tokens[k].text)) k++;
    const t = tokens[k];
    if (!t || !CAPITAL_THEN_LOWER.test(t.text)) continue;
    if (INITIALS_GAP.test(text.slice(tokens[i].end, t.start))) out.add(t.text.toLowerCase());
  }
  return out;
}

/**
 * A hyphenated word that is one name, not places joined: a letter before the hyphen ("T-Mobile", "U-Haul"), or a
 * double given name ("Pierre-Hugues", "Jean-Claude"), unless a part is a country or big city ("Jordan-Syria").
 */
function oneName(word: string, index: PlaceIndex): boolean {
  const parts = word.toLowerCase().split('-');
  // Both parts are capitalised ("Land-based" is a place and a word).
  if (parts.length !== 2 || !OPENS_CAPITAL.test(word.split('-')[1] ?? '')) return false;
  // (not a party's letter: "Rep. Barbara Lee, D-Oakland")
  if (SINGLE_LETTER.test(parts[0])) return !/^[rdi]$/.test(parts[0]);
  const big = (k: string) => (lookup(index, k) ?? []).some((id) => strong(index, id));
  if (big(parts[0]) || big(parts[1])) return false;
  // "Green-Karol said": a small town's name joined to a word that names no place is a double-barrelled name
  // ("Russian-European projects" are two places' words).
  const known = (k: string) => lookup(index, k) !== undefined || index.demonyms.has(k);
  return GIVEN_NAMES.has(parts[0]) || !known(parts[0]) || !known(parts[1]);
}

/**
 * The index of "of" in a run that names a person and a place ("Charlotte Smith of North Carolina",
 * "Mary J. Blige of Yonkers"): a given name, one or two more name words, "of", a capitalised rest; -1 otherwise.
 */
function personOfPlace(tokens: Token[], i: number, j: number, text: string): number {
  // "Mary J. Blige of Yonkers": the run opens after a given name and an initial, with the surname.
  // The pattern ends in an initial's point and a space: that point is looked for first (the same answer, no scan).
  const at = tokens[i].start;
  const surnameFirst =
    text.charCodeAt(at - 2) === 46 ? GIVEN_AND_INITIAL.exec(text.slice(Math.max(0, at - 30), at)) : null;
  const first = surnameFirst && FIRST_NAMES.has(surnameFirst[1].toLowerCase()) ? i + 1 : i + 2;
  for (let of = first; of <= Math.min(first + 1, j - 1); of++) {
    if (tokens[of].text !== 'of') continue;
    const words = tokens.slice(i, of).map((t) => t.text.toLowerCase());
    const nameLike = words.every((w, k) => tokens[i + k].upper && !ORGANISATION_WORDS.has(w));
    if (!(first === i + 1 || FIRST_NAMES.has(words[0])) || !nameLike) return -1;
    return tokens[of + 1].upper ? of : -1;
  }
  return -1;
}

/** A given name and a middle initial right before a run ("Crystal N. "): the run opens with the surname. */
const GIVEN_AND_INITIAL = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s+\p{Lu}\.\s$/u;

/** What may join two runs inside a site's name: "BB&T Pavilion", "Ak-Chin Pavilion", "Children's Hospital". */
const SITE_JOINS = new Set(['&', '-', ' ']);

/**
 * A site's name over several runs, which a possessive, an ampersand or a hyphen split ("St George's Chapel").
 * A place's possessive stays apart: "Seoul's Jamsil Stadium" is a stadium in Seoul.
 */
function joinedSite(
  all: [number, number][],
  r: number,
  tokens: Token[],
  text: string,
  from: number,
  index: PlaceIndex,
  lower: Set<string>,
): { site: { candidate: Candidate; last: number }; run: number } | null {
  let q = r;
  while (q + 1 < all.length && SITE_JOINS.has(text.slice(tokens[all[q][1]].end, tokens[all[q + 1][0]].start))) {
    const [a, b] = all[q];
    const tail = tokens[b].text;
    const between = text.slice(tokens[b].end, tokens[all[q + 1][0]].start);
    if (between === ' ' && !POSSESSIVE.test(tail.slice(-2))) break;
    const k = key(tokens, text, a, b);
    if (between === ' ' && lookup(index, k) && !/^(?:st\.?|saint) /.test(k)) break;
    q++;
  }
  if (q === r) return null;
  const site = siteIn(tokens, text, from, all[q][1], index, lower);
  return site && site.last > all[r][1] ? { site, run: q } : null;
}

const LOWER_HEADS = wordSet(HEADS_WRITTEN_LOWER);
/** Where a named site written with a lower-case head follows: "the", or a preposition of place or motion. */
const BEFORE_LOWER_HEAD = /\b(?:the|to|at|in|into|from|outside|inside)\s+$/i;

/**
 * "taken to Royal Shrewsbury hospital", "the Yerba Buena theater": a run no place, people or body is named by, and a
 * lower-case site head right after it, is that site's name ("a Dallas hospital" is a hospital in Dallas).
 */
function lowerHeadSite(
  tokens: Token[],
  text: string,
  i: number,
  j: number,
  index: PlaceIndex,
  lower: Set<string>,
): { candidate: Candidate; last: number } | null {
  const head = tokens[j + 1];
  if (!head || head.upper || !LOWER_HEADS.has(head.text) || text.slice(tokens[j].end, head.start) !== ' ') return null;
  if (!BEFORE_LOWER_HEAD.test(text.slice(Math.max(0, tokens[i].start - 10), tokens[i].start))) return null;
  const words = tokens.slice(i, j + 1);
  const k = key(tokens, text, i, j);
  if (words.some(shouted) || lookup(index, k) || index.demonyms.has(k) || ORGANISATION_WORDS.has(k)) return null;
  // "the Gothic cathedral", "the Hindu temple", "the Olympic stadium": a description, not a name.
  if (words.length === 1 && describes(words[0].text.toLowerCase())) return null;
  const site = siteIn(tokens, text, i, j + 1, index, lower);
  return site && site.last === j + 1 ? site : null;
}

// siteIn's readers of the places inside a site's name, as functions, not closures in siteIn: those made a context of
// siteIn's variables at each of its calls (once per run of capitalised words), most of which return early.
/** "the Tower of London": the first place after "of" not vetoed and strong. */
function strongPlace(index: PlaceIndex, found: Candidate[]): Candidate | undefined {
  return found.find((x) => !x.veto && anyStrong(index, x.ids));
}

/** "Carnegie Library": the first place in the words before the head with a big reading (not a bare county). */
function namesItsPlace(index: PlaceIndex, head: string, found: Candidate[]): Candidate | undefined {
  return found.find(
    (x) =>
      (!x.veto || x.veto === 'embedded') &&
      !(head === 'memorial' && MEMORIAL_AFTER.test(x.after)) &&
      x.ids.some((id) => strong(index, id) && !bareCounty(index, id, x)),
  );
}

/**
 * A site's name within the run from `i` to `j`: the words up to the run's last head noun ("Coral Sky Amphitheatre"
 * in "Coral Sky Amphitheatre June"), or the whole run after an opening head ("Boulevard Montmartre").
 * A name the gazetteer knows (Tinley Park, Miami Beach) is a town, not a site.
 */
function siteIn(
  tokens: Token[],
  text: string,
  i: number,
  j: number,
  index: PlaceIndex,
  lower: Set<string>,
): { candidate: Candidate; last: number } | null {
  let last = -1;
  let kind: SiteKind | undefined;
  // "the Korean Peninsula" inside a sentence: land keeps no capital "The" (a building may: "The Forum").
  if (tokens[i].text === 'The' && i < j && headKind(tokens[j].text, undefined, false) === 'feature') i++;
  // The run's length is asked before its first word is looked up (a lower-case copy): most runs are one word.
  if (i < j && opensStreet(tokens[i].text)) [last, kind] = [j, 'street'];
  // A feature's opening head takes one name word ("Lake Lanier"); the run may go on as a body's name.
  else if (i < j && opensFeature(tokens[i].text)) [last, kind] = [i + 1, 'feature'];
  for (let h = j; h > i && last < 0; h--) {
    // A dot inside the run opens a name ("St. John's"); only a run-final "St." closes a street's.
    // "the Illinois Capitol Complex's hot water": a head may carry the possessive (the span leaves it out).
    const word = h === j ? withoutPossessive(tokens[h].text) : tokens[h].text;
    kind = headKind(word, tokens[h - 1].text, h === j && text[tokens[h].end] === '.');
    if (kind) last = h;
  }
  // "Fort Benning": a post's opening head takes one name word, unless the run ends in a head of its own ("Fort
  // Sanders Medical Center").
  if (last < 0 && i < j && opensPost(tokens[i].text)) [last, kind] = [i + 1, 'institution'];
  // "the Palace of Westminster", "the Houses of Parliament": a head opening the name, its name after "of".
  const opening = last < 0 && i + 2 <= j && tokens[i + 1].text === 'of' ? opensBuildingOf(tokens[i].text) : undefined;
  if (opening) [last, kind] = [j, opening];
  if (last < 0 || !kind) return null;
  // "Mall of Asia", "Palace of Westminster": a name continued by "of" belongs to the site.
  // "Center for Health and Human Rights": a centre named for its purpose is an organisation.
  if (last < j && tokens[last + 1].text === 'for' && kind === 'venue') return null;
  if (last < j && CONNECTORS.has(tokens[last + 1].text)) last = j;
  // "British Embassy Tokyo", "Agriculture Park Wana": a town written right after a building's head is where it is.
  const town =
    namedForItsPlace(kind) && last === j - 1 && !subjectAfterOpening(tokens, text, i, j)
      ? townAfterHead(tokens, text, j, index)
      : undefined;
  if (town) last = j;
  const k = key(tokens, text, i, last);
  if (lookup(index, k)) return null;
  // "Swat Valley", "the Korean Peninsula": a known place and its land word stay that place (matchRun's suffixes).
  if (kind === 'feature' && knownWhole(tokens, text, i, last, index, lower)) return null;
  const names = tokens
    .slice(i, last + 1)
    .map((t) => t.text)
    .filter((w) => !CONNECTORS.has(w));
  const nameWords = (kind === 'street' && opensStreet(tokens[i].text)) || opening ? names.slice(1) : names.slice(0, -1);
  if (notASite(nameWords, k)) return null;
  // "Michael Bay", "Tom Ridge", "Lana Falls": a given name and a land word that is also a surname is a person;
  // "Stewart Island", "Marco Island" are places.
  const head = tokens[last].text.toLowerCase();
  if (
    nameWords.length === 1 &&
    SURNAME_FEATURES.has(head) &&
    GIVEN_NAMES.has(nameWords[0].toLowerCase()) &&
    // "held the blaze at Douglas Ridge": after a preposition of place it is the place.
    !TOWN_PREPOSITION.test(text.slice(Math.max(0, tokens[i].start - 8), tokens[i].start))
  )
    return null;
  // "the Fourth Quarter", "the First Estate": an ordinal and a part of a town is a period or an order, no place.
  if (kind === 'feature' && nameWords.some((w) => ORDINALS.has(w.toLowerCase()))) return null;
  // "1935 Orchard St.", "6016 Dublin Road": a postal address says where someone lives, not a place of the story.
  const before = text.slice(Math.max(0, tokens[i].start - 12), tokens[i].start);
  if (kind === 'street' && HOUSE_NUMBER.test(before)) return null;
  // "1972's Toulouse Street", "its albums Toulouse Street and …": a work's title (an album, a film).
  if (WORK_YEAR.test(text.slice(Math.max(0, tokens[i].start - 8), tokens[i].start))) return null;
  if (WORK_BEFORE.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start))) return null;
  // "SCIENCE PHOTO LIBRARY": a name in capitals inside the text is a credit or a heading.
  if (last > i && tokens.slice(i, last + 1).every(shouted)) return null;
  // "U.S. Capitol Police", "Hospital Authority": a body named after the site is an organisation.
  if (last < j && BODY_WORDS.has(tokens[last + 1].text.toLowerCase())) return null;
  let end = tokens[last].end - (tokens[last].text.match(POSSESSIVE)?.[0].length ?? 0);
  if (text[end] === '.' && kind === 'street' && /^(?:st|ave|rd|blvd)$/i.test(tokens[last].text)) end++;
  const start = kind === 'street' ? compassInitialBefore(text, tokens[i].start) : initialsBefore(text, tokens[i].start);
  const c = spanCandidate(text, start, end, k, [], { site: { kind } });
  if (town) c.site!.inner = town;
  else if (opening) {
    // "the Tower of London": the place after "of" is where it is; "the Church of England" is a church's body.
    const place = strongPlace(index, matchRun(tokens, text, i + 2, last, index, lower, new Set()));
    if (place && kind === 'worship' && anyEntry(index, place.ids, ownsItsName)) return null;
    if (place && place.end === c.end) c.site!.inner = place;
    else if (!openingNamed(tokens, text, i)) return null;
  } else if (namedForItsPlace(kind) && last > i) {
    // Only a name with a big reading (a state, a city) says where: Carnegie Library is no building in Carnegie.
    // "the Lincoln Memorial": a memorial is named for a person, not for its town ("Jackson Memorial Hospital" is
    // weighed where the site is placed, site-host.ts).
    c.site!.inner = namesItsPlace(index, head, matchRun(tokens, text, i, last - 1, index, lower, new Set()));
  }
  // "Stanford University's Center": an organisation's unit, not a building of its own (its words stay one name).
  if (names.some((w) => POSSESSIVE.test(w) && ORGANISATION_WORDS.has(w.replace(POSSESSIVE, '').toLowerCase())))
    c.veto = 'embedded';
  // "Buckingham Palace said": the institution speaking.
  if (SPEECH_AFTER.test(c.after) && !located(c.before)) c.veto = 'metonymy';
  return { candidate: c, last };
}

/**
 * "the Museum of Fine Arts", "California's Museum of Neon Art": with no place after "of", a building is named so only
 * after "the" or a possessive, and not a tower or temple ("Tower of Power" a band, "the Temple of Doom" a film), houses
 * other than of Parliament ("both Houses of Congress": chambers), nor a church of a person ("the Church of Jesus Christ
 * of Latter-day Saints", "the Church of God": denominations).
 */
function openingNamed(tokens: Token[], text: string, i: number): boolean {
  const head = tokens[i].text.toLowerCase();
  const named = tokens[i + 2].text;
  if (!NAMED_BEFORE.test(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start))) return false;
  if (OPENING_NEEDS_A_PLACE.has(head)) return false;
  if (head === 'houses') return named === 'Parliament';
  return !(GIVEN_NAMES.has(named.toLowerCase()) || DEVOTED_TO.has(named.toLowerCase()));
}
const OPENING_NEEDS_A_PLACE = wordSet(OPENING_OF_HEADS_NEEDING_A_PLACE);
/** "the" or a name's possessive ("California's Museum of Neon Art") right before the head. */
const NAMED_BEFORE = /(?:\b[Tt]he|\p{Lu}[\p{L}.-]*['’]s)\s+$/u;
const DEVOTED_TO = wordSet(DENOMINATION_NAMES);

const MEMORIAL_AFTER = /^\s+Memorial\b/;

// "At Yankee Stadium Boston won 5-3": an opening phrase written without its comma runs into the clause's subject.
const OPENING_PREPOSITION = new RegExp(
  `(?:^|[.!?]["”’)]?\\s+)(?:${alternation(SITING_PREPOSITIONS.map(capitalise))})\\s+(?:the\\s+)?$`,
  'u',
);
// A finite verb after the town: "-ed", "-es", "-s" or an irregular past ("won"), or a team's or state's act ("beat").
const FINITE_AFTER = new RegExp(
  `^\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}{2,}(?:${alternation(VERB_ENDINGS)})|${alternation(IRREGULAR_PASTS)})\\b`,
  'u',
);

/** The run's last word opens the sentence's clause after an opening phrase: it is the subject, not the site's town. */
function subjectAfterOpening(tokens: Token[], text: string, i: number, j: number): boolean {
  if (!OPENING_PREPOSITION.test(text.slice(Math.max(0, tokens[i].start - 16), tokens[i].start))) return false;
  const after = text.slice(tokens[j].end, tokens[j].end + 60);
  return FINITE_AFTER.test(after) || clubOrActor('', after);
}

/**
 * The town a run's last word names, one space after a site's head; not a month or a weekday ("Coral Sky Amphitheatre
 * June").
 */
function townAfterHead(tokens: Token[], text: string, j: number, index: PlaceIndex): Candidate | undefined {
  if (text.slice(tokens[j - 1].end, tokens[j].start) !== ' ' || shouted(tokens[j])) return undefined;
  const k = key(tokens, text, j, j);
  const ids = lookup(index, k);
  if (!ids || CALENDAR.has(k) || NOT_NAMES.has(k) || !ids.some((id) => entry(index, id).code.startsWith('PPL')))
    return undefined;
  // "U.S. Capitol Police", "the Stadium Authority": a body's word after the head names a body (siteIn), not the
  // village of Police in Poland.
  if (ORGANISATION_WORDS.has(k) || BODY_WORDS.has(k)) return undefined;
  return spanCandidate(
    text,
    tokens[j].start,
    tokens[j].end - (tokens[j].text.match(POSSESSIVE)?.[0].length ?? 0),
    k,
    ids,
  );
}

/** The gazetteer reads the whole run as one place (with a land word matchRun takes: "Swat Valley"). */
function knownWhole(tokens: Token[], text: string, i: number, last: number, index: PlaceIndex, lower: Set<string>) {
  const end = tokens[last].end;
  return matchRun(tokens, text, i, last, index, lower, new Set()).some(
    (c) => !c.veto && c.start <= tokens[i].start + 4 && c.end >= end - 2,
  );
}

/** "N. Bedford Drive", "W. Bridge St.": a compass initial opening a street's name belongs to it. */
const COMPASS_INITIAL = /(?:^|[^\p{L}\p{N}.])[NSEW]\. $/u;

/**
 * "the W. M. Keck Observatory", "John F. Kennedy International Airport": a person's initials (and given name) opening
 * a building's name, which the runs leave out. Not "D.C." or "U.S.", written without a space between the letters.
 */
const INITIALS_BEFORE = /(?<![\p{L}\p{N}.'’-])(?:(\p{Lu}\p{Ll}+) )?(?:\p{Lu}\. ){1,3}$/u;

/**
 * The word before a lone initial, when it is capitalised: "Gate C. Denver International Airport" is a sentence ending
 * in a letter, not initials ("the W. M. Keck" has none).
 */
const CAPITALISED_BEFORE = /\p{Lu}[\p{L}'’-]* $/u;

function initialsBefore(text: string, start: number): number {
  const window = text.slice(Math.max(0, start - 24), start);
  const m = INITIALS_BEFORE.exec(window);
  if (!m) return start;
  // The word before the initials must be a given name ("John F. Kennedy"), or no name at all ("the W. M. Keck").
  if (m[1] ? !isGivenName(m[1]) : CAPITALISED_BEFORE.test(window.slice(0, m.index))) return start;
  return start - m[0].length;
}

function compassInitialBefore(text: string, start: number): number {
  return COMPASS_INITIAL.test(text.slice(Math.max(0, start - 4), start)) ? start - 3 : start;
}

/**
 * "Nashville, TN": the code after a town is its state (read nowhere else: "IN", "OR" are words).
 * The state becomes a candidate of its own, so it is listed and tells the town's namesakes apart.
 */
function addPostalRegions(cands: Candidate[], text: string, index: PlaceIndex): void {
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i];
    const region = c.veto === 'common-word' || c.veto === 'embedded' ? null : regionAfterTown(c.after);
    // A town or a county ("Wood County, W. Va."), or a town the gazetteer lacks ("Holmdel, NJ").
    const town = c.site?.kind === 'village' || c.ids.some((id) => /^(?:PPL|ADM2)/.test(entry(index, id).code));
    if (!region || !town) continue;
    const ids = lookup(index, region.name.toLowerCase());
    if (!ids) continue;
    // "HELENA, Mont." names a town, whatever its size or place in the sentence.
    if (c.veto === 'weak' || c.veto === 'name-part') c.veto = undefined;
    const start = c.end + region.offset;
    const end = start + region.length;
    const next = cands[i + 1];
    const found = spanCandidate(text, start, end, region.name.toLowerCase(), ids);
    // A candidate read inside the abbreviation ("Va" of "W. Va.") gives way to it.
    if (next && next.start >= start && next.start < end) cands[i + 1] = found;
    else cands.splice(i + 1, 0, found);
  }
}

/**
 * "Sen. Bob Casey, D-Pa.": the state a lawmaker's party code names, read only after the party letter (alone, "Pa."
 * and "Ill." are words); it replaces what was read inside it ("Va" of "W. Va.").
 */
function addPartyStates(cands: Candidate[], text: string, tokens: Token[], index: PlaceIndex): void {
  for (const m of partyStatesIn(text, tokens)) {
    const name = partyState(m[1]);
    const ids = name && lookup(index, name.toLowerCase());
    if (!ids) continue;
    const start = m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    const inside = cands.filter((c) => c.start < end && c.end > start);
    if (inside.some((c) => c.start === start && c.end === end)) continue;
    for (const c of inside) cands.splice(cands.indexOf(c), 1);
    const at = cands.findIndex((c) => c.start > start);
    const found = spanCandidate(text, start, end, m[1].toLowerCase(), ids);
    found.seat = true;
    cands.splice(at < 0 ? cands.length : at, 0, found);
  }
}

/**
 * The party codes' matches, read from the tokens that can hold one: "D-Pa" is one token (a hyphen between letters
 * joins), so a match starts inside a hyphenated token and no text without one is searched.
 */
function partyStatesIn(text: string, tokens: Token[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const t of tokens) {
    for (let q = t.text.indexOf('-'); q > 0; q = t.text.indexOf('-', q + 1)) {
      // The code before the hyphen: one letter or "DFL".
      for (const at of [t.start + q - 1, t.start + q - 3]) {
        if (at < Math.max(t.start, from)) continue;
        PARTY_AT.lastIndex = at;
        const m = PARTY_AT.exec(text);
        if (!m) continue;
        out.push(m);
        from = PARTY_AT.lastIndex;
        break;
      }
    }
  }
  return out;
}
const PARTY_AT = new RegExp(PARTY_STATE.source, 'uy');

/** "Washington, D.C." is one name in the gazetteer, though a comma splits it into two runs. */
function mergeCommaNames(cands: Candidate[], text: string, index: PlaceIndex): void {
  for (let i = cands.length - 2; i >= 0; i--) {
    const [a, b] = [cands[i], cands[i + 1]];
    if (a.veto || b.veto || text.slice(a.end, b.start) !== ', ') continue;
    const k = text.slice(a.start, b.end).toLowerCase();
    const ids = lookup(index, k);
    if (!ids) continue;
    const merged = copyCandidate(a);
    merged.key = k;
    merged.end = b.end;
    merged.ids = ids;
    merged.after = b.after;
    cands.splice(i, 2, merged);
  }
}

/**
 * "Democratic People's Republic of Korea", "King's Lynn", "Prince George's County": a run ends at a possessive, so a
 * name is joined to the words before or after the possessive when the gazetteer knows them together (alone, "Republic
 * of Korea" is South Korea and "Prince George" a Canadian town).
 */
function mergePossessiveNames(cands: Candidate[], text: string, index: PlaceIndex): void {
  for (let i = cands.length - 1; i >= 0; i--) i = joinWordsBefore(cands, i, text, index);
  for (let i = 0; i < cands.length; i++) joinWordsAfter(cands, i, text, index);
}

/** Up to three capitalised words before a name, the last with a possessive ("Democratic People's "). */
const POSSESSIVE_WORDS_BEFORE = /(?<![\p{L}\p{N}.'’])((?:\p{Lu}[\p{L}.]*\s){0,3}\p{Lu}[\p{L}.]*['’]s\s)$/u;
/** Its end, tested first: the scan for the words tries its look-behind at every character of the 60 before a name. */
const POSSESSIVE_BEFORE = /['’]s\s$/;

/** Joins candidate `i` to the longest run of words before it that makes a known name; returns the joined index. */
function joinWordsBefore(cands: Candidate[], i: number, text: string, index: PlaceIndex): number {
  const c = cands[i];
  const m = c.site || !POSSESSIVE_BEFORE.test(c.before) ? null : POSSESSIVE_WORDS_BEFORE.exec(c.before);
  if (!m) return i;
  const words = m[1].split(/\s/).filter(Boolean);
  for (let w = 0; w < words.length; w++) {
    const start = c.start - words.slice(w).join(' ').length - 1;
    const joined = knownSpan(text, start, c.end, index);
    if (!joined) continue;
    const country = joined.ids.some((id) => entry(index, id).code.startsWith('PCL'));
    const big = joined.ids.some((id) => strong(index, id));
    if (c.veto === 'metonymy' || (big && metonymic(joined.before, joined.after, country))) joined.veto = 'metonymy';
    let first = i;
    while (first > 0 && cands[first - 1].end > start) first--;
    cands.splice(first, i - first + 1, joined);
    return first;
  }
  return i;
}

/** A possessive and up to three capitalised words after a name ("'s County" of "Prince George's County"). */
const POSSESSIVE_WORDS_AFTER = /^['’]s((?:\s\p{Lu}\p{L}*){1,3})(?![\p{L}\p{N}])/u;

/** Joins candidate `i` to the longest run of words after its possessive that makes a known name. */
function joinWordsAfter(cands: Candidate[], i: number, text: string, index: PlaceIndex): void {
  const c = cands[i];
  const m = c.site ? null : POSSESSIVE_WORDS_AFTER.exec(c.after);
  if (!m) return;
  const words = m[1].split(/\s/).filter(Boolean);
  for (let w = words.length; w > 0; w--) {
    // "'s" and the space after it, then the words.
    const end = c.end + 3 + words.slice(0, w).join(' ').length;
    const joined = knownSpan(text, c.start, end, index);
    if (!joined) continue;
    if (c.veto === 'metonymy') joined.veto = 'metonymy';
    let last = i;
    while (last + 1 < cands.length && cands[last + 1].start < end) last++;
    cands.splice(i, last - i + 1, joined);
    return;
  }
}

/** The candidate for text[start, end) if the gazetteer has that name (a curly apostrophe read as a straight one). */
function knownSpan(text: string, start: number, end: number, index: PlaceIndex): Candidate | undefined {
  const k = text.slice(start, end).toLowerCase().replace(/’/g, "'");
  const ids = lookup(index, k);
  return ids ? spanCandidate(text, start, end, k, ids) : undefined;
}

function matchRun(
  tokens: Token[],
  text: string,
  first: number,
  last: number,
  index: PlaceIndex,
  lower: Set<string>,
  nameWords: Set<string>,
): Candidate[] {
  const found: Candidate[] = [];
  let uncovered = false;
  let i = first;
  // "at The Hague", "in the Bronx": the article is part of the name the gazetteer has.
  const theBefore = first > 0 && endsWithThe(text.slice(Math.max(0, tokens[first].start - 5), tokens[first].start));
  while (i <= last) {
    // "Midtown Manhattan": the part of town is no name of its own (Midtown, Oklahoma), the town follows.
    if (i === first && i < last && PART_OF_TOWN.has(tokens[i].text)) {
      i++;
      continue;
    }
    let matched = -1;
    // "North Texas": a compass word opening a longer run narrows the next name; alone it is no small town so named.
    const compass = i === first && i < last && DIRECTION.has(tokens[i].text);
    // A lower-case connector ("of", "the") may continue a name, never start one.
    for (let j = Math.min(last, i + index.maxWords - 1); j >= i && tokens[i].upper; j--) {
      const k = key(tokens, text, i, j);
      if (compass && j === i && !anyStrong(index, lookup(index, k) ?? [])) break;
      const isDemonym = index.demonyms.has(k);
      // A demonym's own place is read only for a demonym (most keys are none).
      const place = isDemonym ? index.demonymIds.get(k) : undefined;
      const ids = isDemonym
        ? place === undefined
          ? []
          : [place]
        : (lookup(index, k) ?? (i === first && theBefore ? namedWithThe(index, k) : undefined));
      // "América Latina": a marked word opening a longer foreign name is not the English short form it unmarks to.
      if (ids && j === i && i < last && tokens[i + 1].upper && foreignFormOfAlias(index, k)) continue;
      if (ids) {
        let end = j;
        // "Mississippi River", "Oaxaca State": the suffix belongs to the span.
        while (!isDemonym && end < last && GEO_SUFFIX.has(tokens[end + 1].text)) end++;
        // A demonym naming no one country (two states share it) stays a demonym before any land.
        const demonym =
          isDemonym &&
          (ids.length === 0 || (!landAfter(text, tokens[j].end) && !placeNamedLikeDemonym(tokens, text, i, j, index)));
        found.push(candidate(tokens, text, i, j, k, ids, demonym ? 'demonym' : undefined, tokens[end].end, index));
        // "Mississippi State", "Colorado State forecasters": a US state is never called so (New York State and
        // Washington State are rows of their own, matched whole above); the name is a state university or its team.
        if (end > j && tokens[end].text === 'State' && anyEntry(index, ids, usState))
          found[found.length - 1].veto = 'embedded';
        // "Manchester City", "Norwich City": British towns are not written so; the name is a football club's.
        if (end > j && tokens[end].text === 'City' && anyEntry(index, ids, britishCity))
          found[found.length - 1].veto = 'embedded';
        // A small town's name is any word's chance ("Washington Post": Post, Texas): it does not cover its word.
        if (isDemonym || i < j || anyStrong(index, ids)) matched = j;
        else if (wordCount(tokens, first, last) > 1) uncovered = true;
        break;
      }
    }
    // Length asked first: an empty array's [-1] is a slow property look-up (V8), not an element read.
    if (matched >= 0 || (found.length > 0 && found[found.length - 1].start === tokens[i].start)) {
      i = Math.max(matched, i) + 1;
      continue;
    }
    const word = tokens[i].text;
    const qualifier = i === first && (DIRECTION.has(word) || PART_OF_TOWN.has(word));
    // "said in Moscow, Russia Thursday": the day after a place ends the sentence's time, not the name.
    // (Asked only when something was found: tokens[i - 1] is read only then, as the arrow this replaces read it.)
    const day = i === last && WEEKDAY.has(word) && found.length > 0 && someEndsAt(found, tokens[i - 1].end);
    if (!CONNECTOR.has(word) && !GEO_SUFFIX.has(word) && !qualifier && !day) uncovered = true;
    i++;
  }
  if (uncovered)
    for (let k = placeOfBody(tokens, first, last, found[0]); k <= last; k++)
      nameWords.add(withoutPossessive(tokens[k].text).toLowerCase());
  // "South Darfur", "Northeast Georgia": the compass word belongs to the span, the place stays the same.
  const head = found[0];
  if (head && first < last && head.start === tokens[first + 1].start && DIRECTION.has(tokens[first].text)) {
    // "East Africa", "Northern Europe" are regions of their own, far from the continent's point.
    if (anyEntry(index, head.ids, continent)) head.veto = 'embedded';
    head.start = tokens[first].start;
    head.before = text.slice(Math.max(0, head.start - 60), head.start);
  }
  if (givenNameThenPlace(tokens, text, first, last, found, index)) uncovered = true;
  for (const c of found) {
    // A place word inside a longer name (New York Times, Paris Hilton, Minnesota Wild) is not a place;
    // 'name-part' marks a small town's name there, most likely a person's name (Donald, Evans).
    if (uncovered && !c.veto && !townOfItsEvent(c, tokens, text, [first, last], index))
      c.veto = anyStrong(index, c.ids) ? 'embedded' : 'name-part';
    else if (!c.veto) c.veto = wordVeto(c, tokens, text, index, lower, found.length);
  }
  return found;
}

/**
 * "said Mary Jackson, the band's manager", "Florence Houston": a given name and one more word, each a place's name, is
 * a person, unless the second names a state or country, where the town is ("Jackson Mississippi", "Florence Italy").
 */
function givenNameThenPlace(
  tokens: Token[],
  text: string,
  first: number,
  last: number,
  found: Candidate[],
  index: PlaceIndex,
) {
  if (last !== first + 1 || found.length !== 2 || found[0].end !== tokens[first].end) return false;
  // "#Hamilton Chicago show": a hashtag names a work or a topic, not a person.
  if (text[tokens[first].start - 1] === '#') return false;
  if (!GIVEN_NAMES.has(tokens[first].text.toLowerCase()) || found[1].veto) return false;
  return !found[1].ids.some((id) => entry(index, id).code === 'ADM1' || kindOf(entry(index, id)) === 'country');
}

/**
 * "in Gibraltar,", "erected in Vatican.": a word that is a demonym and a place's name (Djibouti, Gibraltar, Vatican) is
 * the place after a preposition of place with no noun after it ("Somali pirates", "in Thai food" stay demonyms).
 */
function placeNamedLikeDemonym(tokens: Token[], text: string, i: number, j: number, index: PlaceIndex): boolean {
  const k = key(tokens, text, i, j);
  if (!lookup(index, k) || WORD_NEXT.test(text.slice(tokens[j].end, tokens[j].end + 3))) return false;
  return TOWN_PREPOSITION.test(text.slice(Math.max(0, tokens[i].start - 8), tokens[i].start));
}

/**
 * A demonym before its country's land or market, maybe after two lower-case modifiers ("the Turkish feed industry",
 * "the Chinese housing market"). A plural right after it is its own noun ("Russian drones struck cities", "a Mexican
 * farmers market"), and a past tense after that a verb ("Russian army entered cities"): the demonym stays one.
 */
const PLURAL = '\\p{Ll}*[^asiu\\s]s';
const PAST = '\\p{Ll}*[^e\\s]ed';
const LAND_AFTER = new RegExp(
  `^ (?:(?!${PLURAL} )\\p{Ll}+ (?:(?!${PLURAL} |${PAST} )\\p{Ll}+ )?)?(?:${alternation(LAND_AFTER_DEMONYM)})\\b`,
  'u',
);
const landAfter = (text: string, end: number): boolean => LAND_AFTER.test(text.slice(end, end + 40));

/**
 * A town's own bodies and offices, named after the town they serve ("DeKalb Police", "Springdale Mayor Ann Cole",
 * "Boulder City Council"); not bodies often named after a person or a firm ("the Obama administration", "Harvard
 * University", "Ithaca Holdings", "the Arab League").
 */
// prettier-ignore
const TOWN_BODIES = [
  // services and boards
  'police', 'department', 'office', 'council', 'court', 'board', 'commission', 'authority', 'agency', 'bureau',
  'committee', 'service', 'school', 'hospital',
  // officers
  'mayor', 'sheriff', 'commissioner', 'judge', 'chief', 'manager', 'superintendent', 'spokesman', 'spokeswoman',
];
const BODY_WORDS = new Set(TOWN_BODIES);

/**
 * Where a run's name words begin: after its first name when a body, office or institution follows it in the run
 * ("DeKalb Police", "Springdale Mayor Ann Cole", "Fairview Town Council"), for the body serves that place and
 * is no sign that the word is a person's ("in DeKalb" stays a place); else at the run's start.
 */
function placeOfBody(tokens: Token[], first: number, last: number, head: Candidate | undefined): number {
  if (!head || head.start !== tokens[first].start) return first;
  let k = first;
  while (k <= last && tokens[k].end <= head.end) k++;
  for (let b = k; b <= last; b++) if (BODY_WORDS.has(tokens[b].text.toLowerCase())) return k;
  return first;
}

const EVENT_HEADS = wordSet(EVENTS_NAMED_FOR_THEIR_TOWN);

/**
 * "the Nuremberg Toy Fair", "the Muscat International Film Festival": a city of 100,000 opening the name of an event
 * is where the event is held. A small town's name there is as likely a person's or a brand's ("Sundance Film
 * Festival" is held in Park City), and a state or region opens leagues too ("Missouri Valley Conference").
 */
function townOfItsEvent(
  c: Candidate,
  tokens: Token[],
  text: string,
  [first, last]: [number, number],
  index: PlaceIndex,
): boolean {
  if (c.start !== tokens[first].start || !EVENT_HEADS.has(tokens[last].text.toLowerCase())) return false;
  // An event's name is written with "the" ("the Munich Security Conference", "the 2016 Rio Olympics"); a firm's or a
  // league's is not ("its rival Montreal Games said").
  if (!EVENT_THE_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) return false;
  return c.ids.some((id) => kindOf(entry(index, id)) === 'city' && strong(index, id));
}

/** A county read from its bare name ("Mayo" of County Mayo): inside a building's name, more likely a person's. */
function bareCounty(index: PlaceIndex, id: number, c: Candidate): boolean {
  const e = entry(index, id);
  return e.code === 'ADM2' && e.name.toLowerCase() !== c.key;
}

/** Words of a run that are neither connectors nor geographic suffixes ("Laurel County" has one). */
function wordCount(tokens: Token[], first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (!CONNECTORS.has(tokens[k].text) && !GEO_SUFFIX.has(tokens[k].text)) n++;
  return n;
}

const usState = (e: GazetteerEntry): boolean => e.code === 'ADM1' && e.country === 'US';
const britishCity = (e: GazetteerEntry): boolean =>
  e.country === 'GB' && e.code.startsWith('PPL') && e.population >= 100_000;

/** "the ", "the 2016 ", "the 30th " right before an event's name. */
const EVENT_THE_BEFORE = /(?:^|[^\p{L}])[Tt]he (?:\d{4} |\d+(?:st|nd|rd|th) )?$/u;
/** "the " or "The " right before a run's first word. */
const THE_BEFORE = /(?:^|[^\p{L}])[Tt]he $/u;
/** Its ending read first: the pattern is tried from every character, and V8 runs it unoptimised (word-runs.ts). */
const endsWithThe = (w: string): boolean => (w.endsWith('the ') || w.endsWith('The ')) && THE_BEFORE.test(w);

/**
 * A big place whose name opens with "The" ("The Hague", "The Bronx"), read from the words after the article;
 * small towns so named ("The Colony", "The Rock", "The Village") are common phrases and stay unread.
 */
function namedWithThe(index: PlaceIndex, k: string): number[] | undefined {
  const ids = lookup(index, `the ${k}`)?.filter((id) => bigTownOrCountry(entry(index, id)));
  return ids?.length ? ids : undefined;
}

/**
 * What "the <name>" reaches: a big town ("the Hague") or a country ("the Bermudas"); not a region whose English
 * name is also a common phrase ("the Marches", Italy's Marche, in "the length of the Marches").
 */
const bigTownOrCountry = (e: GazetteerEntry): boolean =>
  e.code.startsWith('PCL') || (e.code.startsWith('PPL') && e.population >= 100_000);

export function strong(index: PlaceIndex, id: number): boolean {
  const e = entry(index, id);
  return !e.code.startsWith('PPL') || e.population >= 100_000;
}

// Loops, not `ids.some((id) => strong(index, id))`, in matchRun, which runs per run of capitalised words: each such
// arrow is a new function object per call, and the context it keeps of matchRun's variables is made at every call.
/** Some of the ids is strong. */
function anyStrong(index: PlaceIndex, ids: readonly number[]): boolean {
  for (let k = 0; k < ids.length; k++) if (strong(index, ids[k])) return true;
  return false;
}

/** Some of the ids' entries passes the test. */
function anyEntry(index: PlaceIndex, ids: readonly number[], test: (e: GazetteerEntry) => boolean): boolean {
  for (let k = 0; k < ids.length; k++) if (test(entry(index, ids[k]))) return true;
  return false;
}

const continent = (e: GazetteerEntry): boolean => e.code === 'CONT';
const independent = (e: GazetteerEntry): boolean => e.code.startsWith('PCL');

/** Some candidate ends at `end`. */
function someEndsAt(found: readonly Candidate[], end: number): boolean {
  for (let k = 0; k < found.length; k++) if (found[k].end === end) return true;
  return false;
}

function candidate(
  tokens: Token[],
  text: string,
  i: number,
  j: number,
  k: string,
  ids: number[],
  veto: Veto | undefined,
  spanEnd: number,
  index: PlaceIndex,
): Candidate {
  const start = tokens[i].start;
  let end = spanEnd > tokens[j].end ? spanEnd : start + k.length;
  // An abbreviation's closing dot ("Tenn.") belongs to it.
  // Not an acronym's: "across the UK." ends the sentence.
  if (text[end] === '.' && k.length <= 5 && ENDS_LOWER.test(text.slice(start, end)) && index.aliases.has(k)) end++;
  return spanCandidate(text, start, end, k, ids, veto ? { veto } : {});
}

/** The token starting at `start`, by binary search: tokens are in text order, and a linear find per candidate
 * made a 300,000-word page quadratic (30 s in places alone). */
function tokenAt(tokens: Token[], start: number): Token | undefined {
  const token = tokens[lastStartingBy(tokens, start)];
  return token?.start === start ? token : undefined;
}

// A work's title may be a place's name ("the film Casablanca", "the musical Oklahoma!").
const WORK_BEFORE = new RegExp(
  `\\b(?:${WORK_NOUNS.join('|')})s?,?\\s+(?:called\\s+|titled\\s+|entitled\\s+)?[“"‘]?$`,
  'i',
);
/** A name alone inside quotation marks is a title ("“Casablanca”", "'Philadelphia'"). */
const QUOTE_OPEN = /[“"‘]$/;
const QUOTE_CLOSE = /^[!?.,]?[”"’](?!s\b)/;

const ACRONYM = /^\p{Lu}{2,4}$/u;

/** A capital "The" inside a sentence ("appeared on The Atlantic", "told The Hill", "Funez/The Union"). */
const TITLE_THE = /[\p{Ll}\d,;/]\s*The\s+$/u;

/** A one-word name after an inner "The" is an outlet's or a work's title, unless a country or big city has it. */
function titledThe(c: Candidate, index: PlaceIndex): boolean {
  if (c.key.includes(' ') || !c.before.includes('The') || !TITLE_THE.test(c.before)) return false;
  return !c.ids.some((id) => {
    const e = entry(index, id);
    return e.code.startsWith('PCL') || (e.code.startsWith('PPL') && e.population >= 100_000);
  });
}

const OPENS_OF_THE_NAME = /^\s+of\s+the\s+\p{Lu}/u;

function titleOfWork(before: string, after: string): boolean {
  return WORK_BEFORE.test(before) || (QUOTE_OPEN.test(before) && QUOTE_CLOSE.test(after));
}

function wordVeto(
  c: Candidate,
  tokens: Token[],
  text: string,
  index: PlaceIndex,
  lower: Set<string>,
  inRun: number,
): Veto | undefined {
  if (CALENDAR.has(c.key) || NOT_NAMES.has(c.key) || FUNCTION_WORDS.has(c.key) || DETERMINERS.has(c.key))
    return 'common-word';
  // A country, region or city of 100,000: "Moscow said" is its government; "Sandberg said" (a village) is a person.
  const big = anyStrong(index, c.ids);
  // "Congress", "Council", "Union": a body's head noun alone names the body, not a small town so called.
  if (ORGANISATION_WORDS.has(c.key) && !big) return 'common-word';
  if (seatOfPower(c.key) || unionActing(c.key, c.before)) return 'metonymy';
  if (spacedSyllables(c, index)) return 'name-part';
  // "Jimmy Philmont, 39, of Fairfield told …": the person speaks; the town is where they live.
  if (residenceOf(c.before)) return undefined;
  // "the West", "the South": a part of the world, not a town so named.
  if (!big && DIRECTIONS.has(c.key) && /\bthe\s+$/i.test(c.before)) return 'common-word';
  if (titleOfWork(c.before, c.after)) return 'work';
  if (titledThe(c, index)) return 'work';
  if (SPEECH_AFTER.test(c.after) && !located(c.before)) return big ? 'metonymy' : 'name-part';
  // A demonym read as its country stands before the country's land or market ("the American economy"): no modifier of
  // a state's things.
  if (index.demonyms.has(c.key)) return undefined;
  const country = anyEntry(index, c.ids, independent);
  if (big && metonymic(c.before, c.after, country)) return 'metonymy';
  if (!big && clubOrActor(c.before, c.after)) return 'name-part';
  // "the Summit of the Americas", "the Conference of the Parties": a small town's single word opening "… of the
  // <Name>" is the first word of a name, not a town of its own.
  if (!big && !c.key.includes(' ') && OPENS_OF_THE_NAME.test(c.after)) return 'name-part';
  // "Salt + Smoke", "Sturgeon & Associates": a small town's word joined to a firm's word or to no place is a firm's
  // name; "Champaign & Urbana" are twin towns.
  if (!big && joinedFirm(c.before, c.after, index)) return 'name-part';
  if (CELESTIAL.has(c.key)) return 'common-word';
  if (LANGUAGES.has(c.key)) return 'demonym';
  // "Liu He, China's top trade negotiator": a person's name with a role in apposition.
  if (ROLE_APPOSITION.test(c.after) && !big) return 'name-part';
  if (c.key.includes(' ') || inRun > 1) return undefined;
  // "Nice weather" / "nice": a one-word name the text also writes in lower case is the word
  // (not an acronym: "US" is not "us").
  const surface = text.slice(c.start, c.end);
  // "NATO", "UGA": two to four capitals that only small towns share are an organisation's acronym; countries,
  // states and big cities keep theirs (US, UK, NYC). Weak, not a word: "ELMA, Wash." still opens a dateline.
  if (!big && ACRONYM.test(surface)) return 'weak';
  if (lower.has(c.key) && !(surface.length <= 4 && surface === surface.toUpperCase())) return 'common-word';
  if (tokenAt(tokens, c.start)?.sentenceStart && !big && !filedFrom(surface, c.after) && !townFolk(c)) return 'weak';
  return undefined;
}

/** Countries whose towns the gazetteer writes in pinyin, its syllables joined ("Liuhe", "Jingzhou"). */
const PINYIN_COUNTRIES = new Set(['CN', 'TW']);

/**
 * "vice-premier Liu He", "Jing Zhou, Professor of Management": two spaced syllables that the gazetteer knows only as a
 * Chinese town written in one word are a person's name, written as Chinese names are; English news writes the towns
 * joined (Liuhe, Jingzhou), as every one of them in the corpus and the geo sets does.
 */
function spacedSyllables(c: Candidate, index: PlaceIndex): boolean {
  const space = c.key.indexOf(' ');
  if (space < 0 || c.key.indexOf(' ', space + 1) >= 0) return false;
  const joined = c.key.replace(' ', '');
  return c.ids.every((id) => {
    const e = entry(index, id);
    return PINYIN_COUNTRIES.has(e.country) && e.name.toLowerCase() === joined;
  });
}

/** A person's age, or a first name and a surname (maybe with an initial), then "of": where they live follows. */
const AGE_OF = /\b\d{1,3},\s+of\s+$/u;
const NAME_OF = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s+(?:\p{Lu}\.\s+)?\p{Lu}[\p{L}'’-]+\s+of\s+$/u;

/**
 * "Jimmy Philmont, 39, of Fairfield", "Ann Lowe of Springfield": the place is where the person named before lives
 * (gold/README.md: a residence is a mention), and a verb after it is the person's ("… of Fairfield told reporters").
 */
function residenceOf(before: string): boolean {
  // Both patterns end in "\s+of\s+": most windows do not, and are read back by character code first.
  if (!endsWithOf(before)) return false;
  if (AGE_OF.test(before)) return true;
  const name = NAME_OF.exec(before);
  return name !== null && FIRST_NAMES.has(name[1].toLowerCase());
}

/** "Chapin man dies", "Winona police have identified": the town of someone named right after it (not "One man"). */
const TOWN_FOLK = new RegExp(`^\\s+(?:${alternation(TOWN_FOLK_AFTER)})\\b`, 'u');
const NUMBERS = wordSet(NUMBER_WORDS);
const townFolk = (c: Candidate): boolean => TOWN_FOLK.test(c.after) && !NUMBERS.has(c.key);

/** After a name in capitals: its state or country, an agency, then the dash of a dateline ("BYESVILLE --"). */
const DATELINE_TAIL = /^[ \t]*(?:,[^\n(—–]{0,40}?)?[ \t]*(?:\([^)\n]{1,80}\))?[ \t]*(?:--?|[–—])\s/u;

/**
 * "TORRINGTON — A fire destroyed…": a dateline opening a sentence (after a headline run into the text) names the
 * town the story was filed from, not a person starting the sentence.
 */
function filedFrom(surface: string, after: string): boolean {
  return surface.length >= 3 && surface === surface.toUpperCase() && DATELINE_TAIL.test(after);
}
