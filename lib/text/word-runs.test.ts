// The word look-ups put in front of regexps answer as the regexps do: on hand-picked edges (a word inside another, a
// digit or "_" before the word, a letter outside ASCII after it, the long s and the Kelvin sign) and on random
// strings built from the patterns' own words.
import { describe, expect, it } from 'vitest';
import { randomStrings } from './random-strings';
import {
  endsWithWord,
  endsWithWords,
  firstWords,
  hasWord,
  lastWords,
  matchesEachOpenedBy,
  matchesOpenedBy,
  openedBy,
  openedByThen,
  AnchoredTail,
  foldsAsLowerCase,
  inLowerCase,
  WordList,
} from './word-runs';

const VERBS = ['hit', 'hits', 'struck', 'grew up', 'set off', 'e-mail'];
const alternation = (ws: string[]) => ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
const PATTERNS: RegExp[] = [
  new RegExp(`\\b(?:${alternation(VERBS).join('|')})\\s+(?:the\\s+)?(?<place>[\\p{L}-]+\\s+){0,2}$`, 'iu'),
  new RegExp(`\\b(?:${alternation(VERBS).join('|')})\\b[^.]{0,20}?\\bin\\s+$`, 'u'),
  new RegExp(`\\b(?:${alternation(VERBS).join('|')})\\s+by\\b`, 'i'),
];
const PIECES = [
  'hit',
  'Hit',
  'HITS',
  'hits',
  'struck',
  'grew',
  'up',
  'set',
  'off',
  'e-mail',
  'the',
  'town',
  'in',
  'by',
];
const GLUE = [' ', ' ', ' ', ' ', '  ', '\n', '_', '1', 'é', '.', '-', 'ſ', 'K', ''];

const randomTexts = (n: number) => randomStrings(PIECES, GLUE, n, 7, 6);

describe('openedBy', () => {
  it('finds the match an unanchored scan finds, with its index and groups', () => {
    for (const re of PATTERNS) {
      const gated = openedBy(re, VERBS);
      for (const s of randomTexts(4000)) {
        const want = re.exec(s);
        const got = gated.exec(s);
        expect([s, got?.index, got?.[0], got?.groups]).toEqual([s, want?.index, want?.[0], want?.groups]);
      }
    }
  });

  it('answers the same when strings come back after their windows were replaced (each window is reused)', () => {
    const gated = PATTERNS.map((re) => openedBy(re, VERBS));
    const texts = randomTexts(400);
    // Strings read in turn, six at a time and each twice, by every pattern: the last four windows are kept, and the
    // fifth string takes the place (and the table) of the first.
    for (let k = 0; k + 6 <= texts.length; k += 6)
      for (const s of [...texts.slice(k, k + 6), ...texts.slice(k, k + 6)])
        PATTERNS.forEach((re, p) => {
          expect([s, p, gated[p].test(s)]).toEqual([s, p, re.test(s)]);
          expect([s, p, gated[p].exec(s)?.index]).toEqual([s, p, re.exec(s)?.index]);
        });
  });

  it('tests an /iu pattern on the lower-case copy as the pattern tests the string', () => {
    const folded = [
      new RegExp(`\\b(?:${alternation(VERBS).join('|')})\\s+(?:The\\s+)?(?:[\\p{L}-]+\\s+){0,2}$`, 'iu'),
      new RegExp(`\\b(?:${alternation(VERBS).join('|')})\\b[^.]{0,20}?\\bIN\\s+$`, 'iu'),
    ];
    const glue = [...GLUE, 'İ', '\u0345', 'ǅ'];
    for (const re of folded) {
      const gated = openedBy(re, VERBS);
      for (const s of randomStrings(PIECES, glue, 4000, 13, 6)) expect([s, gated.test(s)]).toEqual([s, re.test(s)]);
    }
  });

  it('reads a word only where it opens: not inside another, nor after a digit', () => {
    const re = openedBy(/\b(?:hit)\s+$/u, ['hit']);
    expect(re.test('they hit ')).toBe(true);
    expect(re.test('they shit ')).toBe(false);
    expect(re.test('they 2hit ')).toBe(false);
    expect(re.test('éhit ')).toBe(true);
  });

  it('tries every position where /iu folds the long s or the Kelvin sign into ASCII', () => {
    const re = openedBy(/\b(?:struck|kit)\s+$/iu, ['struck', 'kit']);
    expect(re.test('ſtruck ')).toBe(true);
    expect(re.test('\u212ait ')).toBe(true);
    expect(openedBy(/\b(?:struck)\s+$/i, ['struck']).test('ſtruck ')).toBe(false);
  });

  it('refuses a global or sticky pattern, and a word that opens with no ASCII letter', () => {
    expect(() => openedBy(/\bhit/gu, ['hit'])).toThrow();
    expect(() => openedBy(/\b(?:élan)/u, ['élan'])).toThrow();
  });

  it('reads a window again when a pattern is added after it was read, and keeps patterns sharing a word apart', () => {
    const s = 'Crews struck the town and hit it again';
    const first = openedBy(/\bstruck\s+the\b/u, ['struck']);
    expect(first.exec(s)?.index).toBe(6);
    const later = openedBy(/\bhit\s+it\b/u, ['hit']);
    expect(later.exec(s)?.index).toBe(26);
    const shared = openedBy(/\bstruck\s+a\b/u, ['struck']);
    expect(shared.exec(s)).toBeNull();
    expect(openedBy(/\bHIT\s+it\b/iu, ['HIT']).exec(s)?.index).toBe(26);
    expect(openedBy(/\bHIT\s+it\b/u, ['HIT']).exec(s)).toBeNull();
  });
});

