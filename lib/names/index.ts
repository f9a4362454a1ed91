// Names typed once: every capitalised run of the article is read as a person, organisation, team, work or place (or
// left unknown) with the rule that decided, before the quotes, places and entities engines run (lib/analyze.ts).
import { spaceWords } from '../text/space-split';
import type { KnowledgeBase } from '../entities/knowledge-base';
import { nameKey } from '../entities/knowledge-base';
import { readingIndex, type PlaceIndex } from '../places/gazetteer';
import type { TextLayer } from '../text';
import type { Span } from '../types';
import { NAME_RULES, personShaped, writtenLikeAName, type NameContext, type NameType } from './rules';
import { givenNameGender } from './gender';
import { withoutJoinedArticle } from './joined-article';
import { listedOrganisations, namesBeforeWho } from './cues';
import { OPENERS, readRuns, type Run } from './runs';
import { adverbBeforeName, roleBeforeName } from './openers';
import { wordSet } from '../lexicon/build';
import { LOCATIVE_PREPOSITIONS, MOTIONS } from '../lexicon/en/events';
import { isProductModelWord } from '../lexicon/en/works';
import { LEGAL_FORMS } from '../lexicon/en/organisations';

export type { NameType } from './rules';

export interface Name {
  start: number;
  end: number;
  text: string;
  type: NameType;
  /** The id of the rule that typed it (lib/names/rules.ts), 'unmatched' when none did. */
  reason: string;
  /**
   * Written like a person's name: one name word, or two to four not opening with a thing's name ("Google Stadia").
   * Worked out only for the names its reader (the entities engine) asks it of, those typed as a person's or read from
   * the title list; false for the rest.
   */
  shaped: boolean;
}

export interface NameTable {
  names: Name[];
  /** Name key (lower case) → the types its mentions were given. */
  types: Map<string, Set<NameType>>;
  /** First word's key → the types of the longer names it opens ("amnesty" of "Amnesty International"). */
  openers: Map<string, Set<NameType>>;
}

export interface NameLookups {
  kb: KnowledgeBase | null;
  gazetteer: PlaceIndex | null;
}

function typeRun(run: Run, key: string, ctx: NameContext): Pick<Name, 'type' | 'reason'> {
  for (const rule of NAME_RULES) {
    const type = rule.test(run, key, ctx);
    if (type) return { type, reason: rule.id };
  }
  return { type: 'unknown', reason: 'unmatched' };
}

/**
 * A run opening a sentence loses its first word when that word is grammar: one the text writes in lower case. A
 * given name stays, though the text writes the word too ("Will Hurd", "Bill Foster", "Mark Kelly" in political news
 * that says "will", "bill" and "mark"). So does an adverb or a trade before a given name, even one the text never
 * writes in lower case ("Yesterday Tom Baker", "Owner Betty Lang": names/openers).
 */
function withoutOpener(run: Run, lowerWords: ReadonlySet<string>): Run {
  if (!run.sentenceStart || run.words.length < 2) return run;
  const first = run.words[0].toLowerCase();
  const [word, next] = run.words;
  if (!adverbBeforeName(word, next) && !roleBeforeName(word, next)) {
    if (!OPENERS.has(first) && !lowerWords.has(first)) return run;
    if (!OPENERS.has(first) && givenNameGender(run.words[0]) !== null) return run;
  }
  return {
    ...run,
    start: run.starts[1],
    words: run.words.slice(1),
    starts: run.starts.slice(1),
    titled: false,
    before: '',
  };
}

const LEGAL = wordSet(LEGAL_FORMS);
/**
 * The first word of a longer name stands for it alone ("Amnesty" of "Amnesty International", "Avnet" of "Avnet Inc")
 * only when the name is a body the knowledge base knows, the word is no name of a person's shape (the text writes it
 * in lower case, or a function word), or a company's legal form ends the name. "Kowalczyk" after "the Kowalczyk
 * Institute" may be a person.
 */
function shortName(run: Run, reason: string, lowerWords: ReadonlySet<string>): boolean {
  const key = nameKey(run.words[0]);
  if (reason === 'known-name' || lowerWords.has(key) || OPENERS.has(key)) return true;
  return LEGAL.has(run.words[run.words.length - 1].toLowerCase());
}

