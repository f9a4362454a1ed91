// Relative clauses as sources: "Beck, who has described Trump as “…”", "Ervin, who thinks the staff “…”".
// The relative pronoun is the source mention; it stands for the noun phrase before it.
import { CUE_IN_TEXT_U } from './cues';
import { cueAfterLowerWords, withoutOpeningCue } from './cue-scan';
import { type Mention, readMention } from './mentions';
import { nameBefore } from './apposition';
import { isSpeakerLike, VERB } from './subjects';
import { alternation } from '../lexicon/build';
import {
  ANTECEDENT_DETERMINERS,
  AUXILIARIES,
  BE_AND_GET,
  BEFORE_A_VERB_AFTER_WHO,
  HEAD_ENDING_PREPOSITIONS,
  NOT_AN_ACT_AFTER_WHO,
} from '../lexicon/en/clause-words';
import { SOURCE_PRONOUNS } from '../lexicon/en/function-words';

const HAS_CUE = CUE_IN_TEXT_U;

// who/which, up to four words, a cue, then only the cue's complement (a comma would close the clause). As
// /^\s+(?:(?!(?:${SOURCE_PRONOUNS.join('|')})\s)[\p{Ll}’']+\s+){0,4}?(?:${CUE})\b[^"“”.!?,]{0,120}$/u, read by
// cue-scan.
const PRONOUN_WORDS = new Set(SOURCE_PRONOUNS);
const CUE_CLAUSE = { test: (s: string) => cueAfterLowerWords(s, PRONOUN_WORDS) };

// who + an active verb: "who thinks", "who has postured himself as"; a copula, a modal or a passive is no act of
// saying, a subject pronoun opens a new clause ("which he …"), and a comma closes the clause ("Hoff, who declined to
// comment, proposes …").
const NOT_AN_ACT = [...NOT_AN_ACT_AFTER_WHO, ...SOURCE_PRONOUNS];
const VERB_CLAUSE = new RegExp(
  `^\\s+(?!(?:${NOT_AN_ACT.join('|')})\\b)(?:(?:${BEFORE_A_VERB_AFTER_WHO.join('|')}|\\p{Ll}+ly)\\s+){0,2}` +
    `(?!been\\b)${VERB}\\b[^"“”.!?,]{0,200}$`,
  'u',
);

// The noun phrase that ends a text: the last determiner's phrase, a capitalised run, or the last two words.
const DET = `(?:${ANTECEDENT_DETERMINERS.join('|')})`;
const PHRASE_WORD = '[^\\s,;:()"“”—–]+';
const DETERMINED = new RegExp(
  `(?:^|[\\s,(—–])(${DET}\\s+(?:(?!${DET}\\s)${PHRASE_WORD}\\s+){0,5}(?!${DET}\\s)${PHRASE_WORD})$`,
  'iu',
);
const NAME_RUN = /(?:\p{Lu}[\p{L}'’.\u2024-]*\s+){0,3}\p{Lu}[\p{L}'’-]*$/u;
const LAST_WORDS = /(?:^|\s)((?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*)$/u;

// A word of a verb group standing in a phrase: "was", "has", "were".
const VERB_GROUP_IN = new RegExp(`\\s(?:${alternation([...AUXILIARIES, ...BE_AND_GET])})\\s`);

const GOES_ON = new RegExp(`^\\s*(?!(?:${HEAD_ENDING_PREPOSITIONS.join('|')})\\b)\\p{Ll}`, 'u');

const speaks = (m: Mention) => m.kind === 'name' || m.kind === 'organization' || m.kind === 'group' || isSpeakerLike(m);

/**
 * "said Ann Brill, then the girlfriend of Karl's best friend, who recalled …": a lower-case description set beside a
 * name by commas describes that person, and a relative clause after it is the person's too (see nameBefore). `head`
 * is the text before the relative pronoun's comma, starting at `offset`.
 */
export function describedName(head: string, offset: number): Mention | null {
  const lastPart = head.split(/,\s*/).pop()!;
  const start = head.length - lastPart.length;
  const description: Mention = { kind: 'role', start, end: head.length, text: lastPart, role: null, head: null };
  const name = nameBefore(`${head},`, description);
  return name && { ...name, start: name.start + offset, end: name.end + offset };
}

/** The antecedent of a relative pronoun: the first reading of the words before it that can speak, else any reading. */
function antecedent(head: string, offset: number, restrictive: boolean): Mention | null {
  // "“…,” said one former campaign staffer, who said": the inverted cue before the antecedent is no part of it.
  const lastPart = withoutOpeningCue(head.split(/,\s*/).pop()!);
  const partStart = offset + head.length - lastPart.length;
  const described = restrictive ? null : describedName(head, offset);
  if (described) return described;
  // "The bill was backed by the teachers union, which": a clause before the comma is no noun phrase (the mention reader
  // reads it whole as a body); the phrases that end it are read (review31 finding 20).
  const readings = VERB_GROUP_IN.test(lastPart) ? [] : [readMention(lastPart, partStart)];
  // "a candidate who promised …" restricts a noun and describes it; only a name there is a source.
  for (const pattern of restrictive ? [NAME_RUN] : [NAME_RUN, DETERMINED, LAST_WORDS]) {
    const m = lastPart.match(pattern);
    if (!m) continue;
    const phrase = m[1] ?? m[0];
    readings.push(readMention(phrase, partStart + m.index! + m[0].length - phrase.length));
  }
  // "Obama wasn't treated as credibly by his show's listeners, who": a reading that leaves a clause going on after it
  // (lower-case words, not an affiliation: "McConnell of Kentucky, who") is that clause's subject, not the antecedent.
  const partEnd = partStart + lastPart.length;
  const goesOn = (r: Mention) => GOES_ON.test(head.slice(r.end - offset, partEnd - offset));
  const found = readings.filter((r): r is Mention => r !== null && !goesOn(r));
  return found.find(speaks) ?? found[0] ?? null;
}

const OPENING_DASH = /(?<=\S)(?:\s+(?:--|-)|\s*[—–])$/u;

/**
 * The relative pronoun whose clause holds the quote, as the source mention, standing for its antecedent. Null when
 * no relative clause introduces the quote or its antecedent cannot speak.
 */
export function relativeSubject(before: string, offset: number): Mention | null {
  const pronouns = [...before.matchAll(/\b(who|which)\b/giu)];
  for (let i = pronouns.length - 1; i >= 0 && i >= pronouns.length - 3; i--) {
    const m = pronouns[i];
    const word = m[1];
    if (word !== word.toLowerCase()) continue;
    // "the study -- which notes that …": a dash opens the aside as a comma does, and is no part of the antecedent.
    const head = before.slice(0, m.index).replace(/\s+$/, '').replace(OPENING_DASH, ',');
    const comma = head.endsWith(',');
    const tail = before.slice(m.index! + word.length);
    const byCue = CUE_CLAUSE.test(tail);
    const byVerb = word === 'who' && comma && VERB_CLAUSE.test(tail) && !HAS_CUE.test(tail);
    if (!byCue && !byVerb) continue;
    const source = antecedent(head.replace(/,$/, ''), offset, !comma);
    if (!source || !speaks(source)) return null;
    const start = offset + m.index!;
    return { ...source, start, end: start + word.length };
  }
  return null;
}
