// Splits article text into runs of capitalised words ("Kazakh President Kassym-Jomart Tokayev"),
// the only places a named entity can start. Lower-case connectors join runs ("Bank of England").
import type { Paragraph } from '../types';
import type { Token } from '../text/tokens';
import { alternation, capitalise } from '../lexicon/build';
import { HONORIFICS, NAME_ABBREVIATIONS, OFFICE_ABBREVIATIONS, RANK_ABBREVIATIONS } from '../lexicon/en/address';
import { NAME_PARTICLES } from '../lexicon/en/names';
import { lowerJoinedName } from '../names/joined-article';
import { charClass, codePointBefore, isSpace, type CharClass } from '../text/chars';

// Tokens are the text layer's type (lib/text/tokens.ts); runs are read here with name-specific word edges ("&",
// kept abbreviation points, a trailing possessive dropped).
export type { Token };

export interface NameRun {
  tokens: Token[];
}

// A word is what /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu (WORD) matches: a start character, then part characters.
const WORD_START = charClass(/^[\p{L}\p{N}]$/u);
const WORD_PART = charClass(/^[\p{L}\p{M}\p{N}'’.&-]$/u);
/** The two classes' ASCII answers as tables read inline: the scans below visit every character of the article. */
const asciiTable = (cls: CharClass) => Uint8Array.from({ length: 128 }, (_, c) => (cls(c) ? 1 : 0));
const WORD_START_ASCII = asciiTable(WORD_START);
const WORD_PART_ASCII = asciiTable(WORD_PART);

/**
 * Where the next word (a WORD_START character) opens at or after `from`, or -1: lib/text/chars wordStart(text, from,
 * WORD_START), with an ASCII character read from the table here, not by a call of the class per character.
 * (Exported for its unit test.)
 */
export function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (WORD_START_ASCII[c] === 1) return i;
      i++;
      continue;
    }
    const code = text.codePointAt(i)!;
    if (WORD_START(code)) return i;
    i += code > 0xffff ? 2 : 1;
  }
  return -1;
}

/** Where the word opened at `at` ends: lib/text/chars wordEnd(text, at, WORD_PART), likewise (exported for tests). */
export function wordEndAt(text: string, at: number): number {
  for (let i = at + (text.codePointAt(at)! > 0xffff ? 2 : 1); i < text.length;) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (WORD_PART_ASCII[c] === 0) return i;
      i++;
      continue;
    }
    const code = text.codePointAt(i)!;
    if (!WORD_PART(code)) return i;
    i += code > 0xffff ? 2 : 1;
  }
  return text.length;
}
const CONNECTORS = new Set(['of', 'the', 'and', 'for', ...NAME_PARTICLES]);
/** Abbreviations whose final period belongs to the word. */
const PERIOD_KEEPERS = [
  ...HONORIFICS,
  ...OFFICE_ABBREVIATIONS,
  ...RANK_ABBREVIATIONS.slice(0, 4),
  ...NAME_ABBREVIATIONS,
];
const KEEP_PERIOD = new RegExp(`^(?:[A-Z]\\.)+$|^(?:${alternation(PERIOD_KEEPERS.map(capitalise))})\\.$`);

/** Last characters trimToken may cut. */
const TRIMMED_ENDS = new Set(['s', '.', "'", '’', '-']);

/** What may stand before a final "s" that trimToken cuts ("Obama's"). */
const APOSTROPHES = new Set(["'", '’']);

