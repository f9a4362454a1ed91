// The speaker mention before a quote, in its sentence: Uali said: "…", According to X, "…", the subject of the
// last cue (which he described as "…"), a relative pronoun (X, who said "…").
import { ADVERBS, CUE_IN_TEXT, CUE_VERBS } from './cues';
import { beforeMark, cueEnds, endsWithCue, holdsCue, interruptedCue, isCue, isSpacedCue, MarkedCues } from './cue-scan';
import { charClass, isSpace } from '../text/chars';
import { WordList } from '../text/word-runs';
import { isDocumentHead, type Mention, opensWithNamePreposition, readMention } from './mentions';
import { parsePhrase } from './phrase';
import { DATELINE_OPENING as DATELINE } from '../text/datelines';
import { describedName, relativeSubject } from './relative';
import { clauseSubject, invertedBeforeColon, isSpeakerLike, VERB, withoutDashAsides } from './subjects';
import {
  blankPartyTags,
  BODY_NAME,
  CAP_LAST,
  CAP_WORD,
  capitalisedRun,
  CLAUSE_JOIN,
  NO_CAP_WORD_BEFORE,
  TIME_ADJUNCT,
} from './patterns';
import { alternation, capitalise, withCapitals } from '../lexicon/build';
import { MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import {
  ABSOLUTE_PREPOSITIONS,
  ACTS_ON_A_PERSON,
  ANTECEDENT_BEFORE,
  AUXILIARIES,
  BE_AND_GET,
  HEAD_ENDING_PREPOSITIONS,
  ING_PREPOSITIONS,
  LEADING_PREPOSITIONS,
  IRREGULAR_ASIDE_PARTICIPLES,
  NAME_INNER_PREPOSITIONS,
  PLACE_TAIL_PREPOSITIONS,
  PREPOSITIONS_BEFORE_AGENT,
  PREPOSITIONS_BEFORE_OBJECT,
  RELATIVE_PRONOUNS,
  RESTRICTIVE_RELATIVE_WORDS,
  SOURCE_DETERMINERS,
  VERB_GROUP_WORDS,
} from '../lexicon/en/clause-words';
import { PREPOSITIONS } from '../lexicon/en/function-words';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVES } from '../lexicon/en/determiners';
import {
  AUTHOR_PREPOSITIONS,
  DOCUMENT_GOT_PARTICIPLES,
  DOCUMENT_HANDED_PARTICIPLES,
  DOCUMENT_HOLDER_PREPOSITIONS,
  DOCUMENT_NOUNS,
  HANDED_TO_PREPOSITIONS,
} from '../lexicon/en/sources';
import {
  DOCUMENT_VERBS,
  DONE_TO_A_SPEAKER,
  INTERJECTING_VERBS,
  NOUNS_ENDING_IN_LY,
  OPENING_CUE_VERBS,
  OPENING_CUES_BEFORE_ANY_SOURCE,
  PASSIVE_CUE_PARTICIPLES,
  PUT_IT_VERBS,
  SILENT_VERBS,
  TAKES_ON_WORDS_VERBS,
  WHEN_ADVERBS_BEFORE_CUE,
  WORDS_FOR_WORDS,
  WORDS_PUT_PARTICIPLES,
} from '../lexicon/en/speech';
import { PARTICIPLE_FORM_ENDINGS, VERB_ENDINGS } from '../lexicon/en/word-endings';
import { WORK_NOUNS } from '../lexicon/en/works';
import { latinFirst } from '../text/latin-first';