/** The article's names, typed: runs of several words first, so a surname alone can refer back to them. */
export function readNames(layer: Pick<TextLayer, 'text' | 'tokens'>, lookups: NameLookups): NameTable {
  const read = readRuns(layer.text, layer.tokens);
  const lowerWords = read.lowerWords;
  const runs = read.runs.map((run) => withoutOpener(run, lowerWords));
  const texts = runs.map((run) => run.words.join(' '));
  const keys = texts.map(nameKey);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  // The gazetteer remembers its lookups while this text is read (a story names the same words again and again).
  const gazetteer = lookups.gazetteer && readingIndex(lookups.gazetteer);
  const ctx: NameContext = {
    ...{ kb: lookups.kb, gazetteer, lowerWords, counts, known: new Map() },
    ...{ surnames: new Set(), shapedSurnames: new Set() },
    beforeWho: namesBeforeWho(layer.text),
    listedOrganisations: listedOrganisations(layer.text),
  };
  const typed = runs.map((run, i) => (run.words.length > 1 ? typeRun(run, keys[i], ctx) : null));
  const surnames = new Set<string>();
  const shaped = new Set<string>();
  runs.forEach((run, i) => {
    const last = run.words[run.words.length - 1];
    const surname = nameKey(last);
    // "Mac Pro" read as a person's name ("Mac" is a given name): a product's model word is nobody's surname, or every
    // bare "Pro" would become that person.
    if (isProductModelWord(surname)) return;
    // A lower-case role before a name is too weak to make its last word a surname elsewhere ("a major Seattle firm").
    // "Bashar al-Assad": "al-Assad" and "Assad" alone are his surname.
    const bare = nameKey(withoutJoinedArticle(last));
    if (typed[i]?.type === 'person' && typed[i]?.reason !== 'role-before') surnames.add(surname).add(bare);
    // A bare title shaped like a person's name ("Novak Djokovic") may be one too.
    else if (typed[i]?.reason === 'name-shape' || (typed[i]?.reason === 'title-list' && personShaped(run, ctx)))
      shaped.add(surname).add(bare);
  });
  ctx.surnames = surnames;
  ctx.shapedSurnames = shaped;
  runs.forEach((run, i) => (typed[i] ??= typeRun(run, keys[i], ctx)));
  // "Berik Uali" … "Uali said": a surname used alone says the full name is a person's (so does one that "who" takes
  // up: "Rahm Emanuel" … "Emanuel, who resisted …").
  const alone = new Set(['surname-alone', 'who-after']);
  const usedAlone = new Set(keys.filter((_, i) => alone.has(typed[i]!.reason)));
  // The runs' shapes are read only when some surname is used alone.
  if (usedAlone.size)
    runs.forEach((run, i) => {
      const reason = typed[i]!.reason;
      const shapedName = reason === 'name-shape' || (reason === 'title-list' && personShaped(run, ctx));
      const last = run.words[run.words.length - 1];
      if (shapedName && (usedAlone.has(nameKey(last)) || usedAlone.has(nameKey(withoutJoinedArticle(last)))))
        typed[i] = { type: 'person', reason: 'surname-alone' };
    });
  const names: Name[] = [];
  const types = new Map<string, Set<NameType>>();
  const openers = new Map<string, Set<NameType>>();
  runs.forEach((run, i) => {
    const { type, reason } = typed[i]!;
    const shaped = (type === 'person' || reason === 'title-list') && writtenLikeAName(run, ctx);
    names.push({ start: run.start, end: run.end, text: texts[i], type, reason, shaped });
    addType(types, keys[i], type);
    if (run.words.length > 1 && shortName(run, reason, lowerWords)) addType(openers, nameKey(run.words[0]), type);
  });
  return { names, types, openers };
}

function addType(types: Map<string, Set<NameType>>, key: string, type: NameType): void {
  const seen = types.get(key);
  if (seen) seen.add(type);
  else types.set(key, new Set([type]));
}

/**
 * A name the table reads as an organisation, a team or a place and never as a person ("Austria said", "Google
 * said"): a speaker so named is an organisation speaking.
 */
export function namesNoPerson(table: NameTable, name: string): boolean {
  const key = nameKey(name);
  const types = table.types.get(key);
  if (types?.has('person')) return false;
  if (types && (types.has('organization') || types.has('place') || types.has('team') || types.has('work'))) return true;
  // "received by Amnesty" after "Amnesty International": one word opening an organisation's name, no person's.
  const longer = key.includes(' ') ? undefined : table.openers.get(key);
  return longer !== undefined && longer.has('organization') && !longer.has('person');
}

