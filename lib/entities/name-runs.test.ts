// LowerWords answers as the set of every lower-case word the name-run scan used to collect (each WORD match of a
// paragraph that is no headline, trimmed, kept when lower case), on random texts of the characters its reading
// turns on: word parts, possessives, points, hyphens, "al-" names, marks, surrogate pairs and paragraph edges.
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../text/random-strings';
import { charClass, wordEnd, wordStart } from '../text/chars';
import { findNameRuns, isCapitalised, isHeadline, isLowerCase, nextWordStart, trimToken, wordEndAt } from './name-runs';

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu;

/** The set as it was built: every trimmed WORD match of the paragraphs that are no headlines, if lower case. */
function lowerWordsAsBuilt(text: string, paragraphs: { start: number; end: number }[]): Set<string> {
  const words = new Set<string>();
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    if (isHeadline(body)) continue;
    for (const m of body.matchAll(WORD)) {
      const word = trimToken(m[0]);
      if (word && isLowerCase(word) && !isCapitalised(word)) words.add(word);
    }
  }
  return words;
}

const PIECES = [
  ...['the', 'of', 'and', 'a', 'al', 'al-', 'al-Bashir', 'el-Sisi', 'bin-Salman', 'ibn-Saud', 'bin', 'ibn', 'el'],
  ...['said', "said's", 'says’s', 'officials', 'u.s.', 'etc.', 'mr.', 'x-ray', 'e-mail', '-the', "'the", '’s'],
  ...['The', 'Of', 'Bank', 'England', 'Obama', "Obama's", 'éclair', 'Éclair', 'ßtraße', 'ǆ', 'ǅ', 'a\u0301b'],
  ...['\u{1d41a}x', 'x\u{1d41a}', '\u{10428}', '\u{10400}', '3rd', '42', 'co.', 'inc', '&', 'at&t', 'x.', 'the.'],
];
const GLUE = [' ', ' ', ' ', '-', "'", '’', '.', ',', ' & ', '\n', '', '"', '(', 'x'];

describe('LowerWords', () => {
  const texts = randomStrings(PIECES, GLUE, 600, 20261207, 30);

  it('holds the words the scan used to collect, and no others', () => {
    let asked = 0;
    for (const [k, text] of texts.entries()) {
      // Paragraphs cut at random places (a word may be cut at an edge), some text between them left out.
      const cuts = randomStrings(['1', '2', '3'], [''], 1, k, 3)[0].split('').map(Number);
      const paragraphs: { start: number; end: number }[] = [];
      let at = 0;
      for (const c of cuts) {
        const end = Math.min(text.length, at + Math.floor((text.length * c) / 6));
        if (end > at) paragraphs.push({ start: at, end });
        at = end + (c % 2);
      }
      if (at < text.length) paragraphs.push({ start: at, end: text.length });
      const built = lowerWordsAsBuilt(text, paragraphs);
      const { lowerWords } = findNameRuns(text, paragraphs);
      // Every piece of the text between white space, trimmed or not, lower-cased or not, and each built word.
      const asks = new Set([...built, ...text.split(/\s+/), ...text.split(/[\s,."'’(&-]+/)]);
      for (const w of [...asks].flatMap((w) => [w, w.toLowerCase(), trimToken(w)])) {
        expect(lowerWords.has(w), `${JSON.stringify(w)} in ${JSON.stringify(text)}`).toBe(built.has(w));
        asked++;
      }
    }
    expect(asked).toBeGreaterThan(8000);
  });

  it('reads headline paragraphs for no word', () => {
    const text = 'Obama Meets The Press In Paris\nthe press met him.';
    const { lowerWords } = findNameRuns(text, [
      { start: 0, end: 30 },
      { start: 31, end: text.length },
    ]);
    expect(['the', 'press', 'met', 'him', 'meets', 'in'].map((w) => lowerWords.has(w))).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('ends a run at a number or another word that is neither lower case nor capitalised', () => {
    const text = 'The Bank of England 2020 Report and ²Delta Force 3rd Fleet said.';
    const { runs } = findNameRuns(text, [{ start: 0, end: text.length }]);
    expect(runs.map((r) => r.tokens.map((t) => t.text).join(' '))).toEqual([
      'The Bank of England',
      'Report',
      'Force',
      'Fleet',
    ]);
  });

  it('scans words as lib/text/chars does with the WORD classes, from every offset', () => {
    const [start, part] = [charClass(/^[\p{L}\p{N}]$/u), charClass(/^[\p{L}\p{M}\p{N}'’.&-]$/u)];
    let words = 0;
    for (const text of texts.slice(0, 200))
      for (let from = 0; from <= text.length; from++) {
        const at = nextWordStart(text, from);
        expect(at, `${from} in ${JSON.stringify(text)}`).toBe(wordStart(text, from, start));
        if (at < 0) continue;
        expect(wordEndAt(text, at), `${at} in ${JSON.stringify(text)}`).toBe(wordEnd(text, at, part));
        words++;
      }
    expect(words).toBeGreaterThan(10000);
  });
});
