import { isSpace } from './chars';
import { latinFirst } from './latin-first';

// Word look-ups in front of regexps. V8 stops optimising regexps once a process has generated about 1 MB of regexp
// code, which this project's patterns pass early in the first article: a pattern with a long word alternation is then
// tried alternative by alternative from every position of its input. Where every match must open (or end) with one of
// a list's words, that word is looked up first, in a Set, and the pattern is tried only where it can match.

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** U+017F (long s) and U+212A (Kelvin): /iu matches them to "s" and "k", and `\b` and `\w` read them as letters. */
const foldsToAscii = (s: string) => s.indexOf('\u017f') >= 0 || s.indexOf('\u212a') >= 0;

/** Words of ASCII letters, compared in lower case when `fold`; a word of a string is looked up without a copy of it
 * unless its first letter and length are some word's. */
export class WordList {
  readonly fold: boolean;
  private readonly words = new Set<string>();
  /** [first letter (lower case when folding) × 32 + length (31 for longer)]: some word has them. */
  private readonly shapes = new Uint8Array(128 * 32);

  constructor(words: Iterable<string>, fold: boolean) {
    this.fold = fold;
    for (const w of words) {
      this.words.add(fold ? w.toLowerCase() : w);
      if (w.length > 0) this.shapes[this.shape(w.charCodeAt(0), w.length)] = 1;
    }
  }

  private shape(first: number, length: number): number {
    return (this.fold ? first | 0x20 : first) * 32 + Math.min(length, 31);
  }

  /** The run is one of the words. Its shape is read first: most runs open no pattern, and are turned away there. */
  has(run: Run): boolean {
    if (this.shapes[this.fold ? run.foldedShape : run.shape] === 0) return false;
    return this.words.has(this.fold ? run.lower : run.word);
  }

  /** `s.slice(start, end)` (ASCII letters, or empty) is one of the words. */
  hasAt(s: string, start: number, end: number): boolean {
    if (start === end) return this.words.has('');
    if (this.shapes[this.shape(s.charCodeAt(start), end - start)] === 0) return false;
    const w = s.slice(start, end);
    return this.words.has(this.fold ? w.toLowerCase() : w);
  }
}

/** The first words of a list's entries (opening ASCII letters: "grew" of "grew up"), in lower case when `fold`. */
export function firstWords(words: Iterable<string>, fold: boolean): WordList {
  return new WordList(openingsOf(words), fold);
}

/** The opening ASCII letters of each entry, as written. */
function openingsOf(words: Iterable<string>): string[] {
  const first: string[] = [];
  for (const w of words) {
    const m = /^[A-Za-z]+/.exec(w);
    if (!m) throw new Error(`firstWords: "${w}" does not open with an ASCII letter`);
    first.push(m[0]);
  }
  return first;
}

/**
 * The last words of a list's entries (what `endsWithWord` compares: "as" of "such as"), in lower case when `fold`. An
 * entry that ends otherwise ("vs.") gives '', which `endsWithWord` finds before any white space that follows no letter.
 */
export function lastWords(words: Iterable<string>, fold: boolean): WordList {
  return new WordList(
    [...words].map((w) => /[A-Za-z]*$/.exec(w)![0]),
    fold,
  );
}

/** One maximal run of ASCII letters of a string: where it is, as written and in lower case (made on first use), and its
 * shape (WordList), as written and folded, worked out once for the many lists that look the run up. */
class Run {
  private written?: string;
  private folded?: string;

  constructor(
    private readonly s: string,
    readonly start: number,
    readonly end: number,
    readonly shape: number,
    readonly foldedShape: number,
  ) {}

  get word(): string {
    return (this.written ??= this.s.slice(this.start, this.end));
  }

  get lower(): string {
    return (this.folded ??= this.word.toLowerCase());
  }
}

/** A first word of openedBy patterns and their numbers. */
interface Opening {
  word: string;
  ids: number[];
}

/**
 * The openedBy patterns, numbered, and their first words, by a number worked out from the word's letters (wordHash):
 * as written (`exact`) or in lower case (`folded`, for patterns with the i flag). A window's runs are looked up here
 * once, not once per pattern (most of the dozens of patterns tried on a window find none of their words in it), and
 * by number, with no copy of the run made.
 */