/** Where a place is said to be: "in Houston", "near Jackson", "outside Lincoln". */
const LOCATIVE_BEFORE = new RegExp(`\\b(?:${LOCATIVE_PREPOSITIONS.join('|')})\\s+$`, 'i');
/** "flew to Houston", "returned from Jackson": to/from after a motion ("wrote to Jackson" names a person). */
const MOTION_BEFORE = new RegExp(`\\b(?:${MOTIONS.join('|')})\\s+(?:\\S+\\s+){0,2}?(?:to|into|from)\\s+$`, 'i');

/**
 * "in Houston" after "Whitney Houston": a surname alone after a locative preposition is the place of that name, so
 * the places engine is not told it is a person.
 */
const placeAfterAPreposition = (n: Name, text: string) =>
  (n.reason === 'surname' || n.reason === 'famous-surname') &&
  !n.text.includes(' ') &&
  // "in Cairo's words": a possessive is the person's.
  !/^['’]s\b/.test(text.slice(n.end, n.end + 3)) &&
  (LOCATIVE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) ||
    MOTION_BEFORE.test(text.slice(Math.max(0, n.start - 50), n.start)));

/** Person rules too noisy to veto a place inside the name (the name lists hold "Coral"; "a major Seattle industry"). */
const WEAK_PERSON = new Set(['given-name', 'gendered-name']);
/** Evidence the entities engine reads that the places engine does not need ("in Seattle" after "spokesman Seattle"). */
const ENTITIES_ONLY = new Set(['role-before', 'surname-alone']);

/**
 * The people the table names, for the places engine: where the text names them ("Elizabeth Warren"), and the lower-case
 * words of their names ("stuart", "kaplan" of "Stuart R. Kaplan").
 */
export function peopleOf(
  table: NameTable,
  text: string,
): { words: Set<string>; spans: Span[]; things: Span[]; teams: Span[]; fullNames: Span[] } {
  const words = new Set<string>();
  const spans: Span[] = [];
  // People named in full, weak reasons too ("Kevin Warren" is typed by its given name): a dateline's town does not
  // take their surname when it is written alone.
  const fullNames: Span[] = [];
  // Teams and works ("Nottingham Forest", a film's title): no place and no site of the story, whatever their words.
  const things: Span[] = [];
  // Teams alone: a season's list of dates names opponents where a tour's names venues ("Aug. 9 -- Dallas Cowboys, …").
  const teams: Span[] = [];
  for (const n of table.names) {
    if (n.type === 'team' || n.type === 'work') things.push({ start: n.start, end: n.end });
    if (n.type === 'team') teams.push({ start: n.start, end: n.end });
    if (n.type !== 'person' || ENTITIES_ONLY.has(n.reason)) continue;
    if (n.text.includes(' ')) fullNames.push({ start: n.start, end: n.end });
    if (!WEAK_PERSON.has(n.reason) && !placeAfterAPreposition(n, text)) spans.push({ start: n.start, end: n.end });
    for (const w of spaceWords(n.text.toLowerCase())) words.add(w);
  }
  return { words, spans, things, teams, fullNames };
}

/**
 * The name the table read at [start, end), if any: exactly there, or a longer name ending there ("Gordon Sondland" in
 * the table's "European Union Gordon Sondland"). Names are in text order and do not overlap.
 */
export function nameAt(table: NameTable, start: number, end: number): Name | null {
  const { names } = table;
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].start <= start) lo = mid + 1;
    else hi = mid;
  }
  const n = lo > 0 ? names[lo - 1] : undefined; // no names[-1]: a slow property look-up (V8)
  return n && n.end === end ? n : null;
}

/** Every type the table gave a name written so ("Berik Uali" titled once is a person everywhere). */
export const typesOf = (table: NameTable, name: string): ReadonlySet<NameType> =>
  table.types.get(nameKey(name)) ?? new Set();

/** The name the table read ending at `end`, if any (names are in text order and do not overlap). */
export function nameEndingAt(table: NameTable, end: number): Name | null {
  const { names } = table;
  let lo = 0;
  let hi = names.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (names[mid].end < end) lo = mid + 1;
    else hi = mid;
  }
  return names[lo]?.end === end ? names[lo] : null;
}

/** Types that say a name is no person's. */
const NO_PERSON = new Set<NameType>(['organization', 'place', 'team', 'work']);

/**
 * A name the table typed as no person's by evidence in the name itself or a lookup ("Aberdeen Royal Infirmary",
 * "Sioux Falls", "MacBook Pro"). A bare popular title is no such evidence: "Novak Djokovic" is a title too.
 */
export const typedNoPerson = (n: Name) => NO_PERSON.has(n.type) && n.reason !== 'title-list';