export function trimToken(raw: string): string {
  // Fast path: most words end in a letter or digit and need no trimming (a character test, not a regex, per word).
  // charAt, not [ ]: a string's [-1] is a slow property look-up (V8); charAt(-1) is '' and in neither set.
  if (!TRIMMED_ENDS.has(raw.charAt(raw.length - 1))) return raw;
  // A plural ("officials") ends in no possessive, point, hyphen or apostrophe: nothing to cut.
  if (raw.charAt(raw.length - 1) === 's' && !APOSTROPHES.has(raw.charAt(raw.length - 2))) return raw;
  let word = raw.replace(/['’]s$/u, '');
  if (word.endsWith('.') && !KEEP_PERIOD.test(word)) word = word.slice(0, -1);
  return word.replace(/[-'’]+$/u, '');
}

/** Upper-case first letter; "al-Bashir" is capitalised where it counts. Plain char tests: this runs per word. */
export function isCapitalised(w: string): boolean {
  const code = w.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  const c = w[0];
  if (code >= 128 && c !== c.toLowerCase()) return true;
  return lowerJoinedName(w);
}
export const isLowerCase = (w: string) => {
  const code = w.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : w[0] !== w[0].toUpperCase();
};

/** Marks that end a sentence: a paragraph ending in one is no headline. */
const SENTENCE_ENDS = new Set(['.', '!', '?', '"', '”']);

/**
 * Title-case lines (headlines) capitalise every word, so they say nothing about names. WORD's matches are read by
 * character code (no list of them); a word opening with an ASCII capital is capitalised without a copy of it.
 */
export function isHeadline(text: string): boolean {
  const trimmed = text.trim();
  if (SENTENCE_ENDS.has(trimmed[trimmed.length - 1])) return false;
  let words = 0;
  let capitalised = 0;
  let end = 0;
  for (let at = nextWordStart(text, 0); at >= 0; at = nextWordStart(text, end)) {
    end = wordEndAt(text, at);
    words++;
    const code = text.charCodeAt(at);
    if ((code >= 65 && code <= 90) || isCapitalised(text.slice(at, end))) capitalised++;
  }
  return words >= 4 && capitalised / words >= 0.6;
}

/** Two tokens belong to one run only when plain spaces, or " & " ("Procter & Gamble"), separate them. */
function adjacent(text: string, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  if (b.start - a.end === 3 && text.slice(a.end, b.start) === ' & ') return true;
  for (let i = a.end; i < b.start; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/**
 * Ends the run being read (a trailing connector is no part of it); returns the array for the next run. Most words
 * end no run: an empty run is kept as it is, not replaced by a new array.
 */
function endRun(current: Token[], runs: NameRun[]): Token[] {
  while (current.length && !isCapitalised(current[current.length - 1].text)) current.pop();
  if (!current.length) return current;
  runs.push({ tokens: current });
  return [];
}

/** Marks that end a sentence or open a quote before a word: after them its capital says nothing. */
const SENTENCE_MARKS = '.!?:"“”«';

/**
 * The word at `at` opens a sentence: nothing but spaces since `from` (the previous word's start; 0 for a paragraph's
 * first word), or the last other character there is a sentence mark. Read back by character code: no string per word.
 */
function opensSentence(body: string, from: number, at: number): boolean {
  let i = at - 1;
  while (i >= from && isSpace(body.charCodeAt(i))) i--;
  return i < from || SENTENCE_MARKS.includes(body[i]);
}

/**
 * A word opening with an ASCII lower-case letter is read as lower case (isLowerCase, and no isCapitalised) from its
 * character codes alone, with no copy of it, unless it opens like "al-Bashir" (which isCapitalised reads on).
 */
function plainLowerAt(body: string, at: number): boolean {
  const c = body.charCodeAt(at);
  if (c < 97 || c > 122) return false;
  const c1 = body.charCodeAt(at + 1);
  const c2 = body.charCodeAt(at + 2);
  // "al-", "el-" (a, e: 97, 101; l: 108), "bin-", "ibn-" (b, i, n: 98, 105, 110); "-": 45.
  if ((c === 97 || c === 101) && c1 === 108 && c2 === 45) return false;
  const c3 = body.charCodeAt(at + 3);
  return !(c3 === 45 && ((c === 98 && c1 === 105 && c2 === 110) || (c === 105 && c1 === 98 && c2 === 110)));
}

const isAsciiDigit = (c: number) => c >= 48 && c <= 57;

/** The word's first character differs from its lower case; an ASCII one is told by its code (no copy per word). */
function upperInitial(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return word[0] !== word[0].toLowerCase();
}

/**
 * The array's last item, or undefined. Asked before reading: an empty array's `[length - 1]` is index -1, a property
 * name V8 looks up on the array and its prototypes (~50× an element read), and this runs per word.
 */
const lastOf = <T>(xs: T[]): T | undefined => (xs.length > 0 ? xs[xs.length - 1] : undefined);

/**
 * Only a connector ("of", "de") right after a capitalised word, and adjacent to it, joins the run as a token: most
 * lower-case words just end it. Whether it joined.
 */
function joinsConnector(text: string, current: Token[], word: string, start: number): boolean {
  const last = lastOf(current);
  if (!last || !CONNECTORS.has(word) || !isCapitalised(last.text)) return false;
  const token = { text: word, start, end: start + word.length, upper: false, sentenceStart: false };
  if (!adjacent(text, last, token)) return false;
  current.push(token);
  return true;
}

/** Builds the runs of one paragraph. */
function paragraphRuns(text: string, p: Paragraph, runs: NameRun[]): void {
  const body = text.slice(p.start, p.end);
  let current: Token[] = [];
  let previous = 0; // start of the previous raw word: the text since then says if a sentence ended
  // WORD's matches, read by character code one after another (no match object, no list of them).
  let end = 0;
  for (let at = nextWordStart(body, 0); at >= 0; at = nextWordStart(body, end)) {
    end = wordEndAt(body, at);
    const from = previous;
    previous = at;
    const last = lastOf(current);
    // Most words are lower case: they end the run, and only a connector after a capitalised word is read whole.
    if (plainLowerAt(body, at)) {
      if (
        last &&
        isCapitalised(last.text) &&
        joinsConnector(text, current, trimToken(body.slice(at, end)), p.start + at)
      )
        continue;
      current = endRun(current, runs);
      continue;
    }
    // A number ("2020", "3rd") is neither lower case nor capitalised: it ends the run, and is not copied.
    if (isAsciiDigit(body.charCodeAt(at))) {
      current = endRun(current, runs);
      continue;
    }
    const word = trimToken(body.slice(at, end));
    if (!word) continue;
    const start = p.start + at;
    if (isLowerCase(word) && !isCapitalised(word)) {
      if (joinsConnector(text, current, word, start)) continue;
      current = endRun(current, runs);
      continue;
    }
    // A word that is not capitalised ends the run: its token would be read by nothing, and is not made.
    if (!isCapitalised(word)) {
      current = endRun(current, runs);
      continue;
    }
    const sentenceStart = opensSentence(body, from, at);
    const token = {
      text: word,
      start,
      end: start + word.length,
      upper: upperInitial(word),
      sentenceStart,
    };
    if (last && !adjacent(text, last, token)) current = endRun(current, runs);
    current.push(token);
  }
  current = endRun(current, runs);
}

/** Asks whether a word is one of a set: a Set, or the text's lower-case words (LowerWords). */
export interface WordSet {
  has(word: string): boolean;
}

/**
 * The words the text writes in lower case (isLowerCase, and no isCapitalised), read from its paragraphs that are no
 * headlines: a word is one when it is written whole there, as paragraphRuns reads words (a WORD match, trimmed by
 * trimToken). The engine asks this of a few capitalised words only, so each is searched for when first asked, not a
 * set of every word built. The same answers as that set (checked in the unit test against it).
 */
export class LowerWords implements WordSet {
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly text: string,
    /** The paragraphs that are no headlines, in text order. */
    private readonly paragraphs: Paragraph[],
  ) {}

  has(word: string): boolean {
    let answer = this.known.get(word);
    if (answer === undefined) this.known.set(word, (answer = this.written(word)));
    return answer;
  }

  private written(word: string): boolean {
    if (!word || !isLowerCase(word) || isCapitalised(word)) return false;
    const { text, paragraphs } = this;
    let k = 0;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      while (k < paragraphs.length && paragraphs[k].end < at + word.length) k++;
      if (k === paragraphs.length) return false;
      const p = paragraphs[k];
      if (at < p.start) continue;
      if (wordReadAt(text.slice(p.start, p.end), at - p.start) === word) return true;
    }
    return false;
  }
}

/**
 * The word paragraphRuns reads from `at` in a paragraph's text (trimmed), or null when no word of its scan starts
 * there: `at` is no WORD_START character, or is one inside a word that started before it (no character since the
 * last that is no WORD_PART one is a WORD_START one).
 */
function wordReadAt(body: string, at: number): string | null {
  if (!WORD_START(body.codePointAt(at)!)) return null;
  for (let i = at; i > 0;) {
    const { code, size } = codePointBefore(body, i);
    if (!WORD_PART(code)) break;
    if (WORD_START(code)) return null;
    i -= size;
  }
  return trimToken(body.slice(at, wordEndAt(body, at)));
}

export interface NameRuns {
  runs: NameRun[];
  /** Every word the text writes in lower case: such a word capitalised is grammar, not a name. */
  lowerWords: WordSet;
}

export function findNameRuns(text: string, paragraphs: Paragraph[]): NameRuns {
  const runs: NameRun[] = [];
  const read: Paragraph[] = [];
  for (const p of paragraphs) {
    if (isHeadline(text.slice(p.start, p.end))) continue;
    read.push(p);
    paragraphRuns(text, p, runs);
  }
  return { runs, lowerWords: new LowerWords(text, read) };
}