const openers = {
  count: 0,
  exact: new Map<number, Opening[]>(),
  folded: new Map<number, Opening[]>(),
};

/**
 * The number of a word, as windowOf works it out for a run of letters. Kept to 30 bits, a small integer to V8: a map
 * key outside that range is a heap number, made anew for each look-up (two per run of every window read).
 */
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + word.charCodeAt(i)) | 0;
  return h & SMALL;
}
const SMALL = 0x3fffffff;

function addOpener(words: Iterable<string>, fold: boolean): number {
  const id = openers.count++;
  const byHash = fold ? openers.folded : openers.exact;
  for (const w of openingsOf(words)) {
    const word = fold ? w.toLowerCase() : w;
    const hash = wordHash(word);
    const list = byHash.get(hash) ?? [];
    byHash.set(hash, list);
    const known = list.find((o) => o.word === word);
    if (!known) list.push({ word, ids: [id] });
    else if (!known.ids.includes(id)) known.ids.push(id);
  }
  return id;
}

/** The patterns `s.slice(start, end)` opens, among `list` (the openings of its hash), compared in place. */
function opensOf(
  list: Opening[] | undefined,
  s: string,
  start: number,
  end: number,
  fold: boolean,
): number[] | undefined {
  if (!list) return undefined;
  for (const o of list) {
    if (o.word.length !== end - start) continue;
    let k = 0;
    while (
      k < o.word.length &&
      (fold ? s.charCodeAt(start + k) | 0x20 : s.charCodeAt(start + k)) === o.word.charCodeAt(k)
    )
      k++;
    if (k === o.word.length) return o.ids;
  }
  return undefined;
}

/** Where a run of a window opens openedBy patterns, and which (by number). */
interface OpeningRun {
  start: number;
  opens: readonly number[];
}

/**
 * A string's runs that open some openedBy pattern, in text order, and which patterns some run of it opens (by number;
 * `folds`: see foldsToAscii). Most runs open none: they are looked up and passed over, with no object made for them.
 */
interface Window {
  s: string;
  openings: OpeningRun[];
  opened: Uint8Array;
  folds: boolean;
  /** Its lower-case copy, made on first use; null when /iu does not read it as /u reads that (foldsAsLowerCase). */
  lower?: string | null;
  /** Every run, for hasWord, made on first use. */
  runs?: Run[];
}

function lowerCopy(window: Window): string | null {
  if (window.lower === undefined) window.lower = foldsAsLowerCase(window.s) ? window.s.toLowerCase() : null;
  return window.lower;
}

/** The last few strings read: the role patterns read the same few windows around a name in turn. */
const recent: Window[] = [];
let next = 0;