describe('openedByThen', () => {
  // A tail with optional and repeated parts, so that a head may end at several places and the tail start at several.
  const TAIL = '(?:(?:the|a)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:(?:in|of)\\s+)?';
  const HEADS = [
    `\\b(?:${alternation(VERBS).join('|')})\\s+`,
    `\\b(?:${alternation(VERBS).join('|')})\\b(?:\\s+[\\p{L}-]+){0,2}?\\s+(?:in|by)\\s+`,
  ];

  it('answers as the whole pattern, head and tail in one, on random strings', () => {
    for (const flags of ['iu', 'u'])
      for (const head of HEADS) {
        const split = openedByThen(new RegExp(head, flags), VERBS, new AnchoredTail(TAIL, flags));
        const whole = new RegExp(split.source, flags);
        for (const s of randomTexts(4000)) expect([s, split.test(s)]).toEqual([s, whole.test(s)]);
      }
  });

  it('finds a head that ends before the last place its tail could start', () => {
    const tail = new AnchoredTail(TAIL, 'u');
    const hit = openedByThen(new RegExp(HEADS[1], 'u'), VERBS, tail);
    expect(hit.test('they hit the town in the ')).toBe(true); // the head ends after "in", the tail is "the "
    expect(hit.test('they hit it by a town of ')).toBe(true);
    expect(hit.test('they hit it by a big old town of ')).toBe(false); // three words: more than the tail takes
    expect(hit.test('they shit it by ')).toBe(false);
  });

  it('refuses a head that does not end in white space, or whose flags are not the tail’s', () => {
    const tail = new AnchoredTail(TAIL, 'u');
    expect(() => openedByThen(/\bhit\b/u, ['hit'], tail)).toThrow();
    expect(() => openedByThen(/\bhit\s+/iu, ['hit'], tail)).toThrow();
  });
});

describe('foldsAsLowerCase', () => {
  // Only a character with a case mapping can read otherwise under /iu: the others (most code points) are skipped.
  it('holds for every code point but three, on what the tails are made of', () => {
    const both = (source: string) => [new RegExp(`^${source}$`, 'iu'), new RegExp(`^${source}$`, 'u')] as const;
    const classes = ['\\p{Ll}', '\\p{L}', '\\s', '\\d', '\\w', "[’'.,\\[\\]-]"].map(both);
    const letters = [...'abcdefghijklmnopqrstuvwxyz'].map(both);
    const differ: number[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCodePoint(code);
      const lower = c.toLowerCase();
      if (lower === c && c.toUpperCase() === c) continue;
      const same =
        lower.length === c.length &&
        [...classes, ...letters].every(([folded, plain]) => folded.test(c) === plain.test(lower));
      if (same !== foldsAsLowerCase(c)) differ.push(code);
    }
    expect(differ).toEqual([]);
    expect(['İ', 'ſ', '\u0345', 'K', 'Σ'].map(foldsAsLowerCase)).toEqual([false, false, false, true, true]);
  });
});

