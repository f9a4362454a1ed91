// One line of background for an entity the knowledge base does not describe: the role or apposition the article
// itself gives it ("Berik Uali, the president's spokesman," / "the ride-hailing company Uber" / "spokesman Uali").
import type { Span } from '../types';
import { isRole } from '../lexicon/en/name-words';
import { alternation, capitalise, exactly, wordSet, withPoint } from '../lexicon/build';
import { ARTICLES, THIRD_PERSON_POSSESSIVES } from '../lexicon/en/determiners';
import { HONORIFICS, NOBLE_ADDRESS } from '../lexicon/en/address';
import { NON_DESCRIBING_ADJECTIVES, PREPOSITIONS } from '../lexicon/en/function-words';
import { NUMBER_WORDS } from '../lexicon/en/clause-words';
import { COMPASS_ADJECTIVES } from '../lexicon/en/place-words';
import { NAME_PARTICLES } from '../lexicon/en/names';
import { ROLE_MODIFIERS } from '../lexicon/en/roles';
import { AGENT_ENDINGS, ENT_ANT_ENDINGS, GENDERED_PERSON_ENDINGS, RECIPIENT_ENDINGS } from '../lexicon/en/word-endings';
import { latinFirst } from '../text/latin-first';
import { endsInPossessive } from '../text/end-reads';
import { splitSpaces } from '../text/space-split';
import { isSpace } from '../text/chars';

/** Words that open a clause, not a description, after "Name," ("Uali, who …", "Uali, said …"). */
// prettier-ignore
const CLAUSE_OPENERS = new Set([
  'who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'said', 'says', 'told', 'added', 'and', 'but', 'or',
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'according', 'however', 'though', 'although', 'meanwhile', 'also',
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'to', 'as', 'if', 'while', 'after', 'before', 'since', 'not',
  // Verbs: "Patrick, would be stopping by" continues the sentence.
  'would', 'will', 'could', 'can', 'may', 'might', 'should', 'must', 'is', 'was', 'are', 'were', 'has', 'had', 'have',
  'did', 'does', 'do', 'then', 'now', 'too', 'however', 'instead', 'perhaps',
]);

/** Role words that only modify another ("former", "deputy") and say nothing alone. */
// prettier-ignore
const MODIFIERS = wordSet(ROLE_MODIFIERS, [
  'vice', 'deputy', 'prime', 'chief', 'foreign', 'interior', 'senior', 'junior',
]);
/** "the first time Dubnyk started": time words before a name begin a clause. */
const TIME_WORDS = new Set(['time', 'times', 'day', 'week', 'month', 'year', 'moment', 'night', 'morning', 'season']);
/** Forms of address say nothing about who someone is. */
const ADDRESS = wordSet(withPoint(HONORIFICS), ['prof.'], NOBLE_ADDRESS);

/** Function words that cannot sit inside a short descriptive phrase before a name. */
// Name particles are the articles and prepositions of other languages ("a taça da Copa").
const FUNCTION_WORDS = wordSet(
  ['and', 'or', 'is', 'was', 'are', 'were', 'be', 'has', 'had', 'have'],
  PREPOSITIONS,
  NAME_PARTICLES,
);
/** A phrase ending in one of these says which one or how many ("the new Mac Pro", "the two X"), not what it is. */
const NOT_A_HEAD = wordSet(NON_DESCRIBING_ADJECTIVES, NUMBER_WORDS, COMPASS_ADJECTIVES);

const MAX_WORDS = 14;
/** A determiner opening an apposition or a phrase before a name: an article or a possessive of someone named. */
const DETERMINERS = [...ARTICLES, ...THIRD_PERSON_POSSESSIVES];
const DETERMINER = exactly(DETERMINERS, '');
/**
 * Endings of nouns for what someone does: strategist, manager, director, historian, assistant, spokeswoman, nominee.
 * Any "-ent"/"-ant" stem, unlike quotes/subjects: after "Name," the apposition is about the person already.
 */
