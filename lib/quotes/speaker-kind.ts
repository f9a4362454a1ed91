// What a speaker may be: a person, a body or a group, named or described. "He" or "the professor" never stands for a
// place, a style or an event ("an Art Deco theater", "the Sugar Bowl victory"), and no shown speaker is a piece of
// the reporter's clause ("He released a letter … that", "came another", "the candidate could be").
import { alternation, capitalise } from '../lexicon/build';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVES } from '../lexicon/en/determiners';
import { AUXILIARIES, NAME_FOLLOWERS, RELATIVE_PRONOUNS, SENTENCE_ADVERBS } from '../lexicon/en/clause-words';
import { FORECAST_MODALS } from '../lexicon/en/events';
import { COORDINATORS, OBJECT_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS } from '../lexicon/en/function-words';
import { PRESENT_PARTICIPLE_ENDINGS, VERB_ENDINGS } from '../lexicon/en/word-endings';
import { IRREGULAR_PASTS } from '../lexicon/en/speech';
import { PAST_ROLE_MARKERS } from '../lexicon/en/roles';
import { COMPLEMENT_TAKERS, NOT_SOURCE_HEADS } from '../lexicon/en/sources';
import { RELATIVE_DAYS } from '../lexicon/en/calendar';
import { DATELINE_OPENING } from '../text/datelines';
import type { IsPlace } from './mention-after';
import type { PeopleIndex, Person } from './people';
import type { Attribution } from './resolve';
import { readMention } from './mentions';

// ---- Things the people index took for people ----

