// The rules for a source beside a quote, as an ordered table: each rule has an id, a made-up example and its own
// finder. Which rules are tried, and in which order, depends on the quote's shape (a partial quote in the
// reporter's sentence; a quote cut off mid-sentence, whose attribution follows; a whole sentence). The rule id an
// attribution carries is "<rule>-<mention kind>" ("cue-after-name": “…,” Lopez said.), so the eval reports each
// finder by the kind of words it read.
import type { Article, Quote } from '../types';
import { CUE_IN_TEXT, CUE_VERBS } from './cues';
import { cueBetween, cueThen, spaceEnd } from './cue-scan';
import type { Mention } from './mentions';
import { capitalisedRun } from './patterns';
import type { RuleExample } from './fallbacks';
import type { IsPlace } from './mention-after';
import type { Sentences } from '../text';
import { sentenceStartBefore } from '../text/sentences';
import {
  anyVerbAfter,
  asPutItAfter,
  clauseSubject,
  colonSpeaker,
  mentionAfter,
  mentionBefore,
  passiveAgentAfter,
  parsePhrase,
  sentenceSubject,
  shortAttribution,
  signatureAfter,
} from './mention-finders';
import { withoutQuotedTitles } from './subjects';
import { lastStartingBy } from '../text/spans';
import { firstWords } from '../text/word-runs';
import { holdsWord } from './word-scan';
import { alternation, capitalise } from '../lexicon/build';
import { MONTH_ABBREVIATIONS } from '../lexicon/en/calendar';
import {
  CLAUSE_JOINERS,
  CONTRAST_JOINERS,
  COPULAS,
  MAIN_CLAUSE_SUBORDINATORS,
  SOURCE_DETERMINERS,
} from '../lexicon/en/clause-words';
import { CHANT_WORDS } from '../lexicon/en/speech';
import { GROUP_NOUNS, GROUP_QUANTITY_WORDS, ONLOOKER_NOUNS } from '../lexicon/en/sources';
import { readMention } from './mentions';

// A source: "the" and up to three words ("the memo", "the White House"), or a name of up to four words.
const SOURCE = `(?:the(?:\\s+[\\p{L}-]+){1,3}|${capitalisedRun(3)})`;
// “…” there and in the March states, the memo stated.: a source and cue after a comma end the quote's sentence.
// As /^[^"“”.!?]{1,100}?,\s+${SOURCE}\s+(?:${CUE})\s*[.!?]$/u, the cue read by cue-scan (its alternation compiles to
// ~70 KB of regexp code per pattern): what comes before it and after it are the two patterns here.
const LATE_SOURCE_TO_CUE = new RegExp(`^[^"“”.!?]{1,100}?,\\s+${SOURCE}\\s+$`, 'u');
const CUE_ENDS_SENTENCE = /\s*[.!?]$/y;
const LATE_SOURCE = { test: (s: string) => cueBetween(s, 'exact', LATE_SOURCE_TO_CUE, CUE_ENDS_SENTENCE) };
const SAID_BY = CUE_IN_TEXT;
const SENTENCE_ACCORDING = /,[’”"]?\s+according\s+to\s+([^,.;:!?"“”]{2,100}?)\s*[.!?]$/d;
// As /^\s*${SOURCE}\s+(?:${CUE})\s*(?:[.!?]|,\s+\p{Ll}+ing\b)/u (see LATE_SOURCE).
const SOURCE_TO_CUE = new RegExp(`^\\s*${SOURCE}\\s+$`, 'u');
const CUE_CLOSES = /\s*(?:[.!?]|,\s+\p{Ll}+ing\b)/uy;
const CLOSING_SOURCE = { test: (s: string) => cueBetween(s, 'exact', SOURCE_TO_CUE, CUE_CLOSES) };
/** The first words of the cues, as written (CLOSING_SOURCE and LATE_SOURCE have no i flag). */
const CUE_FIRST_WORDS = firstWords(CUE_VERBS, false);
/** A cue's first word stands whole in `s`: what a match of CLOSING_SOURCE or LATE_SOURCE holds (see holdsWord). */
const holdsCueWord = (s: string) => holdsWord(CUE_FIRST_WORDS, s);
// “…,” said Drew Heiserman, a steering committee member.: the cue before the source, then the sentence's end or
// the source's description. Tried here only when a cue in the clause before the quote would outrank it (cue-after
// reads it otherwise).
// As /^\s*(?:${CUE_INVERTED})\s+${SOURCE}\s*[.!?,]/u (see LATE_SOURCE).
const SOURCE_AFTER_CUE = new RegExp(`\\s+${SOURCE}\\s*[.!?,]`, 'uy');
const CLOSING_INVERTED = {
  test: (s: string) => cueThen(s, spaceEnd(s, 0), 'exact', SOURCE_AFTER_CUE, true) !== null,
};

