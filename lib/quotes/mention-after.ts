// The speaker mention after a quote: "…," he said / said Uali / according to X / ― Name / “…,” Trump barked.
import { beforeAdverbsAndCue, cueAfterAdverbs, cueThen, spaceEnd } from './cue-scan';
import { charClass, isSpace } from '../text/chars';
import { isDocumentHead, type Mention, readMention } from './mentions';
import { parsePhrase } from './phrase';
import { SUBJECT, VERB } from './subjects';
import { BODY_NAME, capitalisedRun } from './patterns';
import { VERB_ENDINGS } from '../lexicon/en/word-endings';
import {
  DOCUMENT_NOUN_ENDS,
  ISSUING_PREPOSITIONS,
  SOURCE_ENDS,
  TIME_OR_PLACE_AFTER_CUE,
} from '../lexicon/en/clause-words';
import { ARTICLES, THIRD_PERSON_POSSESSIVES } from '../lexicon/en/determiners';
import { BETWEEN_SOURCE_AND_CUE, DOCUMENT_VERBS, PUT_IT_VERBS } from '../lexicon/en/speech';
import { OFFICES_TO_SOMEONE } from '../lexicon/en/roles';
import { exactly } from '../lexicon/build';
import { FILED_DOCUMENTS } from '../lexicon/en/sources';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/en/calendar';

