// Word tokens with offsets and what their form says: capitalised, first of a sentence. Computed once per article
// (lib/text/index.ts) and read by the places recogniser and the entity recogniser's run reader.
import { charClass } from './chars';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** First word of a sentence or paragraph (its capital says nothing). */
  sentenceStart: boolean;
}

// What separates a sentence's first word from the previous word: end punctuation, a line break, or an opening quote
// after a colon.
const SENTENCE_END = /[.!?]["'”’)\]]*\s*["“‘]?\s*$|\n\s*$|[:;]\s*["“]\s*$/;

// A word is what /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\d]+(?:[-'’.][\p{L}\p{M}\d]+)*/gu matches: abbreviations with dots
// ("U.S.") first, then words with inner apostrophes/hyphens/dots. Found by a scan by character code (no match object
// per word; the regex was most of the text layer's cost), with these classes.
const UPPER = charClass(/^\p{Lu}$/u);
const WORD_CHAR = charClass(/^[\p{L}\p{M}\d]$/u);
const JOINER = charClass(/^[-'’.]$/u);
const FULL_STOP = 46;
const width = (code: number) => (code > 0xffff ? 2 : 1);

// One-byte strings. A text with one curly quote or dash is held as a two-byte string, and so is every slice of it:
// lower-casing, hashing and Set/Map look-ups of those are several times slower, and the engines do them per word. So
// the scan copies the ASCII characters it reads into bytes, read at the end as a one-byte string (latin1, that is
// windows-1252, decodes bytes below 0x80 to themselves; bytes 0x80–0x9f would decode to two-byte characters, so the
// others are left 0), and an all-ASCII word's text is sliced from that: the same characters.
const LATIN1 = new TextDecoder('latin1');
/** The copy being made, and whether the word being read holds a character outside ASCII. */
interface Copy {
  bytes: Uint8Array;
  wide: boolean;
}
/** WORD_CHAR for ASCII, as a table read inline: the scan reads every character of the article. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) => (WORD_CHAR(c) ? 1 : 0));

/** Where the word starting at `i` (a word character) ends; its ASCII characters are copied on the way. */
function wordEnd(text: string, i: number, copy: Copy): number {
  let j = i;
  let letters = 0;
  // "U.S.": capitals each followed by a point, two or more.
  while (j < text.length) {
    const code = text.codePointAt(j)!;
    if (!UPPER(code) || text.charCodeAt(j + width(code)) !== FULL_STOP) break;
    j += width(code) + 1;
    letters++;
  }
  if (letters >= 2) {
    for (let k = i; k < j; k++) copyChar(text, k, copy);
    return j;
  }
  j = i;
  for (;;) {
    while (j < text.length) {
      const c = text.charCodeAt(j);
      if (c < 128) {
        if (ASCII_WORD[c] === 0) break;
        copy.bytes[j++] = c;
      } else {
        const code = text.codePointAt(j)!;
        if (!WORD_CHAR(code)) break;
        copy.wide = true;
        j += width(code);
      }
    }
    // An inner hyphen, apostrophe or point goes on only before another word character.
    if (j + 1 < text.length && JOINER(text.charCodeAt(j)) && WORD_CHAR(text.codePointAt(j + 1)!)) {
      copyChar(text, j, copy);
      j++;
    } else return j;
  }
}

function copyChar(text: string, at: number, copy: Copy): void {
  const c = text.charCodeAt(at);
  if (c < 128) copy.bytes[at] = c;
  else copy.wide = true;
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const copy: Copy = { bytes: new Uint8Array(text.length), wide: false };
  let previousEnd = 0;
  for (let start = 0; start < text.length;) {
    const c = text.charCodeAt(start);
    if (c < 128 ? ASCII_WORD[c] === 0 : !WORD_CHAR(text.codePointAt(start)!)) {
      start += c < 128 ? 1 : width(text.codePointAt(start)!);
      continue;
    }
    copy.wide = false;
    const end = wordEnd(text, start, copy);
    tokens.push({
      // An all-ASCII word's text is sliced from the one-byte copy, once made ('' until then).
      text: copy.wide ? text.slice(start, end) : '',
      start,
      end,
      upper: upperFirst(text, start),
      sentenceStart: tokens.length === 0 || opensSentence(text, previousEnd, start),
    });
    previousEnd = end;
    start = end;
  }
  const ascii = LATIN1.decode(copy.bytes);
  for (const t of tokens) if (t.text === '') t.text = ascii.slice(t.start, t.end);
  return tokens;
}

/** The word at `start` opens with a capital. ASCII is decided by its code: this runs per word of the article. */
function upperFirst(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text[start];
  return first !== first.toLowerCase();
}

/** What stands between two words ends a sentence. Most words follow one space, which ends none (no slice made). */
function opensSentence(text: string, from: number, to: number): boolean {
  if (to === from + 1 && text.charCodeAt(from) === 32) return false;
  const between = text.slice(from, to);
  return between !== ' ' && (SENTENCE_END.test(between) || between.includes('\n'));
}

/** Words the text itself writes in lower case: a capitalised form of one is likely the word, not a name. */
export function lowerCaseWords(tokens: Token[]): Set<string> {
  const words = new Set<string>();
  for (const t of tokens) if (!t.upper) words.add(lowerAscii(t.text) ? t.text : t.text.toLowerCase());
  return words;
}

/** Only ASCII and no capital: the word is its own lower case (toLowerCase, per word, costs more than this test). */
function lowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}
