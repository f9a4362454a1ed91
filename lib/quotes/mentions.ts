// Reads a speaker mention: the words next to a cue ("his spokesman Berik Uali", "he", "the country's presidency",
// "relatives of the officers") → what kind of source it is, the name in it and the role it gives.
import type { SpeakerType } from '../types';
import { isGivenName } from '../names/gender';
import { adverbBeforeName, roleBeforeName } from '../names/openers';
import { CUE_INVERTED, CUE_VERBS } from './cues';
import { AnyCase, alternation, capitalise, exactly, wordSet, withPoint } from '../lexicon/build';
import {
  HONORIFICS as ADDRESS,
  NAME_ABBREVIATIONS,
  NOBLE_ADDRESS,
  OFFICE_ABBREVIATIONS,
  RANK_ABBREVIATIONS,
  RANK_ABBREVIATIONS_RARE,
} from '../lexicon/en/address';
import { MONTHS, RELATIVE_DAYS, WEEKDAYS } from '../lexicon/en/calendar';
import {
  AFFILIATION_PREPOSITIONS,
  AFTER_AUXILIARY,
  AUXILIARIES,
  CLAUSE_OPENING_WORDS,
  FRAGMENT_ENDS,
  GOVERNING_WORDS,
  GROUP_QUANTIFIERS,
  HEAD_ENDING_PREPOSITIONS,
  INDEFINITE_DETERMINERS,
  ISSUING_PREPOSITIONS,
  INDIRECT_QUESTION_WORDS,
  LEADING_CONNECTIVES,
  FOCUS_ADVERBS,
  LEADING_PREPOSITIONS,
  OCCASIONAL_LEADING_PREPOSITIONS,
  PREPOSITIONS_OPENING_NAMES,
  LONE_OPENING_ADVERBS,
  NAME_INNER_PREPOSITIONS,
  NAME_OPENING_FUNCTION_WORDS,
  NUMBER_WORDS,
  OBJECT_PREPOSITIONS,
  OFFICE_PREPOSITIONS,
  NAMING_PARTICIPLES,
  ROLE_JOINING_PARTICIPLES,
  ROLE_BREAKS,
  ROLE_PLACE_PREPOSITIONS,
  RESTRICTIVE_RELATIVE_WORDS,
  SENTENCE_OPENERS,
  SOURCE_DETERMINERS,
} from '../lexicon/en/clause-words';
import {
  COORDINATORS,
  OBJECT_PRONOUNS,
  PERSONAL_PRONOUNS,
  POINTING_WORDS,
  QUESTION_WORDS,
  SOURCE_PRONOUNS,
} from '../lexicon/en/function-words';
import {
  AGENT_ENDINGS,
  ENT_ANT_ENDINGS,
  PARTICIPLE_ENDINGS,
  PAST_AFTER_ADVERB_ENDINGS,
  GENDERED_PERSON_ENDINGS,
} from '../lexicon/en/word-endings';
import { NAME_PARTICLES, NAMES_ENDING_IN_LY } from '../lexicon/en/names';
import { lowerJoinedName } from '../names/joined-article';
import { WHEN_ADVERBS_BEFORE_CUE } from '../lexicon/en/speech';
import { STATE_NAMES } from '../lexicon/en/us-states';
import * as org from '../lexicon/en/organisations';
import {
  OCCUPATIONS,
  PERSON_NOUNS,
  POLICE_AND_MILITARY_RANKS,
  PROFESSIONS,
  SHOWN_PERSON_NOUNS,
  TIES_TO_A_PERSON,
  TITLE_WORDS as TITLE_LIST,
  TITLES_OF_A_PLACE,
} from '../lexicon/en/roles';
import { isAgentNoun } from './shown-role';
import { POSSESSIVES } from '../lexicon/en/determiners';
import {
  ADDRESSEE_PREPOSITIONS,
  ANONYMOUS_HEADS,
  AUTHOR_PREPOSITIONS,
  DOCUMENT_GOT_PARTICIPLES,
  DOCUMENT_HANDED_PARTICIPLES,
  DOCUMENT_HOLDER_PREPOSITIONS,
  HANDED_TO_PREPOSITIONS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  MESSAGE_NOUNS,
  NEWS_MEDIUM_NOUNS,
  ORGANISATION_CLASS_NOUNS,
} from '../lexicon/en/sources';
import { charClass, wordSpans } from '../text/chars';
import { latinFirst } from '../text/latin-first';
import { endsInPossessive } from '../text/end-reads';

