// Resolves a speaker mention to who it refers to: a name to the person the article introduced, "he" to the last fitting
// person or speaker, "they" to a group, "the spokesman" to the person introduced with that role.
import type { SpeakerType } from '../types';
import { namesNoPerson, type NameTable } from '../names';
import { alternation, capitalise, withCapitals } from '../lexicon/build';
import { ARTICLES, THIRD_PERSON_POSSESSIVES } from '../lexicon/en/determiners';
import { MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import {
  NEWS_MEDIUM_NOUNS,
  AGENCY_NAME_HEADS,
  ORGANISATION_CLASS_HEADS,
  BODY_OR_PEOPLE_NOUNS,
  ORGANISATION_CLASS_NOUNS,
  ROLE_SYNONYMS,
} from '../lexicon/en/sources';
import {
  CANDIDACY_WORDS,
  LAWMAKERS,
  OFFICES,
  PARTY_WORDS,
  PROFESSIONS,
  ROLE_ADJECTIVES,
  ROLE_MODIFIERS,
  ROYAL_AND_RELIGIOUS_TITLES,
} from '../lexicon/en/roles';
import {
  ANAPHORIC_DESCRIPTION_WORDS,
  BYWORD_ROLE_WORDS,
  EPITHET_HEADS,
  PARTY_MEMBER_NOUNS,
  RIVAL_NOUNS,
} from '../lexicon/en/epithets';
import { HONORIFICS, OFFICE_ABBREVIATIONS } from '../lexicon/en/address';
import { FEMININE_WORDS, FIRST_PLURAL_WORDS, MASCULINE_WORDS, SECOND_PERSON_WORDS } from '../lexicon/en/function-words';
import { WEB_DOMAINS } from '../lexicon/en/organisations';
import {
  AGENT_PREPOSITIONS,
  APPOINTING_VERBS,
  COMPANION_PREPOSITIONS,
  INDIRECT_QUESTION_WORDS,
  MAIN_CLAUSE_SUBORDINATORS,
  RELATIVE_PRONOUNS,
  SUBJECTLESS_OPENERS,
  SUBORDINATORS,
  TIME_SUBORDINATORS,
} from '../lexicon/en/clause-words';
import { REPLY_VERBS, REPORTING_VERBS, TAKES_ON_WORDS_VERBS } from '../lexicon/en/speech';
import { hasCue } from './cue-scan';
import { mentionType, ORG_HEADS, PERSON_HEADS, TITLE_WORDS, type Mention } from './mentions';
import { mayBeOfGender, type NamedAt, type PeopleIndex, type Person } from './people';
import {
  descriptionGender,
  describesOtherParty,
  epithetReferent,
  genderOf,
  givesHead,
  isEpithet,
  isLeaderByword,
  isQualifiedByword,
  givenParty,
  partyNamed,
  ofOtherParty,
  opensSentence,
  ownedRoleGiven,
  possessorOf,
  qualifiersGiven,
} from './epithets';
import { isAgentNoun, isShownRole } from './shown-role';
import { qualifiersOf, rolesGiven, saysRole } from './given-role';
import { isPastOfficeByword, saysPast, tenseFits } from './office-tense';
import { ofOtherState, statesTagged } from './party-tag';
import { earlierDescription, type EarlierDescription } from './role-chain';
import {
  documentFurtherBack,
  documentSubject,
  groupBody,
  isDocument,
  organisationNear,
  organisationSubject,
  outletFurtherBack,
  possessedBodySubject,
} from './org-pronouns';
import { firstNameGenders } from './personal';
import { reporterBetween } from './reporter';
import { pressAsking } from './press';
import { titledWork } from './titled-works';
import { CLAUSE_JOIN } from './patterns';
import { jointSubject, namedTogether, pluralSubjectBefore } from './together';
import { definiteOpening, unnamedOpening } from './unnamed';
import { mainSubjectSpan, trailingSpeaker } from './main-subject';
import { holds, isOfficeDescription, isOfficeHead, leadInSentence, mayHold, titleWordsBefore } from './salient-role';

export interface Attribution {
  speaker: string | null;
  speakerType: SpeakerType;
  speakerRole: string | null;
  speakerMention: { start: number; end: number } | null;
  /**
   * A "he"/"she" resolved only by falling back: to the last speaker or person named, with no subject in its own
   * sentence or the one before, or with genders read from first names alone. The panel shows it as a guess. Taken
   * again for a reason of its own (sameSpeaker) it is no guess; lent whole by a fallback it stays one (rules.ts).
   */
  guessed?: boolean;
}

export const UNKNOWN: Attribution = { speaker: null, speakerType: 'unknown', speakerRole: null, speakerMention: null };

/**
 * The sentence before the quote (a pronoun prefers that sentence's first-named person) and where the pronoun's own
 * sentence starts ("Kerr Putney said …, but he said that …": the subject named before it in its sentence).
 */
export interface MentionContext {
  previousSentence: { start: number; end: number } | null;
  sentenceStart?: number;
  /** The article's text, to read the previous sentence's own pronouns. */
  text?: string;
  /** The sentence before the one starting at `start` (across a paragraph break), to follow a pronoun back. */
  sentenceBefore?: (start: number) => { start: number; end: number } | null;
  /** The writer the article names (writer.ts), read on first need: whom "I" in the reporter's words is. */
  writer?: () => string | null;
  /** The quoted words the mention is the source of. */
  quoteText?: string;
}

// How many sentences a chain of the same pronoun is followed back.
const MAX_CHAIN = 5;

/** A pronoun's patterns, built once each: an article asks for the same few pronouns again and again. */
const pronounPatterns = new Map<string, { word: RegExp; opening: RegExp }>();
function pronounPattern(pronoun: string): { word: RegExp; opening: RegExp } {
  let found = pronounPatterns.get(pronoun);
  if (!found) {
    found = { word: new RegExp(`\\b${pronoun}\\b`, 'i'), opening: new RegExp(`^\\s*${pronoun}\\b`, 'i') };
    pronounPatterns.set(pronoun, found);
  }
  return found;
}

/** Where `pronoun` first stands as a word in [start, end), outside quotation marks; -1 if it does not. */
function pronounAt(text: string, start: number, end: number, pronoun: string): number {
  const reporter = text.slice(start, end).replace(/[“"][^”"]*(?:[”"]|$)/g, (q) => ' '.repeat(q.length));
  const m = pronounPattern(pronoun).word.exec(reporter);
  return m ? start + m.index : -1;
}

/**
 * "Fowler noted that … he supported …. Though that change was seamless, he said, …. That's why, he argued, the
 * party should be prepared. ¶ “…,” he said.": sentences that go on saying "he" without naming anyone go on
 * speaking of the same person. Followed back to the first sentence that names a fitting subject before its "he"
 * (or does not say "he" at all: then its subject), up to MAX_CHAIN sentences.
 */
function pronounChain(
  people: PeopleIndex,
  context: MentionContext | undefined,
  pronoun: string,
  gender: 'm' | 'f',
): Person | null {
  let sentence = context?.previousSentence ?? null;
  const text = context?.text;
  if (text === undefined || !context?.sentenceBefore) return null;
  for (let depth = 0; sentence && depth < MAX_CHAIN; depth++) {
    const at = pronounAt(text, sentence.start, sentence.end, pronoun);
    // "Just look at House Speaker Paul D. Ryan. He's said …. In 2010, he warned …": the chain's first sentence may
    // bring the person in after a preposition; the one person of that gender it names is whom the chain goes on with.
    if (at < 0)
      return depth === 0
        ? null
        : (mainSubject(people, text, sentence.start, sentence.end, gender) ??
            subjectBetween(people, sentence.start, sentence.end, gender) ??
            soleAgreeing(people, text, sentence.start, sentence.end, gender));
    const named = subjectBetween(people, sentence.start, at, gender);
    if (named) return named;
    sentence = context.sentenceBefore(sentence.start);
  }
  return null;
}

/**
 * "She has called …. ¶ “…,” she said.": the reporter's sentence before the quote opens with "she" and names
 * no one fitting as its subject, so the same person goes on: the last speaker, not a person named in passing.
 */
function pronounGoesOn(context: MentionContext | undefined, pronoun: string): boolean {
  const sentence = context?.previousSentence;
  if (!sentence || context?.text === undefined) return false;
  return pronounPattern(pronoun).opening.test(context.text.slice(sentence.start, sentence.end));
}

/**
 * "“It's huge,” he said, doing his best Trump impersonation. ¶ He also played up …: “…”": the sentence before says
 * the pronoun (outside quote marks) before it names someone else, who is said of; the pronoun goes on.
 */
function saidBefore(context: MentionContext | undefined, pronoun: string, at: number | undefined): boolean {
  const sentence = context?.previousSentence;
  if (!sentence || context?.text === undefined || at === undefined || at < sentence.start || at >= sentence.end)
    return false;
  return pronounAt(context.text, sentence.start, at, pronoun) >= 0;
}

/** The first person named as a subject (not after a preposition, not possessive) in [start, end), of fitting gender. */
function subjectBetween(people: PeopleIndex, start: number, end: number, gender: 'm' | 'f' | null) {
  const named = people.namedBefore(end).filter((n) => n.at >= start && !n.oblique && mayBeOfGender(n.person, gender));
  return named.length ? named[named.length - 1].person : null;
}

/**
 * "Kerr Putney … said that …, but he said that “…”": the subject named in the pronoun's own sentence before
 * it, unless the sentence already said the pronoun before that name ("he thought that … to help President Obama …
 * he explained").
 */
function ownSubject(
  people: PeopleIndex,
  context: MentionContext | undefined,
  at: number,
  pronoun: string,
  gender: 'm' | 'f',
): Person | null {
  const start = context?.sentenceStart;
  if (start === undefined || context?.text === undefined) return null;
  const subject = subjectBetween(people, start, at, gender);
  if (!subject) return null;
  const first = people
    .namedBefore(at)
    .filter((n) => n.at >= start && n.person === subject)
    .at(-1)!.at;
  const lead = context.text.slice(start, first).replace(/[“"][^”"]*(?:[”"]|$)/g, ' ');
  if (reportsClause(context.text.slice(start, at), context.text.slice(first, at))) return null;
  return pronounPattern(pronoun).word.test(lead) ? null : subject;
}

// The pronoun set off after a clause by a comma (and a closing quote mark): "…, he said", "…,” she said".
const AFTER_CLAUSE = /,[\s"”’]*$/;
const FIRST_WORD = /^[\s"“]*(\p{L}+)/u;
// The name's own clause says it speaks: a cue verb ("Biden weighed in, telling Mic, “…,” he said") or a colon
// ("Fallon fired back: “…,” he wrote"). As /:|\b(?:CUE)\b/i, read by cue-scan.
const speaks = (s: string) => s.includes(':') || hasCue(s, 'i');

/**
 * "Also, Trump isn't a conservative, he said.", "Choosing between Clinton and Sanders is a “false choice,” she
 * said.": a pronoun after a clause and its comma reports that clause, and a name in it is what is said, not who
 * says it. A sentence opening with a subordinator ("When Trump arrived, he said") has its subject there.
 */
function reportsClause(lead: string, fromName: string): boolean {
  if (!AFTER_CLAUSE.test(lead)) return false;
  const first = FIRST_WORD.exec(lead)?.[1] ?? '';
  if (SUBJECTLESS.test(first)) return true;
  if (SUBORDINATOR.test(first)) return false;
  return !speaks(fromName.replace(/[“"][^”"]*(?:[”"]|$)/g, ' '));
}

// A name followed by its reporting verb ("…, Jones said.", "Emanuel said he meets …"): the sentence's speaker.
const SPEAKER_AFTER = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’\u2024.-]*\\s+){0,3}?\\p{Lu}[\\p{L}'’\u2024.-]*\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?` +
    `(?:${REPORTING_VERBS.join('|')})\\b`,
  'u',
);

// A quote opening on "He"/"She" as its subject ("“He was brilliant,” she said").
const QUOTE_OPENS_ON = { m: /^\s*[“"]\s*He\b/, f: /^\s*[“"]\s*She\b/ };
const speaksOf = (after: string, gender: 'm' | 'f'): boolean => QUOTE_OPENS_ON[gender].test(after);

/**
 * The person the sentence before speaks of. "Naureen Jahangir … is among those …. The campaign was the first time
 * she had been involved, and she doesn't think Clinton can …. ¶ “…,” she said.": when that sentence says the
 * pronoun before its own subject, the pronoun goes on a chain of sentences (pronounChain), and the name after it
 * is said of; unless that name is the sentence's speaker ("…, which he's expected to win, Jones said"). A chain that
 * finds no subject ("It was a reversal for the Wisconsin Republican, who …. He said that Trump needs …") leaves the
 * pronoun to the fallbacks (the last speaker), never to the name said of.
 */
function previousSubject(
  people: PeopleIndex,
  context: MentionContext | undefined,
  pronoun: string,
  gender: 'm' | 'f',
): Person | null {
  const subject = subjectOfPreviousSentence(people, context, gender);
  // "Anna Kovac won …. Her daughter, Sarah, watched. “…,” she said.": the story's subject (fallbacks), not her kin.
  if (subject?.kinOf === gender) return null;
  const sentence = context?.previousSentence;
  const text = context?.text;
  // "Messi, who scored twice, was named man of the match. “He was brilliant,” he said.": the quote speaks of the one
  // known only by that name, so its speaker is someone else (the fallbacks).
  if (
    subject?.byRelative &&
    sentence &&
    text !== undefined &&
    speaksOf(text.slice(sentence.end, sentence.end + 20), gender)
  )
    return null;
  if (!subject || !sentence || text === undefined) return subject ?? pronounChain(people, context, pronoun, gender);
  const said = pronounAt(text, sentence.start, sentence.end, pronoun);
  const at = firstOf(subject.mentions.filter((m) => m >= sentence.start && m < sentence.end));
  if (said < 0 || said > at || SPEAKER_AFTER.test(text.slice(at, at + 80))) return subject;
  if (inOpeningClause(text.slice(sentence.start, at), said - sentence.start)) return subject;
  return pronounChain(people, context, pronoun, gender);
}

/**
 * "When he finished, Mark Jones took questions. ¶ “…,” he said.": a pronoun in a clause opening the sentence with a
 * subordinator speaks of someone else; the name after that clause's comma is the sentence's subject, whom the next
 * pronoun goes on with.
 */
function inOpeningClause(lead: string, said: number): boolean {
  const first = FIRST_WORD.exec(lead)?.[1] ?? '';
  return (SUBORDINATOR.test(first) || OPENING_TIME.test(first)) && lead.slice(said).includes(',');
}
const SUBJECTLESS = new RegExp(`^(?:${SUBJECTLESS_OPENERS.map(capitalise).join('|')})$`);
const OPENING_TIME = new RegExp(`^(?:${TIME_SUBORDINATORS.map(capitalise).join('|')})$`);

function subjectOfPreviousSentence(people: PeopleIndex, context: MentionContext | undefined, gender: 'm' | 'f' | null) {
  const sentence = context?.previousSentence;
  if (!sentence) return null;
  return (
    introducedBetween(people, context?.text, sentence.start, sentence.end, gender) ??
    mainSubject(people, context?.text, sentence.start, sentence.end, gender) ??
    subjectBetween(people, sentence.start, sentence.end, gender) ??
    introducedAside(people, context?.text, sentence.start, sentence.end, gender)
  );
}

/**
 * The person the sentence's main clause is about (main-subject.ts): the speaker it ends on (", Smith said."), or the
 * last person named in its subject, past fronted phrases and clauses ("After meeting Smith, Jones said …") and not in
 * a relative clause ("Smith, who met Jones, said …"). The last: a name before the subject's head only qualifies it
 * ("Clinton spokesman Brian Fallon said"); taking the first lost 3 speakers on PolNeAR train half A and 2 on B. Null
 * when the subject is no fitting person the index knows.
 */
function mainSubject(
  people: PeopleIndex,
  text: string | undefined,
  start: number,
  end: number,
  gender: 'm' | 'f' | null,
): Person | null {
  if (text === undefined) return null;
  const sentence = text.slice(start, end);
  const fits = (n: { person: Person; oblique: boolean }) => !n.oblique && mayBeOfGender(n.person, gender);
  const named = people.namedBefore(end).filter((n) => n.at >= start);
  const trailing = trailingSpeaker(sentence);
  if (trailing) {
    const speaker = named.find((n) => n.at >= start + trailing.start && n.at < start + trailing.end);
    if (speaker) return fits(speaker) ? speaker.person : null;
  }
  const span = mainSubjectSpan(sentence);
  if (!span) return null;
  const inAside = (at: number) => span.asides.some((a) => at >= start + a.start && at < start + a.end);
  const subject = named
    .filter((n) => n.at >= start + span.start && n.at < start + span.end && !inAside(n.at) && !n.oblique)
    .at(-1);
  return subject && fits(subject) ? subject.person : null;
}

// A preposition of taking part, then the name's capitalised words before the surname ("by Sen. Ilse Hogue").
const AGENT_BEFORE = new RegExp(
  `\\b(?:${alternation(AGENT_PREPOSITIONS)})[^\\S\\n]+(?:\\p{Lu}[\\p{L}'’\u2024.-]*[^\\S\\n]+)*$`,
  'u',
);

/**
 * "He was joined on the call by Ilse Hogue, president of NARAL. ¶ She said …", "… courtesy of Wes Nakagiri, a
 * delegate from Michigan. ¶ “…,” he said.": a sentence with no person as its subject that introduces one after a
 * preposition of taking part (AGENT_BEFORE), by full name and a description, hands the next pronoun to that person.
 * One said of ("The school is named after Mark Deane, a former governor") leaves the pronoun to the last speaker.
 */
function introducedAside(
  people: PeopleIndex,
  text: string | undefined,
  start: number,
  end: number,
  gender: 'm' | 'f' | null,
): Person | null {
  if (text === undefined) return null;
  const introduced = people
    .namedBefore(end)
    .filter(
      ({ at, person }) =>
        at >= start &&
        mayBeOfGender(person, gender) &&
        AGENT_BEFORE.test(text.slice(Math.max(start, at - 80), at)) &&
        introducedAt({ at, person }, text, end),
    );
  return introduced.length === 1 ? introduced[0].person : null;
}

/** A full name met here for the first time and described after its comma ("Ilse Hogue, president of NARAL"). */
function introducedAt({ at, person }: { at: number; person: Person }, text: string, end: number): boolean {
  return /\s/.test(person.name) && firstOf(person.mentions) === at && describedAfter(text.slice(at, end));
}

/** The smallest offset; a spread into Math.min overflows the stack on a page that repeats a name 100,000 times. */
const firstOf = (offsets: number[]) => offsets.reduce((a, b) => Math.min(a, b), Infinity);

/**
 * "Turnout rose for the mayor, which is something that worries Karl Brandt, head of the union. ¶ “…,” he said.": a
 * person the article introduces in the sentence before, by full name and a description after a comma, is whom the
 * next "he said" quotes, not a known person named before them in a subordinate clause. The sentence's own subject
 * ("Lane hired a new manager, retired judge Ada Brill, …") keeps the pronoun.
 */
function introducedBetween(
  people: PeopleIndex,
  text: string | undefined,
  start: number,
  end: number,
  gender: 'm' | 'f' | null,
): Person | null {
  if (text === undefined) return null;
  const named = people
    .namedBefore(end)
    .filter((n) => n.at >= start && !n.oblique && mayBeOfGender(n.person, gender))
    .reverse();
  if (named.length < 2 || opensClause(text, start, named[0].at)) return null;
  const introduced = named.filter((n) => introducedAt(n, text, end));
  return introduced.length === 1 && introduced[0] !== named[0] ? introduced[0].person : null;
}

// What may stand before a sentence's subject: an opening phrase set off by a comma ("On May 5,"), then titles and
// first names. A subordinator ("While Obama had …") opens a clause that is not the main one.
const SUBORDINATOR = new RegExp(`^(?:${SUBORDINATORS.map(capitalise).join('|')})$`);
const LEAD = /^(?:[^,]{0,60},\s+)?((?:\p{Lu}[\p{L}'’\u2024.-]*\s+){0,4})$/u;

const POSSESSIVE_WORD = /^\p{L}+['’]s\b/u;

/** The name at `at` is its sentence's subject: an opening phrase and capitalised words before it; no possessive. */
function opensClause(text: string, start: number, at: number): boolean {
  const lead = LEAD.exec(text.slice(start, at));
  if (!lead || POSSESSIVE_WORD.test(text.slice(at, at + 40))) return false;
  return !lead[1].split(/\s+/).some((w) => SUBORDINATOR.test(w));
}

// ", an assistant professor …", ", president of the caucus": a description of a person after a name's comma.
const DESCRIPTION_AFTER = /^[\p{L}'’.-]*,\s+(?!(?:and|or|but|who|which)\b)/u;

/** The words after a surname describe the person: an article, or a role or title word among the first four. */
function describedAfter(after: string): boolean {
  if (!DESCRIPTION_AFTER.test(after)) return false;
  const words = after
    .slice(after.indexOf(',') + 1)
    .trim()
    .split(/\s+/)
    .slice(0, 4);
  return /^(?:a|an|the)$/.test(words[0]) || words.some((w) => TITLE_WORDS.has(w) || PERSON_HEADS.has(w));
}

// "Rep. Gwen Moore (D-Wis.)", "Roy Cooper (D)", "Paul Ryan, R-Wis.": the party and state tag US papers put after a
// lawmaker's name is no part of the name (the mention reader keeps its letters when it drops the marks).
const PARTY_TAG = /\s+\(?[RDI](?:-\p{Lu}[\p{L}.\u2024]*(?:\s\p{Lu}[\p{L}.\u2024]*)?)?\)?[.\u2024]?$/u;

/** The name without a trailing party tag ("Gwen Moore D-Wis" → "Gwen Moore"). */
export function withoutPartyTag(name: string): string {
  const stripped = name.replace(PARTY_TAG, '');
  return /\s/.test(stripped) || stripped === name ? stripped : name;
}

// An honorific opening a name mention as written ("Mrs. Clinton", the point perhaps masked).
const HONORIFIC = /^(?:Mr|Mrs|Ms)[.\u2024]?\s+/;

export function resolveMention(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context?: MentionContext,
  /** The article's names, typed before the engines ran (lib/names): "Austria said" is an organisation speaking. */
  names?: NameTable,
): Attribution {
  const found = resolveAny(mention, people, recentSpeakers, context, names);
  // An organisation speaking carries no role. The writer "I" stands for is a person, whatever the table makes of the
  // name.
  const writer = mention.kind === 'pronoun' && mention.text === 'I';
  return names && !writer && found.speakerType === 'person' && found.speaker && namesNoPerson(names, found.speaker)
    ? { ...found, speakerType: 'organization', speakerRole: null }
    : found;
}

function resolveAny(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context?: MentionContext,
  names?: NameTable,
): Attribution {
  const span = { start: mention.start, end: mention.end };
  const type = mentionType(mention.kind);
  if (mention.kind === 'name') {
    const name = withoutPartyTag(mention.text);
    // "Mrs. Clinton": the mention reader keeps the honorific out of the name; it says which Clinton (people.ts).
    const honorific =
      context?.text === undefined ? null : HONORIFIC.exec(context.text.slice(mention.start, mention.end));
    const person = people.byName(honorific && !name.startsWith(honorific[0]) ? honorific[0] + name : name);
    const text = context?.text;
    const start = context?.sentenceStart;
    const joint = text !== undefined && start !== undefined ? jointSubject(people, text, start, mention) : null;
    if (joint) return { speaker: joint, speakerType: 'group', speakerRole: null, speakerMention: span };
    return {
      speaker: person?.name ?? name,
      speakerType: 'person',
      speakerRole: mention.role ?? person?.role ?? null,
      speakerMention: span,
    };
  }
  if (mention.kind === 'organization') {
    const text = context?.text;
    const named =
      (text === undefined ? null : titledWork(mention, text, names)) ??
      agencyNear(mention, names, context) ??
      (text === undefined ? null : organisationNamed(text, mention)) ??
      classNounReferent(mention, names, context) ??
      bodyOpeningNear(mention, names, context) ??
      ownedBody(mention, people, recentSpeakers, context, names);
    return { speaker: named ?? mention.text, speakerType: type, speakerRole: null, speakerMention: span };
  }
  if (mention.kind === 'group') {
    return { speaker: mention.text, speakerType: type, speakerRole: null, speakerMention: span };
  }
  // "a WeWork spokesperson", "sources": the article's own description is all it says about the source.
  if (mention.kind === 'anonymous')
    return {
      speaker: mention.text,
      speakerType: /s$/.test(mention.head ?? '') ? 'group' : 'person',
      speakerRole: null,
      speakerMention: span,
    };
  if (mention.kind === 'pronoun') {
    const pronoun = mention.text.toLowerCase();
    if (pronoun === 'they' || pronoun === 'we' || pronoun === 'it') {
      const { text, sentenceStart, previousSentence } = context ?? {};
      const org = organisationSubject(names, text, mention.start, sentenceStart, previousSentence);
      if (org) return { speaker: org, speakerType: 'organization', speakerRole: null, speakerMention: span };
      // "The email, obtained by …, was sent …. ¶ “…,” it reads.": "it" is the document the sentence opens with.
      const body = pronoun === 'it' ? possessedBodySubject(text, mention.start, sentenceStart, previousSentence) : null;
      if (body) return { speaker: body, speakerType: 'organization', speakerRole: null, speakerMention: span };
      const document =
        pronoun === 'it'
          ? (documentSubject(text, mention.start, sentenceStart, previousSentence) ??
            documentFurtherBack(text, previousSentence, context?.sentenceBefore, names))
          : null;
      if (document) return { speaker: document, speakerType: 'organization', speakerRole: null, speakerMention: span };
      // "they" is no document ("the statement", "the complaint"); "it" may be.
      const group = recentSpeakers.find(
        (s) =>
          (s.speakerType === 'group' || s.speakerType === 'organization') &&
          !(pronoun === 'they' && isDocument(s.speaker)),
      );
      // "Ann Walker and Tom Reyes oppose the bill. ¶ “…,” they wrote.": the people named together (together.ts),
      // unless a body or group spoke after they were named. A guess: the panel says so.
      const together = pronoun === 'they' ? namedTogether(people, context, mention.start) : null;
      // "Officials at the agency said …. ¶ “…,” they said.": the plural people the sentence before is about, when
      // they came after the last body or group that spoke.
      const plural = pronoun === 'they' && !together ? pluralSubjectBefore(people, context) : null;
      if (plural && plural.at > (group?.speakerMention?.start ?? -1))
        return { speaker: plural.text, speakerType: 'group', speakerRole: null, speakerMention: span };
      if (group && !(together && together.at > (group.speakerMention?.start ?? -1))) return sameSpeaker(group, span);
      return together
        ? { speaker: together.names, speakerType: 'group', speakerRole: null, speakerMention: span, guessed: true }
        : { ...UNKNOWN, speakerMention: span };
    }
    // "“Your Honor,” I said": an "I" in the reporter's own words is the writer, not the last person quoted: the one
    // the article names as its writer (writer.ts), else unnamed (a page's byline is no reliable name: "Reuters", two
    // names, an agency).
    if (pronoun === 'i') {
      const writer = context?.writer?.() ?? null;
      return writer
        ? { speaker: writer, speakerType: 'person', speakerRole: null, speakerMention: span }
        : { ...UNKNOWN, speakerMention: span };
    }
    const found = resolvePersonal(mention, people, recentSpeakers, context);
    if (found.speaker) return found;
    const retried = resolvePersonal(mention, firstNameGenders(people), recentSpeakers, context);
    return retried.speaker ? { ...retried, guessed: true } : retried;
  }
  // "King said" after "Steve King": a title word alone that is the surname of someone the article named. Not when
  // the text gives the word to another name too ("Rep. Steve King … Martin Luther King III … King said"): which one
  // is left open.
  const surnamed = /^\p{Lu}\p{Ll}+$/u.test(mention.text) ? people.byName(mention.text) : null;
  if (surnamed && !(context?.text !== undefined && otherBearer(context.text, mention, surnamed)))
    return { speaker: surnamed.name, speakerType: 'person', speakerRole: surnamed.role, speakerMention: span };
  return resolveRole(mention, people, recentSpeakers, context, names);
}

/** The text before the mention writes its word after a capitalised word that is not in the person's name. */
function otherBearer(text: string, mention: Mention, person: Person): boolean {
  const runs = new RegExp(`(\\p{Lu}[\\p{L}'’-]*)\\s+${mention.text}\\b`, 'gu');
  const own = new Set(person.name.split(/\s+/));
  return [...text.slice(0, mention.start).matchAll(runs)].some((m) => !own.has(m[1]));
}

/**
 * A speaker found before, taken again for a pronoun for a reason of its own ("spoke just before", "I", "they"): not
 * a guess, even when that speaker's own pronoun was one.
 */
const sameSpeaker = (a: Attribution, span: { start: number; end: number }): Attribution => ({
  ...a,
  speakerMention: span,
  guessed: false,
});

/** "he" or "she": the person the pronoun goes on speaking of (see the helpers above). */
function resolvePersonal(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context?: MentionContext,
): Attribution {
  const span = { start: mention.start, end: mention.end };
  const pronoun = mention.text.toLowerCase();
  const gender = pronoun === 'she' ? 'f' : 'm';
  // A person known to be of the other gender is never "he" or "she" of this one; one of unknown gender may be.
  const other = gender === 'm' ? 'f' : 'm';
  const own = ownSubject(people, context, mention.start, pronoun, gender);
  if (own) return { speaker: own.name, speakerType: 'person', speakerRole: own.role, speakerMention: span };
  const unnamed = unnamedBefore(people, context, mention.start, pronoun, gender);
  if (unnamed) return { speaker: unnamed, speakerType: 'person', speakerRole: null, speakerMention: span };
  // The last speaker, when the sentence before names them as a speaker ("Husted said …. He said that …").
  const sentence = context?.previousSentence;
  // "“Will there be enough?” a reporter asked. ¶ “…,” she told reporters.": the one asking is not the one answering.
  const text = context?.text;
  const asking = (s: Attribution) =>
    text !== undefined && !!s.speakerMention && pressAsking(text, s.speakerMention.start, s.speakerMention.end);
  const lastSpeaker = recentSpeakers.find((s) => s.speakerType === 'person' && !asking(s));
  const spokeJustBefore =
    sentence &&
    lastSpeaker?.speakerMention &&
    lastSpeaker.speakerMention.start >= sentence.start &&
    lastSpeaker.speakerMention.start < sentence.end;
  if (spokeJustBefore && people.byName(lastSpeaker.speaker ?? '')?.gender !== other)
    return sameSpeaker(lastSpeaker, span);
  const reporter =
    sentence && context?.text !== undefined
      ? reporterBetween(people, context.text, sentence.start, sentence.end, gender)
      : null;
  if (reporter)
    return { speaker: reporter.name, speakerType: 'person', speakerRole: reporter.role, speakerMention: span };
  const subject = previousSubject(people, context, pronoun, gender);
  if (subject) return { speaker: subject.name, speakerType: 'person', speakerRole: subject.role, speakerMention: span };
  const speaker = recentSpeakers.find(
    (s) => s.speakerType === 'person' && s.speaker && people.byName(s.speaker)?.gender !== other && !asking(s),
  );
  // Names in the pronoun's own sentence were weighed by ownSubject: one it turned down ("Asked whether Clinton
  // faces Trump, she replied") is no better as a last resort.
  const ownStart = context?.sentenceStart ?? mention.start;
  // Nor is half of a plural subject ("Wilcox and Beruff argued …") whom a "he" speaks of.
  const spokenOf = sentence && text !== undefined && speaksOf(text.slice(sentence.end, sentence.end + 20), gender);
  // `n.oblique` is read on first need (people.ts): test it after the cheaper conditions, without destructuring.
  const fits = (n: NamedAt) =>
    n.at < ownStart &&
    !n.oblique &&
    n.person.gender !== other &&
    n.person.kinOf !== gender &&
    !(n.person.byRelative && spokenOf) &&
    !(text !== undefined && coordinated(text, n.at, people));
  const last = lastSubjectNamed(people, context, mention.start, fits, gender);
  const named = last && (subjectOverObject(people, context, last, gender, fits) ?? last);
  // The last speaker wins unless someone else was named more recently than that speaker's quote.
  const goesOn =
    speaker &&
    people.byName(speaker.speaker ?? '')?.gender === gender &&
    (pronounGoesOn(context, pronoun) || saidBefore(context, pronoun, named?.at));
  const namedLater =
    named &&
    speaker &&
    named.person.name !== speaker.speaker &&
    named.at > lastMentionAt(speaker, people) &&
    !(context?.text !== undefined && endsSentence(context.text, named.at)) &&
    !(context?.text !== undefined && sameSentence(context.text, lastMentionAt(speaker, people), named.at));
  const guess =
    named && (!speaker || (!goesOn && namedLater))
      ? named.person
      : speaker
        ? (people.byName(speaker.speaker!) ?? { name: speaker.speaker!, role: speaker.speakerRole })
        : null;
  // A description ("the spokeswoman") is no index person: its own words may say its gender, and where it spoke is
  // where it was last named.
  const described = guess && !('gender' in guess) ? descriptionGender(guess.name) : null;
  const spokeAt = guess && !('gender' in guess) ? speaker?.speakerMention?.start : undefined;
  const pick =
    guess &&
    !('gender' in guess && guess.gender === gender) &&
    described !== gender &&
    namedLongBefore(guess.name, people, context, spokeAt)
      ? (agreeingBefore(people, context, gender) ?? guess)
      : guess;
  // With no subject and no speaker to go on, the one person of the pronoun's gender named just before, even as an
  // object: "Police arrested Maria Lopez on Friday. “…,” she said."
  const found = pick ?? objectBefore(people, context, gender);
  // With no one at all: the one person the sentence before opens with by a description ("The governor signed …").
  const opener = found ? null : describedBefore(people, context, gender);
  if (opener) return { speaker: opener, speakerType: 'person', speakerRole: null, speakerMention: span, guessed: true };
  return found
    ? {
        speaker: found.name,
        speakerType: 'person',
        speakerRole: found.role ?? null,
        speakerMention: span,
        guessed: true,
      }
    : { ...UNKNOWN, speakerMention: span };
}

/** The description of one person opening the sentence before (definiteOpening), when no person is named before it. */
function describedBefore(people: PeopleIndex, context: MentionContext | undefined, gender: 'm' | 'f'): string | null {
  const sentence = context?.previousSentence;
  const text = context?.text;
  if (!sentence || text === undefined || people.namedBefore(sentence.end).length > 0) return null;
  // "The victim was taken to a hospital. “She is lucky to be alive,” she said.": words about someone of the
  // pronoun's gender are about the one described, not theirs (review33 finding 18).
  if (OF_GENDER[gender].test(context?.quoteText ?? '')) return null;
  return definiteOpening(text.slice(sentence.start, sentence.end), gender);
}

/**
 * The one person of the gender named in the sentence before, or, when that sentence is another speaker's quote
 * ("“She was a joy,” he said."), in the sentence before it.
 */
function objectBefore(people: PeopleIndex, context: MentionContext | undefined, gender: 'm' | 'f'): Person | null {
  // "Police arrested Tom Baker. ¶ The arrest followed a long search. ¶ “…,” he said.": past sentences naming no one.
  const sentence = lastNamingSentence(people, context) ?? context?.previousSentence;
  const text = context?.text;
  const words = context?.quoteText ?? '';
  if (!sentence || text === undefined || OF_GENDER[gender].test(words)) return null;
  const said = text.slice(sentence.start, sentence.end);
  const found = soleAgreeing(people, text, sentence.start, sentence.end, gender);
  // "Police arrested Tom Baker. “We have the evidence,” he said.": a "we" speaks for the actor's side, not the one
  // acted on; but one who acts with the named subject may speak for both ("Clinton campaigned with Tim Kaine.
  // “We will win,” he said.").
  if (FIRST_PLURAL.test(words) && !(found && accompanies(people, text, sentence, found))) return null;
  // "The judge sentenced Maria Lopez. “You showed no remorse,” she said.": words to the one acted on are the
  // actor's, when the actor is a person the pronoun may go on with; "The manager fired Tom Baker. “It was the right
  // call,” he said.": a definite person as the subject may be the one who goes on speaking, whatever the words.
  if (found) {
    const actorSpeaks = opensWithPerson(said, DEFINITE_OPENING) || (SECOND_PERSON.test(words) && opensWithPerson(said));
    return actorSpeaks ? null : found;
  }
  if (!QUOTE_MARK.test(said)) return null;
  const before = context?.sentenceBefore?.(sentence.start);
  return before ? soleAgreeing(people, text, before.start, before.end, gender) : null;
}
const QUOTE_MARK = /["“”]/;
const COMPANION_BEFORE = new RegExp(
  `\\b(?:${alternation(COMPANION_PREPOSITIONS)})[^\\S\\n]+(?:\\p{Lu}[\\p{L}'’\u2024.-]*[^\\S\\n]+){0,4}$`,
  'u',
);

/** `person` stands in the sentence after a preposition of company, and its subject is another person named. */
function accompanies(people: PeopleIndex, text: string, sentence: { start: number; end: number }, person: Person) {
  const subject = mainSubject(people, text, sentence.start, sentence.end, null);
  if (!subject || subject === person) return false;
  return person.mentions.some(
    (at) =>
      at >= sentence.start &&
      at < sentence.end &&
      COMPANION_BEFORE.test(text.slice(Math.max(sentence.start, at - 60), at)),
  );
}

const wordsOf = (list: readonly string[]) => new RegExp(`\\b(?:${alternation(list)})\\b`, 'i');
// A quote that speaks of someone of the pronoun's own gender is about them, not theirs: "“He was not playing hard
// enough,” he said" after "The coach benched Tom Baker".
const OF_GENDER = { m: wordsOf(MASCULINE_WORDS), f: wordsOf(FEMININE_WORDS) };
const SECOND_PERSON = wordsOf(SECOND_PERSON_WORDS);
/** "The judge sentenced …", "A police spokeswoman said …": the sentence's subject is a person's description. */
function opensWithPerson(sentence: string, opening = DESCRIBED_OPENING): boolean {
  const words = opening.exec(sentence)?.[1].split(/\s+/) ?? [];
  return words.some(isShownRole);
}
const openingWith = (determiners: readonly string[]) =>
  new RegExp(`^\\s*(?:${alternation(withCapitals(determiners))})\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)`, 'u');
const DESCRIBED_OPENING = openingWith([...ARTICLES, ...THIRD_PERSON_POSSESSIVES]);
// "The manager", "His doctor": one known person; not "A drunk driver", someone the story may never name again.
const DEFINITE_OPENING = openingWith(['the', ...THIRD_PERSON_POSSESSIVES]);
const FIRST_PLURAL = wordsOf(FIRST_PLURAL_WORDS);

/**
 * "It's become an issue, with Hillary Clinton — who's called for big tax hikes — lambasting Trump's plan. ¶ “…,” she
 * said." after Len Burman (a first name of either gender) spoke: when the last resort is a person not known to be of
 * the pronoun's gender, the one person the sentence before names who is known to be, even after a preposition.
 */
function agreeingBefore(people: PeopleIndex, context: MentionContext | undefined, gender: 'm' | 'f'): Person | null {
  const sentence = context?.previousSentence;
  const text = context?.text;
  if (!sentence || text === undefined) return null;
  return soleAgreeing(people, text, sentence.start, sentence.end, gender);
}

/** The one person named in [start, end) known to be of the gender, not as a modifier ("the Clinton campaign"). */
function soleAgreeing(people: PeopleIndex, text: string, start: number, end: number, gender: 'm' | 'f') {
  const fitting = new Set(
    people
      .namedBefore(end)
      .filter(
        ({ at, person }) => at >= start && person.gender === gender && person.kinOf !== gender && !modifies(text, at),
      )
      .map(({ person }) => person),
  );
  return fitting.size === 1 ? [...fitting][0] : null;
}

/** "Clinton's plan", "the Clinton campaign": the name modifies a noun; the sentence speaks of something of theirs. */
function modifies(text: string, at: number): boolean {
  const after = text.slice(at, at + 40);
  const next = NEXT_LOWER_WORD.exec(after)?.[1];
  return POSSESSIVE_NAME.test(after) || (next !== undefined && (ORG_HEADS.has(next) || PERSON_HEADS.has(next)));
}
const POSSESSIVE_NAME = /^[\p{L}.\u2024-]+['’]s\b/u;
const NEXT_LOWER_WORD = /^[\p{L}'’-]+[^\S\n]+(\p{Ll}+)/u;

/**
 * The person was last named before the two sentences before the pronoun's (or never, by that name); a description
 * the index lacks ("the spokeswoman") was last named where it spoke (`spokeAt`).
 */
function namedLongBefore(
  name: string,
  people: PeopleIndex,
  context: MentionContext | undefined,
  spokeAt?: number,
): boolean {
  const sentence = context?.previousSentence;
  if (!sentence) return false;
  const from = context?.sentenceBefore?.(sentence.start)?.start ?? sentence.start;
  const last =
    people
      .byName(name)
      ?.mentions.filter((m) => m < sentence.end)
      .reduce((a, b) => Math.max(a, b), -1) ?? spokeAt;
  return last === undefined || last < from;
}

/**
 * "A 29-year-old Berlin woman … received probation after she had posted …. “…,” she wrote", "One California delegate
 * said he tried …. He was unable to find a taker, he said. “…,” he said.": a person brought in without a name by an
 * indefinite description opening the pronoun's own sentence before it, or the sentence before, or the first of a
 * chain of sentences before that go on with the same pronoun (unnamed.ts). Not when a person is named as a subject
 * in that stretch: the named person is the one spoken of.
 */
function unnamedBefore(
  people: PeopleIndex,
  context: MentionContext | undefined,
  at: number,
  pronoun: string,
  gender: 'm' | 'f',
): string | null {
  const text = context?.text;
  if (text === undefined) return null;
  const start = context?.sentenceStart;
  if (start !== undefined) {
    const own = unnamedOpening(text.slice(start, at), gender);
    if (own) return subjectBetween(people, start, at, gender) ? null : own;
  }
  let sentence = context?.previousSentence ?? null;
  for (let depth = 0; sentence && depth < MAX_CHAIN; depth++) {
    const found = unnamedOpening(text.slice(sentence.start, sentence.end), gender);
    if (found) return subjectBetween(people, sentence.start, sentence.end, gender) ? null : found;
    if (!pronounPattern(pronoun).opening.test(text.slice(sentence.start, sentence.end))) return null;
    sentence = context?.sentenceBefore?.(sentence.start) ?? null;
  }
  return null;
}

const ALL_LOWER = /^\p{Ll}+$/u;
const LETTER = /\p{L}/u;

/**
 * `words` stand in `role` from the start of a word: "chair" is in "committee chairman", "man" is not in "city
 * spokesman" (a person the text gives that role is no "the young man").
 */
function startsAWord(role: string, words: string): boolean {
  for (let at = role.indexOf(words); at >= 0; at = role.indexOf(words, at + 1))
    if (at === 0 || !LETTER.test(role[at - 1])) return true;
  return false;
}
const CAPITALISED_WORD = /\p{Lu}[\p{L}'’-]+/gu;

/** A role noun: "the spokesman", "the Kazakh leader". */
function resolveRole(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context?: MentionContext,
  names?: NameTable,
  /** Resolving an earlier description for a later one (chainHolder): it goes back no further. */
  chained = false,
): Attribution {
  const span = { start: mention.start, end: mention.end };
  const head = mention.head ?? '';
  // Own keys only: a head noun like "constructor" must not find Object.prototype members.
  // "the band leader": a noun before the head narrows the role; only a role holding both words fits.
  const modifiers = mention.text
    .split(/\s+/)
    .slice(1, -1)
    .filter((w) => ALL_LOWER.test(w) && !ROLE_MODIFIERS.includes(w) && !ROLE_ADJECTIVES.includes(w));
  const wanted =
    modifiers.length && mention.text.toLowerCase().endsWith(` ${head}`)
      ? [`${modifiers.join(' ')} ${head}`]
      : Object.hasOwn(ROLE_SYNONYMS, head)
        ? ROLE_SYNONYMS[head]
        : [head];
  const text = context?.text;
  const named = people.namedBefore(mention.start);
  const office = officeOfSeveralWords(mention);
  // "the former president" is not "President Obama", nor "the president" "former President Bill Clinton"; "the
  // spokeswoman" is no man titled "spokesman" (ROLE_SYNONYMS gives the role's other words). A man's word may still
  // stand for a woman given the role: some papers write "spokesman" or "chairman" for either.
  const offices = office ? [...wanted, office] : wanted;
  const woman = genderOf(mention) === 'f';
  // "the chairman" after "Committee chairwoman Ann Rice … Acme's chairman testified": the text wrote the woman's word
  // for her, so the man's word is someone else (review37 finding 15).
  const womansWord = /man$/.test(head) && !woman ? `${head.slice(0, -3)}woman` : null;
  const tensed = (p: Person | null): p is Person =>
    !!p &&
    !(woman && p.gender === 'm') &&
    !(womansWord && (p.role ?? '').toLowerCase().includes(womansWord)) &&
    (text === undefined || tenseFits(mention, p, offices, text));
  // "the Republican nominee" is no "Democratic vice presidential nominee".
  const match = named.find(
    ({ person: p }) =>
      p.role &&
      wanted.some((w) => startsAWord(p.role!.toLowerCase(), w)) &&
      !(text !== undefined && (ofOtherParty(mention, p, text) || ofOtherState(mention, p, text))) &&
      tensed(p),
  );
  const as = (p: { name: string; role: string | null }, role: string | null): Attribution => ({
    speaker: p.name,
    speakerType: 'person',
    speakerRole: role,
    speakerMention: span,
  });
  const salient = text === undefined ? null : salientHolder(mention, people, recentSpeakers, context, wanted);
  if (tensed(salient)) return as(salient, salient.role);
  if (match) return as(match.person, match.person.role);
  // "Sen. Bernie Sanders … The senator said": the title written before a mention of the name.
  // "the Florida senator": the qualifier stands before the name too ("Florida Sen. Marco Rubio").
  const qualifiers = mention.text.match(CAPITALISED_WORD)?.filter((w) => !/^The$/.test(w)) ?? [];
  const chain = chained
    ? null
    : chainHolder(mention, people, recentSpeakers, context, names, { wanted, qualifiers, office });
  if (tensed(chain)) return as(chain, chain.role ?? head);
  // "Sen. Ann Reyes (D-Vt.)" for "the Vermont senator": the tag after the name gives the state.
  const asWritten = {
    speaker: mention.text,
    speakerType: 'person' as const,
    speakerRole: mention.role,
    speakerMention: span,
  };
  const titled =
    text === undefined
      ? []
      : named.filter(
          ({ at, person }) =>
            titledAs(text, at, wanted, withoutTagged(qualifiers, mention, person, text), office) &&
            !ofOtherState(mention, person, text) &&
            tensed(person),
        );
  // "Sen. Ann Reyes and Sen. Tom Ward spoke … ¶ “…,” the senator said": two titled with the office in one sentence,
  // neither the one the story is on (salient, chain): the description as written, not a guess. One titled later in
  // a sentence of their own is the one meant ("Sen. Tom Reed visited …").
  const rival = titled.find((t) => t.person !== titled[0]?.person);
  if (rival && sameSentence(text!, rival.at, titled[0].at)) return asWritten;
  if (titled.length) return as(titled[0].person, titled[0].person.role ?? head);
  // "Ann Reyes, the senator from Ohio, … the senator said": the one person the text gives the role in its own words.
  const holders = text === undefined ? [] : givenHolders(mention, people, wanted, text);
  const given = holders.filter(tensed);
  if (given.length === 1) return as(given[0], given[0].role ?? head);
  if (given.length > 1) return asWritten;
  // "said the 46-year-old", "the billionaire businessman said": a description standing for a person named before.
  const last = recentSpeakers.find((s) => s.speakerType === 'person' && s.speaker && s.speakerMention);
  const lastSpoken = last ? { name: last.speaker!, at: last.speakerMention!.start } : null;
  if (isEpithet(mention)) {
    const person = text === undefined ? null : epithetReferent(mention, people, lastSpoken, text);
    if (person) return as(person, person.role);
  }
  // "The Florida senator is telling reporters …" after "Marco Rubio is launching …": a byword no one is given.
  const byword = text === undefined ? null : bywordHolder(mention, people, recentSpeakers, context, wanted, names);
  if (tensed(byword)) {
    const leader = !isOfficeHead(mention.head ?? '') && isLeaderByword(mention);
    // "the former governor" for the one the story is on: the office is not in the text, so the panel says "probably".
    const former = isPastOfficeByword(mention, office) && !holders.length;
    return leader || former ? { ...as(byword, byword.role), guessed: true } : as(byword, byword.role);
  }
  // "Tom Baker said the vote will test the plan. “…,” said the former top aide.": the one who spoke just before.
  const voice = text === undefined ? null : describedSpeaker(mention, people, recentSpeakers, context, wanted);
  if (voice) return as(voice, voice.role);
  return asWritten;
}

/**
 * "Ruth Bader Ginsburg regrets …. ¶ The Supreme Court justice -- who … -- said …. ¶ …, the justice sounded off"
 * (role-chain.ts): the person the last earlier description holding all the mention's words stood for, settled where
 * it stands (as a quote's speaker, or as a description there), more recent than a title written far back ("Sen.
 * Bernie Sanders … Rubio faltered. The senator from Florida appeared … ¶ …, the senator said" is Rubio). Not when
 * another person is given the role by a title between the two ("Sen. Ann Reyes"): two compete, and the later
 * branches settle it; nor when the mention rules the person out (the other gender, party or state, another office).
 */
function chainHolder(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context: MentionContext | undefined,
  names: NameTable | undefined,
  title: { wanted: string[]; qualifiers: string[]; office: string | null },
): Person | null {
  const text = context?.text;
  // "the billionaire", "the 46-year-old": an epithet is the story's subject just then (epithetReferent).
  if (text === undefined || !context?.sentenceBefore || isEpithet(mention)) return null;
  const earlier = earlierDescription(text, mention);
  if (!earlier) return null;
  const spoke = recentSpeakers.find((s) => s.speakerMention?.start === earlier.start);
  const settled = spoke ?? settleEarlier(earlier, people, recentSpeakers, context, names);
  const person = settled?.speakerType === 'person' && settled.speaker ? people.byName(settled.speaker) : null;
  if (!person) return null;
  const gender = genderOf(mention);
  if (!mayBeOfGender(person, gender) || ofOtherParty(mention, person, text) || ofOtherState(mention, person, text))
    return null;
  const { wanted, qualifiers, office } = title;
  if (isOfficeHead(mention.head ?? '') && !mayHold(person, wanted, text, mention.start)) return null;
  const rival = people
    .namedBefore(mention.start)
    .some(({ at, person: p }) => at >= earlier.start && p !== person && titledAs(text, at, wanted, qualifiers, office));
  return rival ? null : person;
}

/** Whom an earlier description stood for, read where it stands: its own sentence and the one before. */
function settleEarlier(
  earlier: EarlierDescription,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context: MentionContext,
  names: NameTable | undefined,
): Attribution {
  const text = context.text!;
  const previous = context.sentenceBefore!(earlier.start);
  const paragraphStart = text.lastIndexOf('\n', earlier.start) + 1;
  const sentenceStart = Math.max(previous?.end ?? 0, paragraphStart);
  const words = earlier.text.split(/\s+/);
  const mention: Mention = {
    kind: 'role',
    start: earlier.start,
    end: earlier.end,
    text: words[0] === 'The' ? ['the', ...words.slice(1)].join(' ') : earlier.text,
    role: words.slice(1).join(' '),
    head: words.at(-1)!.toLowerCase(),
  };
  const before = recentSpeakers.filter((s) => (s.speakerMention?.start ?? Infinity) < earlier.start);
  const own = { ...context, previousSentence: previous, sentenceStart };
  return resolveRole(mention, people, before, own, names, true);
}

/**
 * The people named before the mention whom the text gives its role (given-role.ts): "Ann Reyes, the senator from
 * Ohio,", "Ann Reyes is the Republican nominee", "Tom Baker's campaign manager, Ann Reyes,". One is the role's
 * holder. With two ("Ann Reyes is the Republican nominee … Tom Ward, the Democratic nominee," for "the nominee") the
 * role is left as written, whoever the story is on: a reader prefers "the nominee" to a wrong name. A possessive
 * role ("Baker's campaign manager") is left to bywordHolder, which ties it to its owner; "its vice president" to no
 * one.
 */
function givenHolders(mention: Mention, people: PeopleIndex, wanted: string[], text: string): Person[] {
  const head = (mention.head ?? '').toLowerCase();
  // "its senior vice president", "her lawyer": a possessive ties the role to its owner, not to whoever holds one.
  if (!/^the\s/i.test(mention.text) || possessorOf(mention)) return [];
  const gender = genderOf(mention);
  const qualifiers = qualifiersOf(mention);
  // "the former secretary of state" is given by "Ann Reyes, the former secretary of state,"; "the mayor" is not.
  const past = saysPast(mention.text);
  const fitting = new Set<Person>();
  for (const { person } of people.namedBefore(mention.start)) {
    if (fitting.has(person) || !mayBeOfGender(person, gender) || ofOtherParty(mention, person, text)) continue;
    if (ofOtherState(mention, person, text)) continue;
    const unsaid = withoutTagged(qualifiers, mention, person, text);
    if (rolesGiven(person, text, mention.start).some((phrase) => saysRole(phrase, wanted, unsaid, past)))
      fitting.add(person);
    // "Ann Reyes (D-Vt.)" for "the Vermont senator": a tag marks a lawmaker of that state, all the description says.
    else if (
      LAWMAKER_NOUNS.has(head) &&
      unsaid.every((q) => q.toLowerCase() === head) &&
      statesTagged(mention, person, text).length
    )
      fitting.add(person);
  }
  return [...fitting];
}

// "by" or "whom" right before a description: it names the agent of a passive, or the subject of a clause on the
// sentence's subject; after a verb that takes on words ("rejected the mayor's claim"), the one whose words they are.
const PASSIVE_AGENT_BEFORE = new RegExp(`\\b(?:by|whom|${alternation(TAKES_ON_WORDS_VERBS)})\\s+$`);

/**
 * "the senator" in the story's flow (salient-role.ts): the subject named before it in its own sentence (not in the
 * clause it reports), the person who spoke in the sentence before, or that sentence's subject; the first of them
 * that may hold the office.
 */
function salientHolder(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context: MentionContext | undefined,
  wanted: string[],
): Person | null {
  const text = context?.text;
  if (text === undefined || !isOfficeDescription(mention)) return null;
  // The subject of its own sentence may hold the office unless the text gives them another one; the others must
  // be given it ("GOP Sen. John McCain"): "the judge" after a lawyer's words is not that lawyer.
  // "Tom Baker was described by the judge as", "Tom Baker, whom the judge described as": the agent of a passive, the
  // subject of a "whom" clause, is someone other than the one the sentence is about (review32 finding 6).
  const agent = PASSIVE_AGENT_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start));
  const own = agent ? null : subjectBeforeDescription(mention, people, context, text);
  const ownMayBe = opensJoinedClause(text, mention, context) ? holdsOrIsGiven : mayHold;
  if (own && ownMayBe(own, wanted, text, mention.start)) return own;
  const spoke = previousSentenceSpeaker(mention, people, recentSpeakers, context);
  const candidates = [spoke, subjectOfPreviousSentence(people, context, null)];
  return candidates.find((p) => p && holds(p, wanted, text, mention.start)) ?? null;
}

// "Maria Lopez smiled when the judge said", "Lopez testified, and the defense attorney said": a role noun right after
// a clause joiner (a comma and "and"/"but", a subordinator, a semicolon) is the subject of a clause of its own. A
// writer going on with the subject before says "she"; a new noun there is someone else (review29 finding 11).
const JOINED_CLAUSE_OPENS = new RegExp(`${CLAUSE_JOIN}$`, 'u');

/**
 * Whether the text gives the person the office: as a title or role (holds), or in its own words around one of their
 * mentions (given-role.ts: "Ellen Marsh, the presiding judge,", "Maria Lopez was sworn in as mayor") (review30
 * finding 10).
 */
function holdsOrIsGiven(person: Person, wanted: string[], text: string, before: number): boolean {
  return (
    holds(person, wanted, text, before) ||
    rolesGiven(person, text, before).some((phrase) => saysRole(phrase, wanted, []))
  );
}

/**
 * The mention opens a clause joined after its sentence's subject (JOINED_CLAUSE_OPENS). A relative pronoun stands for
 * the phrase right before it ("and the defense attorney who questioned her said"): the phrase opens the clause.
 */
function opensJoinedClause(text: string, mention: Mention, context: MentionContext | undefined): boolean {
  const start = context?.sentenceStart;
  if (start === undefined) return false;
  const lead = text.slice(start, mention.start);
  const before = lead.trimEnd().endsWith(mention.text) ? lead.trimEnd().slice(0, -mention.text.length) : lead;
  return JOINED_CLAUSE_OPENS.test(before);
}

/**
 * The subject named before the mention in its own sentence, unless that sentence reports what the subject said
 * (reportsClause) or the mention answers them ("Reid asked about tariffs: “…,” the senator answered": who answers
 * is not who asked).
 */
function subjectBeforeDescription(
  mention: Mention,
  people: PeopleIndex,
  context: MentionContext | undefined,
  text: string,
) {
  const start = context?.sentenceStart;
  if (start === undefined) return null;
  const subject = subjectBetween(people, start, mention.start, null);
  if (!subject) return null;
  const first = firstOf(subject.mentions.filter((m) => m >= start && m < mention.start));
  if (reportsClause(text.slice(start, mention.start), text.slice(first!, mention.start))) return null;
  return REPLY_AFTER.test(text.slice(mention.end, mention.end + 30)) ? null : subject;
}

/** The last person quoted, when their name stands in the sentence before the mention. */
function previousSentenceSpeaker(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context: MentionContext | undefined,
) {
  const sentence = context?.previousSentence;
  const last = recentSpeakers.find((s) => s.speakerType === 'person' && s.speaker && s.speakerMention);
  const lastAt = last?.speakerMention?.start ?? -1;
  return last && sentence && lastAt >= sentence.start && lastAt < mention.start ? people.byName(last.speaker!) : null;
}

// How far back a byword's person is looked for: about a long paragraph.
const BYWORD_REACH = 1200;

/**
 * "Marco Rubio is launching his campaign in Florida. ¶ The Florida senator is telling reporters …": a qualified
 * byword (isQualifiedByword) whose qualifier the text gives no one (the titled and epithet branches found no one
 * given it) stands for the person the story is on just then: the subject before it in its own sentence, the speaker
 * of the sentence before, the one named opening that sentence (else its subject), then the latest named opening a
 * sentence within about a paragraph; the first of them the description does not rule out (the other gender, the
 * other party, another office the text gives). A possessive role ("Reyes's former campaign manager") looks no
 * further than the sentence before and is never its owner.
 */
function bywordHolder(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context: MentionContext | undefined,
  wanted: string[],
  names?: NameTable,
): Person | null {
  const text = context?.text;
  const office = isOfficeHead(mention.head ?? '');
  const qualified = isQualifiedByword(mention, office);
  const pastOnly = !qualified && isPastOfficeByword(mention, officeOfSeveralWords(mention));
  if (text === undefined || !(qualified || pastOnly)) return null;
  const gender = genderOf(mention);
  const own = subjectBeforeDescription(mention, people, context, text);
  const spoke = previousSentenceSpeaker(mention, people, recentSpeakers, context);
  const sentence = context?.previousSentence;
  // Then the people named as a sentence's subject within about a paragraph, latest first.
  const subjects = people
    .namedBefore(mention.start)
    .filter((n) => mention.start - n.at <= BYWORD_REACH && !n.oblique && opensSentence(text, n.at))
    .map(({ person }) => person);
  // The sentence before: the one named opening it ("After …, Marco Rubio still believes …"), else its subject. When
  // a byword opens it, the one named opening the sentence before that (bywordSubject).
  const byword = sentence ? bywordSubject(text.slice(sentence.start, sentence.end)) : null;
  const earlier = byword && sentence ? context?.sentenceBefore?.(sentence.start) : null;
  const earlierOpener = earlier ? openerOf(people, text, earlier) : null;
  // Not when the byword sentence shows a second person: it acts on the one named before ("The Republican candidate
  // answered her") or is of the other party ("The Republican candidate" after "Ann Reyes, a Democrat").
  const chained =
    !!byword &&
    !(earlierOpener && (actsOn(byword, earlierOpener) || describesOtherParty(byword.subject, earlierOpener, text)));
  const opening = chained ? earlier : sentence;
  const before = chained ? earlierOpener : opening ? openerOf(people, text, opening) : null;
  const near = [own, spoke, before ?? (chained ? null : subjectOfPreviousSentence(people, context, null))];
  const spokenBy = new Set(recentSpeakers.flatMap((s) => (s.speakerType === 'person' && s.speaker ? [s.speaker] : [])));
  // Named opening the sentence right before (or, when a byword opens that one, the sentence before it), then called
  // by a byword: the story is on them as on one named twice ("At a rally, Ann Reyes showed a clip. ¶ “…,” the
  // Democratic nominee said"). Not for an office the text does not give them: "Emmanuel Macron welcomed Olaf Scholz.
  // “…,” the German chancellor said" is not Macron.
  if (before && (chained || !office)) spokenBy.add(before.name);
  // "Reyes's former campaign manager" is not Reyes, nor anyone the text gives an office.
  const possessor = possessorOf(mention);
  const owner = possessor ? people.byName(possessor) : null;
  // "Acme's chief executive", "Ohio's governor", "Smith's lawyer": an owner the story names as no person, and the
  // name table does not type as one ("Obama's former campaign strategist" is), ties the role to no one in it.
  if (possessor && !owner && !names?.types.get(possessor.toLowerCase())?.has('person')) return null;
  // "Smith's lawyer" with Smith named in the story: only someone the text gives that role of Smith's ("Tom Ward,
  // Smith's lawyer,"), not whoever the story was on - the owner's other side, often ("Ann Reyes and Tom Baker
  // debated … Reyes's campaign manager said"). An owner known only by name ("Obama's former campaign strategist",
  // Obama unnamed in the story) still goes to the one the story is on, below.
  if (possessor && owner)
    return (
      people
        .namedBefore(mention.start)
        .map(({ person }) => person)
        .find((p) => p !== owner && ownedRoleGiven(p, owner, mention, people, text)) ?? null
    );
  // A possessive role goes no further than the sentence before: "Baker's campaign manager" is someone of Baker's
  // circle, not whoever the paragraph was on.
  const candidates = possessor ? near : [...near, ...subjects];
  const fits = (p: Person) =>
    mayBeOfGender(p, gender) &&
    !ofOtherParty(mention, p, text) &&
    (!office || mayHold(p, wanted, text, mention.start)) &&
    !namedByQualifier(mention, p) &&
    !ofOtherState(mention, p, text) &&
    (!pastOnly || formerHolderFits(p, mention, wanted, text));
  const found = candidates.find(
    (p) =>
      p &&
      fits(p) &&
      (!possessor || (p !== owner && mayHold(p, wanted, text, mention.start))) &&
      bywordFits(p, mention, office, wanted, text, spokenBy),
  );
  if (found || possessor) return found ?? null;
  // Only when the text gives someone the story is on the other party: else the byword may be someone new.
  const otherParty = candidates.some((p) => p && ofOtherParty(mention, p, text));
  return otherParty ? partyHolder(mention, people, text, fits) : null;
}

/**
 * "Republican Donald Trump and Democrat Hillary Clinton debated. Trump attacked Clinton. “…,” the Democratic nominee
 * said": a byword naming a party, when the text gives the one the story is on the other party, is the one person
 * named before whom the text gives that party (givenParty: "Democrat Hillary Clinton", "Ann Reyes, a Democrat,",
 * "(D-Ohio)"), if nothing else rules them out; with two or none, no one. Not over someone the party is not given:
 * "Republican Sen. Tom Ward praised Ann Reyes. “…,” the Republican nominee said" may well be Reyes (measured: letting
 * the one given the party win there lowered PolNeAR train half B by 2 and gained nothing readable).
 */
function partyHolder(mention: Mention, people: PeopleIndex, text: string, fits: (p: Person) => boolean): Person | null {
  const party = partyNamed(mention.text);
  if (!party) return null;
  // Within about a paragraph, and not one the text gives a role of another kind ("Ann Reyes, a city councilwoman,").
  const given = new Set(
    people
      .namedBefore(mention.start)
      .filter(({ at }) => mention.start - at <= BYWORD_REACH)
      .map(({ person }) => person)
      .filter((p) => givenParty(p, text, party) && !otherRole(p, text, mention.start)),
  );
  const [only] = given;
  if (given.size !== 1 || !fits(only)) return null;
  // "Ward beat Ann Reyes, a Democrat, in 2014. This year he faces a new opponent. … the Democratic challenger said":
  // someone brought in after the holder's last mention is the one meant.
  const last = Math.max(...only.mentions.filter((m) => m < mention.start));
  return newcomerBetween(text, last, mention.start) ? null : only;
}

const RIVALS = new Set(RIVAL_NOUNS);
// An indefinite description ("a new opponent", "another candidate"): its article, then up to three words.
const INDEFINITE = /(?<![\p{L}])(?:a|an|another)\s+((?:[\p{L}-]+\s+){0,2}[\p{Ll}-]+)(?![\p{L}-])/gu;

/** The text brings in a person by an indefinite description between `from` and `to` ("faces a new opponent"). */
function newcomerBetween(text: string, from: number, to: number): boolean {
  return [...text.slice(from, to).matchAll(INDEFINITE)].some((m) =>
    m[1].split(/\s+/).some((w) => isPersonNoun(w) || RIVALS.has(w)),
  );
}

/**
 * "the former governor" for someone the text gives nothing against it (review37 finding 9): no candidacy for the office
 * ("Tom Ward, who is running for governor"), and no other office ("Ann Reyes, a state senator,"). A standing that is
 * no office is no bar: "Hillary Clinton, the Democratic nominee," is "the former secretary of state" (measured: barring
 * every other role lowered PolNeAR train NYT half B by 2).
 */
function formerHolderFits(p: Person, mention: Mention, wanted: string[], text: string): boolean {
  if (runsFor(p, wanted, text, mention.start)) return false;
  return rolesGiven(p, text, mention.start).every(
    (phrase) => !isOfficeHead(phraseHead(phrase)) || saysRole(phrase, wanted, []) || saysRole(phrase, wanted, [], true),
  );
}

/** A role phrase's head noun: its last word before a preposition or relative ("senator" of "a state senator from"). */
const phraseHead = (phrase: string) => phrase.toLowerCase().split(ROLE_PHRASE_END)[0].trim().split(/\s+/).pop() ?? '';

// "running for governor", "a candidate for mayor", "seeking the governorship": a race for the office, not a past term.
const CANDIDACY = new RegExp(`(?<![\\p{L}])(?:${alternation(CANDIDACY_WORDS)})\\s+(?:the\\s+|a\\s+)?(\\p{Ll}+)`, 'gu');

/** The text says the person runs for one of the offices, in a sentence naming them. */
function runsFor(p: Person, wanted: string[], text: string, before: number): boolean {
  return p.mentions
    .filter((m) => m < before)
    .some((m) =>
      [
        ...text
          .slice(m, m + 120)
          .split(/[.!?]\s/)[0]
          .matchAll(CANDIDACY),
      ].some(([, office]) => wanted.some((w) => office.startsWith(w))),
    );
}

/** Nouns for a member of a legislature, which a party tag after a name ("(D-Vt.)") says the person is. */
const LAWMAKER_NOUNS = new Set([...LAWMAKERS, ...PARTY_MEMBER_NOUNS.map((w) => w.toLowerCase())]);

/** The qualifiers left when the words of the states the person's party tag gives are taken out ("Vermont"). */
function withoutTagged(qualifiers: string[], mention: Mention, person: Person, text: string): string[] {
  const states = statesTagged(mention, person, text);
  // Most roles name no state: no set is built then.
  if (!states.length) return qualifiers;
  const tagged = new Set(states.flatMap((s) => s.split(/\s+/)));
  return tagged.size ? qualifiers.filter((q) => !tagged.has(q)) : qualifiers;
}

/** "the senior Cruz adviser", "the Reyes spokesman": a role qualified by a person's name is someone of theirs. */
function namedByQualifier(mention: Mention, person: Person): boolean {
  const words = new Set(person.name.split(/\s+/));
  return qualifiersOf(mention).some((q) => words.has(q));
}

// A surname joined to another name by "and" ("Clinton and Donald Trump met"): the index places a person at the surname.
const JOINED_TO_NAME = /^[\p{L}.'’\u2024-]+\s+(?:and|&)\s+\p{Lu}/u;

/**
 * The person named opening the sentence ("After …, Ana Silva still believes …"), if any. Not one of two named together
 * ("Hillary Clinton and Donald Trump met …"): the sentence is on both, and a byword after it on neither.
 */
function openerOf(people: PeopleIndex, text: string, sentence: { start: number; end: number }): Person | null {
  const named = people.namedBefore(sentence.end);
  const opener = named.find((n) => n.at >= sentence.start && !n.oblique && opensSentence(text, n.at));
  return opener && !JOINED_TO_NAME.test(text.slice(opener.at, opener.at + 60)) ? opener.person : null;
}

/**
 * "Ann Reyes says …. ¶ The Democratic vice presidential nominee was speaking in Dayton, hours after the mayor mocked
 * Tom Ward. ¶ The Ohio governor said …": a sentence opening with "The" and up to five words ending in a role noun
 * before a lower-case verb has a byword for its subject. It names no one as its subject (not Ward): it goes on with
 * the one named before it. Returns the subject's words and the rest, else null.
 */
function bywordSubject(sentence: string): { subject: string; predicate: string } | null {
  const words = sentence.trim().split(/\s+/);
  if (words[0] !== 'The') return null;
  for (let i = 1; i <= 5 && i + 1 < words.length; i++) {
    const word = words[i].toLowerCase();
    if ((BYWORD_ROLES.has(word) || PERSON_HEADS.has(word)) && OPENS_LOWER.test(words[i + 1])) {
      return { subject: words.slice(0, i + 1).join(' '), predicate: words.slice(i + 1).join(' ') };
    }
    // "The Post, citing …": a comma ends the subject.
    if (/[,;:]$/.test(words[i])) return null;
  }
  return null;
}
const OPENS_LOWER = /^\p{Ll}/u;

// The object pronouns of one gender ("her" is also a possessive: read as either). The main clause ends at the first
// comma or semicolon.
const GENDERED_OBJECT = { f: /\bher\b/i, m: /\bhim\b/i };
const MAIN_CLAUSE = /^[^,;]*/;

/**
 * The byword's main clause has an object pronoun that may point to the person ("The Republican candidate answered her
 * hours later in Toledo, where Tom Ward joined him": "her" may be Ann Reyes, "him" is in another clause).
 */
function actsOn(byword: { predicate: string }, person: Person): boolean {
  const clause = MAIN_CLAUSE.exec(byword.predicate)![0];
  return (['f', 'm'] as const).some(
    (g) => person.gender !== (g === 'f' ? 'm' : 'f') && GENDERED_OBJECT[g].test(clause),
  );
}

// What a byword's person may also be called: offices, status and race words, legislators, parties, titles.
const BYWORD_ROLES = new Set([
  ...OFFICES,
  ...ROYAL_AND_RELIGIOUS_TITLES,
  ...EPITHET_HEADS,
  ...BYWORD_ROLE_WORDS,
  ...PARTY_WORDS,
  ...ROLE_MODIFIERS,
  ...OFFICE_ABBREVIATIONS,
  ...HONORIFICS,
]);
const PROFESSION_WORDS = new Set<string>(PROFESSIONS);
// A role noun by its ending ("machinist", "teacher", "analyst", "chairman").
const ROLE_NOUN = /(?:er|or|ist|ian|man|woman|ant|ent)$/;

/**
 * Positive evidence that the person can be the byword: the text gives them the office ("Sen. Dana Whitfield" for
 * "the Ohio senator"), or the story is on them (named twice before, or quoted before) and the text gives them no
 * role of another kind ("Jim Brown, a retired machinist", "Farmer Jim Cole" is no "Iowa governor").
 */
function bywordFits(
  p: Person,
  mention: Mention,
  office: boolean,
  wanted: string[],
  text: string,
  spokenBy: Set<string>,
): boolean {
  if (office && holds(p, wanted, text, mention.start)) return true;
  const earlier = p.mentions.filter((m) => m < mention.start).length;
  const focus = earlier >= 2 || spokenBy.has(p.name);
  return focus && !otherRole(p, text, mention.start);
}

// "the former top aide", "the Gawker employee": "the", up to four words, a lower-case head.
const DEFINITE_DESCRIPTION = /^the\s+(?:[\p{L}-]+\s+){0,4}\p{Ll}[\p{L}-]*$/u;
// How far back an indefinite description the definite one goes back to is looked for ("an organizer …").
const INTRODUCED_REACH = 3000;

/**
 * "One of the plan's authors, Tom Baker, said the vote will test it. “…,” said the former top aide.", "In her post,
 * Reyes said, “…” ¶ “…,” the Gawker employee wrote.": a definite description of a person that no office or byword
 * branch took is the one who spoke in the sentence before (quoted there, or named there with a reporting verb), when
 * the text introduced no one by it ("greeted by an organizer. “…,” the organizer told them") and nothing rules that
 * speaker out: another office, the other gender, a role of another kind ("Chairman Roger Hale said …"); a capitalised
 * qualifier must be written with their name ("Gawker.com writer Ann Reyes").
 */
function describedSpeaker(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context: MentionContext | undefined,
  wanted: string[],
): Person | null {
  const text = context?.text;
  const head = mention.head ?? '';
  if (text === undefined || mention.kind !== 'role' || isOfficeDescription(mention)) return null;
  if (!DEFINITE_DESCRIPTION.test(mention.text) || !isPersonNoun(head)) return null;
  if (introducedBefore(text, mention.start, head)) return null;
  const p = previousSentenceSpeaker(mention, people, recentSpeakers, context) ?? reportingBefore(people, context, text);
  const gender = genderOf(mention);
  if (!p || (gender !== null && p.gender !== null && p.gender !== gender)) return null;
  if (!mayHold(p, wanted, text, mention.start)) return null;
  const qualified = /\s\p{Lu}/u.test(mention.text);
  if (qualified) return qualifiersGiven(mention, p, text) ? p : null;
  // News alternates voices: "the prosecutor said" after "Tom Ward told the court" is the other side. The text must
  // tie the description to the speaker: its head written with them ("Tom Ward, the team's goalkeeper"), or a word
  // pointing back ("the former top aide") when the text gives them no role of another kind.
  if (givesHead(text, p, mention.head ?? '')) return p;
  return pointsBack(mention) && !otherRole(p, text, mention.start) ? p : null;
}

const POINTING_BACK = new Set(ANAPHORIC_DESCRIPTION_WORDS);
/** The description has a word that points back to someone already given ("the former top aide", "the same aide"). */
const pointsBack = (mention: Mention) =>
  mention.text
    .toLowerCase()
    .split(/\s+/)
    .some((w) => POINTING_BACK.has(w));

/** A noun for a person: a role, job, status or a noun by its ending ("aide", "employee", "strategist"). */
function isPersonNoun(head: string): boolean {
  return isAgentNoun(head) || PERSON_HEADS.has(head) || BYWORD_ROLES.has(head) || PROFESSION_WORDS.has(head);
}

/** An indefinite description's pattern per head noun, built once: every article asks for the same few heads. */
const indefinitePatterns = new Map<string, RegExp>();

/** The text brought someone in by an indefinite description with the same head ("an organizer", "one aide"). */
function introducedBefore(text: string, at: number, head: string): boolean {
  let indefinite = indefinitePatterns.get(head);
  if (!indefinite) {
    indefinite = new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}${head}\\b`, 'iu');
    indefinitePatterns.set(head, indefinite);
  }
  return indefinite.test(text.slice(Math.max(0, at - INTRODUCED_REACH), at));
}

// A name and its reporting verb, perhaps after the comma of an apposition ("…, Tom Baker, said …").
const REPORTING_AFTER = new RegExp(
  `^(?:\\p{Lu}[\\p{L}'’\u2024.-]*\\s+){0,3}?\\p{Lu}[\\p{L}'’\u2024.-]*,?\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?` +
    `(?:${REPORTING_VERBS.join('|')})\\b`,
  'u',
);

/** The one person named in the sentence before with a reporting verb after the name ("Tom Baker said the …"). */
function reportingBefore(people: PeopleIndex, context: MentionContext | undefined, text: string): Person | null {
  const sentence = context?.previousSentence;
  if (!sentence) return null;
  const reporting = people
    .namedBefore(sentence.end)
    .filter(({ at }) => at >= sentence.start && REPORTING_AFTER.test(text.slice(at, at + 80)));
  return reporting.length === 1 ? reporting[0].person : null;
}

/** The text gives the person a role noun that is no office, status or race word ("a retired machinist"). */
function otherRole(p: Person, text: string, before: number): boolean {
  const earlier = p.mentions.filter((m) => m < before);
  // Its role and the appositions after its name ("Jim Brown, a retired machinist from Lima,"): their head nouns.
  const phrases = [p.role ?? '', ...earlier.map((m) => APPOSITION.exec(text.slice(m, m + 100))?.[1] ?? '')];
  const heads = phrases.map(phraseHead);
  // The title words before its name and the name's own words ("Farmer Jim Cole", "Analyst Tom Reid").
  const titles = earlier.flatMap((m) => titleWordsBefore(leadInSentence(text, m, 40)));
  const words = [...titles, ...p.name.split(/\s+/)].map((w) => w.toLowerCase().replace(/[^\p{L}-]/gu, ''));
  const listed = (w: string) => PERSON_HEADS.has(w) || TITLE_WORDS.has(w) || PROFESSION_WORDS.has(w);
  return (
    heads.some((h) => h && !BYWORD_ROLES.has(h) && (ROLE_NOUN.test(h) || listed(h))) ||
    words.some((w) => listed(w) && !BYWORD_ROLES.has(w))
  );
}

// ", a retired machinist from Lima,": the rest of a name, then an apposition opening with an article.
const APPOSITION = /^[\p{L}.'’-]*,\s+(?:a|an|the)\s+([^,.;:!?"“”\n]{1,60})/u;
// Where a role phrase's head noun ends: a preposition or a relative pronoun after it.
const ROLE_PHRASE_END = /[\s,]+(?:of|from|in|at|for|with|who|and|on)\s/;

const REPLY_AFTER = new RegExp(`^\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation(REPLY_VERBS)})\\b`, 'u');

// "the company", "the news outlet": a definite class noun, perhaps after one lower-case modifier.
const CLASS_NOUN = new RegExp(
  `^the\\s+(?:[\\p{Ll}-]+\\s+)?(${alternation([...ORGANISATION_CLASS_NOUNS, ...NEWS_MEDIUM_NOUNS])})$`,
  'u',
);
const MEDIUM = new Set(NEWS_MEDIUM_NOUNS);
// A sentence whose subject is an organisation left unnamed ("A small airline …", "The regional carrier …"); not
// "A spokesman for Boeing", whose head is a person.
const UNNAMED_OPENING = new RegExp(
  `^[\\s"“]*(?:A|An|The)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alternation(ORGANISATION_CLASS_NOUNS)})\\b`,
  'u',
);

/**
 * "In a letter filed in court, the FBI confirmed …. ¶ The agency declined to detail …": "the agency" is the one
 * agency named in its own sentence or the one before - an acronym or a name ending in an agency's word (the
 * "Harbour Safety Commission"), not a company ("Regulators fined Boeing. … Boeing said it would appeal. ¶ …, the
 * agency said") - before an agency's name further back ("the Justice Department's National Security Division").
 */
function agencyNear(mention: Mention, names?: NameTable, context?: MentionContext): string | null {
  if (!/^the\s+agency$/i.test(mention.text)) return null;
  const near = { at: mention.start, sentenceStart: context?.sentenceStart, previous: context?.previousSentence };
  return organisationNear(names, near, false, mayBeAgency);
}

const ACRONYM = /^\p{Lu}{2,6}$/u;
const AGENCY_HEADS = new Set(AGENCY_NAME_HEADS);
/** "FBI", "Federal Aviation Administration": a name an agency may bear (its last word is an agency's). */
const mayBeAgency = (name: string) => ACRONYM.test(name) || AGENCY_HEADS.has(name.split(/\s+/).at(-1) ?? '');

/** The one organisation named just before a class noun; a news medium's noun takes only an outlet's name. */
function classNounReferent(mention: Mention, names?: NameTable, context?: MentionContext): string | null {
  const noun = CLASS_NOUN.exec(mention.text)?.[1];
  if (!noun) return null;
  const near = { at: mention.start, sentenceStart: context?.sentenceStart, previous: context?.previousSentence };
  // "The regional airline blamed Boeing …. “…,” the company said": the unnamed one the sentence opens with is meant.
  const opening = context?.previousSentence ?? null;
  if (opening && context?.text !== undefined && UNNAMED_OPENING.test(context.text.slice(opening.start, opening.end)))
    return null;
  const medium = MEDIUM.has(noun);
  return (
    organisationNear(names, near, medium) ??
    (context ? webAddressNear(context, mention.start) : null) ??
    (medium ? outletFurtherBack(names, context?.text, noun, near, context?.sentenceBefore) : null)
  );
}

// "Her campaign", "his office", "its board": a possessive pronoun, up to two lower-case words, the head.
const OWNED_BODY = new RegExp(
  `^(${alternation(THIRD_PERSON_POSSESSIVES)})\\s+((?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+)$`,
  'iu',
);
// The pronoun that stands for the owner a possessive names.
const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', its: 'it', their: 'they' };

/**
 * "Hillary Clinton spoke in Ohio. … Her campaign said …": a body named by whose it is stands for the owner's body,
 * the owner found as the pronoun for them would be ("she" for "her") and shown by name ("Hillary Clinton’s
 * campaign"); a guessed or unknown owner leaves the description as written.
 */
function ownedBody(
  mention: Mention,
  people: PeopleIndex,
  recentSpeakers: Attribution[],
  context?: MentionContext,
  names?: NameTable,
): string | null {
  const owned = OWNED_BODY.exec(mention.text);
  // A document ("her Twitter account", "his statement") stays as written: the article describes it, and its words
  // are all a reader is told of it.
  if (!owned || isDocument(mention.text)) return null;
  const pronoun = OWNER_PRONOUN[owned[1].toLowerCase()];
  const at = { kind: 'pronoun' as const, start: mention.start, end: mention.start + owned[1].length, role: null };
  const owner = resolveAny({ ...at, text: pronoun, head: null }, people, recentSpeakers, context, names);
  if (!owner.speaker || owner.guessed || owner.speakerType === 'group') return null;
  return `${owner.speaker}’s ${owned[2]}`;
}

// "the group", "the advocacy group": the noun, perhaps after up to two lower-case words.
const BODY_OR_PEOPLE = new RegExp(`^the\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${alternation(BODY_OR_PEOPLE_NOUNS)})$`, 'u');

/**
 * "the group", a noun used for a body and for people alike: the organisation opening its sentence or the one before
 * (groupBody); "Protesters marched past Exxon's offices. “…,” the group chanted" names no body and stays as written.
 */
function bodyOpeningNear(mention: Mention, names?: NameTable, context?: MentionContext): string | null {
  if (!BODY_OR_PEOPLE.test(mention.text)) return null;
  const { text, sentenceStart, previousSentence } = context ?? {};
  return groupBody(names, text, mention.start, sentenceStart, previousSentence);
}

const WEB_ADDRESSES = new RegExp(`\\p{Lu}[\\p{L}\\d-]*[.\\u2024](?:${alternation(WEB_DOMAINS)})\\b`, 'gu');

/** "the website GunBroker.com said …. “…,” the company said": the one web address named in the sentence before. */
function webAddressNear(context: MentionContext, at: number): string | null {
  const from = context.previousSentence?.start ?? context.sentenceStart;
  if (from === undefined || context.text === undefined) return null;
  const found = new Set([...context.text.slice(from, at).matchAll(WEB_ADDRESSES)].map((m) => m[0]));
  return found.size === 1 ? [...found][0].replace(/\u2024/g, '.') : null;
}

// "the City Council on Wednesday": a day or month does not continue an organisation's name.
const CALENDAR = `(?:${[...WEEKDAYS, ...MONTHS].map(capitalise).join('|')})\\b`;
// The words that complete an organisation's name after its head: "of/on/for" and up to four capitalised words.
const WORD = "\\p{Lu}[\\p{L}'’-]*";
const GAP = '[^\\S\\n]+';
const OF_TAIL = `(?:${GAP}(?:of|on|for)${GAP}(?:the${GAP})?(?!${CALENDAR})${WORD}(?:${GAP}${WORD}){0,3})?`;

interface HeadPatterns {
  /** The capitalised heads that name such a body ("Commission"; "the agency" also "Investigations"). */
  heads: string[];
  /** A name holding one of the heads, with the words that complete it. */
  name: RegExp;
}
/** Built once per head noun while the module lives (a story says "the company" again and again); a bounded number. */
const headPatterns = (() => {
  const built = new Map<string, HeadPatterns>();
  return (head: string): HeadPatterns => {
    let found = built.get(head);
    if (found) return found;
    const Head = head[0].toUpperCase() + head.slice(1);
    // "the agency" is the last agency named ("Homeland Security Investigations"), whatever its head noun.
    const heads = [Head, ...(Object.hasOwn(ORGANISATION_CLASS_HEADS, head) ? ORGANISATION_CLASS_HEADS[head] : [])];
    const name = new RegExp(
      `(?:\\p{Lu}[\\p{L}&'’\\u2024-]*[^\\S\\n]+){0,4}(?:${heads.join('|')})` + `${OF_TAIL}(?![\\p{L}])`,
      'gu',
    );
    found = { heads, name };
    if (built.size >= 500) built.clear();
    built.set(head, found);
    return found;
  };
})();

// "the commission", "the budget office", "the health department": "the", up to two lower-case words, the head.
const DESCRIBED_BODY = /^the\s+((?:[\p{Ll}-]+\s+){0,2})\p{Ll}+$/u;

/**
 * "the Commission on Presidential Debates … the commission said": the last name before the mention that holds its
 * head noun capitalised, with the words that complete it ("of/on/for …"). Looked for within 3,000 characters. The
 * words before the head are words of that name too: "the Congressional Budget Office … the budget office said",
 * "the Department of Health … the health department said" (a word the name lacks leaves the description as written).
 */
function organisationNamed(text: string, mention: Mention): string | null {
  const head = mention.head ?? '';
  // "the commission" only: "the school's Facebook post" says whose it is.
  if (!ALL_LOWER.test(head)) return null;
  const described = DESCRIBED_BODY.exec(mention.text);
  if (!described || !mention.text.endsWith(` ${head}`)) return null;
  const words = described[1].split(/\s+/).filter(Boolean);
  const { heads, name } = headPatterns(head);
  const before = text.slice(Math.max(0, mention.start - 3000), mention.start);
  // Every match holds a head as written: most stories name no such body before, and the scan is skipped.
  if (!heads.some((h) => before.includes(h))) return null;
  const holds = (found: string) => {
    const own = found.toLowerCase().split(/[^\S\n]+/);
    return words.every((w) => own.includes(w));
  };
  const found = [...before.matchAll(name)]
    .map((m) => m[0])
    .filter(holds)
    .at(-1);
  // The head alone ("Commission" opening a sentence) names nothing more than the mention does; an article opening
  // the match ("A Government Accountability Office report") is the phrase's, not the name's.
  const bare = found?.replace(/^(?:The|An?)\s+/, '');
  return bare && !heads.includes(bare) ? bare.replace(/\u2024/g, '.') : null;
}

/**
 * The mention at `at` (a surname) follows one of the `wanted` role words within its name ("Sen. Bernie Sanders"), or
 * the whole office of several words (`office`: "former secretary of state Hillary Clinton", "Secretary of State Ann
 * Reyes", "Chief of Staff Tom Ward").
 */
function titledAs(text: string, at: number, wanted: string[], qualifiers: string[], office?: string | null): boolean {
  const before = text.slice(Math.max(0, at - 40), at).replace(/\u2024/g, '.');
  if (qualifiers.some((q) => !before.includes(q))) return false;
  if (office && titledWithOffice(text, at, office)) return true;
  return titleWordsBefore(before).some((w) => wanted.includes(w.toLowerCase()));
}

// How far before a name an office of several words is looked for ("former secretary of homeland security Jeh ").
const OFFICE_REACH = 60;
// The last capitalised word before a name (a first name, an initial, or the office's own last word).
const LAST_CAPITALISED = /\p{Lu}[\p{L}.'’-]*\s+$/u;

/**
 * The office's words stand right before the name, perhaps with up to two capitalised words between (first name,
 * initial): "secretary of state Hillary Clinton". Any case: a title is capitalised before a name, not in a byword.
 */
function titledWithOffice(text: string, at: number, office: string): boolean {
  let lead = leadInSentence(text, at, OFFICE_REACH).replace(/\u2024/g, '.');
  for (let names = 0; names <= 2; names++) {
    const lower = lead.toLowerCase();
    if (lower.endsWith(`${office} `) && !LETTER.test(lower.at(-office.length - 2) ?? '')) return true;
    const last = LAST_CAPITALISED.exec(lead);
    if (!last) return false;
    lead = lead.slice(0, last.index);
  }
  return false;
}

/**
 * "the former secretary of state", "the chief of staff": an office of several words, from the head to the end of
 * the description ("secretary of state"); null for a description whose head ends it ("the senator") or whose "of"
 * phrase names a body with a capital ("the president of Acme": whose president the text says).
 */
function officeOfSeveralWords(mention: Mention): string | null {
  const head = mention.head ?? '';
  // An office's head ("secretary of state", "chief of staff"), not a kin or person noun: "the daughter of the mayor"
  // is no office a title could give (review33 finding 14).
  if (!isOfficeHead(head) && !TITLE_WORDS.has(head)) return null;
  const words = mention.text.split(/\s+/);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  if (at < 0 || words[at + 1]?.toLowerCase() !== 'of' || at + 2 >= words.length) return null;
  const office = words.slice(at);
  return office.every((w) => ALL_LOWER.test(w)) ? office.join(' ') : null;
}

/**
 * "… could help her defeat the party's nominee, Donald Trump. ¶ “…,” he added.": a name that ends its sentence is
 * said of someone (an object, an apposition), no new subject to take the pronoun from the last speaker.
 */
function endsSentence(text: string, at: number): boolean {
  return /^[\p{L}\u2024'’-]+[.!?](?:["”’]?\s|$)/u.test(text.slice(at, at + 60));
}

/**
 * "She says Trump's tweets accusing Alicia Machado … are “lies”. …. She tweeted: “…”": a person named after the
 * speaker in the speaker's own sentence is what the speaker speaks of, no one who takes the pronoun over.
 */
function sameSentence(text: string, from: number, to: number): boolean {
  return from >= 0 && !/[.!?]["”’)]*\s|\n/.test(text.slice(from, to));
}

// How many of the people named last a last resort weighs as the subjects of their sentences.
const SUBJECTS_WEIGHED = 5;

/**
 * The person named last before the pronoun's sentence who fits (`fits`), unless the sentence they stand in has
 * another person as its main subject: "Tom Baker lists the reasons why Paul Diaz would be the better choice." names
 * Diaz in passing, and a later "he said" goes on with Baker, or the last speaker. Then the next person named who is
 * their sentence's subject (or stands in a sentence whose subject the finder cannot read), among the last few.
 */
function lastSubjectNamed(
  people: PeopleIndex,
  context: MentionContext | undefined,
  at: number,
  fits: (n: NamedAt) => boolean,
  gender: 'm' | 'f',
): NamedAt | undefined {
  const candidates: NamedAt[] = [];
  for (const n of people.namedBefore(at)) {
    if (!fits(n)) continue;
    if (!namedInPassing(people, context, n, gender)) return n;
    candidates.push(n);
    if (candidates.length === SUBJECTS_WEIGHED) break;
  }
  return candidates[0];
}

// An appointing verb, then the name's capitalised words (titles, first names) before the surname the index holds.
const APPOINTED = new RegExp(
  `\\b(?:${alternation(APPOINTING_VERBS)})[^\\S\\n]+(?:\\p{Lu}[\\p{L}'’\u2024.-]*[^\\S\\n]+){0,4}$`,
  'u',
);
// How many sentences naming no one may stand between the pronoun and the sentence it goes on from.
const SENTENCES_NAMING_NO_ONE = 2;

/**
 * The sentence before the pronoun's, or, when that one and up to SENTENCES_NAMING_NO_ONE before it name no one and
 * quote no one ("The talks lasted an hour."), the last sentence before them that names someone. Null past that.
 */
function lastNamingSentence(
  people: PeopleIndex,
  context: MentionContext | undefined,
): { start: number; end: number } | null {
  const text = context?.text;
  let sentence = context?.previousSentence ?? null;
  for (let skipped = 0; sentence && text !== undefined; skipped++) {
    const { start, end } = sentence;
    if (people.namedBefore(end).some((n) => n.at >= start)) return sentence;
    if (skipped === SENTENCES_NAMING_NO_ONE || QUOTE_MARK.test(text.slice(start, end))) return null;
    // "A local farmer showed them his fields.": someone brought in by a description is whom the pronoun goes on with.
    if (opensWithPerson(text.slice(start, end))) return null;
    sentence = context?.sentenceBefore?.(start) ?? null;
  }
  return null;
}

/**
 * "John Smith met Peter Jones on Monday. ¶ The talks lasted an hour. ¶ “It went well,” he said.": when the sentences
 * between the pronoun and the last person named name no one, the pronoun goes on with the subject of the sentence
 * that named them, not the object named last in it (as it does right after that sentence: previousSubject).
 */
function subjectOverObject(
  people: PeopleIndex,
  context: MentionContext | undefined,
  last: NamedAt,
  gender: 'm' | 'f',
  fits: (n: NamedAt) => boolean,
): NamedAt | null {
  const text = context?.text;
  const sentence = lastNamingSentence(people, context);
  if (!sentence || text === undefined || sentence === context?.previousSentence) return null;
  if (last.at < sentence.start || last.at >= sentence.end) return null;
  // "Mark Jones hired Paul Diaz as head coach. ¶ The contract runs four years. ¶ “…,” he said.": whom the subject
  // appoints is the story's next (review27 finding 18).
  if (APPOINTED.test(text.slice(Math.max(sentence.start, last.at - 60), last.at))) return null;
  const subject = mainSubject(people, text, sentence.start, sentence.end, gender);
  if (!subject || subject === last.person) return null;
  const at = people.namedBefore(sentence.end).find((n) => n.person === subject && n.at >= sentence.start);
  return at && fits(at) ? at : null;
}

/**
 * A clause of its own opens before the name ("the reasons why Paul Diaz would be", "said that Diaz", "a rival who
 * met Diaz"): the name stands in it, not as the object of the sentence's main verb ("Jones hired Tom Baker as head
 * coach": a later "he said" may well be Baker's).
 */
const CLAUSE_OPENERS = [...MAIN_CLAUSE_SUBORDINATORS, ...RELATIVE_PRONOUNS, ...INDIRECT_QUESTION_WORDS];
const CLAUSE_OPENER = new RegExp(`(?<!\\p{L})(?:${alternation(CLAUSE_OPENERS)})(?!\\p{L})`, 'iu');

/**
 * The sentence `named` stands in has a person the index knows as its main subject, and it is someone else, and the
 * name stands in a clause of its own (CLAUSE_OPENER).
 */
function namedInPassing(
  people: PeopleIndex,
  context: MentionContext | undefined,
  named: NamedAt,
  gender: 'm' | 'f',
): boolean {
  const text = context?.text;
  let sentence = context?.previousSentence ?? null;
  for (let i = 0; sentence && i < MAX_SENTENCES_BACK && sentence.start > named.at; i++)
    sentence = context?.sentenceBefore?.(sentence.start) ?? null;
  if (!sentence || text === undefined || named.at >= sentence.end || named.at < sentence.start) return false;
  if (!CLAUSE_OPENER.test(text.slice(sentence.start, named.at))) return false;
  const subject = mainSubject(people, text, sentence.start, sentence.end, gender);
  return subject !== null && subject !== named.person;
}
// How far back the sentence of a person named is looked for.
const MAX_SENTENCES_BACK = 10;

function lastMentionAt(speaker: Attribution, people: PeopleIndex): number {
  return speaker.speakerMention?.start ?? people.byName(speaker.speaker ?? '')?.mentions.at(-1) ?? -1;
}

// "Wilcox and Beruff, a Sarasota Republican, argued …": a surname joined to another person's name by "and"/"or"
// (after it, or right before it: not "Ruth and Sam Quill", two first names sharing one surname). The capitalised
// words on the other side must hold a person the index knows: "Bill Jones and Senate Republicans" joins a group,
// and Bill Jones stays whom a later "he" goes on with.
const JOINED_AFTER = /^[\p{L}'’.\u2024-]+(?:[^\S\n]+\([^()]{0,12}\))?,?[^\S\n]+(?:and|or)[^\S\n]+(?=\p{Lu})/u;
const JOINED_BEFORE = /\p{Lu}[\p{L}'’.\u2024-]*,?[^\S\n]+(?:and|or)[^\S\n]+$/u;
// The run of capitalised words (first names, initials, surname) on the other side of the "and".
const RUN_AFTER = /^(?:\p{Lu}[\p{L}'’.\u2024-]*[^\S\n]*)+/u;
const RUN_BEFORE = /(?:\p{Lu}[\p{L}'’.\u2024-]*[^\S\n]*)+,?[^\S\n]+(?:and|or)[^\S\n]+$/u;

/** The name whose surname stands at `at` is joined to another person's as a plural subject ("Wilcox and Beruff"). */
function coordinated(text: string, at: number, people: PeopleIndex): boolean {
  const personIn = (from: number, to: number) => people.namedBefore(to).some((n) => n.at >= from && n.at < to);
  const after = JOINED_AFTER.exec(text.slice(at, at + 60));
  if (after) {
    const from = at + after[0].length;
    const run = RUN_AFTER.exec(text.slice(from, from + 60));
    if (run && personIn(from, from + run[0].length)) return true;
  }
  const head = text.slice(Math.max(0, at - 60), at);
  if (!JOINED_BEFORE.test(head)) return false;
  const run = RUN_BEFORE.exec(head);
  return !!run && personIn(at - run[0].length, at);
}
