// The subject of a sentence's main clause: where it stands once what may come before it is set aside (a dateline, a
// connective, an opening quote, fronted phrases and subordinate clauses set off by a comma), and how far it runs (to
// the first finite verb, an aside between commas included). A pronoun that goes on from the sentence before speaks
// of that subject: "After meeting Smith, Jones said …" is about Jones, "Smith, who met Jones, said …" about Smith.
import { alternation, capitalise } from '../lexicon/build';
import {
  CLAUSE_NARROWERS,
  FRONTED_PREPOSITIONS,
  FRONTED_TIME_WORDS,
  MAIN_CLAUSE_SUBORDINATORS,
  RELATIVE_PRONOUNS,
  SENTENCE_CONNECTIVES,
} from '../lexicon/en/clause-words';
import { FORECAST_MODALS } from '../lexicon/en/events';
import { CUE_VERBS, REPORTING_VERBS } from '../lexicon/en/speech';
import { DATELINE_OPENING } from '../text/datelines';
import { WordList } from '../text/word-runs';
import { holdsWord } from './word-scan';
import { isGivenName } from '../names/gender';
import { VERB } from './subjects';
import { THIRD_PERSON_POSSESSIVES } from '../lexicon/en/determiners';
import { GROUP_NOUNS } from '../lexicon/en/sources';

/** What may stand before the main clause's subject, one row each, tried again and again (up to MAX_FRONTED). */
export interface FrontedRule {
  id: string;
  /** A sentence the rule is for; the main clause starts after the words in brackets. */
  example: string;
  pattern: RegExp;
  /** A match that is no fronted phrase after all ("Kelly, a nurse, said": a first name, no adverb in -ly). */
  unless?: (match: string) => boolean;
}

// Capitalised opening a sentence, lower case after a connective or another fronted phrase ("But in 2010, …").
const cap = (words: string[]) => alternation([...words, ...words.map(capitalise)]).replace(/ /g, '\\s+');
// A phrase up to its comma: no sentence stop, no other comma, no quote mark but around a few words set off
// without punctuation ("When Smith called the regime “strong” in 1989, Jones differed": a scare quote is no quote
// that ends the phrase).
const SCARE_QUOTE = '[“"][^“”",;:.!?\\n]{1,40}[”"]';
const UP_TO_COMMA = `(?:[^,;:.!?“”"]|${SCARE_QUOTE}){1,200},\\s+`;

// "After meeting Jones, …": a time word before a participle.
const PARTICIPLE_LEADS = `(?:${cap(['after', 'before', 'while', 'when', 'since'])})`;

/** The rows, in the order tried at each step. */
export const FRONTED: FrontedRule[] = [
  { id: 'dateline', example: '[WASHINGTON — ]Smith said …', pattern: DATELINE_OPENING },
  {
    id: 'connective',
    example: '[But ]Smith said …; [Meanwhile, ]Smith said …',
    pattern: new RegExp(`^(?:${cap(SENTENCE_CONNECTIVES)})\\b,?\\s+`, 'u'),
  },
  {
    id: 'opening-quote',
    example: '[“We will win,” ]Smith said.',
    pattern: /^[“"][^“”"]{1,600}[”"],?\s+/u,
  },
  {
    id: 'subordinate-clause',
    example:
      '[When Jones arrived, ]Smith said …; [Even before Jones spoke, ]Smith …; [When Jones called it “weak”, ]Smith …',
    pattern: new RegExp(
      `^(?:(?:${cap(CLAUSE_NARROWERS)})\\s+)?(?:${cap(MAIN_CLAUSE_SUBORDINATORS)})\\b${UP_TO_COMMA}`,
      'u',
    ),
  },
  {
    // The participle's subject is the main clause's: no name in it is one ("Asked about Jones, Smith said").
    id: 'participle',
    example: '[After meeting Jones, ]Smith said …; [Speaking to Jones, ]Smith said …',
    pattern: new RegExp(`^(?:${PARTICIPLE_LEADS}\\s+)?\\p{L}\\p{Ll}{2,}(?:ing|ed)\\s+\\p{Ll}${UP_TO_COMMA}`, 'u'),
  },
  {
    id: 'prepositional-phrase',
    example: '[In a letter to Jones, ]Smith wrote …; [According to Jones, ]Smith …',
    pattern: new RegExp(`^(?:${cap(FRONTED_PREPOSITIONS)})\\b${UP_TO_COMMA}`, 'u'),
  },
  {
    id: 'time-or-adverb',
    example: '[Last week, ]Smith said …; [Clearly, ]Smith …',
    pattern: new RegExp(`^(?:(?:${cap(FRONTED_TIME_WORDS)})\\b[^,;:.!?“”"]{0,40}|\\p{L}\\p{Ll}+ly),\\s+`, 'u'),
    unless: (match) => isGivenName(match.replace(/,\s*$/, '')),
  },
];
const MAX_FRONTED = 4;

/** Where the main clause starts in `sentence` (0 when nothing is fronted). */
export function mainClauseStart(sentence: string): number {
  let at = 0;
  for (let step = 0; step < MAX_FRONTED; step++) {
    const rest = sentence.slice(at);
    const found = FRONTED.map((r) => ({ r, m: rest.match(r.pattern) })).find(({ r, m }) => m && !r.unless?.(m[0]));
    if (!found) break;
    at += found.m![0].length;
  }
  return at;
}

// A finite verb ends the subject: subjects.ts VERB (a past or present form: "said", "wants", "pushes"; an irregular
// past), an auxiliary or modal, a speech verb.
const FINITE_FORM = new RegExp(`^${VERB}$`, 'u');
// prettier-ignore
const FINITE = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'does', 'did', 'do', 'must', ...FORECAST_MODALS,
  ...CUE_VERBS.filter((v) => !v.includes(' ')), ...REPORTING_VERBS.filter((v) => !v.includes(' ')),
]);
// Words in -s that are no verb: a possessive ("Smith and his wife said"), a plural noun for people ("Smith
// supporters said"), a noun in -ss or -us ("Smith's boss", "the bus").
const NOT_FINITE = new Set([...THIRD_PERSON_POSSESSIVES, ...GROUP_NOUNS, 'this', 'thus', 'as', 'us']);
const NOUN_IN_S = /(?:ss|us)$/u;
const isFinite = (word: string) =>
  FINITE.has(word) || (FINITE_FORM.test(word) && !NOT_FINITE.has(word) && !NOUN_IN_S.test(word));