// A stop and white space (or the end), not the point of a title or an initial ("Mr. Ward", "J. Ward"), nor of a
// month before its date ("said Ann Reyes Jan. 5."). Sticky: tried only where a stop stands (sentenceEndIn), not from
// every character.
const MONTH_POINT = `(?<=\\b(?:${MONTH_ABBREVIATIONS.map(capitalise).join('|')})\\.)\\s+\\d`;
const SENTENCE_END_AT = new RegExp(
  `[.!?](?!${MONTH_POINT})(?:\\s|$)(?<!\\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr|[A-Z])\\.\\s?)`,
  'y',
);

/** Where the first sentence end (SENTENCE_END_AT) in `s` stands, or -1: what a search for it finds. */
function sentenceEndIn(s: string): number {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c !== 46 && c !== 33 && c !== 63) continue;
    SENTENCE_END_AT.lastIndex = k;
    if (SENTENCE_END_AT.test(s)) return k;
  }
  return -1;
}

/** What every near rule reads: the quote, the words before it in its sentence and after it up to the sentence end. */
export interface NearContext {
  text: string;
  q: Quote;
  /** The quote's sentence before its opening mark, from `sentenceFrom`. */
  before: string;
  sentenceFrom: number;
  /** The words after the closing mark, to the end of their sentence, from `closeAt`. */
  after: string;
  closeAt: number;
  /** Where the text after the quote may run to (the next quote or the paragraph end). */
  afterEnd: number;
  paraEnd: number;
  /** The quote ends its sentence ("… June.”") and no lower-case word continues it. */
  closesSentence: boolean;
  /** The quote ends with a period or the text after it starts with one. */
  endsSentence: boolean;
  /** The quote stops at a comma, dash or question mark: its attribution follows. */
  cutOff: boolean;
  /** A subject the partial-quote rules may take (a proper name or a speaker-like noun). */
  speakerSubject: (m: Mention) => boolean;
  /** An earlier quote stands in the same sentence: `before` starts after it, not at the sentence's start. */
  afterQuoteInSentence: boolean;
  /**
   * A partial quote joined by "and"/"but"/"or" to one before it whose clause has a cue ("said she would “support the
   * nominee” but “isn't planning to endorse anyone,” while …"): it goes on in that cue's voice.
   */
  coordinated: boolean;
  /** A name the article's names table types as a place ("a report from Moscow": where it was filed, no issuer). */
  isPlace?: IsPlace;
}

export interface NearRule {
  id: string;
  example: RuleExample;
  find(c: NearContext): Mention | null;
}

/**
 * Americans prefer goods “Made in the U.S.A.,” even if they cost more, according to a poll released Thursday.: a
 * source closing the sentence with "according to" covers the quotes inside it. Bounded like the look-back
 * (MAX_LOOKBACK in sentences.ts): a sentence end missing for long made a huge paragraph of quotes quadratic.
 */
const accordingClosing: NearRule = {
  id: 'according-closing',
  example: {
    paragraphs: ['Residents want the bridge “open before the winter storms” and a road, according to Maria Lopez.'],
    speaker: 'Maria Lopez',
  },
  find({ text, q, closeAt, endsSentence, paraEnd }) {
    if (endsSentence) return null;
    const rest = text.slice(closeAt, Math.min(paraEnd, closeAt + 1500));
    const restEnd = rest.search(/[.!?](?=\s|$)/);
    // SENTENCE_ACCORDING needs "according" in the sentence (starting by restEnd - 8): most have none.
    const closing =
      restEnd >= 0 && rest.lastIndexOf('according', restEnd - 8) >= 0
        ? rest.slice(0, restEnd + 1).match(SENTENCE_ACCORDING)
        : null;
    // “…,” Maria Lopez said, according to a transcript.: she spoke the whole quote; the transcript only carried
    // it (PolNeAR marks the outer source; a reader wants the speaker). A partial quote stays with the outer source.
    if (!closing || (!q.partial && SAID_BY.test(rest.slice(0, closing.index)))) return null;
    return parsePhrase(closing[1], closeAt + closing.indices![1]![0]);
  },
};