// "…,” said Mark Ward Jan. 5.: a month and its date written right after the name (AP style) tell when, and end the
// source. A month alone may be a surname ("said Theresa May"); a day after a name is left out by readMention.
const DATE_AFTER_NAME = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})[.\\u2024]?\\s+\\d`;

// /^(${CUE_INVERTED})\s+(?!that\b|…)(.+?)(?=…)/i: the cue read by cue-scan, then the source (the first group).
const AFTER_INVERTED = new RegExp(
  `\\s+(?!that\\b|it\\b|this\\b|in\\b|on\\b|to\\b)(.+?)` +
    `(?=\\s*[,.;:!?"“”(—]|\\s(?:${SOURCE_ENDS.join('|')})\\b|\\s(?:${DATE_AFTER_NAME})|$)`,
  'iy',
);

// "…,” said a report from Kotak Institutional Equities.": after an inverted cue's document, the one it comes from
// (AFTER_INVERTED ends the source at "from", which tells where a person is from: "said Ann Lee from Almaty"; lexicon
// ISSUING_PREPOSITIONS).
const ISSUER_AFTER = new RegExp(`^\\s+(?:${ISSUING_PREPOSITIONS.join('|')})\\s+${BODY_NAME}`, 'u');

/** Whether a name is a place's (the article's typed names say so); the names table is optional. */
export type IsPlace = (name: string) => boolean;

/** The inverted cue's source with the issuer of its document written after it, when it is a document. */
function issuedDocument(phrase: string, after: string, isPlace?: IsPlace): string {
  const head = phrase.trim().split(/\s+/).at(-1)!.toLowerCase();
  if (!isDocumentHead(head)) return phrase;
  const issuer = after.match(ISSUER_AFTER);
  return issuer && !notIssuer(issuer[0]) && !(FILED.has(singular(head)) && filedFrom(issuer[0], isPlace))
    ? phrase + after.slice(0, issuer[0].length)
    : phrase;
}

const FILED = new Set(FILED_DOCUMENTS);
const singular = (head: string) => head.replace(/(?<=[^s])s$/, '');
/**
 * "said a report from Moscow", "a dispatch from Kyiv": a place alone after "from" says where a filed document (lexicon
 * FILED_DOCUMENTS) was filed, not who issued it (a body named by a place's words is typed no place: "the Bank of
 * England", "Kyiv Post"). "a statement from Beijing" is Beijing's: a place stands for its government there.
 */
function filedFrom(run: string, isPlace?: IsPlace): boolean {
  const name = run
    .trim()
    .replace(/^\S+\s+/, '')
    .replace(/^the\s+/, '');
  return isPlace?.(name) ?? false;
}

const WHEN_WORDS = new Set([...MONTHS, ...WEEKDAYS]);
/**
 * "said a statement from Monday’s meeting of the board", "a report from March": a day or a month alone, or with a
 * possessive, tells when, not who issued the document. Not one that opens a name ("a letter from May Lopez", "the
 * March of Dimes"), nor a possessive after a name ("an email from Sen. Ann Reyes’s office").
 */
function notIssuer(run: string): boolean {
  const words = run.trim().split(/\s+/).slice(1);
  const [first, ...rest] = /^the$/i.test(words[0]) ? words.slice(1) : words;
  const when = WHEN_WORDS.has(first.toLowerCase().replace(/['’]s$/u, ''));
  return when && (rest.length === 0 || /['’]s$/u.test(first));
}

// /^(.{1,150}?)\s+${ADVERBS}(${CUE})\b/i: the words before the cue (the first group), read by cue-scan.
const ADVERB_WORDS = new Set(BETWEEN_SOURCE_AND_CUE);

const SOURCE_AFTER =
  /^(?:according\s+to|as\s+(?:quoted|cited|reported)\s+by|per)\s+([^,.;:!?"“”]{2,80}?)(?=\s*[,.;:!?]|$)/di;
// “…,” as a Homeland Security memo put it.: the source that put the words so (mention-before's AS_PUT_IT, after the
// quote).
const AS_PUT_IT_AFTER = new RegExp(
  `^as\\s+([^,.;:!?"“”]{2,80}?)\\s+(?:(?:has|had|once)\\s+)?(?:${PUT_IT_VERBS.join('|')})\\s+it\\b`,
  'di',
);
/** The text after a quote opens with "as X put it" (after a comma or space). */
export const asPutItAfter = (after: string) => AS_PUT_IT_AFTER.test(after.replace(/^[\s,]*/, ''));

// An apposition between commas, within the sentence: /^(${capitalisedRun(3)}),\s[^"“”.!?;]{2,240}?,\s+${ADVERBS}
// (?:${CUE})\b/u. The name (the first group) ends at the first comma, so it is read alone; the apposition, adverbs and
// cue by longApposition.
const LONG_HEAD = new RegExp(`^(${capitalisedRun(3)}),\\s`, 'u');
const APPOSITION_STOP = charClass(/^["“”.!?;]$/u);

/** LONG_APPOSITION's name: the apposition (2 to 240 characters, no stop) ends at a comma a cue follows. */
export function longApposition(s: string): string | null {
  const head = LONG_HEAD.exec(s);
  if (!head) return null;
  const from = head[0].length;
  for (let comma = from; comma < s.length && comma - from <= 240; comma++) {
    const c = s.charCodeAt(comma);
    const cued = () => cueAfterAdverbs(s, spaceEnd(s, comma + 1), 'exact', ADVERB_WORDS) >= 0;
    if (comma - from >= 2 && c === 44 && isSpace(s.charCodeAt(comma + 1)) && cued()) return head[1];
    if (APPOSITION_STOP(c)) return null;
  }
  return null;
}

// “…,” reads the sign.: a noun phrase up to punctuation, a relative pronoun or a preposition.
const READ_BY = new RegExp(
  `^(?:${DOCUMENT_VERBS.join('|')})\\s+((?:${ARTICLES.join('|')})\\s+[^,.;:!?"“”]{1,60}?)` +
    `(?=\\s*[,.;:!?]|\\s+(?:${DOCUMENT_NOUN_ENDS.join('|')})\\b|$)`,
  'i',
);

// “…,” read a letter from Ann Reyes to the board. / “…,” read Tom Baker’s tweet.: the whole phrase, up to punctuation,
// when it names the message's sender (mentions.ts senderOf); READ_BY's noun alone otherwise.
const READ_WHOLE = new RegExp(
  `^(?:${DOCUMENT_VERBS.join('|')})\\s+((?:(?:${ARTICLES.join('|')})\\s|\\p{Lu})[^,.;:!?"“”]{1,80}?)(?=\\s*[,.;:!?]|$)`,
  'iu',
);

// /^[^"“”.!?]{0,100}?,\s+(?:${CUE_INVERTED})\s+((?:[\p{Lu}]|the\s)[^,.;:!?"“”]{1,80}?)(?:,[^"“”]{0,240})?[.!?]?$/du:
// the lead and the cue read here and by cue-scan, the source (the first group) by this pattern after the cue.
const LATE_INVERTED_SOURCE = /\s+((?:[\p{Lu}]|the\s)[^,.;:!?"“”]{1,80}?)(?:,[^"“”]{0,240})?[.!?]?$/duy;
const LEAD_STOP = charClass(/^["“”.!?]$/u);
/** LATE_INVERTED's match: at the first comma within 100 characters, before any stop, where the rest matches. */
export function lateInverted(s: string): { phrase: string; at: number } | null {
  for (let comma = 0; comma <= 100 && comma < s.length; comma++) {
    const c = s.charCodeAt(comma);
    if (c === 44 && isSpace(s.charCodeAt(comma + 1))) {
      const found = cueThen(s, spaceEnd(s, comma + 1), 'exact', LATE_INVERTED_SOURCE, true);
      if (found) return { phrase: found[1], at: found.indices![1]![0] };
    }
    if (LEAD_STOP(c)) return null;
  }
  return null;
}

// Lower-case words, not a pronoun, ending in a comma: the quote's sentence going on ("about the decision,").
const CONTINUATION = /^(?!(?:he|she|they|we|it|i)\b)\p{Ll}[^,]*,$/u;

// /^[^"“”.!?]{0,100}?,\s+(${capitalisedRun(4)}|he|she|they|the(?:\s+[\p{Ll}-]+){1,3})\s+(?:${CUE})[.!?]?$/du: the cue
// read by cue-scan, the subject (the first group) by LATE_SUBJECT on the text up to the cue.
const LATE_SUBJECT = new RegExp(`(${capitalisedRun(4)}|he|she|they|the(?:\\s+[\\p{Ll}-]+){1,3})\\s+$`, 'uy');
const CUE_ENDS_TEXT = /[.!?]?$/y;

/**
 * LATE_NORMAL's subject and where it starts: at the first comma (within 100 characters, before any stop) whose
 * subject runs to a cue that ends the text, the longest such subject (the greedy run's), or null.
 */
export function lateNormal(s: string): { phrase: string; at: number } | null {
  const cues: number[] = [];
  for (let at = s.length - 1; at >= 1; at--)
    if (isSpace(s.charCodeAt(at - 1)) && cueThen(s, at, 'exact', CUE_ENDS_TEXT)) cues.push(at);
  if (cues.length === 0) return null;
  for (let comma = 0; comma <= 100 && comma < s.length; comma++) {
    const c = s.charCodeAt(comma);
    if (c === 44 && isSpace(s.charCodeAt(comma + 1))) {
      const at = spaceEnd(s, comma + 1);
      for (const cue of cues) {
        LATE_SUBJECT.lastIndex = at;
        const subject = cue > at ? LATE_SUBJECT.exec(s.slice(0, cue)) : null;
        if (subject) return { phrase: subject[1], at };
      }
    }
    if (LEAD_STOP(c)) return null;
  }
  return null;
}

// /^\s*(${capitalisedRun(3)}|[Hh]e|[Ss]he|[Tt]hey)\s+(?:${CUE})(?:\s+(?:…)\b[^.!?"“”]{0,40})?[.!?]?\s*$/u: the cue and
// what follows it read by cue-scan and SHORT_AFTER_CUE, the subject (the first group) by SHORT_SUBJECT up to the cue.
const SHORT_SUBJECT = new RegExp(`^\\s*(${capitalisedRun(3)}|[Hh]e|[Ss]he|[Tt]hey)\\s+$`, 'u');
const SHORT_AFTER_CUE = new RegExp(
  `(?:\\s+(?:${TIME_OR_PLACE_AFTER_CUE.join('|')})\\b[^.!?"“”]{0,40})?[.!?]?\\s*$`,
  'uy',
);

/**
 * SHORT_ATTRIBUTION's subject: the one before the last cue that has a subject, as the greedy name run (the pattern's
 * first alternative, longest first) finds it; a pronoun in lower case is the only other way the pattern matches.
 */
export function shortSubject(s: string): string | null {
  for (let at = s.length - 1; at >= 1; at--) {
    if (!isSpace(s.charCodeAt(at - 1)) || !cueThen(s, at, 'exact', SHORT_AFTER_CUE)) continue;
    const subject = SHORT_SUBJECT.exec(s.slice(0, at));
    if (subject) return subject[1];
  }
  return null;
}

/** “…missing.” Trump said. — a quote that ends with its own period, then a whole sentence of attribution. */
export function shortAttribution(after: string, offset: number): Mention | null {
  const subject = shortSubject(after);
  if (!subject) return null;
  const mention = readMention(subject, offset + after.indexOf(subject));
  return mention && (mention.kind === 'name' || mention.kind === 'pronoun' || mention.kind === 'organization')
    ? mention
    : null;
}

const DASH_NAME = /^\s*[―—–]\s*((?:[\p{Lu}][\p{L}'’\u2024.-]*\s+){0,4}[\p{Lu}][\p{L}'’-]*)/u;

/** “…” ― Pamela Padilla: a signature after a dash. */
export function signatureAfter(after: string, offset: number): Mention | null {
  const signed = after.match(DASH_NAME);
  if (signed) {
    const mention = readMention(signed[1], offset + signed[0].length - signed[1].length);
    if (mention?.kind === 'name' || mention?.kind === 'organization') return mention;
  }
  return null;
}

// "…,” said an adviser to the prime minister, speaking …": AFTER_INVERTED ends a source at "to" ("said Uali to
// reporters"), but after an office held for someone (lexicon OFFICES_TO_SOMEONE) "to" and its object name whom. Only
// a definite lower-case holder ("the prime minister", "his wife"): not an audience ("said an aide to reporters
// outside the hall"; review34 finding 1), nor a name ("a top aide to President George W. Bush" reads as the name).
const OFFICE_TO = exactly(OFFICES_TO_SOMEONE, '');
const INDEFINITE_OPENING = /^(?:a|an|one)$/i;
const TO_SOMEONE = new RegExp(
  `^\\s+to\\s+(?:${['the', ...THIRD_PERSON_POSSESSIVES].join('|')})\\s+` +
    /\p{Ll}[^,.;:!?"“”()—–]{1,40}?/u.source +
    '(?=\\s*[,.;:!?"“”(—–]|\\s+(?:on|in|at|during|after|before|outside|near|with|from|for|about)\\b' +
    '|\\s+(?:last|this|who|while|when|as)\\b|$)',
  'u',
);
/** " to the prime minister" after an unnamed office held for someone at the source's end, else ''. */
function officeDomain(source: string, after: string): string {
  const words = source.trim().split(/\s+/);
  // Only an unnamed source ("an adviser"): a definite one ("the former top aide") stands for someone named before.
  if (!OFFICE_TO.test(words.at(-1)!) || !INDEFINITE_OPENING.test(words[0])) return '';
  return after.match(TO_SOMEONE)?.[0] ?? '';
}

/** Mention in the text after a quote; `after` starts at `offset`. */
export function mentionAfter(after: string, offset: number, isPlace?: IsPlace): Mention | null {
  const signed = signatureAfter(after, offset);
  if (signed) return signed;
  const lead = after.match(/^[\s,;—–-]*/)![0].length;
  const rest = after.slice(lead);
  // "…,” according to X. / "…,” as quoted by X.
  const source = rest.match(SOURCE_AFTER) ?? rest.match(AS_PUT_IT_AFTER);
  if (source) {
    const mention = parsePhrase(source[1], offset + lead + source.indices![1]![0]);
    if (mention) return mention;
  }
  // "…,” read the statement, which was attributed to Miller: a document's words (a banner or a sign is no source).
  const whole = rest.match(READ_WHOLE);
  const sender = whole ? parsePhrase(whole[1], offset + lead + whole[0].length - whole[1].length) : null;
  // A name or a body only: "read a banner at the rally" names no one.
  const named = sender?.kind === 'name' || (sender?.kind === 'organization' && !isDocumentHead(sender.head ?? ''));
  if (named) return sender;
  const read = rest.match(READ_BY);
  if (read) {
    const mention = parsePhrase(read[1], offset + lead + read[0].length - read[1].length);
    if (mention?.kind === 'organization') return mention;
  }
  const inverted = cueThen(rest, 0, 'i', AFTER_INVERTED, true);
  if (inverted) {
    const end = inverted.index + inverted[0].length;
    const phraseStart = offset + lead + end - inverted[1].length;
    const tail = rest.slice(end);
    const phrase = issuedDocument(inverted[1], tail, isPlace) + officeDomain(inverted[1], tail);
    const mention = parsePhrase(phrase, phraseStart);
    if (mention && mention.kind !== 'role' && mention.kind !== 'group') return mention;
    if (mention) return mention;
  }
  const normal = beforeAdverbsAndCue(rest, ADVERB_WORDS);
  // “…” about the decision, said Ann Reyes, …: words that go on with the quote's sentence and a comma are no subject
  // of the cue after them; the source the inverted cue names closes the sentence.
  if (normal && CONTINUATION.test(normal)) {
    const late = lateInverted(rest);
    const mention = late ? parsePhrase(late.phrase, offset + lead + late.at) : null;
    if (mention && mention.kind !== 'anonymous') return mention;
  }
  const normalMention = normal && !/[.!?]\s/.test(normal) ? parsePhrase(normal, offset + lead) : null;
  if (normalMention) return normalMention;
  // “…” in the 2008 primary, said Ohio State professor Paul Beck. / …, Beck said.: the attribution closes the
  // sentence.
  const late = lateInverted(rest) ?? lateNormal(rest);
  if (late) {
    const mention = parsePhrase(late.phrase, offset + lead + late.at);
    if (mention && mention.kind !== 'anonymous') return mention;
  }
  if (normal) return null;
  // “…,” Trump, the 2016 GOP frontrunner and … after winning New Hampshire, said: a long apposition.
  const apposed = longApposition(rest);
  if (apposed) {
    const mention = readMention(apposed, offset + lead);
    if (mention?.kind === 'name' || mention?.kind === 'pronoun') return mention;
  }
  return null;
}

const SHORT_APPOSITION = '(?:,\\s[^,"“”.;!?]{2,100},)?';
const ANY_VERB_AFTER = new RegExp(`^(${SUBJECT})${SHORT_APPOSITION}\\s+(?:\\p{Ll}+ly\\s+)?${VERB}\\b`, 'u');

const ANY_VERB_INVERTED = new RegExp(`^\\p{Ll}{2,}(?:${VERB_ENDINGS.join('|')})\\s+(${capitalisedRun(4)})`, 'u');

const PRONOUN_VERB = /^(he|she|they|we|I|it)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}\b/u;

/**
 * “…,” Trump barked. / “…,” he mocks. / “…!” beamed Donald Hartley. A quote cut off mid-sentence is
 * followed by its attribution, so a subject and any verb there name the speaker even when the verb is no known speech
 * verb.
 */
export function anyVerbAfter(after: string, offset: number): Mention | null {
  const lead = after.match(/^[\s,;—–-]*/)![0].length;
  const rest = after.slice(lead);
  // After a pronoun any lower-case word is the verb: “…,” they conclude.
  const pronoun = rest.match(PRONOUN_VERB);
  if (pronoun) return readMention(pronoun[1], offset + lead);
  const normal = rest.match(ANY_VERB_AFTER);
  if (normal) {
    const mention = readMention(normal[1], offset + lead);
    if (mention && mention.kind !== 'anonymous') return mention;
  }
  const inverted = rest.match(ANY_VERB_INVERTED);
  if (inverted) {
    const mention = readMention(inverted[1], offset + lead + inverted[0].length - inverted[1].length);
    if (mention?.kind === 'name') return mention;
  }
  return null;
}