// Word shapes tested per token. Module constants: a regex literal with \p{…} inside a function is compiled to a
// new RegExp at each call by the TypeScript runner's transform (esbuild lowers it for Node), a cost per word.
const ACRONYM = /^\p{Lu}{2,}$/u;
const SHORT_ACRONYM = /^\p{Lu}{2,6}$/u;
const ALL_CAPITALS = /^[\p{Lu}\p{N}'’-]+$/u;
const OPENS_LOWER = /^\p{Ll}/u;
const ALL_LOWER = /^\p{Ll}+$/u;
const LOWER_ING = /^\p{Ll}+ing$/u;
// Asked after `endsWith('ing')`, which the pattern needs: most first words are no participle.
const CAPITAL_ING = /^\p{Lu}\p{Ll}+ing$/u;
const LOWER_LY = /^\p{Ll}+ly$/u;

export type MentionKind = 'name' | 'pronoun' | 'role' | 'organization' | 'group' | 'anonymous';

export interface Mention {
  kind: MentionKind;
  /** [start, end) in the article text of the words the speaker is taken from. */
  start: number;
  end: number;
  /** The name as written (for names and organisations), or the phrase (roles, groups). */
  text: string;
  /** Role or title given with the name ("Kazakh President", "spokesman"). */
  role: string | null;
  /** Head noun of a role mention ("spokesman", "leader"), lower case. */
  head: string | null;
}

// "it" speaks for an organisation or a document ("It added, …").
const PRONOUNS = exactly(SOURCE_PRONOUNS);
export const TITLE_WORDS = wordSet(TITLE_LIST);
// \u2024: a masked abbreviation point (see maskAbbreviations).
const HONORIFICS = wordSet(
  withPoint(ADDRESS),
  ADDRESS.map((w) => `${w}\u2024`),
  NOBLE_ADDRESS,
  ['miss'],
);
export const ORG_HEADS = wordSet(org.ORGANISATION_HEADS, org.GOVERNMENT_SEATS, org.SPEAKING_BODIES);
// The sets asked of a token's word as written, in any case (AnyCase: no lower-case copy of each word).
export const TITLE_WORD = new AnyCase(TITLE_WORDS);
const HONORIFIC = new AnyCase(HONORIFICS);
const ORG_HEAD = new AnyCase(ORG_HEADS);
// "the tabloid", "the retailer": class nouns for an organisation named before; heads of organisation mentions only.
const CLASS_HEADS = new Set([...ORGANISATION_CLASS_NOUNS, ...NEWS_MEDIUM_NOUNS]);
// Documents speak for whoever wrote them; typed with organisations, not people.
const DOCUMENT_HEADS = new Set(DOCUMENT_NOUNS);
const ORG_NAME_ENDS = [
  ...org.ORGANISATION_HEADS,
  ...org.GOVERNMENT_SEATS,
  ...org.NEWS_OUTLET_HEADS,
  ...org.NEWS_OUTLET_HEADS_PRINT,
  ...org.SERVICE_HEADS,
  ...org.NEWS_AGENCIES,
  ...org.BUSINESS_NAME_ENDS,
];
/** "GunBroker.com", "TheIowaRepublican.com": a web address names a site and the body behind it. */
export const WEB_ADDRESS = new RegExp(`\\p{L}[\\p{L}\\d-]*[.\\u2024](?:${alternation(org.WEB_DOMAINS)})$`, 'u');
// A full stop or a masked one (\u2024) in the string: what WEB_ADDRESS needs, tested first (the pattern, anchored at
// the end only, is tried from every character).
const hasPoint = (s: string) => s.includes('.') || s.includes('\u2024');
// The words that end an organisation's name ("… Ministry", "… Inc."), compared as written with the ASCII-letter word
// that ends a name, not by an end-anchored alternation (which, compiled late and so unoptimised in V8, was tried at
// every character of every name read).
const ORG_END_WORDS = new Set(ORG_NAME_ENDS.map(capitalise));
const LEGAL_END_WORDS = new Set(org.LEGAL_FORMS.slice(0, 2));
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isAsciiWordChar = (c: number) => isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 95;

/** The ASCII letters ending at `end` of `s` when an ASCII word edge opens them, else ''. */
function lastAsciiWord(s: string, end: number): string {
  let start = end;
  while (start > 0 && isAsciiLetter(s.charCodeAt(start - 1))) start--;
  return start === end || isAsciiWordChar(s.charCodeAt(start - 1)) ? '' : s.slice(start, end);
}

/**
 * The name ends in an organisation's head word or a legal form ("Inc", "Corp", with or without its point), as a word
 * of its own: what /\b(?:Ministry|…|(?:Corp|Inc)\.?)$/ matches.
 */
export function endsInOrgWord(name: string): boolean {
  const last = lastAsciiWord(name, name.length);
  if (ORG_END_WORDS.has(last) || LEGAL_END_WORDS.has(last)) return true;
  return name.endsWith('.') && LEGAL_END_WORDS.has(lastAsciiWord(name, name.length - 1));
}
const GROUP_HEADS = new Set(GROUP_NOUNS);
// People named by relation or job ("his colleague", "her husband", "a top aide"): role nouns without a telling suffix.
export const PERSON_HEADS = wordSet(PERSON_NOUNS);
// Names that end like a sentence adverb ("Kelly responded" is no "Normally").
const LY_NAMES = exactly(NAMES_ENDING_IN_LY, 'u');
// A capitalised sentence adverb alone ("Normally", "Indeed") is no name.
const LONE_ADVERB = new RegExp(`^(?:\\p{Lu}\\p{Ll}+ly|${alternation(LONE_OPENING_ADVERBS.map(capitalise))})$`, 'u');
const CALENDAR = exactly([...WEEKDAYS, ...MONTHS, ...RELATIVE_DAYS].map(capitalise), '');
const WEEKDAY_WORD = exactly(WEEKDAYS.map(capitalise), '');
const DETERMINERS = new RegExp(`^(?:${alternation(SOURCE_DETERMINERS)})\\s+`, 'i');
// DETERMINERS for one token (which holds no white space): the determiner is the whole word.
const DETERMINER_WORD = exactly(SOURCE_DETERMINERS);
// US state names, which are given names too ("Virginia", "Georgia"): before an office they are the place.
const STATE_NAME_SET = new Set(STATE_NAMES);
const INDEFINITE = new RegExp(`^(?:${alternation(INDEFINITE_DETERMINERS)})\\s+`, 'i');
// Latin-1 first (latinFirst): asked of ~50 words per article.
const NAME_TOKEN = latinFirst(
  new RegExp(`^(?:\\p{Lu}[\\p{L}'’.\\u2024&-]*|(?:${alternation(NAME_PARTICLES)})|\\p{Lu}\\.)$`, 'u'),
);

export function mentionType(kind: MentionKind): SpeakerType {
  if (kind === 'name' || kind === 'pronoun' || kind === 'role') return 'person';
  if (kind === 'organization') return 'organization';
  if (kind === 'group') return 'group';
  return 'unknown';
}

interface Token {
  word: string;
  start: number;
  end: number;
  /** isCapital(word), asked of most tokens several times: read once. */
  cap: boolean;
}

// Lower-case particles inside a name ("Bill de Blasio", "Osama bin Laden").
const NAME_PARTICLE = exactly(NAME_PARTICLES, '');

// Job and rank words that stand before a name but are no titles of office ("Superintendent Jennifer McCormick",
// "Filmmaker Geeta Gandbhir", "Lt Col Alexander Vindman").
const NAME_LEADERS = wordSet(PROFESSIONS, POLICE_AND_MILITARY_RANKS, RANK_ABBREVIATIONS, RANK_ABBREVIATIONS_RARE, [
  'prof',
]);

/** A word before a name that is a job, a rank or an acronym of the employer ("NASA Administrator", "Browns DL"). */
function leadsAName(word: string, i: number, runLength: number): boolean {
  // Plurals and compounds too: "Singer-guitarists Tom Johnston". tokens() has already dropped a rank's point ("Cmdr.").
  const lower = word.toLowerCase();
  if (
    NAME_LEADERS.has(lower) ||
    lower
      .replace(/s$/, '')
      .split('-')
      .every((part) => NAME_LEADERS.has(part))
  )
    return true;
  // An acronym before at least two more words ("NASA Administrator Jim Bridenstine", "Browns DL Sheldon Richardson").
  return ACRONYM.test(word) && i < runLength - 2;
}

const JOBS = wordSet(OCCUPATIONS);
/**
 * The word after a title word goes on with the title: a job the lexicon lists ("Chief Executive"), or a noun for what
 * someone does by its ending ("Chief Strategist") that is no given name itself, before one ("Coach Tanner Smith":
 * Tanner is the name).
 */
function titleGoesOn(word: string, next: string): boolean {
  const lower = word.toLowerCase();
  return JOBS.has(lower) || (isAgentNoun(lower) && !isGivenName(word) && isGivenName(next));
}

/** Initials ("J.", "U.S") and title abbreviations keep their point as part of the word ("Sen.", "Jr."). */
const POINTED_ABBREVIATIONS = [...ADDRESS, ...OFFICE_ABBREVIATIONS, ...RANK_ABBREVIATIONS, ...NAME_ABBREVIATIONS];
const KEEPS_POINT = new RegExp(`^(?:\\p{Lu}[.\\u2024])*\\p{Lu}$|^(?:${alternation(POINTED_ABBREVIATIONS)})$`, 'iu');

// A phrase's words: the matches of /[\p{L}\p{N}&][\p{L}\p{N}'’.\u2024&-]*/gu, found by a scan by character code. "&" is
// a word of a body's name, alone ("Johnson & Johnson") or inside one ("AT&T").
const WORD_START = charClass(/^[\p{L}\p{N}&]$/u);
const WORD_PART = charClass(/^[\p{L}\p{N}'’.\u2024&-]$/u);

function tokens(phrase: string, offset: number): Token[] {
  const spans = wordSpans(phrase, WORD_START, WORD_PART);
  const toks: Token[] = [];
  for (let i = 0; i < spans.length; i += 2) {
    const raw = phrase.slice(spans[i], spans[i + 1]);
    const word = pointed(raw);
    toks.push({ word, start: offset + spans[i], end: offset + spans[i + 1], cap: isCapital(word) });
  }
  return toks;
}

/** A masked abbreviation point (\u2024, see maskAbbreviations) reads as a period, so "Gov․" is the title "gov.". */
function pointed(raw: string): string {
  const last = raw[raw.length - 1];
  if (last !== '.' && last !== '\u2024') return raw;
  return raw.replace(/\u2024$/, '.').replace(/[.]$/, (dot) => (KEEPS_POINT.test(raw.slice(0, -1)) ? dot : ''));
}

// A token holds no white space: of the cues only the one-word ones can be one, and exactly() answers a plain word
// from a set (each was an alternation of every cue, tried per word of a mention).
const ONE_WORD_CUES = CUE_VERBS.filter((v) => !v.includes(' '));
const ROLE_BREAK = exactly([...ONE_WORD_CUES, ...ROLE_BREAKS]);
const FUNCTION_WORD = exactly(NAME_OPENING_FUNCTION_WORDS);
const LEAD_PREPOSITION = exactly([...LEADING_PREPOSITIONS, ...OCCASIONAL_LEADING_PREPOSITIONS]);
const OPENS_NAMES = new Set(PREPOSITIONS_OPENING_NAMES);
/**
 * A phrase opened by a preposition that also opens names, whose words are all capitalised, is a name ("Beyond Meat
 * said", "Inside Climate News reported"); not "Alongside BLM calls for action, a strategist said". Where such a run
 * is followed by a comma and the clause ("Inside City Hall, aides said") the readers around this one read it as an
 * introductory phrase (opensWithNamePreposition).
 */
const nameOpenedByPreposition = (toks: readonly Token[]) =>
  OPENS_NAMES.has(toks[0].word.toLowerCase()) && toks.every((t) => t.cap);
const NAME_PREPOSITION_OPENING = new RegExp(`^(?:${alternation(PREPOSITIONS_OPENING_NAMES)})\\s`, 'i');
/** "Beyond Meat", "Inside City Hall": the phrase opens with a preposition that also opens names. */
export const opensWithNamePreposition = (phrase: string) => NAME_PREPOSITION_OPENING.test(phrase);
const SENTENCE_OPENER = exactly(SENTENCE_OPENERS);
const GOVERNS = exactly(GOVERNING_WORDS);
function endsInSubject(toks: Token[]): boolean {
  let r = toks.length;
  while (r > 0 && toks[r - 1].cap) r--;
  return r > 1 && r < toks.length && !GOVERNS.test(toks[r - 1].word) && !endsInPossessive(toks[r - 1].word);
}
const NUMBER_WORD = new RegExp(`^(?:${alternation(NUMBER_WORDS.map(capitalise))})(?:-\\p{L}+)?$`, 'u');
// The first letter is tested by code before the regex: most words are lower case.
// "al-Assad": a lower-case name word opened by a joined particle is capitalised where it counts.
const isCapital = (w: string) =>
  w.length > 0 && ((CAPITAL(w.codePointAt(0)!) && NAME_TOKEN.test(w)) || lowerJoinedName(w));
const CAPITAL = charClass(/^\p{Lu}$/u);
const stripPossessive = (w: string) => (endsInPossessive(w) ? w.slice(0, -2) : w);

const OBJECT_PRONOUN = exactly(OBJECT_PRONOUNS, '');
const CONNECTIVE = exactly(LEADING_CONNECTIVES);
const FOCUS_ADVERB = exactly(FOCUS_ADVERBS);
const INVERTED_CUE = exactly(
  ONE_WORD_CUES.filter((v) => new RegExp(`^${CUE_INVERTED}$`, 'iu').test(v)),
  'iu',
);
// A lower-case participle, then an object ("her", "some", "the") and no name anywhere in the phrase.
const participleClause = (toks: Token[]) =>
  toks.length > 1 &&
  LOWER_ING.test(toks[0].word) &&
  (DETERMINER_WORD.test(toks[1].word) || OBJECT_PRONOUN.test(toks[1].word)) &&
  !toks.some((t) => t.cap);
const bodyAndRole = (toks: Token[]) =>
  toks.length > 3 && toks[1].cap && !CALENDAR.test(toks[1].word) && ALL_LOWER.test(toks[2].word);

// A past form in -ed ("questioned", "hired", "cross-examined"); a naming participle goes on with the role ("a
// graduate student named"), and so does one that joins two roles ("officer turned novelist").
const ROLE_GOES_ON = new Set([...NAMING_PARTICIPLES, ...ROLE_JOINING_PARTICIPLES]);
const PAST_ED = /^\p{Ll}[\p{Ll}-]*\p{Ll}ed$/u;
/**
 * "Smith's lawyer questioned Tom Ward": a past verb right after a person's noun goes on with that person's clause,
 * so the words up to it are no role of the name after it. A role holds a past form only before its head noun
 * ("retired judge Ada Brill"). Returns where the role may start: after the last such verb (0 if none).
 */
function pastAfterHead(lead: Token[]): number {
  for (let i = lead.length - 1; i > 0; i--) {
    const head = stripPossessive(lead[i - 1].word.toLowerCase());
    const past = PAST_ED.test(lead[i].word) && !ROLE_GOES_ON.has(lead[i].word);
    if (past && (PERSON_HEADS.has(head) || TITLE_WORDS.has(head))) return i + 1;
  }
  return 0;
}

const TRADE_WORD = wordSet(org.TRADES_JOINED_BY_AND);
/**
 * "Johnson & Johnson", "Barnes & Noble": an "&" between capitalised words joins them into one body's name; so does
 * "and" next to a line of business (lexicon TRADES_JOINED_BY_AND: "Florida Power and Light") or between the same word
 * ("Johnson and Johnson"). Not "Maria Lopez and Tom Baker", "Democrats and Republicans": two sources.
 */
function joinsName(toks: Token[], i: number): boolean {
  // (No read at index -1 or past the end: V8 looks those up as named properties, slowly, and the site stays slow.)
  if (i <= 0 || i + 1 >= toks.length || !toks[i - 1].cap || !toks[i + 1].cap) return false;
  if (toks[i].word === '&') return true;
  if (toks[i].word !== 'and') return false;
  const words = [toks[i - 1].word, toks[i + 1].word].map((w) => w.toLowerCase());
  return words[0] === words[1] || words.some((w) => TRADE_WORD.has(w));
}

const RESTRICTIVE = new Set(RESTRICTIVE_RELATIVE_WORDS);
/** "Doctors", "nurses", "Residents": a plural noun for people (a group noun, or a person noun and "s"). */
function isPeoplePlural(word: string): boolean {
  const w = word.toLowerCase();
  return GROUP_HEADS.has(w) || (w.endsWith('s') && PERSON_HEADS.has(w.slice(0, -1)));
}

/**
 * The readings of the article being read, by phrase, placed as if the phrase started at 0: a story reads the same
 * phrases again and again (each name run for the people index, then the same words beside each quote), and a reading
 * depends on the phrase alone (`offset` only moves it). Emptied per article (forgetReadings) and when it grows large.
 */
const readings = new Map<string, Mention | null>();
const MAX_READINGS = 4096;

/** Lets the last article's phrases go (they are slices of its text, which they would keep alive). */
export function forgetReadings(): void {
  readings.clear();
}

/** Reads the mention in `phrase`, which starts at `offset` in the text. Null when it holds no plausible source. */
export function readMention(phrase: string, offset: number): Mention | null {
  let read = readings.get(phrase);
  if (read === undefined) {
    if (readings.size >= MAX_READINGS) readings.clear();
    read = readPhrase(phrase, 0);
    readings.set(phrase, read);
  }
  // A new object per call, as before: a caller may change the one it is given.
  return read && { ...read, start: read.start + offset, end: read.end + offset };
}

const TRAILING_ADVERB = exactly(WHEN_ADVERBS_BEFORE_CUE, '');

/** The reading itself, not remembered (exported for the test that compares it with readMention). */
export function readPhrase(phrase: string, offset: number): Mention | null {
  const read = readWords(phrase, offset);
  // "A statement from the Clinton campaign", "Tom Baker's tweet": a message read whole is its sender's words.
  return read?.kind === 'organization' && read.head && isMessage(read.head) ? (senderOf(read) ?? read) : read;
}

/** readPhrase before a message is given to its sender. */
function readWords(phrase: string, offset: number): Mention | null {
  let toks = tokens(phrase, offset);
  while (toks.length && CONNECTIVE.test(toks[0].word)) toks = toks.slice(1);
  // "even a top GOP strategist", "Only one official": a focus adverb before the determiner is no part of the source.
  if (toks.length > 2 && FOCUS_ADVERB.test(toks[0].word) && DETERMINER_WORD.test(toks[1].word)) toks = toks.slice(1);
  // "said a prominent committee member who supports Trump": an inverted cue before its subject is no part of it.
  if (toks.length > 2 && INVERTED_CUE.test(toks[0].word) && DETERMINER_WORD.test(toks[1].word)) toks = toks.slice(1);
  // "a prominent committee member who supports Trump", "Nurses at the clinic where Ann Reyes works": a description's
  // relative clause names someone else. The description opens with a determiner and its noun ("a member who"), or
  // is a plural noun for people ("Doctors who"). A relative word after a preposition is the subject itself ("many of
  // whom said").
  const plural = toks.length > 1 && isPeoplePlural(toks[0].word);
  const described = plural || (toks.length > 1 && DETERMINER_WORD.test(toks[0].word));
  const who = described ? relativeAt(toks, plural ? 1 : 2) : -1;
  // Not when a comma closes the clause before a name ("A Texas voter who supports Trump, Golvach lost …").
  if (who > 0 && !phrase.slice(toks[who].start - offset).includes(',')) {
    toks = toks.slice(0, who);
    phrase = phrase.slice(0, toks[who - 1].end - offset);
  }
  let held = withoutAddressee(withoutHolder(toks));
  // "The official further", "the mayor also": an adverb of time or order after the noun is the clause's.
  while (held.length > 1 && TRAILING_ADVERB.test(held[held.length - 1].word)) held = held.slice(0, -1);
  if (held.length < toks.length && held.length) phrase = phrase.slice(0, held[held.length - 1].end - offset);
  toks = held;
  if (toks.length === 0 || toks.length > 12) return null;
  // The phrase itself starts where its first kept word does ("As one employee" reads as "one employee").
  phrase = phrase.slice(toks[0].start - offset);
  offset = toks[0].start;
  // A phrase opened by a preposition or a participle is a circumstance, not a source ("In a speech at the rally").
  // Yet "In a Bloomberg interview Trump" ends in a subject: a name not governed by a preposition or article.
  // "echoing some far-right commentators", "telling the crowd": a participle and its object are no source.
  if (participleClause(toks)) return null;
  // Not so a place's name before a body and a role ("Wyoming GOP chairman Matt Micheli").
  if (toks.length > 1 && toks[0].word.endsWith('ing') && CAPITAL_ING.test(toks[0].word) && !bodyAndRole(toks))
    return null;
  if (
    toks.length > 1 &&
    LEAD_PREPOSITION.test(toks[0].word) &&
    !nameOpenedByPreposition(toks) &&
    !/^at least$/i.test(`${toks[0].word} ${toks[1].word}`)
  ) {
    if (!endsInSubject(toks)) return null;
    // The introductory phrase is no part of the mention or the role.
    toks = toks.filter((t, i) => i >= toks.length - 1 || (t.cap && toks.slice(i).every((u) => u.cap)));
  }
  const affiliated = withoutAffiliation(toks);
  toks = affiliated.toks;
  const first = toks[0];
  const last = toks[toks.length - 1];
  const span = { start: first.start, end: last.end };
  if (toks.length === 1 && PRONOUNS.test(first.word))
    return { kind: 'pronoun', ...span, text: first.word, role: null, head: null };
  // "He’s claiming that …": a pronoun with "is"/"has" run on is the pronoun.
  const contracted = toks.length === 1 && /^(he|she|it)['’]s$/i.exec(first.word);
  if (contracted)
    return {
      kind: 'pronoun',
      start: first.start,
      end: first.start + contracted[1].length,
      text: contracted[1],
      role: null,
      head: null,
    };

  // The last run of capitalised tokens is the name ("his spokesman Berik Uali", "Kazakh President Tokayev").
  let runEnd = toks.length;
  while (runEnd > 0 && !toks[runEnd - 1].cap) runEnd--;
  let runStart = runEnd;
  while (
    runStart > 0 &&
    (toks[runStart - 1].cap || NAME_PARTICLE.test(toks[runStart - 1].word) || joinsName(toks, runStart - 1))
  )
    runStart--;
  // A lone capitalised determiner at the start ("The ministry", "His spokesman") is not a name.
  if (runStart === 0 && runEnd === 1 && DETERMINER_WORD.test(first.word)) runStart = runEnd = 0;
  const trailing = toks.slice(runEnd);
  // "Lewandowski earlier quashed", "Cruz would not comment on an order": the words after a name that opens the phrase
  // are its clause going on, not a noun it modifies ("Clinton aides", "Trump's campaign"); the name is the source.
  if (runStart === 0 && runEnd > 0 && trailing.length && goesOnAfterName(toks, runEnd)) {
    const name = readMention(phrase.slice(0, toks[runEnd - 1].end - offset), offset);
    if (name?.kind === 'name') return name;
  }
  if (runEnd > runStart && trailing.length === 0) {
    const office = nameAfterOf(toks, runStart, runEnd, span) ?? officeHolder(toks, runStart, runEnd, span, phrase);
    if (office) return office;
    if (governedRun(toks, runStart))
      return sourceHead(toks[runStart - 2].word) ? roleMention(toks, span, phrase) : null;
    const run = toks.slice(runStart, runEnd);
    let lastTitle = -1;
    let placeRole: string | null = null;
    // "Amy Pope", "Rep. Steve King": a title word ending the run right after a first name that opens it (or follows a
    // title) is a surname. Not "South Carolina Democrat": "Carolina" opens no name there. Not "the Virginia Governor",
    // "Ohio's Austin Mayor", "Virginia Governor": with no title first, a determiner or possessive before the run or a
    // state name as the first name makes it a place and an office.
    const wordBefore = runStart > 0 ? toks[runStart - 1].word : '';
    const placeOpens =
      DETERMINER_WORD.test(wordBefore) || endsInPossessive(wordBefore) || STATE_NAME_SET.has(run[0].word);
    for (let i = 0; i < run.length; i++) {
      const word = run[i].word;
      if (
        (TITLE_WORD.has(word) && !surnameTitle(run, i, placeOpens)) ||
        HONORIFIC.has(word) ||
        (i < run.length - 1 && leadsAName(word, i, run.length)) ||
        (i === 0 && roleBeforeName(word, run[1]?.word))
      )
        lastTitle = i;
    }
    // "Chief Executive Tim Cook", "Chief Strategist Steve Bannon": a job right after the last title word, with a name
    // after it, is the title's second word.
    if (lastTitle >= 0 && lastTitle + 2 < run.length && titleGoesOn(run[lastTitle + 1].word, run[lastTitle + 2].word))
      lastTitle++;
    // "ambassador to Britain Liu Xiaming", "envoy to Ukraine Kurt Volker": the place belongs to the role.
    // (The two words before the run read in place: a list of them, often empty, threw V8's optimised code out.)
    const roleBefore = runStart >= 2 ? toks[runStart - 2].word.toLowerCase() : '';
    if (
      lastTitle < 0 &&
      run.length >= 3 &&
      runStart >= 2 &&
      ROLE_PLACE_PREPOSITION.test(toks[runStart - 1].word.toLowerCase()) &&
      (TITLE_WORDS.has(roleBefore) || PERSON_HEADS.has(roleBefore))
    ) {
      lastTitle = 0;
      placeRole = `${toks[runStart - 2].word} ${toks[runStart - 1].word} ${run[0].word}`;
    }
    let nameTokens = run.slice(lastTitle + 1);
    // A sentence-initial function word is capitalised but not part of a name ("During Tuesday's debate",
    // "With Clinton").
    const before = nameTokens.length;
    while (nameTokens.length && (FUNCTION_WORD.test(nameTokens[0].word) || SENTENCE_OPENER.test(nameTokens[0].word)))
      nameTokens = nameTokens.slice(1);
    // An adverb before a given name opens the clause ("Yesterday Tom Baker said", "Normally Tom Baker").
    if (nameTokens.length > 1 && adverbBeforeName(nameTokens[0].word, nameTokens[1].word))
      nameTokens = nameTokens.slice(1);
    // Only opener words ("Once", "After", "My"): nothing in the phrase names anyone.
    if (before && !nameTokens.length && lastTitle < 0 && runStart === 0) return null;
    // A lone sentence adverb is capitalised but no name ("Normally", "Already"). An adverb's "-lly" follows "a" or
    // "u" ("Finally", "Fully"); after another vowel it ends a name ("Skelly", "Connolly", "Reilly"). After a title
    // the word is a surname, whatever its ending ("Mrs. Schlafly", "Mr. Early").
    if (
      nameTokens.length === 1 &&
      lastTitle < 0 &&
      LONE_ADVERB.test(nameTokens[0].word) &&
      !/[eio]lly$/.test(nameTokens[0].word) &&
      !LY_NAMES.test(nameTokens[0].word)
    )
      return null;
    // "NASA's Steve Clarke", "the BBC’s Emily Maitlis": the name follows the possessive; the owner is the role.
    const owner = nameTokens.slice(0, -1).findLastIndex((t) => endsInPossessive(t.word));
    const ownerRole =
      owner >= 0
        ? nameTokens
            .slice(0, owner + 1)
            .map((t) => stripPossessive(t.word))
            .join(' ')
        : null;
    if (owner >= 0) nameTokens = nameTokens.slice(owner + 1);
    // "World Health Organisation Vivian Tan", "the U.S. Department Heather Nauert": a body's name ends right before
    // the person's, which opens with a given name; the body's head word is no part of the name.
    const bodyEnd = nameTokens.findLastIndex(
      (t, i) => i < nameTokens.length - 2 && ORG_END_WORDS.has(t.word) && isGivenName(nameTokens[i + 1].word),
    );
    if (bodyEnd >= 0) nameTokens = nameTokens.slice(bodyEnd + 1);
    const lastTok = nameTokens.at(-1);
    if (lastTok && PRONOUNS.test(lastTok.word) && nameTokens.length > 1)
      return { kind: 'pronoun', start: lastTok.start, end: lastTok.end, text: lastTok.word, role: null, head: null };
    if (nameTokens.length > 1 && nameTokens.every((t) => ALL_CAPITALS.test(t.word))) return null;
    // Role words sit right before the name; a cue or preposition before them ends the role ("said", "according to").
    // Gathered by loops: maps and spreads of arrays that are often empty (an array of another kind to V8) threw the
    // optimised code of this function out about once per round of the corpus, and it ran unoptimised in between.
    const lead = toks.slice(0, runStart);
    let lastBreak = -1;
    for (let i = lead.length - 1; i >= 0 && lastBreak < 0; i--) if (ROLE_BREAK.test(lead[i].word)) lastBreak = i;
    const roleFrom = Math.max(lastBreak + 1, pastAfterHead(lead));
    const roleWords: string[] = [];
    for (let i = roleFrom; i < lead.length; i++) addRoleWord(roleWords, lead[i].word);
    for (let i = 0; i <= lastTitle && i < run.length; i++) addRoleWord(roleWords, run[i].word);
    const role = placeRole ?? (roleWords.length ? roleWords.join(' ') : (ownerRole ?? affiliated.affiliation));
    if (nameTokens.length === 0) return roleMention(toks, span, phrase);
    // "Ann Reyes Monday said", "said Reyes Friday": a day written right after a name (AP style) tells when.
    if (nameTokens.length > 1 && WEEKDAY_WORD.test(nameTokens.at(-1)!.word)) nameTokens = nameTokens.slice(0, -1);
    const name = nameTokens.map((t) => t.word).join(' ');
    if (CALENDAR.test(name) || NUMBER_WORD.test(name)) return null;
    const nameSpan = { start: nameTokens[0].start, end: nameTokens[nameTokens.length - 1].end };
    if (endsInOrgWord(name) || SHORT_ACRONYM.test(name) || (hasPoint(name) && WEB_ADDRESS.test(name)))
      return { kind: 'organization', ...span, text: run.map((t) => t.word).join(' '), role: null, head: null };
    // "the Taliban said", "The Pentagon said": people's names take no article; a titled one may ("the Rev. …").
    const definite =
      lastTitle < 0 && ((runStart > 0 && /^the$/i.test(toks[runStart - 1].word)) || /^the$/i.test(run[0].word));
    if (definite) return { kind: 'organization', ...span, text: stripPossessive(name), role: null, head: null };
    return { kind: 'name', start: span.start, end: nameSpan.end, text: stripPossessive(name), role, head: null };
  }
  return roleMention(toks, span, phrase);
}

// readPhrase's per-phrase tests, as functions of their inputs: an arrow there reading the phrase's variables was a
// closure made at every call, and readPhrase runs for every capitalised run of the article.

/**
 * Where a described phrase's relative clause opens ("a member who supports Trump", "Doctors who …"): a relative word
 * at `from` or after, not after a preposition that governs it ("many of whom said"); -1 when none does.
 */
function relativeAt(toks: Token[], from: number): number {
  for (let i = from; i < toks.length; i++)
    if (RESTRICTIVE.has(toks[i].word) && !GOVERNING_PREPOSITION.test(toks[i - 1].word)) return i;
  return -1;
}

/**
 * The title word at `i` ends the run right after a first name that opens it (or follows a title): it is a surname
 * ("Amy Pope", "Rep. Steve King"), unless a place opens the run (`placeOpens`: "the Virginia Governor").
 */
function surnameTitle(run: Token[], i: number, placeOpens: boolean): boolean {
  return (
    i === run.length - 1 &&
    i > 0 &&
    isGivenName(run[i - 1].word) &&
    ((i === 1 && !placeOpens) || (i > 1 && (TITLE_WORD.has(run[i - 2].word) || HONORIFIC.has(run[i - 2].word))))
  );
}

/** A word before the name is part of the role unless it is an honorific or a determiner. */
function addRoleWord(roleWords: string[], word: string): void {
  if (!HONORIFIC.has(word) && !DETERMINER_WORD.test(word)) roleWords.push(word);
}

const GOVERNING_PREPOSITION = exactly(OBJECT_PREPOSITIONS);
const ISSUING_PREPOSITION = exactly(ISSUING_PREPOSITIONS, '');
const OFFICE_PREPOSITION = exactly(OFFICE_PREPOSITIONS, '');
const ROLE_PLACE_PREPOSITION = exactly(ROLE_PLACE_PREPOSITIONS, '');
const NAME_INNER_PREPOSITION = exactly(NAME_INNER_PREPOSITIONS, '');

/**
 * "he held his fire on Ben Carson", "officials in Washington", "one of the former prosecutors for David Petraeus": a
 * run after a preposition that lower-case words lead up to is that preposition's object, and the phrase names no one
 * by it. An office before the preposition is read by officeHolder and nameAfterOf ("a spokesman for Boeing",
 * "Secretary of State Mike Pompeo"), a capitalised head as one name ("Bank of England").
 */
function governedRun(toks: Token[], runStart: number): boolean {
  // "the operation in Iraq and Syria", "the fight against Islamic State in Iraq": a run joined to a governed run, or
  // the object of a preposition after one, is governed too.
  const joiner = runStart >= 2 ? toks[runStart - 1].word : '';
  if (runStart >= 2 && toks[runStart - 2].cap && (COORDINATOR.test(joiner) || GOVERNING_PREPOSITION.test(joiner))) {
    let first = runStart - 2;
    while (first > 0 && toks[first - 1].cap) first--;
    if (governedRun(toks, first)) return true;
  }
  return runStart >= 2 && governsName(toks[runStart - 2].word, toks[runStart - 1].word) && !issuedBy(toks, runStart);
}
// "and"/"or" between two runs (lexicon COORDINATORS).
const COORDINATOR = exactly(COORDINATORS, '');

const GOT_PARTICIPLE = exactly(DOCUMENT_GOT_PARTICIPLES, '');
const HANDED_PARTICIPLE = exactly(DOCUMENT_HANDED_PARTICIPLES, '');
const HOLDER_PREPOSITION = exactly(DOCUMENT_HOLDER_PREPOSITIONS, '');
const HANDED_TO = exactly(HANDED_TO_PREPOSITIONS, '');

/**
 * "a memo obtained by Politico", "a letter from the American Legion obtained by The Associated Press": after a
 * document, a participle of getting or handing on and its preposition name who holds it, not who wrote it; the phrase
 * ends before them (the document, or who it is from, is the source).
 */
function withoutHolder(toks: Token[]): Token[] {
  // Loops, not findIndex and some with arrows: this runs for every phrase read.
  for (let i = 1; i < toks.length; i++) {
    const word = toks[i].word;
    // "said a report provided to Congress": the source read after an inverted cue ends before "to". A handed-on
    // participle names a holder only before "to"/"with" ("a memo shared by the union": the union wrote it).
    const holds =
      (GOT_PARTICIPLE.test(word) && (i + 1 === toks.length || HOLDER_PREPOSITION.test(toks[i + 1].word))) ||
      (HANDED_PARTICIPLE.test(word) && (i + 1 === toks.length || HANDED_TO.test(toks[i + 1].word)));
    if (holds && documentBefore(toks, i)) return toks.slice(0, i);
  }
  return toks;
}

const AUTHOR_PREPOSITION = exactly(AUTHOR_PREPOSITIONS, '');
const ADDRESSEE_PREPOSITION = exactly(ADDRESSEE_PREPOSITIONS, '');

/**
 * "An email from Tom Baker to Ann Reyes", "a letter from Ann Reyes to the board": after a document and its author,
 * "to" and what follows name whom it went to, never the source; the phrase ends before them.
 */
function withoutAddressee(toks: Token[]): Token[] {
  for (let i = 1; i + 1 < toks.length; i++) {
    // "Ann Reyes's letter to Tom Baker": a message a possessive owns names its author before it.
    if (ADDRESSEE_PREPOSITION.test(toks[i].word) && isMessage(toks[i - 1].word) && i >= 2) {
      if (endsInPossessive(toks[i - 2].word)) return toks.slice(0, i);
    }
    if (!AUTHOR_PREPOSITION.test(toks[i].word) || !isDocumentHead(toks[i - 1].word) || i + 2 >= toks.length) continue;
    for (let j = i + 2; j < toks.length; j++) if (ADDRESSEE_PREPOSITION.test(toks[j].word)) return toks.slice(0, j);
    return toks;
  }
  return toks;
}

/** A mention that can be a document's author: a name, a body, or a noun for a person or a group. */
function canAuthor(m: Mention): boolean {
  const head = m.head ?? '';
  if (m.kind === 'name') return true;
  if (m.kind === 'organization') return !isDocumentHead(head);
  if (m.kind === 'group') return GROUP_HEADS.has(head);
  return (
    (m.kind === 'role' || m.kind === 'anonymous') &&
    (TITLE_WORDS.has(head) || PERSON_HEADS.has(head) || ROLE_NOUN_ENDING.test(head))
  );
}

// The words between a possessive and the message it owns: lower case, up to three ("Tom Baker's latest tweet").
const OWNED_MESSAGE_WORDS = 3;
const MESSAGE_HEADS = new Set(MESSAGE_NOUNS);
/** "tweet", "Emails": a message noun (lexicon MESSAGE_NOUNS), singular or plural, in any case. */
const isMessage = (word: string) => {
  const head = word.toLowerCase();
  return MESSAGE_HEADS.has(head) || MESSAGE_HEADS.has(head.replace(/s$/, ''));
};

const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/**
 * A message speaks in its sender's words, and the sender, when the phrase names one, is the source shown: "A
 * statement from the Clinton campaign" (the Clinton campaign), "Tom Baker's tweet" (Tom Baker), "A spokesman's email"
 * (a spokesman). The message opens the phrase (a determiner and lower-case words before it), or a possessive owns it
 * with lower-case words only between. The mention's words start where the message's do (as "a statement from Maria
 * Lopez" is read); null when the phrase names no sender that can speak ("a post from the scene").
 */
function senderOf(message: Mention): Mention | null {
  const { text, start } = message;
  const toks = tokens(text, start);
  const from = (author: Mention | null) => (author && canAuthor(author) ? { ...author, start } : null);
  // "the letter from the union": the message among the first words, lower-case words (a determiner first) before it.
  for (let i = 0; i + 2 < toks.length && i < 4; i++) {
    const word = toks[i].word;
    if (!OPENS_LOWER.test(word) && !(i === 0 && DETERMINER_WORD.test(word))) break;
    if (isMessage(word) && AUTHOR_PREPOSITION.test(toks[i + 1].word))
      return from(readMention(text.slice(toks[i + 2].start - start), toks[i + 2].start));
  }
  // "His tweet", "her email": the pronoun's person, as "he" would be read.
  const pronoun = OWNER_PRONOUN[toks[0].word.toLowerCase()];
  if (pronoun && toks.length === 2 && isMessage(toks[1].word))
    return { kind: 'pronoun', start, end: toks[0].end, text: pronoun, role: null, head: null };
  // "Tom Baker's tweet", "A spokesman's email": a possessive, the first, owns the message that ends the phrase.
  const owner = toks.findIndex((t) => endsInPossessive(t.word));
  if (owner < 0 || owner + 1 >= toks.length || toks.length - owner - 1 > OWNED_MESSAGE_WORDS) return null;
  const owned = toks.slice(owner + 1);
  if (!owned.every((t) => OPENS_LOWER.test(t.word)) || !isMessage(owned[owned.length - 1].word)) return null;
  // The owner is a source's words alone: not "A document on the Trump campaign's".
  if (toks.slice(0, owner).some((t) => isDocumentHead(t.word) || GOVERNING_PREPOSITION.test(t.word))) return null;
  return from(readMention(text.slice(0, toks[owner].end - 2 - start), start));
}

/** A document noun stands among the tokens before `end`. */
function documentBefore(toks: Token[], end: number): boolean {
  for (let i = 0; i < end; i++) if (isDocumentHead(toks[i].word)) return true;
  return false;
}

/** "statement", "Reports": a document noun, singular or plural, in any case (lexicon DOCUMENT_NOUNS). */
export const isDocumentHead = (word: string) => {
  const head = word.toLowerCase();
  return DOCUMENT_HEADS.has(head) || DOCUMENT_HEADS.has(head.replace(/s$/, ''));
};

/**
 * "a statement from Ann Reyes", "data from MarketAxess": a document from someone speaks in their words, as one by
 * them does ("a survey by Penelope Abernathy"): the run is the source, read as any name is.
 */
function issuedBy(toks: Token[], runStart: number): boolean {
  const head = stripPossessive(toks[runStart - 2].word.toLowerCase());
  return ISSUING_PREPOSITION.test(toks[runStart - 1].word) && isDocumentHead(head);
}

/** A noun that can head a source phrase ("officials", "the head", "a survey"), not a clause's last word ("fire"). */
function sourceHead(word: string): boolean {
  const head = stripPossessive(word.toLowerCase());
  // The head without a plural's "s", made once for the five sets.
  const single = head.endsWith('s') ? head.slice(0, -1) : head;
  const sets = [ORG_HEADS, DOCUMENT_HEADS, GROUP_HEADS, PERSON_HEADS, TITLE_WORDS];
  return sets.some((set) => set.has(head) || set.has(single)) || /[^s]s$/.test(head);
}

const NOT_NAME_WORD = exactly([...PERSONAL_PRONOUNS, ...QUESTION_WORDS, ...POINTING_WORDS]);
const GOES_ON_NAME = exactly([...COORDINATORS, ...HEAD_ENDING_PREPOSITIONS], '');

/** The lower-case word after a name opening the phrase is no noun the name modifies (see readMention). */
function goesOnAfterName(toks: Token[], runEnd: number): boolean {
  const next = toks[runEnd].word;
  const last = toks[runEnd - 1].word;
  // "I'm", "He's": a pronoun run on with its verb; "What I can say", "You can say": a pronoun or question word.
  if (!OPENS_LOWER.test(next) || /['’]/.test(last) || DETERMINER_WORD.test(toks[0].word)) return false;
  if (toks.slice(0, runEnd).some((t) => NOT_NAME_WORD.test(t.word))) return false;
  return !sourceHead(next) && !GOES_ON_NAME.test(next);
}

/** Whether `word` and then `preposition`, right before a capitalised run, make the run an object (governedRun). */
export function governsName(word: string, preposition: string): boolean {
  const lower = word.toLowerCase();
  return (
    GOVERNING_PREPOSITION.test(preposition) &&
    OPENS_LOWER.test(word) &&
    !TITLE_WORDS.has(lower) &&
    !PERSON_HEADS.has(lower) &&
    !NAME_PARTICLE.test(word)
  );
}

/** "China’s ambassador to Britain", "a spokesman for Boeing": the person holding the office speaks, unnamed. */
function officeHolder(
  toks: Token[],
  runStart: number,
  runEnd: number,
  span: { start: number; end: number },
  phrase: string,
): Mention | null {
  const office = runStart >= 2 ? toks[runStart - 2].word.toLowerCase() : '';
  if (
    runEnd - runStart > 2 ||
    !OFFICE_PREPOSITION.test(runStart >= 1 ? toks[runStart - 1].word : '') ||
    !(TITLE_WORDS.has(office) || PERSON_HEADS.has(office))
  )
    return null;
  const text = phrase.trim().replace(/^(?:The|A|An)\s/, (d) => d.toLowerCase());
  return {
    kind: INDEFINITE.test(text) ? 'anonymous' : 'role',
    ...span,
    text,
    role: text.replace(/^(?:the|a|an)\s+/i, ''),
    head: office,
  };
}

const isOrgWord = (w: string) => ORG_HEAD.has(w) || endsInOrgWord(w);
// "City" in "the City of Denver": a place's government before "of" (lexicon MUNICIPAL_HEADS); no head of a name alone
// ("Kansas City", "Salt Lake City" are places).
const MUNICIPAL_HEAD = new AnyCase(wordSet(org.MUNICIPAL_HEADS));
const isBodyHead = (w: string) => isOrgWord(w) || MUNICIPAL_HEAD.has(w);
// "Friends of the Earth", "Sons of Norway": members that open a society's name (lexicon MEMBERS_BEFORE_OF).
const MEMBERS_HEAD = wordSet(org.MEMBERS_BEFORE_OF);

// "the Duke of Edinburgh", "the Archbishop of Canterbury": a title held of a place (lexicon TITLES_OF_A_PLACE) is an
// office before "of", as "the Prince of Wales" is; elsewhere it may be a name ("Duke Ellington", "Rob Bishop").
const TITLE_OF_A_PLACE = wordSet(TITLES_OF_A_PLACE);
const isTitleBeforeOf = (w: string) => TITLE_WORD.has(w) || TITLE_OF_A_PLACE.has(w.toLowerCase());

/**
 * A run after "of" continues the capitalised words before it: "the Bank of England" is one organisation,
 * "Speaker of the House Nancy Pelosi" and "Secretary of State Mike Pompeo" are a role and a name.
 */
function nameAfterOf(
  toks: Token[],
  runStart: number,
  runEnd: number,
  span: { start: number; end: number },
): Mention | null {
  let of = runStart - 1;
  if (/^the$/i.test(toks[of]?.word ?? '')) of--;
  if (of < 1 || !NAME_INNER_PREPOSITION.test(toks[of].word) || !toks[of - 1].cap) return null;
  let headStart = of - 1;
  // "the Times & Courier of Dayton": an "&" between capitals is a word of the head too (review29 finding 14).
  while (headStart > 0 && (toks[headStart - 1].cap || joinsName(toks, headStart - 1))) headStart--;
  const head = toks.slice(headStart, of).map((t) => t.word);
  const run = toks.slice(runStart, runEnd).map((t) => t.word);
  // "the Bank of England's Andrew Bailey": a possessive inside the run names someone of it; read as before.
  if (run.slice(0, -1).some(endsInPossessive)) return null;
  // Not a word an "and" joins on ("Health and Human Services"): the name goes on past it.
  let lastOffice = run.findLastIndex(
    (w, i) => (isOrgWord(w) || TITLE_WORD.has(w)) && !/^(?:and|&)$/.test(run[i + 1] ?? ''),
  );
  // "Secretary of Health and Human Services Tom Price": no office word ends the joined words; a given name after them
  // opens the holder's name.
  const given = lastOffice < 0 && run.includes('and') ? run.findIndex((w, i) => i > 2 && isGivenName(w)) : -1;
  if (given > 0 && given < run.length - 1) lastOffice = given - 1;
  const name = toks.slice(runStart + lastOffice + 1, runEnd);
  const headIsOffice = head.some((w) => isTitleBeforeOf(w) || isBodyHead(w));
  if (name.length > 0 && lastOffice >= 0 && headIsOffice && !name.some((t) => isOrgWord(t.word))) {
    const role = toks
      .slice(headStart, runStart + lastOffice + 1)
      .map((t) => t.word)
      .join(' ');
    const text = name.map((t) => t.word).join(' ');
    return {
      kind: 'name',
      start: span.start,
      end: name[name.length - 1].end,
      text: stripPossessive(text),
      role,
      head: null,
    };
  }
  // "(The) Veterans of Foreign Wars": members opening the name make it a society's, whatever title word ("Foreign") is
  // in it (review30 finding 20); not before a person's name ("Sons of Norway President Tom Baker").
  const theFirst = /^the$/i.test(head[0]) ? 1 : 0;
  const members =
    head.length === theFirst + 1 && MEMBERS_HEAD.has(head[theFirst].toLowerCase()) && !isGivenName(name[0]?.word ?? '');
  if (
    (name.length === 0 || lastOffice < 0 || members) &&
    (head.some(isBodyHead) || members) &&
    !head.some(isTitleBeforeOf)
  ) {
    const text = toks
      .slice(headStart + (members ? theFirst : 0), runEnd)
      .map((t) => t.word)
      .join(' ');
    return { kind: 'organization', ...span, text: stripPossessive(text), role: null, head: null };
  }
  // "a statement from March of Dimes", "The Veterans of Foreign Wars said": a run with "of" inside and no office in it,
  // opening the phrase with "the" or after a document's "from", is one body's name whatever its head word ("Dimes"
  // alone was read as a person). Not deeper in a phrase ("Special Representative of the UN Secretary-General for …").
  const opensWithThe = /^the$/i.test(toks[headStart].word);
  const bodyStart = opensWithThe ? headStart + 1 : headStart;
  const theAt = opensWithThe
    ? headStart
    : headStart > 0 && /^the$/i.test(toks[headStart - 1].word)
      ? headStart - 1
      : -1;
  const opener = theAt >= 0 ? theAt : headStart;
  const named = opener === 0 ? theAt === 0 : opener >= 2 && issuedBy(toks, opener);
  if (lastOffice < 0 && !headIsOffice && bodyStart < of && named) {
    const body = toks.slice(bodyStart, of).map((t) => t.word);
    // "a letter from Adam Schiff of California": a person (a given name first, or a state after "of") and where from.
    if (isGivenName(body[0]) || STATE_NAME_SET.has(run.join(' '))) {
      const end = toks[of - 1].end;
      return {
        kind: 'name',
        start: span.start,
        end,
        text: stripPossessive(body.join(' ')),
        role: run.join(' '),
        head: null,
      };
    }
    const text = toks
      .slice(bodyStart, runEnd)
      .map((t) => t.word)
      .join(' ');
    return { kind: 'organization', ...span, text: stripPossessive(text), role: null, head: null };
  }
  // "The United Nations High Commissioner for Human Rights": an office whose holder is not named.
  // "the Duke of Edinburgh": a title held of a place, too (review29 finding 17).
  if (lastOffice < 0 && isTitleBeforeOf(head[head.length - 1])) {
    const words = toks.slice(headStart, runEnd).map((t) => t.word);
    const definite = /^the$/i.test(words[0]) || (headStart > 0 && /^the$/i.test(toks[headStart - 1].word));
    const role = words.filter((w, i) => i > 0 || !/^the$/i.test(w)).join(' ');
    return {
      kind: 'role',
      ...span,
      text: `${definite ? 'the ' : ''}${role}`,
      role,
      head: head[head.length - 1].toLowerCase(),
    };
  }
  return null;
}

const AFFILIATION = exactly(AFFILIATION_PREPOSITIONS, '');

/**
 * "Tasos Georgelis of the city's Department of Environmental Protection", "Senator Mitch McConnell of Kentucky":
 * a person's name followed by where they work or come from. The person speaks, not the last name in the phrase.
 * Office names stay whole: "Secretary of State Mike Pompeo", "Bank of England" (no two-word name before "of").
 */
function withoutAffiliation(toks: Token[]): { toks: Token[]; affiliation: string | null } {
  let p = 1;
  while (p < toks.length && !AFFILIATION.test(toks[p].word)) p++;
  if (p >= toks.length) return { toks, affiliation: null };
  let k = p;
  while (k > 0 && (toks[k - 1].cap || NAME_PARTICLE.test(toks[k - 1].word))) k--;
  // No capitalised run before the affiliation: no name to take it (and no empty array for V8 to meet below).
  if (k === p) return { toks, affiliation: null };
  const run = toks.slice(k, p).map((t) => t.word);
  // "The Sons of Norway", "The Duke of Edinburgh": a run opened by a determiner is no person's name.
  if (DETERMINER_WORD.test(run[0] ?? '')) return { toks, affiliation: null };
  const titled = run.findLastIndex((w) => TITLE_WORD.has(w) || HONORIFIC.has(w)) + 1;
  const name = run.slice(titled);
  const personLike =
    name.length >= (titled > 0 ? 1 : 2) &&
    name.length <= 4 &&
    !endsInOrgWord(name.join(' ')) &&
    name.every(
      (w) => !TITLE_WORD.has(w) && !ORG_HEAD.has(w) && !MUNICIPAL_HEAD.has(w) && !CALENDAR.test(w) && !ACRONYM.test(w),
    );
  if (!personLike) return { toks, affiliation: null };
  const affiliation = toks
    .slice(p + 1)
    .map((t) => t.word)
    .join(' ')
    .replace(/^(?:the|a|an)\s+/i, '');
  return { toks: toks.slice(0, p), affiliation: affiliation || null };
}

// A described source is a noun phrase; these words make the phrase a clause or a fragment of one
// ("a poll has lower numbers", "a review similarly found", "pastries from", "which holds appeal").
const CLAUSE_WORD = exactly([...AUXILIARIES, ...INDIRECT_QUESTION_WORDS]);
const FRAGMENT_END = exactly(FRAGMENT_ENDS);
// An adverb, a participle ("-ed", "-en", "-wn", "told", "sought", "made", "come") or a word from the list.
const AUXILIARY_NEXT = new RegExp(
  `^(?:\\p{Ll}+ly|\\p{Ll}+(?:${alternation(PARTICIPLE_ENDINGS)})|${alternation(AFTER_AUXILIARY)})$`,
  'u',
);
const CLAUSE_START = exactly(CLAUSE_OPENING_WORDS);
const PAST_AFTER_ADVERB = new RegExp(`^\\p{Ll}+(?:${alternation(PAST_AFTER_ADVERB_ENDINGS)})$`, 'u');
const isClause = (toks: Token[]) =>
  CLAUSE_START.test(toks[0].word) ||
  toks.some((t, i) => {
    const next = toks[i + 1]?.word;
    if (i === 0 || !next) return false;
    // "The senator is", "has already", "has denied": the cue's own auxiliary. "has lower numbers": a clause.
    if (CLAUSE_WORD.test(t.word)) return !AUXILIARY_NEXT.test(next);
    return LOWER_LY.test(t.word) && PAST_AFTER_ADVERB.test(next);
  });

const HEAD_END = exactly(HEAD_ENDING_PREPOSITIONS);
const GROUP_QUANTITY = new RegExp(`^(?:${alternation(GROUP_QUANTIFIERS)})\\s`, 'i');
const ANONYMOUS_HEAD = exactly(ANONYMOUS_HEADS, '');
// "spokesman", "reporter", "economist", "consultant": a head noun for a person by its ending. Not "-person": "That
// person said" gives no role to show.
const ROLE_NOUN_ENDING = new RegExp(
  `(?:${alternation([...GENDERED_PERSON_ENDINGS, ...AGENT_ENDINGS, ...ENT_ANT_ENDINGS])})$`,
);

// "Tom Baker's widow", "her landlord", "the mayor's rival": after an owner, the other person nouns are a person too
// (alone they may be names: "Star", "Dean"; review33 finding 16).
const OWNED_PERSON_HEADS = wordSet(TIES_TO_A_PERSON, SHOWN_PERSON_NOUNS);
const POSSESSIVE_WORDS = new Set(POSSESSIVES);
const owned = (toks: Token[]) =>
  toks.length > 1 &&
  toks.slice(0, -1).some((t) => endsInPossessive(t.word) || POSSESSIVE_WORDS.has(t.word.toLowerCase()));

function roleMention(toks: Token[], span: { start: number; end: number }, phrase: string): Mention | null {
  if (isClause(toks)) return null;
  // Head noun: the last word before "of"/"for"/"at" ("relatives of the officers" → relatives).
  const ofAt = toks.findIndex((t, i) => i > 0 && HEAD_END.test(t.word));
  const headTok = toks[(ofAt > 0 ? ofAt : toks.length) - 1];
  const head = stripPossessive(headTok.word.toLowerCase());
  // "painful deaths of their", "pastries from": cut off mid-phrase, and its head names no source.
  const single = head.endsWith('s') ? head.slice(0, -1) : head;
  const knownHead = [ORG_HEADS, DOCUMENT_HEADS, GROUP_HEADS, PERSON_HEADS, TITLE_WORDS].some(
    (set) => set.has(head) || set.has(single),
  );
  if (FRAGMENT_END.test(toks[toks.length - 1].word) && (!knownHead || FRAGMENT_END.test(head))) return null;
  const text = phrase
    .trim()
    .replace(DETERMINERS, (d) => (/^the\s/i.test(d) ? d.toLowerCase() : d))
    .replace(/^the\s+/i, 'the ');
  if (
    ORG_HEADS.has(head) ||
    (CLASS_HEADS.has(head) && text.startsWith('the ') && !endsInPossessive(headTok.word)) ||
    ORG_HEAD.has(headTok.word) ||
    isDocumentHead(head)
  )
    return { kind: 'organization', ...span, text, role: null, head };
  // "several environmental groups", "some protesters": a number of people is a group, not one unnamed source.
  const plural = GROUP_HEADS.has(head) || (/[^s]s$/.test(head) && head.length > 3 && !TITLE_WORDS.has(head));
  if (plural && GROUP_QUANTITY.test(phrase.trim())) return { kind: 'group', ...span, text, role: null, head };
  if (INDEFINITE.test(phrase.trim()) || ANONYMOUS_HEAD.test(head))
    return { kind: 'anonymous', ...span, text, role: null, head };
  if (GROUP_HEADS.has(head) || (/[^s]s$/.test(head) && head.length > 3 && !TITLE_WORDS.has(head)))
    return { kind: 'group', ...span, text, role: null, head };
  if (
    TITLE_WORDS.has(head) ||
    PERSON_HEADS.has(head) ||
    ROLE_NOUN_ENDING.test(head) ||
    /^the\s/i.test(phrase.trim()) ||
    (OWNED_PERSON_HEADS.has(head) && owned(toks))
  ) {
    return { kind: 'role', ...span, text, role: roleAsWritten(toks), head };
  }
  return null;
}

/**
 * A role phrase's words as the article writes them ("Senate Majority Leader Chuck Schumer’s spokesman": the panel
 * shows no lower-cased name), without determiners. A possessive pronoun, or a role word before lower-case words only,
 * opening the phrase is capitalised as the sentence's first word and shown in lower case ("My mother", "Former aide");
 * not a word that opens a title ("Director of Public Health Tom Ward’s office") or follows a determiner ("the
 * Democratic senator").
 */
function roleAsWritten(toks: Token[]): string {
  const words = toks.map((t) => t.word).filter((w) => !DETERMINER_WORD.test(w));
  if (!words.length) return '';
  const first = words[0].toLowerCase();
  const sentenceCapital =
    words[0] === toks[0].word &&
    (POSSESSIVE_WORDS.has(first) ||
      ((TITLE_WORDS.has(first) || PERSON_HEADS.has(first)) && words.slice(1).every((w) => OPENS_LOWER.test(w))));
  return sentenceCapital ? [first, ...words.slice(1)].join(' ') : words.join(' ');
}