// A name's words from where the index placed it, then the word after them and the one after that.
const NAME_THEN_WORD = new RegExp(
  "^(?:\\p{Lu}[\\p{L}'’\\u2024.-]*[^\\S\\n]+)*?\\p{Lu}[\\p{L}'’\\u2024-]*[^\\S\\n]+([\\p{Ll}][\\p{Ll}-]*)\\b(?!['’])" +
    '(?:[^\\S\\n]+(\\p{Ll}+)\\b)?',
  'u',
);
// The capitalised words of a name before the word the index placed it at.
const NAME_WORDS_BEFORE = /(?:\p{Lu}[\p{L}'’\u2024.-]*[^\S\n]+)*$/u;
// What opens a noun phrase right before the name: an article, a possessive, a number or a compound ("an Art Deco",
// "last night's", "the team's 31-10", "a 1930s-era"); not a title ("spokesman Don Stewart").
const NOUN_PHRASE_OPENINGS = [...ARTICLES, ...ARTICLES.map(capitalise)];
const WORD_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:${alternation(NOUN_PHRASE_OPENINGS)})|['’]s?|` +
    `[\\p{L}\\d]*\\d[\\p{L}\\d-]*|\\p{Ll}+-\\p{Ll}+)[^\\S\\n]+$`,
  'u',
);
// What says the name after it is a person's: an age ("the 24-year-old Maria Santos") or a past role ("the
// then-senator Barack Obama", "her ex-husband Tom Baker"), though a number or a compound opens a noun phrase too.
const PERSON_BEFORE = new RegExp(
  `(?:(?:\\d+|\\p{Ll}+)-year-old|(?<![\\p{L}-])(?:${alternation(PAST_ROLE_MARKERS)})-\\p{Ll}+)[^\\S\\n]+$`,
  'u',
);
// Words that open the object of a verb right after it: "swam the fastest time", "beat his rival".
const OBJECT_OPENING = new RegExp(`^(?:${alternation([...ARTICLES, ...POSSESSIVES])})$`, 'u');
// Words after a name that make it a clause's subject or object, not a modifier: a verb's form ("said", "explains",
// "added", "would", "is"), an adverb ("also", "again"), a function word ("and", "of", "who"), a time ("today").
const CLAUSE_WORD = new RegExp(
  `^(?:\\p{Ll}+(?:${alternation([...VERB_ENDINGS, ...PRESENT_PARTICIPLE_ENDINGS, 'ly'])})|` +
    `${alternation([
      ...IRREGULAR_PASTS,
      ...AUXILIARIES,
      ...FORECAST_MODALS,
      ...SENTENCE_ADVERBS,
      ...PREPOSITIONS,
      ...COORDINATORS,
      ...RELATIVE_PRONOUNS,
      ...NAME_FOLLOWERS,
    ])})$`,
  'u',
);

/** "a 1930s-era Art Deco movie theater", "the team's Sugar Bowl victory": the name modifies the noun after it. */
function modifiesNoun(text: string, at: number): boolean {
  const [, next, after] = NAME_THEN_WORD.exec(text.slice(at, at + 80)) ?? [];
  if (next === undefined || CLAUSE_WORD.test(next)) return false;
  // A word the lists do not know as a verb, with an object after it: "Maria Santos swam the", "Lena Ortiz beat the".
  if (after !== undefined && OBJECT_OPENING.test(after)) return false;
  // The index places a name at its surname: the words before it ("Art" of "Art Deco") are the name's too.
  const before = text.slice(Math.max(0, at - 80), at);
  const opening = before.slice(0, NAME_WORDS_BEFORE.exec(before)!.index);
  return WORD_BEFORE.test(opening) && !PERSON_BEFORE.test(opening);
}

/**
 * A name the text only ever writes as the modifier of a noun names a style, an event or a brand ("an Art Deco
 * theater", "the Sugar Bowl victory"), though its first word may be a given name: no one a pronoun or a role noun goes
 * back to. A person is named as a subject or an object somewhere too ("Trump said", "the Trump campaign").
 */
const onlyModifier = (text: string, person: Person) =>
  person.mentions.length > 0 && person.mentions.every((at) => modifiesNoun(text, at));

/** The index with such things left out of `namedBefore` (the candidates for a pronoun or a role noun). */
export function withoutThings(index: PeopleIndex, text: string): PeopleIndex {
  const things = new Set(index.people.filter((p) => onlyModifier(text, p)));
  if (!things.size) return index;
  return { ...index, namedBefore: (at) => index.namedBefore(at).filter((n) => !things.has(n.person)) };
}

// ---- The shown speaker's shape ----

// A subject pronoun with its clause after it: "He released a letter from his doctor Friday afternoon that".
// Case-sensitive: "He Jiankui" is a name.
const PRONOUN_CLAUSE = new RegExp(
  `^(?:${alternation([...SUBJECT_PRONOUNS, ...SUBJECT_PRONOUNS.map(capitalise)])})[^\\S\\n]+\\p{Ll}`,
  'u',
);
// Opening on a past verb (after an adverb) and what it governs: "came another", "combed through the filings",
// "forcefully told a young woman" (a determiner, a pronoun or a preposition after it); not a participle before its
// noun ("unnamed officials", "retired teachers").
const GOVERNED = [...ARTICLES, ...POSSESSIVES, ...OBJECT_PRONOUNS, ...DEMONSTRATIVES, 'another'];
const VERB_OPENING = new RegExp(
  `^(?:\\p{Ll}+ly[^\\S\\n]+)?(?:\\p{Ll}+ed|${alternation(IRREGULAR_PASTS)})[^\\S\\n]+` +
    `(?:${alternation([...GOVERNED, ...PREPOSITIONS])})(?:[^\\S\\n]|$)`,
  'u',
);
// A finite verb inside: "the candidate could be".
const FINITE_INSIDE = new RegExp(
  `[^\\S\\n](?:${alternation([...FORECAST_MODALS, ...AUXILIARIES])})(?:[^\\S\\n]|$)`,
  'u',
);
// A function word alone is no name: a demonstrative ("This"), a pronoun the name reader took ("that I"). Written in
// capitals it may be one: "WHO", "IT".
const FUNCTION_WORDS_ALONE = [...DEMONSTRATIVES, ...SUBJECT_PRONOUNS];
const FUNCTION_WORD_ALONE = new RegExp(
  `^(?:${alternation([...FUNCTION_WORDS_ALONE, ...FUNCTION_WORDS_ALONE.map(capitalise)])})$`,
  'u',
);

/** Words that are a piece of the reporter's clause, not a name or a description of a speaker. */
export function clauseShaped(speaker: string): boolean {
  return (
    PRONOUN_CLAUSE.test(speaker) ||
    VERB_OPENING.test(speaker) ||
    FINITE_INSIDE.test(speaker) ||
    FUNCTION_WORD_ALONE.test(speaker)
  );
}

// Where a description of a person names a place: "the 20-year-old from Brampton".
const FROM_PLACE = /^(.+?)[^\S\n]+(?:from|of|in|at)[^\S\n]+(?:the[^\S\n]+)?\S[^]*$/u;

/**
 * A place that shows as the speaker: a location the mention holds, not who spoke. A description of a person it
 * ends ("the 20-year-old from Brampton") is the speaker; in anything else ("Image copyright Suffolk County", "an
 * infectious superbug spreading in the United States"), or for a pronoun, or as the subject of a partial quote's
 * clause ("Marco Rubio, whose hometown, Miami, is projected to …"), there is none.
 */
function placeSpoken(a: Attribution, mention: string, rule: string): Attribution | null {
  const speaker = a.speaker!;
  if (mention === speaker || mention === `the ${speaker}` || mention === `The ${speaker}`)
    return rule.startsWith('partial-') ? null : a;
  const description = mention.length > speaker.length ? FROM_PLACE.exec(mention)?.[1] : undefined;
  const read = description ? readMention(description, 0) : null;
  return read?.kind === 'role' && read.text === description
    ? { ...a, speaker: mention, speakerType: 'person', speakerRole: null }
    : null;
}

// ---- Descriptions cut short or of no source ----

// A description, not a name: it opens lower case or with a determiner or a number ("responses in …", "One sweeping
// question", "a source close").
const DESCRIPTION_OPENING = new RegExp(
  `^(?:\\p{Ll}|\\d|(?:${alternation([...ARTICLES, ...DEMONSTRATIVES, 'one', 'only'].map(capitalise))})[^\\S\\n])`,
  'u',
);
const NOT_SOURCE_HEAD = new Set(NOT_SOURCE_HEADS);
const PHRASE_END = new Set([...PREPOSITIONS, ...RELATIVE_PRONOUNS]);
// What a description cut mid-phrase ends on: a word wanting its complement, a preposition, an article or a
// coordinator ("a source close", "an angry army of HP workers and"); or a day, when it spoke ("A Foreign Ministry
// statement yesterday said").
const DANGLING = new Set([...COMPLEMENT_TAKERS, ...PREPOSITIONS, ...ARTICLES, ...COORDINATORS, ...RELATIVE_DAYS]);

/** The head noun of a description: the last word before its first preposition or relative word. */
function descriptionHead(words: readonly string[]): string {
  const end = words.findIndex((w, i) => i > 0 && PHRASE_END.has(w.toLowerCase()));
  return (end > 0 ? words[end - 1] : words[words.length - 1]).toLowerCase();
}

/**
 * A described speaker as the panel may show it: null when its head is no source ("responses in multiple
 * languages"), without the words a cut left dangling at its end ("a source close" of "a source close to the campaign"
 * shows as "a source", "A Foreign Ministry statement yesterday" as "A Foreign Ministry statement"); a name is left as
 * it is. A wire dateline before either is dropped.
 */
function tidyDescription(found: Attribution): Attribution | null {
  // A wire dateline glued before the source ("Bandar Seri Begawan 11-15 (AFP) - A high-level American official").
  const dateline = DATELINE_OPENING.exec(found.speaker!);
  const a = dateline ? { ...found, speaker: found.speaker!.slice(dateline[0].length) } : found;
  const speaker = a.speaker!;
  if (!DESCRIPTION_OPENING.test(speaker)) return a;
  const words = speaker.split(/[^\S\n]+/);
  // The rules that look further go on. Ending the search instead (review36 7b: a fallback may lend residents' words to
  // a governor named before them) lowered PolNeAR train half B's aggregate by 2.
  if (NOT_SOURCE_HEAD.has(descriptionHead(words))) return null;
  let n = words.length;
  // Written lower case: "an editorial in USA Today" keeps the name's last word.
  while (n > 2 && DANGLING.has(words[n - 1]) && /^\p{Ll}/u.test(words[n - 1])) n--;
  return n === words.length ? a : { ...a, speaker: words.slice(0, n).join(' ') };
}

/**
 * The attribution when what it shows may speak: else the next finding (the one a description holds) or null, so the
 * rules that look further go on. `mention`: the words the speaker was read from; `rule`: the rule that read them.
 */
export function ofSpeakerKind(a: Attribution, mention: string, rule: string, isPlace?: IsPlace): Attribution | null {
  const speaker = a.speaker;
  if (!speaker) return a;
  if (clauseShaped(speaker)) return null;
  if (isPlace?.(speaker)) return placeSpoken(a, mention, rule);
  return tidyDescription(a);
}