const AGENT_NOUN = new RegExp(
  `(?:${[...AGENT_ENDINGS, ...ENT_ANT_ENDINGS, ...GENDERED_PERSON_ENDINGS, ...RECIPIENT_ENDINGS].join('|')})$`,
);
/** ", the ride-hailing company," / ", chief equity strategist at ING,": an apposition closed by , ; ( or . */
const AFTER = new RegExp(
  String.raw`^,\s+((?:(?:${ARTICLES.join('|')})\s+)?[\p{L}\d][^,;()."“”]{1,120}?)\s*(?:[,;(]|\.(?:\s|$))`,
  'u',
);
/** "the ride-hailing company Uber": a determiner, up to four lower-case words, then the name. */
const LOWER_WORD = String.raw`\p{Ll}[\p{L}'’-]*`;
const DETERMINER_EITHER_CASE = alternation(DETERMINERS.flatMap((d) => [d, capitalise(d)]));
// Latin-1 first (latinFirst): anchored at the end, it is tried at each character of the window.
const BEFORE = latinFirst(
  new RegExp(String.raw`(?:^|[\s(])(?:${DETERMINER_EITHER_CASE})\s+((?:${LOWER_WORD}\s+){0,3}${LOWER_WORD})\s+$`, 'u'),
);

// Built once: under tsx (esbuild, node20 target) a `\p{…}` literal inside a function is a new RegExp on every call.
const OPENS_LOWER = /^\p{Ll}/u;
const LETTERS_DOTS_DASHES = /^[\p{L}.-]+$/u;

function appositionAfter(text: string, end: number): string | null {
  const m = AFTER.exec(text.slice(end, end + 160));
  if (!m) return null;
  const words = m[1].split(/\s+/);
  const first = words[0].toLowerCase();
  // A lower-case word opens a description ("the …", "chief …"); a capital may open a list of names.
  if (words.length > MAX_WORDS || CLAUSE_OPENERS.has(first) || !OPENS_LOWER.test(m[1])) return null;
  // It opens with a determiner, a role or a noun for a person's job; not with a verb ("Uali, declined to …").
  return DETERMINER.test(first) || isRole(first) || AGENT_NOUN.test(first) ? m[1] : null;
}

function phraseBefore(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 80), start);
  const m = BEFORE.exec(before);
  // "the cities of Aktau": a phrase ending in a function word is a construction, not a description.
  // "the state's Democratic Party": a possessive belongs to the next word, not to the name.
  const bad = (w: string) => CLAUSE_OPENERS.has(w) || FUNCTION_WORDS.has(w) || endsInPossessive(w);
  const words = m?.[1].split(/\s+/) ?? [];
  const head = words.length > 0 ? words[words.length - 1] : ''; // no words[-1]: a slow property look-up (V8)
  // The phrase ends in a noun for what the name is: not "struggling", "acquired", "(the first) time".
  const nounHead = !/(?:ing|ed)$/.test(head) && !TIME_WORDS.has(head) && !NOT_A_HEAD.has(head);
  if (m && nounHead && !words.some(bad) && !words.every((w) => MODIFIERS.has(w))) return m[1];
  // "spokesman Berik Uali", "Foreign Minister Lavrov": role words right before the name.
  // The last three words before the name (split, not a regex anchored at the end: that one backtracks).
  const roles = isSpace(before.charCodeAt(before.length - 1))
    ? splitSpaces(before.trimEnd())
        .slice(-3)
        .filter((w) => LETTERS_DOTS_DASHES.test(w))
    : [];
  while (roles.length && !isRole(roles[0])) roles.shift();
  while (roles.length && ADDRESS.has(roles[roles.length - 1].toLowerCase())) roles.pop();
  const last = roles.length > 0 ? roles[roles.length - 1].toLowerCase() : '';
  return roles.length && roles.every(isRole) && !MODIFIERS.has(last) ? roles.join(' ') : null;
}

/** Articles introduce a name where they first use it: later mentions are not searched. */
const MENTIONS_SEARCHED = 3;

/** The first description the article gives at one of the entity's first mentions, in reading order. */
export function describeFromArticle(text: string, mentions: Span[]): string | null {
  for (const m of mentions.slice(0, MENTIONS_SEARCHED)) {
    const found = appositionAfter(text, m.end) ?? phraseBefore(text, m.start);
    if (found) return found;
  }
  return null;
}