// Sticky: tried only where a match may start (see beforeCue). The pattern is /${OPENING}([^.;!?]{1,120}?)\s+${ADVERBS}
// (${CUE})\b(?:[^"“”]{0,200})$/iuy; the cue and what follows it are read by cue-scan (cuesKept), and BEFORE_CUE is the
// rest, up to a mark before such a cue (see cue-scan's marks).
const OPENING = `(?:^|[.;!?]\\s+|,\\s+(?=[\\p{Lu}]|he\\b|she\\b|they\\b|the\\b))`;
export const BEFORE_CUE_SUBJECT = `${OPENING}([^.;!?]{1,120}?)\\s+${ADVERBS}`;
const BEFORE_CUE = beforeMark(BEFORE_CUE_SUBJECT, 'iu');
const QUOTE_MARK = charClass(/^["“”]$/u);
/** The cues BEFORE_CUE may end with: \b, then at most 200 characters with no quote mark to the end. */
export const beforeCueMarks = (text: string) =>
  new MarkedCues(text, 'iu', (end) => text.length - end <= 200 && !someFrom(text, end, QUOTE_MARK));

// BEFORE_CUE and LOCAL_CUE, tried from every character over a whole sentence, are slow: V8 compiles the regexps a
// long run meets late without optimisation (once 1 MB of regexp code has been generated), and then each start tries
// the subject's and the cue's alternations word by word. Both need a cue word after a space and after the last quote
// mark (LOCAL_CUE: the last sentence mark too). Those words are found first, by character code (the letters after
// each space, looked up among the cues' first words), and the patterns, made sticky, are tried only at the starts
// that can lead to one of them, in the order the whole pattern would try them.
const QUOTE_MARKS = ['"', '“', '”'];
const LOCAL_STOPS = [...QUOTE_MARKS, '.', '!', '?'];
const CUE_FIRST_WORDS = new Set(CUE_VERBS.map((cue) => cue.split(' ')[0]));
const SPACE = charClass(/^\s$/u);
// Under the i and u flags together "ſ" and the Kelvin sign match "s" and "k" and are word characters: in any case,
// they are letters of a word, lower-cased ("K" to "k") or passed on ("ſ").
const LONG_S = 0x17f;
const KELVIN = 0x212a;
const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isFoldedLetter = (c: number) => isAsciiLetter(c) || c === LONG_S || c === KELVIN;

/**
 * Where a word of CUE_FIRST_WORDS (in any case with `anyCase`, as BEFORE_CUE's i flag reads it) opens after a space
 * after the last of `stops`, in text order: every place the cue of BEFORE_CUE or LOCAL_CUE may start.
 */
function cueWordStarts(text: string, stops: string[], anyCase: boolean): number[] {
  const isLetter = anyCase ? isFoldedLetter : isAsciiLetter;
  const starts: number[] = [];
  let from = 0;
  for (const stop of stops) from = Math.max(from, text.lastIndexOf(stop) + 1);
  for (let i = from; i < text.length - 1; i++) {
    if (!SPACE(text.charCodeAt(i)) || !isLetter(text.charCodeAt(i + 1))) continue;
    let end = i + 1;
    while (end < text.length && isLetter(text.charCodeAt(end))) end++;
    const word = text.slice(i + 1, end);
    if (CUE_FIRST_WORDS.has(anyCase ? word.toLowerCase() : word) || (anyCase && word.includes('\u017f')))
      starts.push(i + 1);
    i = end - 1;
  }
  return starts;
}

const SENTENCE_MARK = charClass(/^[.;!?]$/u);
const COMMA = 44;

/**
 * BEFORE_CUE's leftmost match: it starts at the text's start, a sentence mark or a comma, and its subject (no
 * sentence mark in it) runs up to a cue word, so only the starts with a cue word before the next sentence mark are
 * tried.
 */
function beforeCue(text: string): { index: number; whole: string; phrase: string; cue: string } | null {
  const cues = cueWordStarts(text, QUOTE_MARKS, true);
  if (cues.length === 0) return null;
  const marks = beforeCueMarks(text);
  if (marks.kept.size === 0) return null;
  let cue = 0;
  let mark = -1;
  for (let at = 0; at < text.length && cue < cues.length; at++) {
    const code = text.charCodeAt(at);
    if (at > 0 && code !== COMMA && !SENTENCE_MARK(code)) continue;
    while (cue < cues.length && cues[cue] <= at) cue++;
    if (mark <= at) for (mark = at + 1; mark < text.length && !SENTENCE_MARK(text.charCodeAt(mark));) mark++;
    if (cue === cues.length || cues[cue] > mark) continue;
    const found = marks.matchAt(BEFORE_CUE, at);
    if (found) {
      const [phrase, cue] = [text.slice(...found.group), text.slice(...found.cue)];
      return { index: at, whole: text.slice(at), phrase, cue };
    }
  }
  return null;
}

/** Some character of `s` from `from` on is one `is` accepts. */
function someFrom(s: string, from: number, is: (c: number) => boolean): boolean {
  for (let i = from; i < s.length; i++) if (is(s.charCodeAt(i))) return true;
  return false;
}

// "Tom Baker was described by his neighbors as “…”", "Lopez, praised by Baker as “…”", "was told by doctors that he
// had “…”": a speech verb in the passive right before the quote gives the words to its agent after "by", not to the
// one described (review31 finding 9). The participle follows "be"/"get" or a comma (an aside on the subject), or opens
// the sentence; "as"/"of"/"for" ("accused by Lopez of “…”") or a short "that" clause with no cue of its own ends it.
// Told, urged or asked by someone "to" do the words quoted: only WORDS_PUT_PARTICIPLES (review32 finding 7).
const PASSIVE_AGENT = new RegExp(
  `(?:^|,\\s+|\\b(?:${alternation(BE_AND_GET)})\\s+)(?:\\p{Ll}+ly\\s+)?` +
    `(${alternation(withCapitals(PASSIVE_CUE_PARTICIPLES))})\\s+by\\s+([^,;:.!?"“”]{2,80}?)` +
    `(?:\\s+(?:as|of|for)(?:\\s+(?:being|having))?|\\s+that(\\s[^,;:.!?"“”]{0,80})?|\\s+(to))$`,
  'du',
);
const WORDS_PUT = new Set(WORDS_PUT_PARTICIPLES);
// Words that open an adjunct after an agent ("by critics on the council", "by the judge last week").
const ADJUNCT_OPENERS = ['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'who', 'which'];

/** The agent of a passive speech verb before the quote (PASSIVE_AGENT), read as a phrase; null when there is none. */
function passiveAgent(trimmed: string, offset: number): Mention | null {
  // Most sentences have no "by" near their end: the pattern is not tried from their every character.
  const m = trimmed.includes(' by ', trimmed.length - 200) ? PASSIVE_AGENT.exec(trimmed) : null;
  if (!m || (m[3] && CUE_ANYWHERE.test(m[3])) || (m[4] && !WORDS_PUT.has(m[1].toLowerCase()))) return null;
  return parsePhrase(m[2], offset + m.indices![2]![0]);
}

// "The storm was called a “once in a generation event” by forecasters", "was described as “…” by critics": a passive
// speech verb right before the quote, its agent after it (review32 finding 2). The clause ends in "be"/"get" and the
// participle, perhaps "as"/"of"/"for" and an article; the words after the quote open with "by" and the agent, up to a
// stop, a comma or an adjunct of time or place.
const PASSIVE_BEFORE_QUOTE = new RegExp(
  `\\b(?:${alternation(BE_AND_GET)})\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation(PASSIVE_CUE_PARTICIPLES)})` +
    `(?:\\s+(?:as|of|for))?(?:\\s+(?:a|an|the))?\\s*[“"]?$`,
  'u',
);
const BY_AFTER_QUOTE = new RegExp(
  `^[,\\s]*by\\s+([^,;:.!?"“”]{2,80}?)(?=\\s*(?:[,;:.!?]|$)|\\s+(?:${alternation(ADJUNCT_OPENERS)})\\s)`,
  'du',
);

/** The agent after the quote of a passive speech verb before it (PASSIVE_BEFORE_QUOTE, BY_AFTER_QUOTE), if any. */
export function passiveAgentAfter(before: string, after: string, afterOffset: number): Mention | null {
  const m = after.includes('by') && PASSIVE_BEFORE_QUOTE.test(before) ? BY_AFTER_QUOTE.exec(after) : null;
  return m ? parsePhrase(m[1], afterOffset + m.indices![1]![0]) : null;
}

// "Tom Baker, whom friends described as “…”", "Lopez, whom critics call “…”", "the measure, which supporters had
// called “…”": the subject of a "whom"/"which" clause whose verb is a cue speaks, not the antecedent described
// (review31 findings 9, 20). Up to four words of subject (not a verb group: "which has long called"), then
// auxiliaries or adverbs, the verb, perhaps "as". The same holds for a "what" clause, which needs no comma: "cut 500
// jobs, in what analysts called “…”", "in what their party leader said was a “…”" ("said" and a form of "be"), with
// an article before the quote.
const OBJECT_CLAUSE_WORD = '[^\\s,;:.!?"“”]+';
// Between the clause's subject and its verb: auxiliaries and adverbs of time and frequency, or in -ly ("which he later
// described as", "whom fans often call"; review32 finding 13).
const OBJECT_CLAUSE_ADVERB = `has|have|had|${alternation(WHEN_ADVERBS_BEFORE_CUE)}|\\p{Ll}+ly`;
const OBJECT_CLAUSE_SUBJECT = new RegExp(
  `(?:,\\s+(?:whom|which)|\\b[Ww]hat)\\s+` +
    `(?!(?:${alternation([...AUXILIARIES, ...BE_AND_GET, ...VERB_GROUP_WORDS])})\\s)` +
    `(${OBJECT_CLAUSE_WORD}(?:\\s+${OBJECT_CLAUSE_WORD}){0,3}?)\\s+(?:(?:${OBJECT_CLAUSE_ADVERB})\\s+)*` +
    '(\\p{Ll}+)(?:\\s+as|(?<=\\bsaid|\\bsays)\\s+(?:was|is|were|are))?(?:\\s+(?:a|an|the))?$',
  'du',
);

/** The subject of a "whom"/"which"/"what" clause ending in a cue (OBJECT_CLAUSE_SUBJECT), if it can speak. */
function objectClauseSubject(trimmed: string, offset: number): Mention | null {
  const m = OBJECT_CLAUSE_SUBJECT.exec(trimmed);
  // A plural present ("whom critics call") is a cue when its "-s" form is ("calls").
  if (!m || !(isCue(m[2]) || isCue(`${m[2]}s`))) return null;
  const subject = parsePhrase(m[1], offset + m.indices![1]![0]);
  // "which it called": a thing's "it" is no speaker here.
  return subject && !/^it$/i.test(subject.text) ? subject : null;
}

// "Maria Lopez dismissed Tom Baker's claim that the plan was “…”", "she mocked his promise of “…”": a verb that takes
// on someone's words (lexicon TAKES_ON_WORDS_VERBS), then a possessive owning a noun for words (WORDS_FOR_WORDS) and
// "that"/"of", the quote after in that clause: the possessor's words (review31 finding 12). The possessive is a name
// (up to four capitalised words), "the <noun>", his/her/their, or his/her/their/its and a noun ("his father's advice",
// "her critics' claim").
const WORDS_TAKEN_ON = new RegExp(
  `\\b(?:${alternation(TAKES_ON_WORDS_VERBS)})\\s+(?:\\p{Ll}+ly\\s+)?` +
    `(?:(his|her|their)|((?:${CAP_WORD}\\s+){0,3}${CAP_LAST}|(?:the|his|her|their|its)\\s+\\p{Ll}+)` +
    `(?:['’]s|(?<=s)['’]))` +
    `\\s+(?:\\p{Ll}+\\s+){0,2}?(?:${alternation(WORDS_FOR_WORDS)})\\s+(?:that|of)\\b[^"“”.;:!?,]{0,100}$`,
  'du',
);
const SUBJECT_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** The possessor whose words a verb takes on before the quote (WORDS_TAKEN_ON), as a mention. */
function wordsTakenOn(trimmed: string, offset: number): Mention | null {
  // The match ends the clause within about 220 characters: only that tail is read, from a word start.
  const cut = trimmed.length > 220 ? trimmed.indexOf(' ', trimmed.length - 220) + 1 : 0;
  const tail = trimmed.slice(cut);
  const m = / (?:that|of)\b/.test(tail) ? WORDS_TAKEN_ON.exec(tail) : null;
  if (!m) return null;
  const [start, end] = (m.indices![1] ?? m.indices![2]!).map((i) => i + cut);
  if (m[1])
    return {
      kind: 'pronoun',
      start: offset + start,
      end: offset + end,
      text: SUBJECT_PRONOUN[m[1]],
      role: null,
      head: null,
    };
  return readMention(m[2], offset + start);
}

// "Baker forwarded an email from Ann Reyes that said:", "Podesta received Tanden's letter, which read:": a relative
// clause that is only its cue ("that said", "which read in part") speaks for the document it is on; the document's
// sender, when the phrase names one, speaks, never the sentence's subject, who passed it on or got it. (With no sender
// named the rule gives way: "Baker issued a statement that said:" is Baker's.)
const RELATIVE_CUE_ONLY = /(?:,\s+|\s+)(?:that|which)\s+([^,;:.!?"“”]{2,30})$/u;
const DETERMINER_OPENING = new Set([...ARTICLES, ...POSSESSIVES]);
const CAPITALISED = /^\p{Lu}/u;
const SENDER_PREPOSITION = new Set(AUTHOR_PREPOSITIONS);
const DOCUMENT_VERB = new Set(DOCUMENT_VERBS);

/** The sender of the document a cue-only relative clause ends on (RELATIVE_CUE_ONLY), if the phrase names one. */
function relativeDocumentSender(trimmed: string, offset: number): Mention | null {
  const m = RELATIVE_CUE_ONLY.exec(trimmed);
  const verb = m?.[1].split(/\s/)[0] ?? '';
  if (!m || !(isCue(verb) || DOCUMENT_VERB.has(verb.toLowerCase()))) return null;
  // The last eight words before the relative word: the last document noun, then back over up to three lower-case
  // words to a determiner ("an email from Ann Reyes") or a possessive name ("Ann Reyes's email").
  const before = trimmed.slice(0, m.index);
  const words = [...before.matchAll(/[^\s,]+/g)].slice(-8);
  const noun = words.findLastIndex((w) => isDocumentHead(w[0]));
  const opens = (word: string) => DETERMINER_OPENING.has(word.toLowerCase()) || POSSESSIVE_END.test(word);
  let k = noun - 1;
  while (k >= 0 && noun - k <= 3 && !opens(words[k][0])) k--;
  if (noun < 0 || k < 0 || noun - k > 3) return null;
  // Only a phrase that names a sender: a possessive owner or "from"/"by" after the noun.
  const owned = POSSESSIVE_END.test(words[k][0]);
  if (!owned && !SENDER_PREPOSITION.has(words[noun + 1]?.[0] ?? '')) return null;
  while (owned && k > 0 && CAPITALISED.test(words[k - 1][0])) k--;
  const at = words[k].index;
  const mention = readMention(before.slice(at), offset + at);
  return mention && mention.kind !== 'pronoun' && !isDocument(mention) ? mention : null;
}

// "According to his physician, Trump had …"; after an introductory phrase set off by a comma, "Over the long term,
// according to the budget office, the rise in debt “…”" (a phrase that opens with a preposition: "Baker told
// reporters, according to a transcript, that …" is Baker's).
const ACCORDING_OPENING = new RegExp(
  `^\\W{0,3}(?:(?:${alternation(withCapitals(LEADING_PREPOSITIONS))})\\s[^,.;:"“”]{1,40},\\s+)?` +
    `[Aa]ccording to ([^,.;:"“”]{2,160}),\\s`,
  'd',
);

const ACCORDING_TO = /\b[Aa]ccording to\s+([^,.;:]{2,80})$/;

// 'Clinton: “…” Bush: “…”': the text before the second quote starts after the first one's closing mark.
// "A HEADLINE IN CAPITALS - Michael P. McDonald: “…”": a dash sets the name off as well.
const NAME_COLON = /(?:^\s*|[.;!?]\s+|\s[-—–]\s+)((?:[\p{Lu}][\p{L}'’.\u2024-]*\s+){0,3}[\p{Lu}][\p{L}'’.-]+):\s*$/u;

const FROM_COLON = /(?:^|[.;!?]\s+|\s[-—–]\s*)(?:More\s+)?[Ff]rom\s+([^,.;:!?"“”]{2,80}):\s*$/du;

// "As Cornyn put it,", "as she once said it,", "as the report notes it".
const AS_PUT_IT = new RegExp(
  '(?:^|[\\s,(—–])[Aa]s\\s+([^.;:!?"“”]{2,120}?)\\s+(?:(?:has|had|once|so\\s+\\p{Ll}+ly)\\s+)?' +
    `(?:${PUT_IT_VERBS.join('|')})\\s+it(?:\\s+\\p{Ll}+ly)?$`,
  'du',
);

// The opening cues as they open a sentence ("Said", "Explained").
const OPENING_CUES = OPENING_CUE_VERBS.map(capitalise).join('|');
const CUES_BEFORE_ANY_SOURCE = OPENING_CUES_BEFORE_ANY_SOURCE.map(capitalise).join('|');
const SAID_X = new RegExp(`^\\W{0,3}(?:${CUES_BEFORE_ANY_SOURCE})\\s+([^,.;:!?"“”]{2,80})$`);
// "Explained Keith, “…”", "Continued Senator Marsh: “…”": any other opening cue, then a capitalised name (after up to
// three lower-case words) and nothing more; the comma or colon after it is asked by the caller.
const NAME_PART = "\\p{Lu}[\\p{L}'’.\\u2024-]*";
const CUE_THEN_NAME = new RegExp(
  `^\\W{0,3}(?:${OPENING_CUES})\\s+((?:\\p{Ll}+\\s+){0,3}${NAME_PART}(?:\\s+${NAME_PART}){0,4})$`,
  'u',
);

// "… thanked the volunteers, who were …": the noun phrase a relative pronoun refers back to.
const RELATIVE = new RegExp(
  `^.*\\s(?:${alternation(ANTECEDENT_BEFORE)})\\s+([^,]{2,60}),` +
    '(\\s+(?:who|which)\\s+(?:were|was|are|is|had|have|has)?\\s*[^,]*)$',
  'i',
);

// "which he described as", "though he said it resulted in", "as she angrily said,": a pronoun or name right before the
// last cue ahead of the quote (the greedy lead finds the last one) is that clause's subject, even deep inside a long
// sentence.
const GOVERNING = PREPOSITIONS_BEFORE_OBJECT;
// "the spokesman", "the two lawyers": "the" and up to four lower-case words, not governed by a preposition.
// "The mayor last week said": a time after the noun is no part of it.
// "The official further said": an adverb of time or order before the cue is no part of it.
const THE_PHRASE =
  `(?<!\\b(?:${GOVERNING.join('|')})\\s)[Tt]he` +
  `(?:\\s+(?!(?:who|which|that|${alternation(WHEN_ADVERBS_BEFORE_CUE)})\\b|${TIME_ADJUNCT}\\b)[\\p{Ll}\\p{N}-]+){1,4}`;
// A name read whole and not the object of a preposition ("responded on Facebook writing, “…”"). After "of" and
// "with" a participle's subject may follow ("footage of Trump saying", "with the union calling her"), after "by" the
// agent ("an email sent out by Sanders saying"), and a possessive names whose words they are ("seized on Trump's
// claim that").
const PLACE_PREPOSITIONS = GOVERNING.filter((w) => !PREPOSITIONS_BEFORE_AGENT.includes(w)).join('|');
// "But in January Ann Reyes told", "Then on Monday Ann Reyes said": the preposition takes the day or month, and the
// name after it opens the clause (it may have a capitalised word, that date, before it).
const AFTER_DATE = `(?<=\\b(?:${PLACE_PREPOSITIONS})\\s+(?:${[...MONTHS, ...WEEKDAYS].map(capitalise).join('|')})\\s)`;
const WHOLE_NAME =
  `(?:${NO_CAP_WORD_BEFORE}|${AFTER_DATE})(?:(?<!\\b(?:${PLACE_PREPOSITIONS})\\s)${capitalisedRun(5)}` +
  `|(?<!\\b(?:to|from)\\s)${capitalisedRun(5)}(?<=['’]s))`;
// The subject of the last cue: the clause's opening or the last one after a space, comma, bracket or dash, within the
// first line (see localCue). Sticky, tried at each such start. The pattern ends `(?:${CUE})\b[^"“”.!?]{0,120}$`,
// read by cue-scan (cuesKept); LOCAL_CUE is the rest, up to a mark before such a cue (see BEFORE_CUE).
// Not a noun in -ly (lexicon NOUNS_ENDING_IN_LY): "his family later said" (review30 finding 11), "Tom Baker's family
// said" (review33 finding 11: the family speaks, not Tom Baker).
const NOT_A_NOUN_IN_LY = `(?!(?:${alternation(NOUNS_ENDING_IN_LY)})\\b)`;
export const LOCAL_CUE_SUBJECT =
  `(he|she|they|we|I|[Ii]t|${THE_PHRASE}|${WHOLE_NAME})` +
  `\\s+(?:${TIME_ADJUNCT}\\s+)?` +
  `(?:(?:${NOT_A_NOUN_IN_LY}\\p{Ll}+ly|also|then|later|again|further|has|had|have|would|will)\\s+)?`;
const LOCAL_CUE = beforeMark(LOCAL_CUE_SUBJECT, 'u');
const LOCAL_CUE_END = charClass(/^["“”.!?]$/u);
/** The cues LOCAL_CUE may end with: \b, then at most 120 characters with no quote mark or stop to the end. */
export const localCueMarks = (clause: string) =>
  new MarkedCues(clause, 'exact', (end) => clause.length - end <= 120 && !someFrom(clause, end, LOCAL_CUE_END));
const BEFORE_SUBJECT = charClass(/^[\s,(—–]$/u);
// What may open LOCAL_CUE's subject: "he", "she", "they", "we", "it", "the" or a capital.
const SUBJECT_OPENING = charClass(/^[hstwi\p{Lu}]$/u);
// What `.` does not match.
const LINE_END = /[\n\r\u2028\u2029]/;

// "Mark Kitsmore, 54, of Tyler said": after a name and its age, "of" gives the home town, and the finite cue's subject
// is the name before them. Only a participle may take the town's name as subject (as "footage of Trump saying").
const AGE_AND_OF = ',\\s+\\d{1,3},\\s+of\\s';
const AGE_THEN_OF = new RegExp(`${AGE_AND_OF}$`, 'u');
const PARTICIPLE_NEXT = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b/u;
const homeTown = (clause: string, at: number, subjectEnd: number) =>
  AGE_THEN_OF.test(clause.slice(Math.max(0, at - 12), at)) &&
  !PARTICIPLE_NEXT.test(clause.slice(subjectEnd, subjectEnd + 40));

/**
 * LOCAL_CUE's subject and where it starts, as `^(?:.*[\s,(—–])?` before it would find: the last start after such a
 * character in the first line whose match holds, else the clause's start. Only starts that may open a subject and
 * have a cue word after them are tried.
 */
function localCue(clause: string): { subject: string; at: number } | null {
  const cues = cueWordStarts(clause, LOCAL_STOPS, false);
  if (!cues.length) return null;
  const lastCue = cues[cues.length - 1];
  const marks = localCueMarks(clause);
  if (marks.kept.size === 0) return null;
  const line = clause.search(LINE_END);
  const tryAt = (at: number) => {
    if (at >= lastCue || !SUBJECT_OPENING(clause.codePointAt(at)!)) return null;
    const found = marks.matchAt(LOCAL_CUE, at);
    if (found && homeTown(clause, at, found.group[1])) return null;
    return found && { subject: clause.slice(...found.group), at };
  };
  for (let k = Math.min(line < 0 ? clause.length : line, clause.length - 1); k >= 0; k--) {
    const found = BEFORE_SUBJECT(clause.charCodeAt(k)) ? tryAt(k + 1) : null;
    if (found) return found;
  }
  return tryAt(0);
}

// Not a home town after a name and its age (homeTown): "Mark Kitsmore, 54, of Tyler said, “…”".
const SUBJECT_VERB_END = new RegExp(
  `(?:^|[\\s,(—–])(he|she|they|we|I|(?<!${AGE_AND_OF})${NO_CAP_WORD_BEFORE}${capitalisedRun(3)})` +
    `\\s+(?:\\p{Ll}+ly\\s+)?${VERB}(?:\\s+(?:back|out|up|in|on|again))?$`,
  'du',
);

const PARTICIPLE_CUES = CUE_VERBS.filter((v) => v.endsWith('ing')).join('|');
const PARTICIPLE_CUE = new RegExp(`,\\s+(?:\\p{Ll}+ly\\s+)?(?:${PARTICIPLE_CUES})\\b[^"“”.!?,]{0,120}$`, 'u');

// ", with the American Federation of Teachers calling her “…”": the noun phrase after "with" is the participle's
// subject, not the sentence's. Only an absolute phrase set off by a comma or dash, or opening the sentence: in "took
// issue with the ruling calling it “…”" the noun phrase is the verb's object and the sentence's subject speaks.
const WITH_PARTICIPLE = new RegExp(
  `(?:^|[.;!?]\\s+|[,—–]\\s*)(?:${alternation(withCapitals(ABSOLUTE_PREPOSITIONS))})` +
    `\\s+([^,"“”.;:!?]{2,80}?)` +
    `\\s+(?:${PARTICIPLE_CUES})\\b[^"“”.!?,]{0,120}$`,
  'du',
);

/** "the ruling", "the reports": a mention headed by a document noun. */
const isDocument = (m: Mention) => !!m.head && isDocumentHead(m.head);

const OF_SOMEONE = new RegExp(`\\s(?:${alternation(HEAD_ENDING_PREPOSITIONS)})\\s+(?:the\\s+)?\\p{Ll}`, 'u');

// "A memo obtained by Politico says", "A letter from the American Legion obtained by The Associated Press warns": a
// document's holder (lexicon DOCUMENT_GOT_PARTICIPLES, DOCUMENT_HANDED_PARTICIPLES) is no subject of the cue; blanked
// like a relative clause, with a time after it ("obtained by Politico on Monday"), so no blank is left inside the
// document's phrase.
const HOLDER_WORDS =
  `(?:(?:${alternation(DOCUMENT_GOT_PARTICIPLES)})\\s+(?:${alternation(DOCUMENT_HOLDER_PREPOSITIONS)})` +
  `|(?:${alternation(DOCUMENT_HANDED_PARTICIPLES)})\\s+(?:${alternation(HANDED_TO_PREPOSITIONS)}))`;
// The pattern is /(?<=\b(?:${DOCUMENT_NOUNS, capitalised too})\b[^,.;:!?"“”]{0,80}?)\s${HOLDER_WORDS}\s+${BODY_NAME}
// (?:\s+${TIME_ADJUNCT})?/gu. Its look-behind, a long alternation tried backwards from each place, is read by
// afterDocument; HOLDER_AT is the rest, sticky, tried where white space and a participle of HOLDER_WORDS stand.
// Not /i: under it \p{Lu} takes any letter.
export const HOLDER_AFTER = `\\s${HOLDER_WORDS}\\s+${BODY_NAME}(?:\\s+${TIME_ADJUNCT})?`;
const HOLDER_AT = new RegExp(HOLDER_AFTER, 'uy');
// A WordList: a word's first letter and length are read before a copy of it is looked up (most words are turned away).
const HOLDER_OPENINGS = new WordList([...DOCUMENT_GOT_PARTICIPLES, ...DOCUMENT_HANDED_PARTICIPLES], false);
const DOCUMENT_WORDS = withCapitals(DOCUMENT_NOUNS);
const HOLDER_GAP_STOP = charClass(/^[,.;:!?"“”]$/u);
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** A document noun (DOCUMENT_WORDS, `\b` on both sides) ends at `end`. */
function documentEndsAt(s: string, end: number): boolean {
  if (end === 0 || !isWordCode(s.charCodeAt(end - 1)) || isWordCode(s.charCodeAt(end))) return false;
  return DOCUMENT_WORDS.some(
    (w) => s.startsWith(w, end - w.length) && (end === w.length || !isWordCode(s.charCodeAt(end - w.length - 1))),
  );
}

/** DOCUMENT_HOLDER's look-behind at `at`: a document noun ends within 80 characters before, no stop between. */
function afterDocument(s: string, at: number): boolean {
  for (let end = at; end >= 0 && at - end <= 80; end--) {
    if (end < at && HOLDER_GAP_STOP(s.charCodeAt(end))) return false;
    if (documentEndsAt(s, end)) return true;
  }
  return false;
}

/** `s.replace(DOCUMENT_HOLDER, blanks)`: each holder after a document blanked, same length, left to right. */
export function withoutHolders(s: string): string {
  let out = '';
  let done = 0;
  for (let at = 0; at < s.length; at++) {
    if (!isSpace(s.charCodeAt(at))) continue;
    let end = at + 1;
    while (end < s.length && isLetterCode(s.charCodeAt(end))) end++;
    if (!HOLDER_OPENINGS.hasAt(s, at + 1, end) || !afterDocument(s, at)) continue;
    HOLDER_AT.lastIndex = at;
    const found = HOLDER_AT.exec(s);
    if (!found) continue;
    out += s.slice(done, at) + ' '.repeat(found[0].length);
    done = at + found[0].length;
    at = done - 1;
  }
  return out + s.slice(done);
}

// Where an aside set off by commas ends: its closing comma before a space, perhaps after a town and its state
// (", who is a pastor in Elizabeth, Colorado,", ", speaking in Dayton, Ohio,").
const ASIDE_END = '(?:,\\s+\\p{Lu}[\\p{L}.\\u2024]*(?:\\s\\p{Lu}[\\p{L}.\\u2024]*)?)?,(?=\\s)';
// ", speaking to reporters in Columbus,", ", flanked by police officers,", ", written by two former judges,": a
// participle's aside after the subject says what it did or how it stood, and is no source (review33 finding 1). A
// past participle takes a preposition ("flanked by"), one in -ing a preposition or a determiner ("citing a report"):
// not ", hired lawyers and public-relations firms, and placed …", a list of the subject's own verbs.
const ASIDE_OBJECT_OPENERS = [...PREPOSITIONS, ...ARTICLES, ...POSSESSIVES, ...DEMONSTRATIVES];
const PARTICIPLE_ASIDE = new RegExp(
  ',\\s+' +
    `(?:(?!(?:${alternation(ING_PREPOSITIONS)})\\s)\\p{Ll}+ing\\s+(?:${alternation(ASIDE_OBJECT_OPENERS)})` +
    `|(?:\\p{Ll}+ed|${alternation(IRREGULAR_ASIDE_PARTICIPLES)})\\s+(?:${alternation(PREPOSITIONS)}))` +
    `\\s[^,;:.!?"“”]{1,100}${ASIDE_END}`,
  'gu',
);
/**
 * The words with each participle's aside blanked (same length, same offsets). Two commas at least. Not a document's
 * "by" aside: "The lawsuit, filed by Maria Lopez, claims …" gives the words to its named author.
 */
function withoutParticipleAsides(s: string): string {
  const first = s.indexOf(',');
  if (first < 0 || s.indexOf(',', first + 1) < 0) return s;
  return s.replace(PARTICIPLE_ASIDE, (m, at: number) => {
    const before = s.slice(0, at);
    const subject = SUBJECT_BEFORE_ASIDE.exec(before);
    const kept = !subject || (AGENT_BY.test(m) && isDocumentHead(LAST_WORD.exec(before)?.[0] ?? ''));
    return kept ? m : ' '.repeat(m.length);
  });
}
// The aside follows a subject of a few words right after a clause's start: not "…, convinced many Republicans that
// Mr. Trump had gone too far, tarring a former president …", a participle that goes on from a whole clause.
const SUBJECT_BEFORE_ASIDE = /(?:^|[,.;:!?]\s+)(?:[^\s,.;:!?]+\s+){0,5}[^\s,.;:!?]+$/u;
const AGENT_BY = /^,\s+\S+\s+by\s+\p{Lu}/u;
const LAST_WORD = /[\p{L}'’-]+$/u;

const RELATIVE_CLAUSE = new RegExp(`,\\s+(?:who|which)\\s[^,"“”]{1,150}${ASIDE_END}`, 'gu');
// Read by cue-scan, not compiled: a cue anywhere in a phrase (/${CUE}/i), a cue word (/\b${CUE}\b/i), a text ending
// in a cue (/\b(?:${CUE})\s+(?:that\s+)?$/i), and a cue after a role (/^\s+(?:\p{Ll}+ly\s+|also\s+)?(?:${CUE})\s+
// (?:that\s+)?$/u).
const CUE_ANYWHERE = { test: holdsCue };
const CUE_WORD_RE = CUE_IN_TEXT;
const ENDS_IN_CUE = { test: endsWithCue };
// The last relative clause of the words before a quote: ", which had been chanting for an hour".
const RELATIVE_ASIDE = /,\s+(?:who|which)\s[^,;:.!?"“”]*$/u;
const ROLE_THEN_CUE = { test: isSpacedCue };

// ", and Alan Webb's spokeswoman", "; the senator": a clause joined on that opens with a subject of its own (a name or
// a noun phrase ending the phrase), whose verb the cue is.
const JOINED_SUBJECT =
  /(?:,\s+(?:and|but|while|whereas)|;)\s+(?:the\s+|\p{Lu}[\p{L}.'’-]*\s+){1,4}\p{L}+(?:['’]s\s+\p{Ll}+)?$/u;

// "Tom Baker answered the door, and a man shouted", "Maria Lopez nodded as her lawyer whispered": a clause joined on
// (a comma and "and"/"but", or a subordinator) whose subject is a determined noun phrase right before the cue; the
// cue is that phrase's, never a name further back in the sentence (or an earlier cue's subject: "answered").
// "and the mayor later said": an adverb of time or frequency (lexicon WHEN_ADVERBS_BEFORE_CUE) or in -ly before the cue
// is no word of the phrase (review29 finding 12).
// Not a noun in -ly (NOT_A_NOUN_IN_LY, above).
const WHEN_BEFORE_CUE = `(?:${NOT_A_NOUN_IN_LY}\\p{Ll}+ly|${alternation(WHEN_ADVERBS_BEFORE_CUE)})`;
const ONLY_WHEN_TO_END = `${WHEN_BEFORE_CUE}(?:\\s+${WHEN_BEFORE_CUE})*\\s*$`;
// Not a word of the verb group: "after the union was told" has no subject "the union was" (review31 finding 8).
const VERB_GROUP_WORD = [...AUXILIARIES, ...BE_AND_GET, ...VERB_GROUP_WORDS];
const NOT_VERB_GROUP = `(?!(?:${alternation(VERB_GROUP_WORD)})\\b)`;
// One place phrase after the noun: "until a man in the back yelled", "when a woman at the door shouted" (review31
// finding 7).
const PLACE_TAIL =
  `(?:\\s+(?:${alternation(PLACE_TAIL_PREPOSITIONS)})\\s+(?:${alternation(SOURCE_DETERMINERS)})` +
  `\\s+(?!${ONLY_WHEN_TO_END})${NOT_VERB_GROUP}\\p{Ll}[\\p{L}-]*)?`;
const JOINED_NOUN_SUBJECT = new RegExp(
  `${CLAUSE_JOIN}` +
    `((?:${alternation(SOURCE_DETERMINERS)})` +
    `(?:\\s+(?!${ONLY_WHEN_TO_END})${NOT_VERB_GROUP}\\p{Ll}[\\p{L}-]*){1,3}${PLACE_TAIL})` +
    `(?:\\s+${WHEN_BEFORE_CUE})*\\s*$`,
  'du',
);

// The last cue word opens a whole cue there (/^(?:${CUE})\b/u at it, read by cue-scan): a first word alone ("is",
// "made") is no verb of speech.
const opensCue = (clause: string, at: number) => cueEnds(clause, at, 'exact').length > 0;

/**
 * The determined noun phrase that opens the joined clause of the last cue (JOINED_NOUN_SUBJECT), read; `mention` is
 * null when the phrase is there but names no source the reader knows ("and the other side said"): the cue is still
 * that phrase's, not a name further back (review29 finding 10). Null when no such clause leads to the cue.
 */
function joinedNounSubject(clause: string, offset: number): { mention: Mention | null } | null {
  // The last word that opens a whole cue: "said in a statement that he had": "had" opens none alone.
  const lastCue = cueWordStarts(clause, LOCAL_STOPS, false).findLast((at) => opensCue(clause, at));
  if (lastCue === undefined) return null;
  const joined = clause.slice(0, lastCue).match(JOINED_NOUN_SUBJECT);
  return joined ? { mention: parsePhrase(joined[1], offset + joined.indices![1]![0]) } : null;
}

// Where a clause is joined on: a comma and "and"/"but", a subordinator, a semicolon (as JOINED_NOUN_SUBJECT).
const CLAUSE_JOINED = new RegExp(CLAUSE_JOIN, 'gu');

/**
 * "Maria Lopez praised the deal, but the chairman cut her off: “…”": a sentence ending in a colon whose last clause,
 * joined on after the last cue, opens with a voice of its own (a person or a group: "and the crowd roared:") and a
 * verb (clauseSubject): that voice introduces the quote, whatever the verb, not the subject of the cue further back
 * (review29 finding 18). Not a body or a place: "…, and the city had few options:" may be what the cue's subject said.
 */
function joinedColonSubject(clause: string, offset: number): Mention | null {
  const lastCue = cueWordStarts(clause, LOCAL_STOPS, false).findLast((at) => opensCue(clause, at));
  const after = lastCue ?? 0;
  const joiner = [...clause.slice(after).matchAll(CLAUSE_JOINED)].at(-1);
  if (!joiner) return null;
  const from = after + joiner.index + joiner[0].length;
  const subject = clauseSubject(clause.slice(from), offset + from, (m) => isSpeakerLike(m) || m.kind === 'group');
  const voice = subject && subject.kind !== 'organization' && subject.start === offset + from;
  if (!voice) return null;
  const verb = clauseVerb(clause.slice(subject.end - offset));
  // "while her husband quietly watched:", "after her son was killed:": a subordinate clause is background unless its
  // verb steps into the talk ("before her lawyer stepped in:"); a clause joined by ", and"/", but"/";" has a voice
  // whatever its verb ("but Maria Lopez was defiant:"), unless it says nothing ("and the crowd listened:") or tells
  // what was done to the subject ("and her son was killed:"); review30 findings 18, 22, review31 finding 5.
  // With no cue in the sentence, only a verb stepping into the talk gives the quote to the joined clause ("Tom Baker
  // was halfway through his answer when his opponent jumped in:"; review31 finding 7).
  const interjects = !!verb && !verb.passive && INTERJECTING.has(verb.word);
  if (lastCue === undefined || !FREE_JOINER.test(joiner[0])) return interjects ? subject : null;
  if (!verb) return subject;
  return SILENT.has(verb.word) || (verb.afterBe && DONE_TO.has(verb.word)) ? null : subject;
}

const SILENT = new Set(SILENT_VERBS);
const INTERJECTING = new Set(INTERJECTING_VERBS);
const DONE_TO = new Set([...ACTS_ON_A_PERSON, ...DONE_TO_A_SPEAKER]);
// The joiners of a clause of equal standing: ", and", ", but", ", yet", a semicolon (CLAUSE_JOIN's other words
// subordinate).
const FREE_JOINER = /^(?:,\s+(?:and|but|yet)|;)\s/;
// A joined clause's verb after its subject, past the verb group and adverbs ("quietly watched", "was killed", "has
// stepped in", "was not convinced").
const VERB_GROUP = [...VERB_GROUP_WORD, ...WHEN_ADVERBS_BEFORE_CUE];
const CLAUSE_VERB = new RegExp(`^\\s+((?:(?:${alternation(VERB_GROUP)}|\\p{Ll}+ly)\\s+)*)(\\p{L}+)`, 'u');
const BE_OR_GET = new RegExp(`\\b(?:${alternation(BE_AND_GET)})\\b`, 'u');

/**
 * The word opening `rest` (after a clause's subject) past its verb group, lower case; whether "be" or "get" stands
 * before it, and whether that makes it passive (not "-ing": "was having none of it").
 */
function clauseVerb(rest: string): { word: string; afterBe: boolean; passive: boolean } | null {
  const m = CLAUSE_VERB.exec(rest);
  if (!m) return null;
  const word = m[2].toLowerCase();
  const afterBe = BE_OR_GET.test(m[1]);
  return { word, afterBe, passive: afterBe && !word.endsWith('ing') };
}

// "Trump on Thursday ratcheted up his attacks on Rubio, saying …": the name before the time adjunct.
const NAME_THEN_TIME = new RegExp(`^${capitalisedRun(3)}(?=\\s+${TIME_ADJUNCT}\\s)`, 'u');
// A word ending in a possessive, straight or curly: "Ayotte's", "Ayotte’s", and "James’", "Jones'" after an s.
const POSSESSIVE_END = /(?:['’]s|s['’])$/u;
// "Mexican President Enrique Peña Nieto compared …, and urged …": a subject of five capitalised words or more, read
// whole (the reader below takes four words at most).
const LONG_NAME_SUBJECT = new RegExp(`^(?:${CAP_WORD}\\s+){4,6}${CAP_LAST}(?=[\\s,])`, 'u');

// The words a possessive owns: lower case, up to a comma, a capital or a preposition ("Gomez’s letter to the …").
const OWNED_WORDS = /^\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})/u;
const PREPOSITION_WORDS = new Set(PREPOSITIONS);
// Documents and works speak for whoever wrote them: "Kasich’s statement said" is Kasich's word.
const AUTHORED_NOUNS = new Set([...DOCUMENT_NOUNS, ...WORK_NOUNS]);

/** "John Kasich’s statement, released …", "Warren’s new book": the noun the possessive owns is a document or a work. */
function ownsDocument(phrase: string, possessiveEnd: number): boolean {
  const owned = phrase.slice(possessiveEnd).match(OWNED_WORDS);
  if (!owned) return false;
  const words = owned[1].split(/\s+/);
  const stop = words.findIndex((w) => PREPOSITION_WORDS.has(w));
  const head = (stop < 0 ? words : words.slice(0, stop)).at(-1);
  return !!head && (AUTHORED_NOUNS.has(head) || AUTHORED_NOUNS.has(head.replace(/s$/, '')));
}

// A titled name ending in a possessive, "of" or "for" inside it: "Georgia Secretary of State Brad Raffensperger’s".
const INNER_PREPOSITION = `(?:(?:${alternation(NAME_INNER_PREPOSITIONS)})\\s+)?`;
const OWNER_RUN = new RegExp(
  `^(?:${CAP_WORD}\\s+${INNER_PREPOSITION}){0,6}\\p{Lu}[\\p{L}-]*(?:['’]s|s['’])(?=\\s)`,
  'u',
);

/**
 * "Georgia Secretary of State Brad Raffensperger’s post on social media Tuesday said": the owner of a document or
 * a work speaks, however long the title before the name (the subject readers below stop at "of").
 */
function documentOwner(phrase: string, offset: number): Mention | null {
  const owner = phrase.match(OWNER_RUN);
  if (!owner || !ownsDocument(phrase, owner[0].length)) return null;
  const mention = readMention(owner[0], offset);
  return mention?.kind === 'name' ? mention : null;
}

/** "The longtime senator said": a person noun as the subject right before a closing cue. */
function roleBeforeCue(clause: string, offset: number): Mention | null {
  const subject = clauseSubject(clause, offset);
  if (subject?.kind !== 'role' && subject?.kind !== 'anonymous') return null;
  const between = clause.slice(subject.end - offset);
  return ROLE_THEN_CUE.test(between) ? subject : null;
}

// "Doctors who treated Ann Reyes said", "A man who lives near Tom Baker said": a relative word and one to four words of
// its clause (its verb, a preposition) right before the subject, no comma or stop between: the subject is that
// clause's object, and the cue's subject is the noun the clause is on. Not "the man whom Reyes described as": a
// subject right after the relative word is the cue's; nor "over who supported which bill that Gov. Tom Baker said":
// "that" or "which" between opens another clause (the relative pronouns that open no restrictive clause here).
const OTHER_CLAUSE_OPENERS = RELATIVE_PRONOUNS.filter((w) => !RESTRICTIVE_RELATIVE_WORDS.includes(w));
const CLAUSE_WORD = `(?!(?:${alternation(OTHER_CLAUSE_OPENERS)})\\s)[^\\s,;:.!?"“”()—–]+`;
const IN_RELATIVE_CLAUSE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(RESTRICTIVE_RELATIVE_WORDS)})(?:\\s+${CLAUSE_WORD}){1,4}\\s+$`,
  'u',
);

/**
 * The subject of the last cue before a quote. "The senator said he rarely asks surrogates …, “…”": when that
 * subject opens the complement of an earlier cue, the words are reported by the earlier cue's subject.
 */
function localSubject(before: string, offset: number): Mention | null {
  let found: Mention | null = null;
  for (let end = before.length, depth = 0; depth < 3; depth++) {
    const clause = before.slice(0, end);
    const local = localCue(clause);
    const at = local ? local.at : -1;
    // Inside a relative clause on the cue's own subject: the readers after this one take the whole phrase.
    if (local && IN_RELATIVE_CLAUSE.test(clause.slice(0, at))) return found;
    const mention = local ? readMention(local.subject, offset + at) : null;
    // "the crowd chanted", "the memo stated": a definite noun phrase speaks when it names a group, a body or a person.
    const definite =
      !!local && /^the\s/i.test(local.subject) && !!mention && (mention.kind === 'group' || isSpeakerLike(mention));
    if (
      !mention ||
      !(definite || mention.kind === 'pronoun' || mention.kind === 'name' || mention.kind === 'organization')
    ) {
      // "The longtime senator said he …": the earlier cue's subject may be a role noun, read as the clause's subject.
      return (found && roleBeforeCue(before.slice(0, end), offset)) ?? found;
    }
    // "Frazier said Thursday that Rubio's claim that … is “…”": a possessive before a cue word is a noun's owner
    // ("Rubio's claim"); with a cue earlier in the sentence, that cue's subject reports the words.
    if (/['’]s?$/.test(local!.subject) && CUE_WORD_RE.test(before.slice(0, at))) {
      end = at;
      continue;
    }
    found = mention;
    if (!ENDS_IN_CUE.test(before.slice(0, at))) break;
    end = at;
  }
  return found;
}

// "by the United States and its allies, said: “…”": a capitalised cue word after a capitalised word is part of a name
// ("United States", "Gulf States"), not the verb "states"; BEFORE_CUE reads cues in any case, so such words are
// blanked (same length) for it.
// Latin-1 first (latinFirst): its look-behind reads back over a word at every capital.
const CAPITALISED_PAIR = latinFirst(/(?<=\p{Lu}[\p{L}'’.\u2024-]*[^\S\n]+)\p{Lu}\p{Ll}+\b/gu);
// As /^(?:${CUE})$/i, read by cue-scan.
const CUE_ONLY = { test: isCue };
const withoutNameCues = (text: string) =>
  text.replace(CAPITALISED_PAIR, (word) => (CUE_ONLY.test(word) ? ' '.repeat(word.length) : word));

// "and joked", "by saying": a verb joined to the sentence's subject.
const SHARED_SUBJECT_VERB = new RegExp(
  `\\b(?:and|by|then)\\s+(?:\\p{Ll}+ly\\s+)?\\p{Ll}{2,}(?:${[...PARTICIPLE_FORM_ENDINGS, ...VERB_ENDINGS].join('|')})$`,
  'u',
);
const FIRST_OF_TWO_VERBS = new RegExp(`\\s+\\p{Ll}+(?:${VERB_ENDINGS.join('|')})\\s+and$`, 'u');

// "audio of witnesses telling", "footage of police officers shouting": lower-case people right after "of" and before a
// participle cue (the name case is WHOLE_NAME's, "footage of Trump saying").
// Not "spoke highly of his players saying": people a possessive ties to someone are those the subject speaks about
// (review34 finding 9).
const OF_PEOPLE = new RegExp(
  `\\bof\\s+(?!(?:${alternation(POSSESSIVES)})\\s)` +
    /((?:the\s+|some\s+|several\s+|many\s+|two\s+|three\s+)?(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*$/u.source,
  'du',
);

/** The people after "of" that end a participle's phrase, if the phrase reads as people. */
function peopleAfterOf(phrase: string, offset: number): Mention | null {
  const m = phrase.includes('of ') ? OF_PEOPLE.exec(phrase) : null;
  const mention = m ? readMention(m[1], offset + m.indices![1]![0]) : null;
  return mention && (mention.kind === 'group' || mention.kind === 'anonymous') ? mention : null;
}

/** Mention in the text before a quote (same sentence); `before` ends at the opening mark and starts at `offset`. */
export function mentionBefore(text: string, offset: number): Mention | null {
  return withoutBlanks(mentionInClause(text, offset), text, offset);
}

/** A run of spaces left where a clause was blanked (a party tag, a relative clause, a document's holder). */
const BLANKED = /\s{2,}/;

/**
 * The rules read a copy of the clause with asides blanked to spaces of the same length; a phrase read across such a
 * blank ("A memo obtained by Politico ahead of the vote says" → "A memo ⎵⎵⎵ ahead of the vote") ends where the blank
 * starts, so the panel never shows the blank or what follows it.
 */
function withoutBlanks(mention: Mention | null, text: string, offset: number): Mention | null {
  if (!mention || text.slice(mention.start - offset, mention.end - offset) === mention.text) return mention;
  const cut = mention.text.search(BLANKED);
  // The kept words are read again: "A letter" alone is a document, whatever the whole phrase read as.
  return cut > 0 ? (parsePhrase(mention.text.slice(0, cut), mention.start) ?? mention) : mention;
}

// Cheap tests that gate the patterns of mentionInClause (each is a necessary condition of the patterns it names), so
// that most clauses are not scanned by patterns that cannot match them.
const TRAILING = charClass(/^[\s:,—–-]$/);
/** `s.replace(/[\s:,—–-]+$/, '')`, read from the end (the pattern was tried from every character). */
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}
/** The last character of `s` before its closing white space, as a code (NaN if none): `/,\s*$/` asks for a comma. */
function lastMark(s: string): number {
  let end = s.length;
  while (end > 0 && SPACE(s.charCodeAt(end - 1))) end--;
  return s.charCodeAt(end - 1);
}
const COLON = 58;
/** RELATIVE_CLAUSE, RELATIVE_ASIDE and RELATIVE (under /i) need "who" or "which". */
const WHO_OR_WHICH = /who|which/i;

function mentionInClause(text: string, offset: number): Mention | null {
  // "Rep. Paul Ryan (R-WI) said “…”": the party tag stands between the name and its cue.
  const before = withoutDashAsides(blankPartyTags(text));
  const dateline = before.match(DATELINE);
  if (dateline) return mentionBefore(before.slice(dateline[0].length), offset + dateline[0].length);
  const trimmed = trimTrailing(before);
  // /,\s*$/ and /:\s*$/ on `before`, asked once.
  const mark = lastMark(before);
  const endsInComma = mark === COMMA;
  const endsInColon = mark === COLON;
  const agent = passiveAgent(trimmed, offset);
  if (agent) return agent;
  const owner = wordsTakenOn(trimmed, offset);
  if (owner) return owner;
  const whom = /\b(?:whom|which|[Ww]hat)\s/.test(trimmed) ? objectClauseSubject(trimmed, offset) : null;
  if (whom) return whom;
  const sender = /\b(?:that|which)\s/.test(trimmed) ? relativeDocumentSender(trimmed, offset) : null;
  if (sender) return sender;
  // ACCORDING_TO and ACCORDING_OPENING hold "ccording to".
  const hasAccording = trimmed.includes('ccording to');
  const according = hasAccording ? trimmed.match(ACCORDING_TO) : null;
  if (according)
    return parsePhrase(according[1], offset + according.index! + according[0].length - according[1].length);
  // "According to his physician, Trump had “excellent” results": the opening source covers the whole sentence.
  const opening = hasAccording ? trimmed.match(ACCORDING_OPENING) : null;
  if (opening) {
    const mention = parsePhrase(opening[1], offset + opening.indices![1]![0]);
    // "According to a transcript of the call, Baker said:": a document that only records the words gives way to the
    // speaker the clause after it names with a cue of its own, the quote right after its colon or comma (not "According
    // to the school's post, al Ashry said he went because “…”": the post's account of what he said).
    const rest = mention && isDocument(mention) && (endsInColon || endsInComma) ? opening[0].length : 0;
    const own = rest ? mentionInClause(text.slice(rest), offset + rest) : null;
    if (own && (own.kind === 'name' || own.kind === 'pronoun')) return own;
    if (mention) return mention;
  }
  // "Said Comey, “…”": the cue opens the sentence.
  // "As The Post's Dana Milbank puts it, “…”": the one who put it so.
  const putIt = trimmed.match(AS_PUT_IT);
  if (putIt) {
    const mention = parsePhrase(putIt[1], offset + putIt.indices![1]![0]);
    if (mention) return mention;
  }
  const saidX = trimmed.match(SAID_X) ?? (endsInComma || endsInColon ? trimmed.match(CUE_THEN_NAME) : null);
  if (saidX) {
    const mention = parsePhrase(saidX[1], offset + trimmed.indexOf(saidX[1]));
    if (mention) return mention;
  }
  // "From the report: “…”", "More from Blumenthal and Cohen: “…”": the words come from that source.
  const from = endsInColon ? before.match(FROM_COLON) : null;
  if (from) {
    const mention = parsePhrase(from[1], offset + from.indices![1]![0]);
    if (mention && mention.kind !== 'pronoun') return mention;
  }
  // "The team lost again, noted coach Dana Reed after the game: “…”": the inverted cue's source brings the quote in,
  // not the clause before its comma read as a source phrase (review31 finding 25).
  const inverted = endsInColon ? invertedBeforeColon(before, offset) : null;
  if (inverted) return inverted;
  const colon = endsInColon ? before.match(NAME_COLON) : null;
  if (colon) return readMention(colon[1], offset + colon.index! + colon[0].indexOf(colon[1]));
  // The second piece of an interrupted quote: “Yes,” said Anna Berg, “we will.”
  // (/["”’]\s*,?\s*(${CUE})\s+([^"“”.;:!?]{2,120})$/i, read by cue-scan.)
  const interrupted = interruptedCue(trimmed);
  if (interrupted) return parsePhrase(interrupted.phrase, offset + interrupted.at);
  // "After Brown criticized Bill Clinton, Hillary shot back, “…”": the clause right before the comma introduces
  // it.
  const comma = endsInComma ? trimmed.match(SUBJECT_VERB_END) : null;
  if (comma) {
    const mention = readMention(comma[1], offset + comma.indices![1]![0]);
    if (mention && (mention.kind === 'pronoun' || mention.kind === 'name')) return mention;
  }
  // "The complaint, which was filed in Washington, alleged that …": a relative clause set off by commas is blanked
  // (same length, same offsets) so the rules below see "The complaint … alleged".
  // The clause may name a town and its state ("who is a pastor in Elizabeth, Colorado,").
  const hasRelative = WHO_OR_WHICH.test(trimmed);
  const unclaused = withoutParticipleAsides(
    hasRelative ? trimmed.replace(RELATIVE_CLAUSE, (m) => ' '.repeat(m.length)) : trimmed,
  );
  const plain = withoutHolders(unclaused);
  // "He then adopted a fake accent and joked, “…”", "he began by saying, “…”": the verb shares the
  // sentence's subject.
  if (endsInComma && SHARED_SUBJECT_VERB.test(trimmed)) {
    const subject = clauseSubject(trimmed, offset);
    if (subject) return subject;
  }
  // WITH_PARTICIPLE and PARTICIPLE_CUE end in a participle cue (in -ing).
  const hasIng = trimmed.includes('ing');
  const absolute = hasIng ? trimmed.match(WITH_PARTICIPLE) : null;
  // Not a phrase whose noun is someone's ("the campaign of the former senator from Pennsylvania"): read as before.
  if (absolute && !OF_SOMEONE.test(absolute[1])) {
    const mention = readMention(absolute[1], offset + absolute.indices![1]![0]);
    // ", with the ruling calling it “…”": a document quoted that way is the author's words, not a speaker's.
    if (
      mention &&
      !isDocument(mention) &&
      (mention.kind === 'group' || mention.kind === 'organization' || isSpeakerLike(mention))
    )
      return mention;
  }
  // "Tom Baker told the crowd, which had been chanting for an hour, “…”": a relative aside closed by a comma whose cue
  // does not end it, after a cue of the sentence's own, is no source; that cue's subject speaks, read below (review30
  // finding 13).
  const asideAt = hasRelative ? trimmed.search(RELATIVE_ASIDE) : -1;
  const aside =
    asideAt > 0 &&
    endsInComma &&
    CUE_ANYWHERE.test(trimmed.slice(0, asideAt)) &&
    !ENDS_IN_CUE.test(`${trimmed.slice(asideAt)} `);
  const relativeSource = aside ? null : relativeSubject(trimmed, offset);
  if (relativeSource) return relativeSource;
  const colonJoined = endsInColon ? joinedColonSubject(plain, offset) : null;
  if (colonJoined) return colonJoined;
  const joined = joinedNounSubject(plain, offset);
  if (joined) return joined.mention;
  const local = localSubject(plain, offset);
  if (local) return local;
  // "In August, several groups granted him an extension, saying his “…”": a participle takes the sentence's
  // subject.
  const participle = hasIng ? trimmed.match(PARTICIPLE_CUE) : null;
  if (participle) {
    const subject = clauseSubject(
      trimmed.slice(0, participle.index),
      offset,
      (m) => isSpeakerLike(m) || m.kind === 'group',
    );
    if (subject) return subject;
  }
  const relative = hasRelative ? trimmed.match(RELATIVE) : null;
  // The cue is the relative clause's own ("… met the farmers, who said …"), not one before the antecedent ("“…,”
  // said Tom Baker, a builder in Ohio, who lent Clarke money. “…”": Ohio is no source).
  const head = relative ? trimmed.slice(0, trimmed.length - relative[2].length - 1) : '';
  if (relative && !aside && CUE_ANYWHERE.test(relative[2])) {
    // "said Ann Brill, then the girlfriend of Karl's best friend, who recalled": the described person's clause.
    const described = describedName(head, offset);
    if (described) return described;
    const antecedent = readMention(relative[1], offset + relative.index! + relative[0].indexOf(relative[1]));
    // "compared to the previous year, which shows …": a thing is no source; the sentence's own cue may still be.
    if (antecedent && (antecedent.kind === 'group' || isSpeakerLike(antecedent))) return antecedent;
  }
  const unnamed = withoutNameCues(plain);
  const cue = beforeCue(unnamed);
  if (cue) {
    // "I laughed and said": the subject is before the first verb of the pair.
    const phrase = cue.phrase.replace(FIRST_OF_TWO_VERBS, '');
    const phraseStart = offset + cue.index + cue.whole.indexOf(phrase);
    if (/\b(?:who|which)\s*$/i.test(phrase)) return null;
    // "The Florida senator sought to calm his supporters, and took a heckler in stride, saying …": a participle's
    // subject is the sentence's.
    if (/ing$/i.test(cue.cue)) {
      // "The video held audio of witnesses telling him to “…”": people after "of" are the participle's subject.
      const heard = peopleAfterOf(phrase, phraseStart);
      if (heard) return heard;
      // With a speech cue, a group may be the subject too ("several environmental groups …, saying …").
      const subject = clauseSubject(trimmed, offset, (m) => isSpeakerLike(m) || m.kind === 'group');
      if (subject) return subject;
    }
    // "Boudreau gave his players a pep talk Tuesday, telling them …": the subject opens the clause.
    // Not past a joined clause with a subject of its own: "Reid on Monday signed the order, and Webb's spokeswoman
    // said": the cue is the spokeswoman's.
    if ((/ing$/i.test(cue.cue) || phrase.split(/\s+/).length > 6) && !JOINED_SUBJECT.test(phrase)) {
      const owner = documentOwner(phrase, phraseStart);
      if (owner) return owner;
      const subject =
        phrase.match(NAME_THEN_TIME) ??
        phrase.match(LONG_NAME_SUBJECT) ??
        phrase.match(/^(?:(?:[\p{Lu}][\p{L}'’\u2024-]*\s+){0,3}[\p{Lu}][\p{L}'’-]*\u2024?|he|she|they)(?=[\s,])/iu);
      // "New Hampshire Sen. Kelly Ayotte’s campaign, for example, said": a possessive owns the subject's head noun;
      // the whole phrase is read below. Not a document or a work, which speaks for its owner ("Former Ohio Gov.
      // John Kasich’s statement, released late Monday, said": Kasich).
      const owned = subject && POSSESSIVE_END.test(subject[0]) && !ownsDocument(phrase, subject[0].length);
      // "Inside City Hall, aides …" may open with an introductory phrase: parsePhrase tells (opensWithNamePreposition).
      const introductory = subject !== null && opensWithNamePreposition(subject[0]);
      if (subject && /^[\p{Lu}]|^(?:he|she|they)$/u.test(subject[0]) && !owned && !introductory) {
        const mention = readMention(subject[0], phraseStart);
        if (mention && (mention.kind === 'name' || mention.kind === 'pronoun')) return mention;
      }
    }
    return parsePhrase(phrase, phraseStart);
  }
  return null;
}