// An aside between commas: an apposition ("Smith, a Republican, said") belongs to the subject; a relative clause
// ("Smith, who met Jones, said") says something of it, and no name in it is the subject.
const RELATIVE_ASIDE = new RegExp(`^,\\s+(?:${alternation(RELATIVE_PRONOUNS)})\\b`, 'u');
const WORD = /[\p{L}'’-]+|,/gu;

export interface SubjectSpan {
  /** Where the subject starts and the main verb stands (offsets into the sentence). */
  start: number;
  end: number;
  /** Relative clauses within the span ("Smith, who met Jones, said"): no name in them is the subject. */
  asides: { start: number; end: number }[];
}

/**
 * The main clause's subject in `sentence`: from the main clause's start to its first finite verb (lower case: a
 * capitalised "Will" or "May" is a name), stepping over asides between commas. Null when no verb is found.
 */
export function mainSubjectSpan(sentence: string): SubjectSpan | null {
  const start = mainClauseStart(sentence);
  const asides: { start: number; end: number }[] = [];
  let asideFrom = -1;
  for (const m of sentence.slice(start).matchAll(WORD)) {
    const at = start + m.index;
    if (m[0] === ',') {
      if (asideFrom < 0) {
        asideFrom = at;
        if (RELATIVE_ASIDE.test(sentence.slice(at))) asides.push({ start: at, end: sentence.length });
      } else {
        const open = asides.at(-1);
        if (open && open.end === sentence.length) open.end = at;
        asideFrom = -1;
      }
      continue;
    }
    if (asideFrom >= 0 && asides.at(-1)?.end === sentence.length) continue;
    if (isFinite(m[0])) {
      if (asideFrom >= 0) return null;
      return { start, end: at, asides };
    }
  }
  return null;
}

/**
 * Whether the offset `at` stands in the main clause before any finite verb: in its subject ("Ann Walker and Tom Reyes
 * sued", "Critics, like Ann Walker and Tom Reyes, want …"), not in a fronted phrase nor after the verb ("Police
 * arrested Ann Walker and Tom Reyes"). Read word by word, so a subject the span finder cannot close still counts.
 */
export function beforeMainVerb(sentence: string, at: number): boolean {
  const start = mainClauseStart(sentence);
  if (at < start) return false;
  for (const m of sentence.slice(start, at).matchAll(WORD)) if (m[0] !== ',' && isFinite(m[0])) return false;
  return true;
}

// ", Smith said.", ", said Smith.", ", Smith told reporters on Monday.": the sentence reports a clause and ends on who
// said it, its speaker (and the subject of its main clause).
const NAME_WORDS = "(?:\\p{Lu}[\\p{L}'’.\\u2024-]*\\s+){0,4}\\p{Lu}[\\p{L}'’.\\u2024-]*";
const SAID = `(?:${alternation(REPORTING_VERBS.filter((v) => !v.includes(' ')))})`;
// What may follow the speaker to the sentence's end: "told reporters on Monday", no other clause.
const SENTENCE_END = '\\b[^,;:“”"]{0,60}[.!?]?[”"’]?\\s*$';
const TRAILING_SPEAKER = new RegExp(
  `,[”"’]?\\s+(?:(${NAME_WORDS})\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?${SAID}|${SAID}\\s+(${NAME_WORDS}))${SENTENCE_END}`,
  'u',
);

// Every match holds one of SAID's verbs whole (white space before it, \b or a space after it): asked first.
const SAID_WORDS = new WordList(
  REPORTING_VERBS.filter((v) => !v.includes(' ')),
  false,
);

/** Where the name ending a sentence as its speaker stands (", Smith said."), or null. */
export function trailingSpeaker(sentence: string): { start: number; end: number } | null {
  if (!holdsWord(SAID_WORDS, sentence)) return null;
  const m = TRAILING_SPEAKER.exec(sentence);
  if (!m) return null;
  const name = m[1] ?? m[2];
  const start = m.index + m[0].indexOf(name);
  return { start, end: start + name.length };
}