describe('inLowerCase', () => {
  it('writes the letters in lower case and keeps the escapes', () => {
    expect(inLowerCase("\\b(?:Victorian|in)\\s+[\\p{L}'’-]+\\p{Ll}\\d{1,2}\\.(?<=x)")).toBe(
      "\\b(?:victorian|in)\\s+[\\p{L}'’-]+\\p{Ll}\\d{1,2}\\.(?<=x)",
    );
  });

  it('refuses what reads otherwise on a lower-case copy: other classes, letters outside ASCII, group names', () => {
    for (const source of ['\\p{Lu}', '\\S', '\\w', '\\n', '\\u0130', 'é', '(?<cue>x)'])
      expect(() => inLowerCase(source)).toThrow();
  });
});

describe('matchesOpenedBy', () => {
  // Capitalised list words as the people and class-noun patterns write them (no i flag), and their global forms.
  const TITLED = ['Mr', 'Sen', 'Senator', 'Mayor'];
  const sticky = new RegExp(`\\b(${TITLED.join('|')})\\.?[^\\S\\n]+(\\p{Lu}\\p{Ll}+)`, 'uy');
  const global = new RegExp(sticky.source, 'gu');
  const WORDS = ['Mr', 'Sen', 'Senator', 'Mayor', 'Lee', 'Brown', 'lee', 'MrLee', 'Señor', '.', '1'];
  let x = 11;
  const next = (k: number) => (x = (x * 48271) % 2147483647) % k; // exact in doubles, unlike the one above
  const texts = Array.from({ length: 4000 }, () => {
    let s = '';
    for (let k = next(8); k >= 0; k--) s += WORDS[next(WORDS.length)] + GLUE[next(GLUE.length)];
    return s;
  });

  it('gives the matches a global scan gives, in order and not overlapping', () => {
    const opening = firstWords(TITLED, false);
    let matched = 0;
    for (const s of texts.concat(['Mr. Mayor Brown', 'Senator Sen Lee', 'xMr Lee', 'Mr Lee Mr Cole'])) {
      const got = matchesOpenedBy(sticky, opening, s).map((m) => [m.index, m[0]]);
      expect([s, got]).toEqual([s, [...s.matchAll(global)].map((m) => [m.index, m[0]])]);
      matched += got.length;
    }
    expect(matched).toBeGreaterThan(200);
  });

  it('scans for several patterns at once as each alone, one going on inside a run where its match ended', () => {
    // A second list sharing a word ("Mr") with the first, and matches ending inside a word ("Mr LeeBrown" → "Brown").
    const NAMED = ['Lee', 'Mr'];
    const other = new RegExp(`\\b(${NAMED.join('|')})[^\\S\\n]+(\\p{Lu}\\p{Ll}+)`, 'uy');
    const otherGlobal = new RegExp(other.source, 'gu');
    const lists: [RegExp, WordList][] = [
      [sticky, firstWords(TITLED, false)],
      [other, firstWords(NAMED, false)],
    ];
    let matched = 0;
    for (const s of texts.concat(['Mr LeeBrown Lee Brown', 'Mr Lee Mr Cole'])) {
      const [a, b] = matchesEachOpenedBy(lists, s).map((found) => found.map((m) => [m.index, m[0]]));
      expect([s, a]).toEqual([s, [...s.matchAll(global)].map((m) => [m.index, m[0]])]);
      expect([s, b]).toEqual([s, [...s.matchAll(otherGlobal)].map((m) => [m.index, m[0]])]);
      matched += Math.min(a.length, b.length);
    }
    expect(matched).toBeGreaterThan(50);
  });

  it('refuses a pattern that is not sticky, folds case, or a folded word list', () => {
    expect(() => matchesOpenedBy(global, firstWords(TITLED, false), 'Mr Lee')).toThrow();
    expect(() => matchesOpenedBy(sticky, firstWords(TITLED, true), 'Mr Lee')).toThrow();
  });
});

