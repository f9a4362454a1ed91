// "they" for people the article named together: "Senators Ann Walker, Republican of Ohio, and Tom Reyes, Democrat of
// Iowa, oppose the bill. They sent a letter …. ¶ “…,” they wrote." No body or group speaks there; the pair does.
import { alternation } from '../lexicon/build';
import { AFFILIATION_PREPOSITIONS, GROUP_QUANTIFIERS } from '../lexicon/en/clause-words';
import { ARTICLES } from '../lexicon/en/determiners';
import { MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import { ORGANISATION_HEADS } from '../lexicon/en/organisations';
import { GROUP_NOUNS, OTHER_PEOPLE_PLURALS } from '../lexicon/en/sources';
import { CUE_VERBS, INVERTED_VERBS } from '../lexicon/en/speech';
import { beforeMainVerb, mainSubjectSpan } from './main-subject';
import { TITLE_WORDS } from './mentions';
import { isAgentNoun } from './shown-role';
import type { PeopleIndex, Person } from './people';

/** The sentences around a pronoun, as resolve.ts's MentionContext gives them. */
export interface TogetherContext {
  text?: string;
  sentenceStart?: number;
  previousSentence: { start: number; end: number } | null;
  sentenceBefore?: (start: number) => { start: number; end: number } | null;
}

// How many sentences back "they" is followed: a study's authors are named, then "they found …", "they concluded …"
// run on for a paragraph or two before the quote.
const MAX_SENTENCES = 10;

// A name as written from where the index found it: capitalised words (initials, particles aside). No full stop:
// abbreviation points are masked (\u2024), so a "." ends the sentence ("… Nina Sol. Fans stormed …").
const NAME_AS_WRITTEN =
  /^(?:\p{Lu}[\p{L}'’\u2024-]*[^\S\n]+(?:(?:de|van|von|der|la|le|da)[^\S\n]+)?)*\p{Lu}[\p{L}'’\u2024-]*/u;

// What may stand between two names of one list, one part each, in this order:
// - a party tag: "Chris Dodd (D-Conn.) and …";
// - an affiliation: "David Dorn at the University of Zurich and …", "Ann Walker of Ohio and …";
// - an apposition set off by commas: "Ann Walker, Republican of Ohio, and …";
// - the list's comma or "and" ("Autor, Dorn and Hanson"), then up to two title words of the next name ("and Sen.").
const GAP = new RegExp(
  '^(?:[^\\S\\n]*\\([^()\\n]{0,20}\\))?' +
    `(?:[^\\S\\n]+(?:${alternation(AFFILIATION_PREPOSITIONS)})[^\\S\\n]+[^,;:.!?“”"\\n]{1,60}?)?` +
    '(?:,[^\\S\\n]+[^,;:.!?“”"\\n]{1,40}?)?' +
    '(,?[^\\S\\n]+and[^\\S\\n]+|,[^\\S\\n]+)' +
    "(?:\\p{Lu}[\\p{L}.\\u2024'’]*[^\\S\\n]+){0,2}$",
  'u',
);

// "they" said outside quote marks.
const THEY = /\bthey\b/i;
const QUOTED = /[“"][^”"]*(?:[”"]|$)/g;
const reporterWords = (s: string) => s.replace(QUOTED, (q) => ' '.repeat(q.length));

interface Named {
  at: number;
  person: Person;
}

/**
 * The lists of two or more people named one after the other in [start, end), joined by "and" (GAP): "Ann Walker
 * and Tom Reyes", "Autor at M.I.T., Dorn at Zurich and Hanson at U.C.S.D.". In text order.
 */
function listsIn(people: PeopleIndex, text: string, start: number, end: number): Named[][] {
  const named = people
    .namedBefore(end)
    .filter((n) => n.at >= start)
    .map(({ at, person }) => ({ at, person }))
    .reverse();
  const lists: Named[][] = [];
  let list: Named[] = [];
  let joined = false;
  const close = () => {
    if (joined && new Set(list.map((n) => n.person)).size >= 2) lists.push(list);
    list = [];
    joined = false;
  };
  for (const n of named) {
    const last = list.at(-1);
    if (last) {
      const written = NAME_AS_WRITTEN.exec(text.slice(last.at, n.at))?.[0] ?? '';
      const gap = GAP.exec(text.slice(last.at + written.length, n.at));
      if (!gap || !written) close();
      else if (/and/.test(gap[1])) joined = true;
    }
    list.push(n);
  }
  close();
  return lists;
}

/**
 * Whom "they" speaks for when no organisation or group spoke before it: the people last named together, in the
 * pronoun's own sentence before it or up to MAX_SENTENCES before. A sentence that says "they" before its names goes on
 * with the earlier "they" ("In another study they wrote with Ann Lee and Bo Park, they estimated …": Lee and Park
 * are not who "they" is) and is passed over; the first sentence before that names anyone else ends the search: the
 * story has moved on to that person ("Walker and Reyes oppose it. Tom Baker, a lobbyist, disagrees. “…,” they
 * said" is left open). Returns the names as one speaker ("Ann Walker and Tom Reyes") and where the list starts.
 */
export function namedTogether(
  people: PeopleIndex,
  context: TogetherContext | undefined,
  at: number,
): { names: string; at: number } | null {
  const text = context?.text;
  if (text === undefined) return null;
  const own = context?.sentenceStart;
  let sentence: { start: number; end: number } | null =
    own !== undefined && own < at ? { start: own, end: at } : (context?.previousSentence ?? null);
  for (let depth = 0; sentence && depth <= MAX_SENTENCES; depth++) {
    const lists = listsIn(people, text, sentence.start, Math.min(sentence.end, at));
    const words = reporterWords(text.slice(sentence.start, Math.min(sentence.end, at)));
    const saidBefore = (from: number) => THEY.test(words.slice(0, from - sentence!.start));
    const whole = text.slice(sentence.start, sentence.end);
    // The list is the sentence's subject: "Police arrested Ann Walker and Tom Reyes. “…,” they said" is the police.
    const list = lists.filter((l) => beforeMainVerb(whole, l[0].at - sentence!.start)).at(-1);
    if (list && !saidBefore(list[0].at))
      return { names: joinNames(list.map((n) => shownName(text, n))), at: list[0].at };
    // People of another kind as the subject: "The neighbors were angry", "Their children gathered", "Many said".
    if (pluralPeopleSubject(whole)) return null;
    // Someone else named as the story's topic: "they" is not followed past them.
    const others = people.namedBefore(Math.min(sentence.end, at)).filter((n) => n.at >= sentence!.start);
    if (others.some((n) => !saidBefore(n.at))) return null;
    sentence =
      sentence.start === own
        ? (context?.previousSentence ?? null)
        : (context?.sentenceBefore?.(sentence.start) ?? null);
  }
  return null;
}

/**
 * The person's full name; the name as written when the index took it for someone else sharing a word ("Gordon
 * Hanson" read as the "Robert Gordon" named later): their last words differ. Without a title opening the list
 * ("Senators Ann Walker … and Tom Reyes": the index keeps the plural title in the first name).
 */
function shownName(text: string, n: Named): string {
  const written = (NAME_AS_WRITTEN.exec(text.slice(n.at, n.at + 80))?.[0] ?? '').replace(/\u2024/g, '.');
  const last = (s: string) => s.split(/\s+/).at(-1);
  const name = /\s/.test(written) && last(written) !== last(n.person.name) ? written : n.person.name;
  const words = name.split(/\s+/);
  while (words.length > 2 && isTitle(words[0])) words.shift();
  return words.join(' ');
}

/** A title word, or its plural ("Senators", "Reps."). */
function isTitle(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_WORDS.has(w) || TITLE_WORDS.has(w.replace(/s(\.?)$/, '$1'));
}

const PEOPLE_PLURALS = new Set([...GROUP_NOUNS, ...OTHER_PEOPLE_PLURALS]);
const SUBJECT_WORD = /\p{L}[\p{L}'’-]*/gu;

/**
 * The sentence's subject holds a plural noun for people ("The neighbors", "Police", "Many", "Their teachers"): the
 * story has turned to them. Words in a relative clause aside do not count.
 */
function pluralPeopleSubject(sentence: string): boolean {
  const span = mainSubjectSpan(sentence);
  if (!span) return false;
  let subject = sentence.slice(span.start, span.end);
  for (const a of [...span.asides].reverse())
    subject = subject.slice(0, a.start - span.start) + subject.slice(Math.min(a.end, span.end) - span.start);
  return [...subject.matchAll(SUBJECT_WORD)].some(([w]) => peopleWord(w));
}

const peopleWord = (w: string) => {
  const word = w.toLowerCase();
  return PEOPLE_PLURALS.has(word) || (/[^s]s$/.test(word) && isAgentNoun(word.slice(0, -1)));
};
// Words that open a plural subject and are written in lower case inside a sentence ("The researchers", "Many
// residents", "Police").
const LOWER_OPENERS = new Set([...ARTICLES, ...GROUP_QUANTIFIERS, 'most', 'both', 'all', 'few', 'other']);
const CUES = new Set(CUE_VERBS);
// The verb right after the subject, past an adverb ("Officials later said").
const VERB_AFTER_SUBJECT = /^\s*(?:(?:\p{Ll}+ly|also|later|then)\s+)?(\p{Ll}+)/u;
// How many sentences opening with "they" are followed back to the plural subject they go on with.
const THEY_CHAIN = 3;
// A subject as written: no quote mark, no sentence stop, at most six words.
const PLAIN_SUBJECT = /^[^“”"\n]+$/;

/**
 * "Officials at the agency said the report would be out Monday. ¶ “…,” they said.": the plural people the sentence
 * before has as its main subject, as written ("officials at the agency", "the researchers", "police"), followed back
 * through sentences that open with "they". None when another plural noun for people stands after the subject ("Police
 * arrested two men. “…,” they said": either may speak), or the subject names a person (namedTogether's).
 */
export function pluralSubjectBefore(
  people: PeopleIndex,
  context: TogetherContext | undefined,
): { text: string; at: number } | null {
  const text = context?.text;
  let sentence = context?.previousSentence ?? null;
  for (let depth = 0; sentence && text !== undefined && depth < THEY_CHAIN; depth++) {
    const whole = text.slice(sentence.start, sentence.end);
    const span = mainSubjectSpan(whole);
    if (!span || span.asides.length) return null;
    const subject = whole.slice(span.start, span.end).trim();
    if (/^they$/i.test(subject)) {
      sentence = context?.sentenceBefore?.(sentence.start) ?? null;
      continue;
    }
    const words = [...subject.matchAll(SUBJECT_WORD)].map(([w]) => w);
    // A noun for people, not a quantifier alone ("Many said …").
    const noun = words.some((w) => peopleWord(w) && !LOWER_OPENERS.has(w.toLowerCase()));
    if (!PLAIN_SUBJECT.test(subject) || words.length > 6 || !noun) return null;
    // They speak in that sentence ("Officials said …"): people who were only angry or gathered there are no
    // source the story gave (review30 finding 12: "The neighbors were angry. “…,” they said" is left open).
    const rest = whole.slice(span.end);
    if (!CUES.has(VERB_AFTER_SUBJECT.exec(rest)?.[1] ?? '')) return null;
    if ([...rest.matchAll(SUBJECT_WORD)].some(([w]) => peopleWord(w))) return null;
    // Nor when what they said has a subject that can answer ("Officials said Acme Corp. broke the law", "said the
    // Smiths hid the money"): "they" is as likely the accused (review37 finding 21).
    if (answeringSubject(rest)) return null;
    const at = sentence.start + span.start;
    // Nor when it names a person ("Police said Tom Baker and Ann Reyes …").
    if (people.namedBefore(sentence.end).some((n) => n.at >= at)) return null;
    const shown = LOWER_OPENERS.has(words[0].toLowerCase()) || peopleWord(words[0]) ? lowerFirst(subject) : subject;
    return { text: shown, at };
  }
  return null;
}
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS]);
// A capitalised word after the cue ("Acme", "Smiths"), or a body ("the city", "the company").
const NAMED_AFTER = /(?<=\s)\p{Lu}[\p{L}'’-]*/gu;
const BODY_AFTER = new RegExp(`\\bthe\\s+(?:${alternation(ORGANISATION_HEADS)})\\b`, 'iu');

/** The words after the cue name someone or a body, not a date ("said Monday that …"). */
const answeringSubject = (rest: string) =>
  [...rest.matchAll(NAMED_AFTER)].some(([w]) => !DATE_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) ||
  BODY_AFTER.test(rest);

/** "Ann Walker and Tom Reyes", "David Autor, David Dorn and Gordon Hanson": each person once, in text order. */
function joinNames(names: string[]): string {
  const unique = [...new Set(names)];
  return unique.length < 3 ? unique.join(' and ') : `${unique.slice(0, -1).join(', ')} and ${unique.at(-1)}`;
}

// What may stand before a joint subject in its sentence: nothing, an opening phrase or a noun for the pair set off by a
// comma ("On Monday,", "The couple,"), a quote's closing mark ("“…,” Tom Baker and Maria Lopez said") or an inverted
// cue after one ("“…,” said Tom Baker and Maria Lopez").
const NAME_WORDS_AT_END = /(?:\p{Lu}[\p{L}'’\u2024.-]*[^\S\n]+)*$/u;
const JOINT_LEAD = new RegExp(`(?:^(?:[^,“”"]{0,60},)?|[”"]|[”"]\\s*(?:${alternation(INVERTED_VERBS)}))\\s*$`, 'u');

/**
 * "Tom Baker and Maria Lopez said …", "“…,” said Tom Baker and Maria Lopez": a name that ends a list of people joined
 * by "and" at the start of its clause speaks with the others (review31 finding 18). The list as one speaker ("Tom Baker
 * and Maria Lopez"), or null.
 */
export function jointSubject(
  people: PeopleIndex,
  text: string,
  sentenceStart: number,
  mention: { start: number; end: number },
): string | null {
  const list = listsIn(people, text, sentenceStart, mention.end).find((l) => l.at(-1)!.at >= mention.start);
  // The index places a person at their surname: the first names and titles before it are the name's.
  const lead = list ? text.slice(sentenceStart, list[0].at).replace(NAME_WORDS_AT_END, '') : '';
  if (!list || !JOINT_LEAD.test(lead)) return null;
  return joinNames(list.map((n) => shownName(text, n)));
}