/** Every ASCII-letter run of the string, with its shapes. */
function runsOf(s: string): Run[] {
  const window = windowOf(s);
  if (window.runs) return window.runs;
  const runs: Run[] = [];
  for (let i = 0; i < s.length; i++) {
    if (!isAsciiLetter(s.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < s.length && isAsciiLetter(s.charCodeAt(end))) end++;
    const first = s.charCodeAt(i);
    const length = Math.min(end - i, 31);
    runs.push(new Run(s, i, end, first * 32 + length, (first | 0x20) * 32 + length));
    i = end;
  }
  return (window.runs = runs);
}

function windowOf(s: string): Window {
  // A window read before a pattern was added (openedBy at run time) is read again.
  for (const r of recent) if (r.s === s && r.opened.length === openers.count) return r;
  // The window this one replaces is read no more (each reader is done with its window before it asks for another):
  // it and its table are used again, not made anew for each of the many windows read per article. (Its list of
  // openings is not: emptying an array by its length costs more than a new one.)
  const window: Window = recent[next] ?? {
    s,
    openings: [],
    opened: new Uint8Array(0),
    folds: false,
    lower: undefined,
    runs: undefined,
  };
  window.s = s;
  window.openings = [];
  if (window.opened.length === openers.count) window.opened.fill(0);
  else window.opened = new Uint8Array(openers.count);
  window.folds = foldsToAscii(s);
  window.lower = undefined;
  window.runs = undefined;
  const { openings, opened } = window;
  for (let i = 0; i < s.length; i++) {
    if (!isAsciiLetter(s.charCodeAt(i))) continue;
    let end = i + 1;
    let exact = s.charCodeAt(i);
    let folded = exact | 0x20;
    for (let c = s.charCodeAt(end); end < s.length && isAsciiLetter(c); c = s.charCodeAt(++end)) {
      exact = (Math.imul(exact, 31) + c) | 0;
      folded = (Math.imul(folded, 31) + (c | 0x20)) | 0;
    }
    const asWritten = opensOf(openers.exact.get(exact & SMALL), s, i, end, false);
    const lowered = opensOf(openers.folded.get(folded & SMALL), s, i, end, true);
    const opens = asWritten && lowered ? [...asWritten, ...lowered] : (asWritten ?? lowered);
    if (opens) {
      for (const id of opens) opened[id] = 1;
      openings.push({ start: i, opens });
    }
    i = end;
  }
  recent[next] = window;
  next = (next + 1) % 4;
  return window;
}

/** A regexp tried only where one of its opening words opens (see `openedBy`). */
export interface OpenedBy {
  exec(s: string): RegExpExecArray | null;
  test(s: string): boolean;
}

/**
 * `re`, tried only at the starts of ASCII-letter runs that are the first word of one of `words` (compared in lower
 * case when `re` has the i flag, else as written). Exact when every match of `re` opens with one of `words`, whole:
 * the pattern begins with `\b` and an alternation of `words`, and lets no ASCII letter follow a word (a space, `\b`, a
 * stop or another word's next part comes next). The starts are tried in text order, so `exec` finds the match an
 * unanchored scan finds first. Under /iu a string holding the long s or the Kelvin sign is tried at every position.
 */
export function openedBy(re: RegExp, words: Iterable<string>): OpenedBy {
  if (re.global || re.sticky) throw new Error(`openedBy: no g or y flag: ${re}`);
  const id = addOpener(words, re.ignoreCase);
  const sticky = new RegExp(re.source, `${re.flags}y`);
  const everywhere = re.ignoreCase && re.unicode;
  let found: RegExpExecArray | null = null;
  const tryAt = (s: string, i: number): boolean => {
    sticky.lastIndex = i;
    found = sticky.exec(s);
    return found !== null;
  };
  const exec = (s: string): RegExpExecArray | null => {
    found = null;
    const window = windowOf(s);
    if (everywhere && window.folds) {
      for (let i = 0; i <= s.length; i++) if (tryAt(s, i)) break;
      return found;
    }
    if (window.opened[id] === 0) return null;
    for (const run of window.openings) if (run.opens.includes(id) && tryAt(s, run.start)) break;
    return found;
  };
  // A test under /iu reads the window's lower-case copy with the pattern in lower case and no i flag, as AnchoredTail
  // does: the same answer, less code and a faster match. Exec reads the string as written: its match is the text.
  const lowered = everywhere ? lowerCaseOrNull(re.source) : null;
  const stickyLower = lowered === null ? null : new RegExp(lowered, `${re.flags.replace('i', '')}y`);
  const test = (s: string): boolean => {
    const window = windowOf(s);
    const lower = stickyLower === null || window.folds || window.opened[id] === 0 ? null : lowerCopy(window);
    if (lower === null) return exec(s) !== null;
    return window.openings.some((run) => {
      if (!run.opens.includes(id)) return false;
      stickyLower!.lastIndex = run.start;
      return stickyLower!.test(lower);
    });
  };
  return { exec, test };
}

/** inLowerCase's rewriting of `source`, or null where it refuses (the pattern is then read as written). */
function lowerCaseOrNull(source: string): string | null {
  try {
    return inLowerCase(source);
  } catch {
    return null;
  }
}

/**
 * The ending of patterns that end at the end of the string (`$`), split off and shared (`openedByThen`). V8 compiles
 * each pattern whole, so a long ending written into many patterns is compiled once for each of them: places' FILLER,
 * in fifteen role patterns, made half of all the regexp code the pipeline generated. Split off, it is compiled once
 * per flags, and whether it matches from a position is worked out once per string for all the patterns.
 */
export class AnchoredTail {
  /** The tail as written, and under /iu in lower case without the i flag, for a lower-case copy of the string. */
  private readonly sticky: RegExp;
  private readonly lowerCase: RegExp | null;
  /**
   * The last few strings read, each with the string the tail reads (a lower-case copy under /iu) and what is known of
   * the tail from each position: 0 not tried, 1 yes, 2 no.
   */
  private readonly recent: { s: string; read: string; plain: boolean; from: Uint8Array }[] = [];
  private next = 0;

  /** Under /iu `source` must be one `inLowerCase` can rewrite (it throws otherwise). */
  constructor(
    readonly source: string,
    readonly flags: string,
  ) {
    // Latin-1 first (latinFirst) where the flags allow: the tails are tried at many positions of two-byte windows.
    const sticky = new RegExp(`(?:${source})$`, `${flags}y`);
    this.sticky = sticky.unicode && !sticky.ignoreCase ? latinFirst(sticky) : sticky;
    const folds = flags.includes('i') && flags.includes('u');
    this.lowerCase = folds ? latinFirst(new RegExp(`(?:${inLowerCase(source)})$`, `${flags.replace('i', '')}y`)) : null;
  }

  /** What is known of `s`: the string read (`plain`: `s` itself, else its lower-case copy), the tail's answers. */
  reading(s: string): { read: string; plain: boolean; from: Uint8Array } {
    let known = this.recent.find((r) => r.s === s);
    if (!known) {
      const plain = this.lowerCase === null || !foldsAsLowerCase(s);
      // The answers of the string this one replaces are read no more: their array is used again when long enough.
      const old = this.recent[this.next] as (typeof this.recent)[number] | undefined;
      const from = old && old.from.length > s.length ? old.from.fill(0, 0, s.length + 1) : new Uint8Array(s.length + 1);
      known = { s, read: plain ? s : s.toLowerCase(), plain, from };
      this.recent[this.next] = known;
      this.next = (this.next + 1) % 4;
    }
    return known;
  }

  /** The tail matches from `at` to the end of `s`. */
  matchesFrom(s: string, at: number): boolean {
    const known = this.reading(s);
    if (known.from[at] === 0) {
      const re = known.plain ? this.sticky : this.lowerCase!;
      re.lastIndex = at;
      known.from[at] = re.test(known.read) ? 1 : 2;
    }
    return known.from[at] === 1;
  }
}

/**
 * Whether /iu on `s` reads as /u on `s.toLowerCase()` for patterns of lower-case ASCII letters, \s, \d, \b, \p{L},
 * \p{Ll} and punctuation: so for every character but three (checked over all code points in the tests). The dotted
 * capital I lower-cases to two characters; /iu reads the long s as "s" and the Greek ypogegrammeni as "ι", a lower-case
 * letter.
 */
export function foldsAsLowerCase(s: string): boolean {
  return !/[\u0130\u017f\u0345]/.test(s);
}

/** The escapes a pattern read in lower case may hold besides escaped punctuation: none whose class case changes. */
const LOWER_CASE_ESCAPES = new Set(['\\s', '\\d', '\\b', '\\p{L}', '\\p{Ll}']);

/**
 * An /iu pattern's source with its ASCII letters in lower case, to be read without the i flag on a lower-case copy of
 * the string (foldsAsLowerCase): "Victorian" in a word list must meet "victorian". Throws on a source with an escape
 * other than LOWER_CASE_ESCAPES or an escaped ASCII character that is no punctuation, a letter outside ASCII, or a
 * named group (its name would change).
 */
export function inLowerCase(source: string): string {
  return source.replace(/\\p\{[^}]*\}|\\.|\(\?<(?![=!])|[^\\(]+|\(/gu, (part) => {
    if (part.startsWith('\\')) {
      if (LOWER_CASE_ESCAPES.has(part) || /^\\[^A-Za-z0-9]$/u.test(part)) return part;
      throw new Error(`inLowerCase: escape ${part} in ${source}`);
    }
    if (part === '(?<') throw new Error(`inLowerCase: a named group in ${source}`);
    if (/[^\0-\x7f]/u.test(part.replace(/[’‘“”]/gu, ''))) throw new Error(`inLowerCase: ${part} in ${source}`);
    return part.toLowerCase();
  });
}

/** A test of a head pattern and a shared tail, which answers as the whole pattern `source` (with `flags`) would. */
export interface OpenedByThen {
  test(s: string): boolean;
  readonly source: string;
  readonly flags: string;
}

/**
 * `head` followed by `tail`, tested as openedBy tests the whole pattern: the head, sticky, only at the runs that open
 * it, ending at each position that follows white space (from the end back), and the tail from there. The same answer as
 * the whole pattern when the head ends in `\s+` and reads nothing past its own end (no look-ahead, no `\b` or `$`
 * after that white space): a match of the whole is a match of the head, then one of the tail where it ends. Under /iu
 * a string holding the long s or the Kelvin sign is tried at every position.
 */
export function openedByThen(head: RegExp, words: Iterable<string>, tail: AnchoredTail): OpenedByThen {
  if (head.global || head.sticky || head.flags !== tail.flags) throw new Error(`openedByThen: flags: ${head}`);
  if (!head.source.endsWith('\\s+')) throw new Error(`openedByThen: the head must end in \\s+: ${head}`);
  const id = addOpener(words, head.ignoreCase);
  const everywhere = head.ignoreCase && head.unicode;
  // As the tail, under /iu the head reads the lower-case copy of the string, in lower case without the i flag.
  const source = everywhere ? inLowerCase(head.source) : head.source;
  const flags = everywhere ? head.flags.replace('i', '') : head.flags;
  const [somewhere, ending] = [source, `(?:${source})$`].map((src) => new RegExp(src, `${flags}y`));
  const [somewhereFolded, endingFolded] = [head.source, `(?:${head.source})$`].map(
    (src) => new RegExp(src, `${head.flags}y`),
  );
  const matchesFrom = (s: string, start: number): boolean => {
    const { read, plain } = tail.reading(s);
    const [opens, ends] = plain && everywhere ? [somewhereFolded, endingFolded] : [somewhere, ending];
    // A head that ends nowhere ends at no position (it reads nothing past its end): one look, most runs stop here.
    opens.lastIndex = start;
    if (!opens.test(read)) return false;
    for (let end = s.length; end > start; end--) {
      if (!isSpace(s.charCodeAt(end - 1))) continue;
      ends.lastIndex = start;
      if (ends.test(end === s.length ? read : read.slice(0, end)) && tail.matchesFrom(s, end)) return true;
    }
    return false;
  };
  const test = (s: string): boolean => {
    const window = windowOf(s);
    if (everywhere && window.folds) {
      for (let i = 0; i < s.length; i++) if (matchesFrom(s, i)) return true;
      return false;
    }
    if (window.opened[id] === 0) return false;
    return window.openings.some((run) => run.opens.includes(id) && matchesFrom(s, run.start));
  };
  return { test, source: `${head.source}${tail.source}$`, flags: head.flags };
}

/**
 * The matches a global scan of `re` finds in `text` (from the left, not overlapping), `re` being sticky with no i flag
 * and `opening` the `firstWords` of its list as written: exact when every match opens at an ASCII-letter run that is
 * one of them (`\b`, then a list word no letter follows); `re` is tried only at such runs. For patterns read over a
 * whole article, which `openedBy`'s memo of recent windows does not suit.
 */
export function matchesOpenedBy(re: RegExp, opening: WordList, text: string): RegExpExecArray[] {
  return matchesEachOpenedBy([[re, opening]], text)[0];
}

/**
 * matchesOpenedBy for several patterns in one scan of the text's ASCII-letter runs (the scan is most of the cost):
 * list k holds what matchesOpenedBy(...patterns[k], text) finds. Each pattern goes on after its own last match; one
 * that ends inside a run goes on at the rest of that run, as its own scan would.
 */
export function matchesEachOpenedBy(
  patterns: readonly (readonly [RegExp, WordList])[],
  text: string,
): RegExpExecArray[][] {
  for (const [re, opening] of patterns)
    if (!re.sticky || re.ignoreCase || opening.fold) throw new Error(`matchesOpenedBy: sticky, unfolded only: ${re}`);
  const found: RegExpExecArray[][] = patterns.map(() => []);
  const resume = patterns.map(() => 0);
  for (let at = 0; at < text.length; at++) {
    if (!isAsciiLetter(text.charCodeAt(at))) continue;
    let end = at + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    for (let k = 0; k < patterns.length; k++) {
      const from = Math.max(at, resume[k]);
      const [re, opening] = patterns[k];
      if (from >= end || !opening.hasAt(text, from, end)) continue;
      re.lastIndex = from;
      const m = re.exec(text);
      if (!m) continue;
      found[k].push(m);
      resume[k] = Math.max(end, from + m[0].length);
    }
    at = end - 1;
  }
  return found;
}

/**
 * A necessary test for a pattern that needs one of a list's entries as a whole word of `s` (after `^`, `\s` or `\b`,
 * with no letter after it): some ASCII-letter run of `s` is one of `first` (`firstWords` of the list). Under /iu
 * (`first.fold`) a string holding the long s or the Kelvin sign passes.
 */
export function hasWord(s: string, first: WordList): boolean {
  if (first.fold && foldsToAscii(s)) return true;
  return runsOf(s).some((run) => first.has(run));
}

/** Where the white space that ends `s` before `end` begins (`end` itself when there is none). */
function spaceFrom(s: string, end: number): number {
  let i = end;
  while (i > 0 && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/** Where the ASCII-letter run that ends at `end` begins (`end` itself when the character before is no such letter). */
function wordFrom(s: string, end: number): number {
  let i = end;
  while (i > 0 && isAsciiLetter(s.charCodeAt(i - 1))) i--;
  return i;
}

const THE = new WordList(['the'], true);

/**
 * A necessary test for a pattern that ends `(?:WORDS)\s+$` (or `(?:WORDS)\s+(?:the\s+)?$` when `orThe`): `s` ends in
 * white space, and the ASCII-letter word before it, or before "the" and its white space, is one of `last`
 * (`lastWords` of the list). Under /iu (`last.fold`) a string holding the long s or the Kelvin sign passes.
 */
export function endsWithWord(s: string, last: WordList, orThe = false): boolean {
  const end = spaceFrom(s, s.length);
  if (end === s.length) return false;
  if (last.fold && foldsToAscii(s)) return true;
  const start = wordFrom(s, end);
  if (last.hasAt(s, start, end)) return true;
  if (!orThe || !THE.hasAt(s, start, end)) return false;
  const before = spaceFrom(s, start);
  return before < start && last.hasAt(s, wordFrom(s, before), before);
}

/**
 * A necessary test for a pattern that ends `(?:BEFORE)\s+(?:LAST)\s+$` (`(?:LAST)\s+(?:the\s+)?$` when `orThe`), where
 * `before` and `last` are `lastWords` of the lists and "the" is none of `last`: `endsWithWord(s, last, orThe)` holds,
 * and white space comes before that word, after an ASCII-letter word of `before` or, where BEFORE may end otherwise
 * ("300 or so in": a count's digit), after a character `otherEnd` accepts. Under /iu (`before.fold`) a string holding
 * the long s or the Kelvin sign passes.
 */
export function endsWithWords(
  s: string,
  before: WordList,
  last: WordList,
  orThe = false,
  otherEnd: (code: number) => boolean = () => false,
): boolean {
  if (!endsWithWord(s, last, orThe)) return false;
  if (before.fold && foldsToAscii(s)) return true;
  let start = wordFrom(s, spaceFrom(s, s.length));
  // "the" read as the article, when the word itself is not one of `last`.
  if (orThe && !last.hasAt(s, start, spaceFrom(s, s.length))) start = wordFrom(s, spaceFrom(s, start));
  const end = spaceFrom(s, start);
  if (end === start || end === 0) return false;
  return otherEnd(s.charCodeAt(end - 1)) || before.hasAt(s, wordFrom(s, end), end);
}