describe('endsWithWord', () => {
  const last = lastWords(['in', 'at', 'such as', 'vs.'], true);

  it('passes every string a pattern ending in the words and white space matches', () => {
    const re = /\b(?:in|at|such\s+as|vs\.)\s+(?:the\s+)?$/iu;
    for (const s of randomTexts(4000).concat(['in ', 'IN the ', 'vs. ', 'at\n', 'such as '])) {
      if (re.test(s)) expect([s, endsWithWord(s, last, true)]).toEqual([s, true]);
    }
  });

  it('reads the last word before the white space, and the one before "the" only when asked', () => {
    expect(endsWithWord('born in ', last)).toBe(true);
    expect(endsWithWord('born in', last)).toBe(false);
    expect(endsWithWord('born in the ', last)).toBe(false);
    expect(endsWithWord('born in the ', last, true)).toBe(true);
    expect(endsWithWord('born within ', last)).toBe(false);
    expect(endsWithWord('born IN ', lastWords(['in'], false))).toBe(false);
    expect(endsWithWord('x vs. ', last)).toBe(true);
    expect(endsWithWord('ſuch aſ ', last)).toBe(true);
    expect(endsWithWord('ſuch aſ ', lastWords(['as'], false))).toBe(false);
  });
});

describe('endsWithWords', () => {
  // HOLDER's shape (places/role-cues): holder words or a count, then a preposition, then maybe "the".
  const holders = lastWords(['offices', 'start-ups', 'so'], true);
  const preps = lastWords(['in', 'at'], true);
  const count = (c: number) => c >= 48 && c <= 57;
  const re = /(?:\b(?:offices|start-ups)|\d+\s+or\s+so|about\s+\d+)\s+(?:in|at)\s+(?:the\s+)?$/iu;

  it('passes every string the pattern matches', () => {
    const pieces = ['offices', 'Start-ups', 'so', 'or', '300', 'about', 'in', 'AT', 'the', 'town', 'ſo'];
    let x = 5;
    const next = (k: number) => (x = (x * 48271) % 2147483647) % k;
    let matched = 0;
    for (let i = 0; i < 6000; i++) {
      let s = '';
      for (let k = next(6); k >= 0; k--) s += pieces[next(pieces.length)] + GLUE[next(GLUE.length)];
      s += ['', ' in ', ' AT the ', ' in\n'][next(4)];
      if (!re.test(s)) continue;
      matched++;
      expect([s, endsWithWords(s, holders, preps, true, count)]).toEqual([s, true]);
    }
    expect(matched).toBeGreaterThan(200);
  });

  it('reads the word before the last one, past "the" when asked', () => {
    expect(endsWithWords('new offices in ', holders, preps)).toBe(true);
    expect(endsWithWords('new offices in the ', holders, preps)).toBe(false);
    expect(endsWithWords('new offices in the ', holders, preps, true)).toBe(true);
    expect(endsWithWords('new homes in the ', holders, preps, true)).toBe(false);
    expect(endsWithWords('offices  in ', holders, preps)).toBe(true);
    expect(endsWithWords('officesin ', holders, preps)).toBe(false);
    expect(endsWithWords('in ', holders, preps)).toBe(false);
    expect(endsWithWords('about 300 in ', holders, preps, false, count)).toBe(true);
    expect(endsWithWords('about 300 in ', holders, preps)).toBe(false);
  });
});

describe('hasWord', () => {
  it('finds a first word only as a whole ASCII-letter run', () => {
    const first = firstWords(['called off', 'postponed'], true);
    expect(hasWord('talks were Called off', first)).toBe(true);
    expect(hasWord('recalled', first)).toBe(false);
    expect(hasWord('poſtponed', first)).toBe(true);
    expect(hasWord('Postponed', firstWords(['postponed'], false))).toBe(false);
  });
});

describe('WordList', () => {
  it('looks a slice up as written, or in lower case when folding', () => {
    const s = 'Café au-lait, Hit';
    expect(new WordList(['caf', 'hit'], true).hasAt(s, 0, 3)).toBe(true);
    expect(new WordList(['caf', 'hit'], false).hasAt(s, 0, 3)).toBe(false);
    expect(new WordList(['Hit'], false).hasAt(s, 14, 17)).toBe(true);
    expect(new WordList(['lai'], true).hasAt(s, 8, 12)).toBe(false);
  });
});
