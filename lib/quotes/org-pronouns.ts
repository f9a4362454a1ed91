// "it" and "they" for an organisation: "The Security Council on Friday condemned the test, calling it what it called
// “…”", "The campaign is defending the tweets. It's denouncing what it calls “…”". The organisation that opens the
// pronoun's own sentence, or the sentence before it, is what the pronoun speaks for; an organisation quoted further
// back comes after it (resolve.ts).
import type { NameTable } from '../names';
import {
  BODY_OR_PEOPLE_NOUNS,
  DOCUMENT_NOUNS,
  NEWS_MEDIUM_KINDS,
  ORGANISATION_CLASS_NOUNS,
} from '../lexicon/en/sources';
import { GOVERNMENT_SEATS, ORGANISATION_HEADS, PLACES_AS_BODIES, SPEAKING_BODIES } from '../lexicon/en/organisations';
import { alternation } from '../lexicon/build';
import { lastStartingBy } from '../text/spans';

// What may stand before the subject at a sentence's start: an article, or an opening phrase set off by a comma.
const OPENS = /^(?:[^,.;:!?"“”]{0,40},\s+)?(?:the\s+)?$/i;
const DOCUMENTS = new Set(DOCUMENT_NOUNS);

/** A document speaker ("the statement", "a 52-count civil complaint"): "it" may be one, "they" never is. */
export function isDocument(speaker: string | null): boolean {
  const head = speaker?.toLowerCase().split(/\s+/).pop() ?? '';
  return DOCUMENTS.has(head);
}

/**
 * The organisation named as the subject of the sentence starting at `start`, before `end`: the first name the names
 * table types as an organisation, opening the sentence (after an article or an opening phrase).
 */
function organisationOpening(names: NameTable, text: string, start: number, end: number): OpeningName | null {
  // The first name at or after `start` (names are in text order).
  for (let i = lastStartingBy(names.names, start - 1) + 1; i < names.names.length; i++) {
    const n = names.names[i];
    if (n.start < start) continue;
    if (n.start >= end) break;
    if (n.type !== 'organization') return null;
    return OPENS.test(text.slice(start, n.start)) ? { name: n.text.replace(/^the\s+/i, ''), end: n.end } : null;
  }
  return null;
}

/** An organisation opening a sentence, as shown, and where its name ends. */
interface OpeningName {
  name: string;
  end: number;
}

/** The organisation opening the pronoun's own sentence before it, else the sentence before; null if neither does. */
export function organisationSubject(
  names: NameTable | undefined,
  text: string | undefined,
  at: number,
  sentenceStart: number | undefined,
  previous: { start: number; end: number } | null | undefined,
): string | null {
  return openingOrganisation(names, text, at, sentenceStart, previous)?.name ?? null;
}

function openingOrganisation(
  names: NameTable | undefined,
  text: string | undefined,
  at: number,
  sentenceStart: number | undefined,
  previous: { start: number; end: number } | null | undefined,
): OpeningName | null {
  if (!names || text === undefined) return null;
  const own = sentenceStart === undefined ? null : organisationOpening(names, text, sentenceStart, at);
  return own ?? (previous ? organisationOpening(names, text, previous.start, previous.end) : null);
}

// "Exxon hosted a group of high school students …", "flew a small group of 40 refugees": people brought in as a group
// (an article, up to three words, the noun, "of"). Not set off right after the name: "Oxfam, a group of charities,"
// describes the organisation itself.
const PEOPLE_GROUP = new RegExp(
  `(^\\s*,\\s*)?\\b(?:a|an|another|one)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,3}` +
    `(?:${alternation(BODY_OR_PEOPLE_NOUNS)})\\s+of\\s`,
  'gu',
);

/**
 * "Human Rights Watch accused the army of abuses. ¶ “…,” the group said": a noun used for a body and for people
 * alike ("the group") stands for the organisation opening its own sentence or the one before, unless a group of
 * people is brought in after that name ("Exxon hosted a group of students … ¶ “…,” the group said": the students
 * speak; review35 finding 8).
 */
export function groupBody(
  names: NameTable | undefined,
  text: string | undefined,
  at: number,
  sentenceStart: number | undefined,
  previous: { start: number; end: number } | null | undefined,
): string | null {
  const found = openingOrganisation(names, text, at, sentenceStart, previous);
  if (!found || text === undefined) return null;
  const between = text.slice(found.end, at);
  return [...between.matchAll(PEOPLE_GROUP)].some((m) => !m[1]) ? null : found.name;
}

// "Donald Trump's campaign is defending …", "The senator's office said …": a body named by whose it is, opening the
// sentence (after an opening phrase set off by a comma).
const BODY_HEADS = [...ORGANISATION_HEADS, ...GOVERNMENT_SEATS].filter((w) => !/s$/.test(w));
const POSSESSED_BODY = new RegExp(
  `^(?:[^,.;:!?"“”]{0,40},\\s+)?((?:the\\s+)?(?:\\p{Lu}[\\p{L}'’\u2024-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*['’]s\\s+` +
    `(?:[\\p{Ll}-]+\\s+)?(?:${alternation(BODY_HEADS)}))(?![\\p{L}-])`,
  'u',
);

/**
 * "Donald Trump's campaign is defending his tweets. It's denouncing what it calls “…”": "it" for the body that opens
 * the pronoun's own sentence before it, else the sentence before, named by whose it is; null if neither opens so.
 */
export function possessedBodySubject(
  text: string | undefined,
  at: number,
  sentenceStart: number | undefined,
  previous: { start: number; end: number } | null | undefined,
): string | null {
  return sentenceOpening(POSSESSED_BODY, text, at, sentenceStart, previous);
}

// "Thursday's memo from the panel seemed aimed at …", "The email, obtained by Judicial Watch, was sent …": a
// document opening the sentence, after an article, a demonstrative or a possessive, with up to three words before its
// head noun.
const DOCUMENT_OPENING = new RegExp(
  `^(?:[^,.;:!?"“”]{0,40},\\s+)?((?:the|this|that|a|an|its|his|her|their|[\\p{Lu}][\\p{L}'’-]*['’]s)\\s+` +
    `(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${alternation(DOCUMENT_NOUNS)}))(?![\\p{L}-])`,
  'iu',
);

/**
 * "Thursday's memo … ¶ “…,” it stated.": the document that opens the pronoun's own sentence before it, else the
 * sentence before, as the article names it ("Thursday's memo"); null if neither opens with one. For "it" only.
 */
export function documentSubject(
  text: string | undefined,
  at: number,
  sentenceStart: number | undefined,
  previous: { start: number; end: number } | null | undefined,
): string | null {
  return sentenceOpening(DOCUMENT_OPENING, text, at, sentenceStart, previous);
}

/** What `opening` captures at the start of the pronoun's own sentence (before it), else of the sentence before. */
function sentenceOpening(
  opening: RegExp,
  text: string | undefined,
  at: number,
  sentenceStart: number | undefined,
  previous: { start: number; end: number } | null | undefined,
): string | null {
  if (text === undefined) return null;
  const read = (start: number, end: number) => opening.exec(text.slice(start, end))?.[1] ?? null;
  const own = sentenceStart === undefined ? null : read(sentenceStart, at);
  return own ?? (previous ? read(previous.start, previous.end) : null);
}

// How the names table knows a news outlet: by name, or by an outlet's last word ("Breitbart News").
const OUTLET_REASONS = new Set(['known-name', 'known-acronym', 'outlet-head']);

/**
 * "Business Insider also commented on … ¶ “…,” the company said": a class noun ("the company", "the news outlet")
 * stands for the one organisation the names table finds from the start of the sentence before up to the mention
 * (for a news medium's noun, the one known outlet; only names that `fits` keeps). Two or more different ones there
 * leave it as written.
 */
export function organisationNear(
  names: NameTable | undefined,
  near: { at: number; sentenceStart?: number; previous?: { start: number; end: number } | null },
  outletsOnly: boolean,
  fits: (name: string) => boolean = () => true,
): string | null {
  const from = near.previous?.start ?? near.sentenceStart;
  if (!names || from === undefined) return null;
  const found = organisationsIn(names, from, near.at, outletsOnly, fits);
  return found.length === 1 ? found[0] : null;
}

/** The different organisations (that `fits` keeps; outlets only if asked) the names table finds in [from, to). */
function organisationsIn(
  names: NameTable,
  from: number,
  to: number,
  outletsOnly: boolean,
  fits: (name: string) => boolean,
): string[] {
  const found: string[] = [];
  for (let i = lastStartingBy(names.names, from - 1) + 1; i < names.names.length; i++) {
    const n = names.names[i];
    if (n.start >= to) break;
    if (n.start < from || n.type !== 'organization' || (outletsOnly && !OUTLET_REASONS.has(n.reason))) continue;
    const name = n.text.replace(/^the\s+/i, '');
    if (fits(name) && !found.some((f) => f.toLowerCase() === name.toLowerCase())) found.push(name);
  }
  return found;
}

// How many sentences before the one before the mention a news outlet is still looked for.
const OUTLET_REACH = 3;

// "a local newspaper", "a TV station", "another website": an outlet brought in without a name (an indefinite article,
// up to three words, a news medium's noun of the mention's kind or one said of any outlet).
const [ANY_OUTLET, ...OUTLET_KINDS] = NEWS_MEDIUM_KINDS;
// The nouns an outlet of the noun's kind may be brought in by: those of its kind and those said of any outlet; a noun
// said of any outlet ("the publication") may have been brought in by any of them.
const nounsOfKind = (noun: string) => {
  const kind = OUTLET_KINDS.find((k) => k.includes(noun));
  return kind ? [...ANY_OUTLET, ...kind] : NEWS_MEDIUM_KINDS.flat();
};
const UNNAMED_OUTLET = new Map(
  NEWS_MEDIUM_KINDS.flat().map((noun) => [
    noun,
    new RegExp(`\\b(?:a|an|another)\\s+(?:[\\p{L}-]+\\s+){0,3}(?:${alternation(nounsOfKind(noun))})\\b`, 'iu'),
  ]),
);

/**
 * "Tom Baker gave an interview to The Boston Globe on Sunday. He spoke about his plans. ¶ The newspaper wrote …":
 * when neither the mention's own sentence nor the one before names an outlet, a news medium's noun stands for the
 * outlet named up to OUTLET_REACH sentences further back: the nearest sentence naming a known outlet decides, and
 * two different outlets there leave the noun as written. An outlet's name is rare and distinctive in a story, so
 * it is followed further back than a company's. An outlet brought in without a name on the way ("The story was
 * first reported by a local newspaper.") may be the one meant: a noun of its kind stays as written (review35
 * finding 9). `before` gives the sentence before the one starting at a position.
 */
export function outletFurtherBack(
  names: NameTable | undefined,
  text: string | undefined,
  noun: string,
  near: { at: number; previous?: { start: number; end: number } | null },
  before: ((start: number) => { start: number; end: number } | null) | undefined,
): string | null {
  const unnamed = UNNAMED_OUTLET.get(noun.toLowerCase());
  if (!names || text === undefined || !unnamed || !near.previous || !before) return null;
  // An outlet named nearer (even two of them) is the one meant or leaves the noun open.
  if (organisationsIn(names, near.previous.start, near.at, true, () => true).length) return null;
  if (unnamed.test(text.slice(near.previous.start, near.at))) return null;
  let sentence = near.previous;
  for (let depth = 0; depth < OUTLET_REACH; depth++) {
    const next = before(sentence.start);
    if (!next || next.start >= sentence.start) return null;
    sentence = next;
    const found = organisationsIn(names, sentence.start, sentence.end, true, () => true);
    if (found.length) return found.length === 1 ? found[0] : null;
    if (unnamed.test(text.slice(sentence.start, sentence.end))) return null;
  }
  return null;
}

// "The company denied any wrongdoing.", "The city has 30 days to respond.", "It declined to comment.": a body (or a
// pronoun for one) as the subject of a sentence between: the next "it" speaks for it, not for a report further back.
// prettier-ignore
const BODY_NOUNS = [
  ...ORGANISATION_CLASS_NOUNS, ...ORGANISATION_HEADS, ...GOVERNMENT_SEATS, ...SPEAKING_BODIES, ...PLACES_AS_BODIES,
].filter((w) => /^[\p{L}-]+$/u.test(w) && !DOCUMENTS.has(w));
const BODY_PHRASE = `(?:the|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(BODY_NOUNS)})`;
const BODY_OPENING = new RegExp(`^(?:[^,.;:!?"“”]{0,40},\\s+)?(?:${BODY_PHRASE}|it|they)\\b`, 'iu');

function bodySubject(names: NameTable | undefined, text: string, sentence: { start: number; end: number }): boolean {
  if (BODY_OPENING.test(text.slice(sentence.start, sentence.end))) return true;
  return !!names && organisationOpening(names, text, sentence.start, sentence.end) !== null;
}

// How many sentences before the one before the pronoun a document opening one is still looked for.
const DOCUMENT_REACH = 2;

/**
 * "The email, released by Judicial Watch, was sent at 7:19 p.m. by …. Two Americans were killed at each location. ¶
 * “…,” it reads.": a document opening a sentence up to DOCUMENT_REACH sentences before the sentence before "it",
 * when no sentence between holds a quotation mark (someone else quoted there speaks for the next "it"). `before`
 * gives the sentence before the one starting at a position (across a paragraph break).
 */
export function documentFurtherBack(
  text: string | undefined,
  previous: { start: number; end: number } | null | undefined,
  before: ((start: number) => { start: number; end: number } | null) | undefined,
  names?: NameTable,
): string | null {
  if (text === undefined || !previous || !before) return null;
  let sentence = previous;
  for (let depth = 0; depth < DOCUMENT_REACH; depth++) {
    if (/["“”]/.test(text.slice(sentence.start, sentence.end))) return null;
    if (bodySubject(names, text, sentence)) return null;
    const next = before(sentence.start);
    if (!next || next.start >= sentence.start) return null;
    sentence = next;
    const found = DOCUMENT_OPENING.exec(text.slice(sentence.start, sentence.end))?.[1];
    if (found) return found;
  }
  return null;
}