const CLOSING_MARKS = '’\'"”';

/**
 * `s` ends in one of `marks`, perhaps before a closing mark: `/[marks][’'"”]?$/.test(s)` read from the end (the
 * pattern was tried from every character of the quote). `marks` holds no closing mark.
 */
export function endsInMark(s: string, marks: string): boolean {
  if (s.length === 0) return false;
  const last = s[s.length - 1];
  if (marks.includes(last)) return true;
  return s.length >= 2 && CLOSING_MARKS.includes(last) && marks.includes(s[s.length - 2]);
}

/** The mention after the quote within its sentence: a signature line if the quote closed it, else a cue. */
const afterInSentence = (c: NearContext) =>
  c.closesSentence ? signatureAfter(c.after, c.closeAt) : mentionAfter(c.after, c.closeAt, c.isPlace);

/**
 * Nothing the president said “will assuage fears,” the senator said.: a comma closing the quote, then a named or
 * described source and a cue that end the sentence; that source outranks a cue inside the sentence before.
 */
const closingSource: NearRule = {
  id: 'closing-source',
  example: {
    paragraphs: ['Lopez told the council that nothing “will stop the repairs,” the mayor said.'],
    speaker: 'the mayor',
  },
  find(c) {
    // The anchored inverted cue is tried before SAID_BY's scan of the sentence; the patterns with a source before the
    // cue only when a cue's first word stands in the text after (they try every split of the source against the
    // whole cue alternation).
    const closing =
      (endsInMark(c.q.text, ',') &&
        ((holdsCueWord(c.after) && CLOSING_SOURCE.test(c.after)) ||
          (CLOSING_INVERTED.test(c.after) && SAID_BY.test(c.before)))) ||
      /^[\s,]*according to\s/i.test(c.after) ||
      // “…,” as a Homeland Security memo put it.: as "according to", it outranks a subject before the quote.
      asPutItAfter(c.after) ||
      (holdsCueWord(c.after) && LATE_SOURCE.test(c.after));
    return closing ? afterInSentence(c) : null;
  },
};

/** Lopez said: “…” / According to X, “…”: a cue before the quote, in its sentence. */
const cueBefore: NearRule = {
  id: 'cue-before',
  example: { paragraphs: ['Maria Lopez said: “We will rebuild the bridge by June.”'], speaker: 'Maria Lopez' },
  find: (c) =>
    (c.q.partial ? passiveAgentAfter(c.before, c.after, c.closeAt) : null) ?? mentionBefore(c.before, c.sentenceFrom),
};

/** “Cruz called them on it: “…”: a sentence that ends in a colon introduces the quote; its subject speaks. */
const colonBefore: NearRule = {
  id: 'colon-before',
  example: {
    paragraphs: ['Maria Lopez was blunt: “The bridge will fall into the river.”'],
    speaker: 'Maria Lopez',
  },
  find: (c) => (/[:—–]\s*$/.test(c.before) ? colonSpeaker(c.before, c.sentenceFrom) : null),
};

/** “…” ― Maria Lopez: a quote that closes its sentence, signed after a dash. */
const signature: NearRule = {
  id: 'signature-after',
  example: { paragraphs: ['“We will rebuild the bridge by June.” ― Maria Lopez'], speaker: 'Maria Lopez' },
  find: (c) => (c.closesSentence ? signatureAfter(c.after, c.closeAt) : null),
};

// A quote's last line, on its own after a line break: a name or role, perhaps a description after a comma, a full
// stop ("… stimulus. ¶ Josh Bivens, Economic Policy Institute.”"): no verb, no second sentence.
const SIGN_OFF_LINE =
  /\n[^\S\n]*[-―—–]?[^\S\n]*(\p{Lu}[^\n.!?:;"“”]{2,50}?(?:,[^\n!?:;"“”]{2,60})?)\.?[’'"”]?[^\S\n]*$/u;

/**
 * “… stimulus. ¶ Josh Bivens, Economic Policy Institute.”: a pull quote signed on its own last line inside the marks
 * (a page's box of quotes repeats them so); the signer speaks it, whatever the sentences around it say.
 */
const signedInside: NearRule = {
  id: 'signed-inside',
  example: {
    paragraphs: ['“We will rebuild the bridge by June and open it to trains.\nMaria Lopez, Riverside Council.”'],
    speaker: 'Maria Lopez',
  },
  find({ text, q }) {
    const line = SIGN_OFF_LINE.exec(text.slice(q.start, q.end));
    if (!line) return null;
    const phrase = line[1];
    const mention = parsePhrase(phrase, q.start + line.index + line[0].indexOf(phrase));
    // The mention is the line's whole head, titles aside: "— Continue fracking, which …" is a list's item and
    // "God bless America." a closing line, not signers.
    const head = phrase.split(',')[0].trim();
    if (!mention || !head.endsWith(mention.text)) return null;
    if (/(?:^|\s)\p{Ll}/u.test(head.slice(0, head.length - mention.text.length))) return null;
    return mention.kind === 'name' || mention.kind === 'role' ? mention : null;
  },
};

/** “…missing.” Lopez said. — a quote that closes its sentence, then a whole sentence of attribution. */
const shortAfter: NearRule = {
  id: 'short-after',
  example: { paragraphs: ['“We will rebuild the bridge by June.” Maria Lopez said.'], speaker: 'Maria Lopez' },
  find: (c) => (c.closesSentence && !c.q.partial ? shortAttribution(c.after, c.closeAt) : null),
};

/**
 * “…,” Lopez said / said Lopez / according to Lopez: a cue after the quote in its sentence. Not after a partial quote
 * that goes on in the voice of a cue before (see NearContext.coordinated): "Baker's office said he would “support
 * the nominee” but “isn't planning to endorse anyone,” while Sen. Dana Moss suggested …" — Moss's clause is her own.
 */
const cueAfter: NearRule = {
  id: 'cue-after',
  example: { paragraphs: ['“We will rebuild the bridge,” Maria Lopez said on Monday.'], speaker: 'Maria Lopez' },
  find: (c) => (c.closesSentence || c.coordinated ? null : mentionAfter(c.after, c.closeAt, c.isPlace)),
};

// What stands between two quotes joined as one clause's: a closing mark, a comma, "and"/"but"/"or".
const COORDINATED = /^[\s”"’,]*(?:and|but|or)\s*$/;

/** “…,” Trump barked. / “…!” beamed Donald Hartley: after a cut-off quote, a subject and any verb. */
const anyVerb: NearRule = {
  id: 'any-verb-after',
  example: { paragraphs: ['“We will rebuild the bridge by June,” Maria Lopez beamed.'], speaker: 'Maria Lopez' },
  find: (c) => (c.cutOff && !c.q.partial ? anyVerbAfter(c.after, c.closeAt) : null),
};

/** Gingrich dismissed Estonia as “a suburb of St. Petersburg”: a partial quote's clause subject. */
const partialSubject: NearRule = {
  id: 'partial-subject',
  example: {
    paragraphs: ['Maria Lopez sees the plan as “a bridge to nowhere” and no more.'],
    speaker: 'Maria Lopez',
  },
  find(c) {
    if (!c.q.partial) return null;
    const subject = partialClauseSubject(withoutQuotes(c.before), c.sentenceFrom, c.speakerSubject);
    return subject && (subject.kind === 'pronoun' || !goesOnFromQuote(c)) ? subject : null;
  },
};

const CUE_IN = CUE_IN_TEXT;
// "“…,” but Tom Ward sees it as “…”": a comma and a contrast joiner, then a name with a verb of its own (no copula:
// "while Cruz is “…”" speaks of Cruz) is a new voice. Without the comma the joiner may join two noun phrases of the
// first voice ("“cannot come into this country” but Muslim refugees “can come in”").
const NEW_CONTRAST_SUBJECT = new RegExp(
  `(?:,[”"]?\\s+(?:${alternation(CONTRAST_JOINERS)})|\\bwhereas)\\s+(?:\\p{Lu}[\\p{L}'’.\\u2024-]*\\s+)+` +
    `(?!(?:${alternation(COPULAS)})\\b)\\p{Ll}`,
  'u',
);

/**
 * Trump said Rubio was “a lightweight” while Cruz is “a basket case”; Cruz says his “friend” Rubio ran “a
 * fine race”: a second partial quote in the sentence, with no speech verb of its own between the two, goes on in the
 * voice of the first (the neighbour-quote fallback); the named subject of the words between is what is spoken of.
 * A pronoun there ("…,” she was “whisked off”) is still read: it most often goes on with the same person.
 */
function goesOnFromQuote(c: NearContext): boolean {
  if (!c.afterQuoteInSentence || CUE_IN.test(c.before)) return false;
  // From the last closing mark, with the comma before it ("“…,” but Tom Ward sees it as"); `before` may start
  // right after that mark.
  const text = c.text.slice(Math.max(0, c.sentenceFrom - 3), c.sentenceFrom) + c.before;
  const between = text.slice(Math.max(0, text.lastIndexOf('”') - 1, text.lastIndexOf('"') - 1));
  return !NEW_CONTRAST_SUBJECT.test(between);
}

// ", while Huckabee proposed", "; Cruz called it": where a main clause is joined on.
const JOINED_CLAUSE = new RegExp(`(?:,\\s+(?:${alternation(CLAUSE_JOINERS)})|;)\\s+`, 'gu');

/**
 * "Jindal on Monday signed an order …, while Mike Huckabee proposed we “…”": the subject of the last clause joined
 * on before the quote, when it has one that can speak; else the sentence's.
 */
function partialClauseSubject(before: string, offset: number, accept: (m: Mention) => boolean): Mention | null {
  const joined = [...before.matchAll(JOINED_CLAUSE)].at(-1);
  const from = joined ? joined.index + joined[0].length : 0;
  // The subject opens the joined clause ("while 37 percent of Americans say Trump is" names no subject).
  const own = from > 0 ? clauseSubject(before.slice(from), offset + from, accept) : null;
  return own && before.startsWith(own.text, from) ? own : clauseSubject(before, offset, accept);
}

/**
 * "In a clip that the judge called “distasteful,” Santilli expressed a desire to “…”": a quote earlier in the
 * sentence is blanked (same length; a comma closing it kept), so the clause around this quote can be read.
 */
function withoutQuotes(before: string): string {
  return before.replace(/[“"][^“”"]*[”"]/g, (q) => {
    const comma = /,[”"]$/.test(q);
    return ' '.repeat(q.length - (comma ? 2 : 0)) + (comma ? ', ' : '');
  });
}

/**
 * Trump and has aides have also had choice words, telling O'Reilly that “…”: a name opening the sentence around a
 * partial quote, when the sentence has a cue but the clause's subject could not be read as a source.
 */
const partialSentenceSubject: NearRule = {
  id: 'partial-sentence-subject',
  example: {
    paragraphs: [
      'Maria Lopez and staff had words for the plan, telling reporters that “the bridge is a waste of money.”',
    ],
    speaker: 'Maria Lopez',
  },
  find: (c) =>
    c.q.partial && !goesOnFromQuote(c)
      ? sentenceSubject(c.text.slice(c.sentenceFrom, c.afterEnd), c.sentenceFrom)
      : null,
};

// A chant word, then up to 40 characters with no stop or quote mark up to the quote ("chants of", "chanting,",
// "the caustic chant").
const CHANT_BEFORE = new RegExp(`\\b(?:${alternation(CHANT_WORDS)})\\b[^,.;:!?“”"]{0,40}?[,:]?\\s*$`, 'iu');
// What CHANT_BEFORE needs: a chant word's letters up to its first "s" or "k" (under /iu the long s and the Kelvin sign
// are those), in any case. Tried first: most sentences hold no chant word.
const CHANT_HINT = new RegExp(alternation(CHANT_WORDS.map((w) => w.split(/[sk]/i)[0])), 'i');
// The head of a crowd that chants: a group noun or an onlooker noun ("the crowd", "about 50 protesters").
const CHANTER_HEAD = new RegExp(`\\b(?:${alternation([...GROUP_NOUNS, ...ONLOOKER_NOUNS])})\\b`, 'giu');
// How many words before its head a chanting group's phrase may start ("Small groups of protesters").
const CHANTER_WORDS = 5;
const WORD_START = /(?<![\p{L}\p{N}'’.-])[\p{L}\p{N}]/gu;
// Words a group's phrase opens with: a determiner, a number or a word of quantity ("the crowd", "about 50
// protesters", "hundreds of demonstrators"); a capital only where the clause opens ("Small groups of protesters").
const GROUP_OPENER = new RegExp(
  `^(?:(?:${alternation([...SOURCE_DETERMINERS, ...GROUP_QUANTITY_WORDS])})\\b|\\p{N})`,
  'iu',
);

const SUBORDINATOR_WORD = new RegExp(`\\b(?:${alternation(MAIN_CLAUSE_SUBORDINATORS)})\\s+`, 'giu');
// ", which had been chanting for an hour,": a chant inside a relative clause closed before the quote describes the
// group the sentence names; the quote is the cue's (review30 finding 13).
const IN_RELATIVE_CLAUSE = /,\s+(?:who|which|that)\s[^,;:.!?“”"]*$/u;

/**
 * The last group named before the chant word (`before` ends with it): the phrase up to a group noun, at most
 * CHANTER_WORDS words before it and not across a comma, semicolon or dash, that reads whole as a group; the longest
 * that opens with a determiner or a quantity (or a capital opening the clause), else the longest: in "roused the
 * crowd" it is "the crowd", in "where about 50 protesters" the reader's "50 protesters".
 */
function chantingGroup(before: string, offset: number): Mention | null {
  const heads = [...before.matchAll(CHANTER_HEAD)];
  for (const head of heads.reverse()) {
    const end = head.index + head[0].length;
    // Nor back over a subordinator: "finished her speech as the crowd chanted" (review31 finding 8).
    const subordinator = [...before.slice(0, head.index).matchAll(SUBORDINATOR_WORD)].at(-1);
    const clauseFrom = Math.max(
      0,
      subordinator ? subordinator.index + subordinator[0].length : 0,
      ...[',', ';', '—', '–', ' - ', '('].map((m) => before.lastIndexOf(m, head.index) + 1),
    );
    const starts = [...before.slice(clauseFrom, head.index + 1).matchAll(WORD_START)].map((m) => clauseFrom + m.index);
    const clauseStart = starts[0];
    let longest: Mention | null = null;
    for (const start of starts.slice(-CHANTER_WORDS - 1)) {
      const mention = readMention(before.slice(start, end), offset + start);
      if (mention?.kind !== 'group' || mention.end !== offset + end) continue;
      const word = before.slice(start, end);
      if (GROUP_OPENER.test(word) || (start === clauseStart && /^\p{Lu}/u.test(word))) return mention;
      longest ??= mention;
    }
    if (longest) return longest;
  }
  return null;
}

/**
 * Mr. Baker roused the crowd to chants of “Send them home!”; about 50 protesters gathered, chanting “…”: words a
 * crowd chants are the crowd's, the last group named before the chant word in the sentence, not the person the
 * sentence is about. Without such a group the other rules read the sentence.
 */
const chanted: NearRule = {
  id: 'chanted',
  example: {
    paragraphs: ['Maria Lopez took the stage, and the crowd broke into chants of “Four more years!”'],
    speaker: 'the crowd',
  },
  find(c) {
    const chant = CHANT_HINT.test(c.before) ? CHANT_BEFORE.exec(c.before) : null;
    // "The fans chanted his name as Maria Lopez said: “…”": a cue after the chant word introduces the quote.
    if (!chant || CUE_IN_TEXT.test(chant[0].replace(/^\S+/, ''))) return null;
    if (/,\s*$/.test(chant[0]) && IN_RELATIVE_CLAUSE.test(c.before.slice(0, chant.index))) return null;
    return chantingGroup(c.before.slice(0, chant.index), c.sentenceFrom);
  },
};

/** Every near rule, for the rule tests and the eval's table. */
export const NEAR_RULES: NearRule[] = [
  signedInside,
  accordingClosing,
  closingSource,
  chanted,
  cueBefore,
  colonBefore,
  signature,
  shortAfter,
  cueAfter,
  anyVerb,
  partialSubject,
  partialSentenceSubject,
];

// The order the rules are tried in, by the quote's shape. A partial quote sits in the reporter's sentence: the cue
// before it, then the words after it, then the sentence's subject. A quote cut off mid-sentence ("…,”) has its
// attribution after it; a whole quoted sentence more often has it before.
// prettier-ignore
const PARTIAL_ORDER = [
  signedInside, accordingClosing, closingSource, chanted, cueBefore, colonBefore, signature, cueAfter,
  partialSubject, partialSentenceSubject,
];
const AFTER_FIRST = [
  signedInside,
  accordingClosing,
  closingSource,
  signature,
  shortAfter,
  cueAfter,
  anyVerb,
  chanted,
  cueBefore,
  colonBefore,
];
const BEFORE_FIRST = [
  signedInside,
  accordingClosing,
  closingSource,
  chanted,
  cueBefore,
  colonBefore,
  signature,
  shortAfter,
  cueAfter,
  anyVerb,
];

/**
 * The paragraph holding offset `at`, by binary search (paragraphs are in text order and do not overlap): a linear
 * find per quote made a page of 20,000 quotes quadratic.
 */
function paragraphAt(
  paragraphs: { start: number; end: number }[],
  at: number,
): { start: number; end: number } | undefined {
  const p = paragraphs[lastStartingBy(paragraphs, at)];
  return p && at <= p.end ? p : undefined;
}

/** The words around quote `i` that the near rules read. */
export function nearContext(
  article: Article,
  quotes: Quote[],
  i: number,
  sentences: Sentences,
  speakerSubject: (m: Mention) => boolean,
  isPlace?: IsPlace,
): NearContext {
  const { text, paragraphs } = article;
  const q = quotes[i];
  const para = paragraphs[q.paragraph];
  // "… 'Well done,' " said Lopez.: after a quote inside the quote, the closing mark may stand a space apart.
  const closeAt = q.end + (/^\s[”"]/.test(text.slice(q.end, q.end + 2)) ? 2 : 1);
  const paraEnd = paragraphAt(paragraphs, q.end)?.end ?? para.end;
  const next = quotes[i + 1];
  const afterEnd = Math.min(paraEnd, next && next.start - 1 > closeAt ? next.start - 1 : paraEnd);
  let after = text.slice(closeAt, afterEnd);
  const sentenceEnd = sentenceEndIn(after);
  if (sentenceEnd >= 0) after = after.slice(0, sentenceEnd + 1);
  // (Not quotes[-1]: V8 looks an index below 0 up as a named property, slowly.)
  const prev = i > 0 ? quotes[i - 1] : undefined;
  const beforeFrom = prev && prev.paragraph === q.paragraph && prev.end < q.start ? prev.end + 1 : para.start;
  const openAt = q.start - 1;
  const sentenceFrom = sentenceStartBefore(sentences, beforeFrom, openAt);
  // The sentence before the opening mark, without an opening mark that ends it (`.replace(/[“"„«»‘]$/, '')`).
  const sentence = text.slice(sentenceFrom, Math.max(sentenceFrom, openAt));
  const before = withoutQuotedTitles(
    sentence.length > 0 && '“"„«»‘'.includes(sentence[sentence.length - 1]) ? sentence.slice(0, -1) : sentence,
  );
  const endsSentence = endsInMark(q.text, '.!?') || /^\s*[.!?]/.test(text.slice(closeAt, closeAt + 2));
  const cutOff = endsInMark(q.text, ',!?—–-') || /^\s*[,—–]/.test(after);
  const closesSentence = endsSentence && !/^[\s,]*[\p{Ll}]/u.test(after);
  const afterQuoteInSentence =
    beforeFrom > para.start && sentenceStartBefore(sentences, para.start, openAt) < prev!.end;
  const coordinated =
    q.partial &&
    afterQuoteInSentence &&
    COORDINATED.test(before) &&
    CUE_IN.test(text.slice(sentenceStartBefore(sentences, para.start, prev!.start - 1), prev!.start - 1));
  return {
    text,
    q,
    before,
    sentenceFrom,
    after,
    closeAt,
    afterEnd,
    paraEnd,
    closesSentence,
    endsSentence,
    cutOff,
    speakerSubject,
    afterQuoteInSentence,
    coordinated,
    isPlace,
  };
}

/** The first near rule, in the order for the quote's shape, that finds a mention; with that rule's id. */
export function mentionNear(c: NearContext): { mention: Mention; rule: string } | null {
  const order = c.q.partial ? PARTIAL_ORDER : c.cutOff ? AFTER_FIRST : BEFORE_FIRST;
  for (const rule of order) {
    const mention = rule.find(c);
    if (mention) return { mention, rule: rule.id };
  }
  return null;
}
