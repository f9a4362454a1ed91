// The text layer's parts on short made-up texts (issue 18: until now they were checked only through the places and
// quotes engines): word tokens, datelines, abbreviation masking, sentence boundaries and span lookup.
import { describe, expect, it } from 'vitest';
import { MASKED_POINT, maskAbbreviations, unmask } from './abbreviations';
import { DATELINE_OPENING, datelineSpan, inDateline } from './datelines';
import { readText } from './index';
import { previousSentence, sentenceAt, sentencesIn, sentenceStartBefore, splitSentences } from './sentences';
import { lastStartingBy } from './spans';
import { randomStrings } from './random-strings';
import { lowerCaseWords, tokenize } from './tokens';

describe('tokenize', () => {
  const text = 'The U.S. envoy’s well-known plan. "Yes," she said: "Go."\nNext 3.5 São';
  const tokens = tokenize(text);

  it('words keep inner points, apostrophes and hyphens; initialisms stay whole; offsets point at each word', () => {
    expect(tokens.map((t) => t.text)).toEqual([
      'The',
      'U.S.',
      'envoy’s',
      'well-known',
      'plan',
      'Yes',
      'she',
      'said',
      'Go',
      'Next',
      '3.5',
      'São',
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('a capital is upper; a digit or a lower-case letter is not', () => {
    expect(tokens.filter((t) => t.upper).map((t) => t.text)).toEqual(['The', 'U.S.', 'Yes', 'Go', 'Next', 'São']);
  });

  it('a sentence starts the text, after end punctuation, after a colon and an opening quote, and after a line end', () => {
    expect(tokens.filter((t) => t.sentenceStart).map((t) => t.text)).toEqual(['The', 'Yes', 'Go', 'Next']);
    expect(tokenize('one two; "three').map((t) => t.sentenceStart)).toEqual([true, false, true]);
    expect(tokenize('one,\n  two').map((t) => t.sentenceStart)).toEqual([true, true]);
    expect(tokenize('He left.) Then').map((t) => t.sentenceStart)).toEqual([true, false, true]);
  });

  it('the words are the matches of the pattern the scan stands for, with their texts: random text, seeded', () => {
    // ASCII words (sliced from the one-byte copy), words with letters outside ASCII, marks, a letter outside the
    // BMP (a surrogate pair), a lone surrogate, joiners and points; words written from the same pieces.
    const pieces = ['U', 'S', 'ab', 'Éa', 'é', 'e\u0301', '𝐀', '\ud800', '3', '.', '-', "'", '’', '“', '—', 'Ω'];
    const glue = ['', '', ' ', '.', '. ', '\n', ',', '\u00a0'];
    const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\d]+(?:[-'’.][\p{L}\p{M}\d]+)*/gu;
    for (const s of randomStrings(pieces, glue, 3000, 11, 10)) {
      const words = [...s.matchAll(WORD)].map((m) => ({
        text: m[0],
        start: m.index,
        end: m.index + m[0].length,
        upper: m[0][0] !== m[0][0].toLowerCase(),
      }));
      expect(
        tokenize(s).map(({ text, start, end, upper }) => ({ text, start, end, upper })),
        s,
      ).toEqual(words);
    }
  });

  it('lowerCaseWords: the words the text writes in lower case, folded', () => {
    expect([...lowerCaseWords(tokenize('Said the mayor, the Mayor said'))].sort()).toEqual(['mayor', 'said', 'the']);
  });
});

describe('datelines', () => {
  it.each([
    ['NUR-SULTAN (Reuters) - The president', 'NUR-SULTAN'],
    ['ALMATY, Jan 5 (AP) — The president', 'ALMATY, Jan 5'],
    ['SEOUL, South Korea — The president', 'SEOUL, South Korea'],
    ['LONDON — The president', 'LONDON'],
    ['NEW DELHI: The president', 'NEW DELHI'],
    ["ST. JOHN'S – The president", "ST. JOHN'S"],
    ['Caption under a photo\nBUFFALO, N.Y. — The president', 'BUFFALO, N.Y.'],
    // An agency credited in parentheses marks the dateline without the dash, and in title case.
    ['Hong Kong (CNN Business) Asian stocks fell', 'Hong Kong'],
    ['Lima (AFP) Since Monday, protesters', 'Lima'],
    ['DENVER (AP) A man was', 'DENVER'],
    ['Hanoi (VNA) – The government', 'Hanoi'],
    ['Oslo (Reuters) The king', 'Oslo'],
    // Wire copy: a date with no comma, a country in brackets, in title case, before the agency.
    ['Port Elsa 11-15 (AFP) - A high-level official', 'Port Elsa'],
    ['Camp Elsa (Holland) 11-15 (AFP) - The judges', 'Camp Elsa'],
    // A photographer's credit above the story is no dateline; the dashed one below it is.
    ['Jae C. Hong (AP) A man walks past a closed store.\nLOS ANGELES — Retail sales fell', 'LOS ANGELES'],
  ])('"%s" is filed from "%s"', (text, place) => {
    const span = datelineSpan(text)!;
    expect(text.slice(span.start, span.end)).toBe(place);
  });

  it('no dateline: a name not in capitals, a single letter, a line with no dash, or one past 1,500 characters', () => {
    expect(datelineSpan('London — The president')).toBeNull();
    expect(datelineSpan('A — The president')).toBeNull();
    expect(datelineSpan('LONDON The president')).toBeNull();
    // Title case with a credit that is no agency, or with no capital after it.
    expect(datelineSpan('Kauri (Te Kaurinui Robert) Parata, watched by')).toBeNull();
    expect(datelineSpan('The World Bank (WB) has said')).toBeNull();
    expect(datelineSpan('Acme Corp (ticker: ACM) reported')).toBeNull();
    // A wire line with a date and no place names no town.
    expect(datelineSpan('Dec 29 (Reuters) - The president')).toBeNull();
    // A photographer credited in title case: an initial, or a given name before the surname.
    expect(datelineSpan('Jae C. Hong (AP) A man walks past a closed store.')).toBeNull();
    expect(datelineSpan('John Locher (AP) A man walks past a closed store.')).toBeNull();
    expect(datelineSpan(`${'x'.repeat(1500)}\nLONDON — The president`)).toBeNull();
    expect(datelineSpan(`${'x'.repeat(1400)}\nLONDON — The president`)).not.toBeNull();
  });

  it('the opening form takes the dash run and the space after it', () => {
    expect(DATELINE_OPENING.exec('LONDON (AP) ―  The president')![0]).toBe('LONDON (AP) ―  ');
    expect(DATELINE_OPENING.exec('The LONDON — x')).toBeNull();
  });

  it('the opening form reads wire datelines in title case, with a date or a bracketed country, by their credit', () => {
    for (const opening of [
      'Port Elsa, Nov 15 (AFP) - ',
      'Port Elsa 11-15 (AFP) -  ',
      'Camp Elsa (Holland) 11-15 (AFP) - ',
      'Elsaville (VNA) – ',
      'Dec 29 (Reuters) - ',
    ])
      expect(DATELINE_OPENING.exec(`${opening}The minister said`)?.[0]).toBe(opening);
    // No credit, or no dash after it: a name in title case opens the sentence.
    expect(DATELINE_OPENING.exec('Maria Lopez - the mayor - said')).toBeNull();
    expect(DATELINE_OPENING.exec('Acme Corp (ACM) said')).toBeNull();
    // review36 finding 9: a body's name and its initials, then a dash aside, open sentences too.
    expect(DATELINE_OPENING.exec('Harbor Rights Group (HRG) – which monitors the port – said')).toBeNull();
    expect(DATELINE_OPENING.exec('The Elsa Health Organisation (EHO) — in a statement — said')).toBeNull();
    // review36 finding 9b: one word and its own initials is a company and its ticker; a wire agency may share them.
    expect(DATELINE_OPENING.exec('Quillco (QLCO) – which reports on Thursday – said')).toBeNull();
    expect(DATELINE_OPENING.exec('Ashville (AP) – The minister said')?.[0]).toBe('Ashville (AP) – ');
  });

  it('inDateline: a mention wholly inside the dateline', () => {
    const dateline = { start: 0, end: 13 };
    expect(inDateline(dateline, { start: 9, end: 13 })).toBe(true);
    expect(inDateline(dateline, { start: 0, end: 7 })).toBe(true);
    expect(inDateline(dateline, { start: 9, end: 14 })).toBe(false);
    expect(inDateline(null, { start: 0, end: 1 })).toBe(false);
  });
});

describe('maskAbbreviations', () => {
  const masked = (s: string) => maskAbbreviations(s).replaceAll(MASKED_POINT, '·');

  it('titles, ranks, name parts, initials and initialisms lose their point; sentence ends keep theirs', () => {
    expect(masked('Mr. Smith met Sen. Ray, Gen. Lee, Adm. Kay and J. Edgar Hoover in St. Louis.')).toBe(
      'Mr· Smith met Sen· Ray, Gen· Lee, Adm· Kay and J· Edgar Hoover in St· Louis.',
    );
    // Plural titles before two names ("Sens. Ana Ruiz and Tom Ward") end no sentence either.
    expect(masked('Govs. Ana Ruiz and Tom Ward spoke. Reps. Li and Kay left.')).toBe(
      'Govs· Ana Ruiz and Tom Ward spoke. Reps· Li and Kay left.',
    );
    expect(masked('The U.S. team and the U.S.A., then D.C. Next.')).toBe(
      'The U·S· team and the U·S·A·, then D·C· Next.',
    );
  });

  it('a legal form loses its point before a lower-case word, a comma or a dash; before a capital it may end a sentence', () => {
    expect(masked('Acme Inc. said no. Ford Motor Co., in Dearborn, and Acme Corp. — a rival — agreed.')).toBe(
      'Acme Inc· said no. Ford Motor Co·, in Dearborn, and Acme Corp· — a rival — agreed.',
    );
    expect(masked('She joined Acme Corp. The firm grew. He left Acme Ltd.')).toBe(
      'She joined Acme Corp. The firm grew. He left Acme Ltd.',
    );
  });

  it('a point before a letter or at the very end stays; so does a lower-case word', () => {
    expect(masked('Mr.Smith is Dr.')).toBe('Mr.Smith is Dr.');
    expect(masked('He said mr. no.')).toBe('He said mr. no.');
  });

  it('same length, same offsets; unmask gives the text back', () => {
    const text = 'Dr. Ana Silva of the U.S. Navy, Capt. Rui Costa and Supt. Li Wei.';
    expect(maskAbbreviations(text)).toHaveLength(text.length);
    expect(unmask(maskAbbreviations(text))).toBe(text);
    expect(unmask(null)).toBeNull();
  });

  it('opened at the point, the patterns mask what they masked opened at the word: random text, seeded', () => {
    // The former patterns, opened at the word: the points they mask are the reference.
    const words =
      'Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Sens|Reps|Govs|Gen|Col|Sgt|Lt|Capt|Maj|Rev|Adm|Cmdr|Supt|Insp|St|Jr|Sr|No';
    const reference = (s: string) =>
      s
        .replace(/(?<=\b[A-Z])\.(?=[A-Z]\.)/g, MASKED_POINT)
        .replace(new RegExp(`\\b(${words}|[A-Z])\\.(?=\\s|,)`, 'g'), (_, w: string) => `${w}${MASKED_POINT}`);
    const pieces = ['Mr', 'Mrs', 'St', 'No', 'U', 'S', 'A', 'x', 'ab', 'Jr', '.', '.', '.', ' ', ' ', ',', '\n', 'é'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let k = next() % 14; k > 0; k--) s += pieces[next() % pieces.length];
      expect(maskAbbreviations(s)).toBe(reference(s));
    }
  });
});

describe('sentences', () => {
  const text = 'One. Two! "Three?" Four.\nFive. six. Seven';
  const s = splitSentences(text);

  it('a boundary is end punctuation (and a closing quote) before white space and a capital or an opening quote', () => {
    expect(s.marks.map((m) => text[m])).toEqual(['.', '!', '?', '.', '.']);
    expect(s.starts.map((start) => text.slice(start, start + 3))).toEqual(['Two', '"Th', 'Fou', 'Fiv', 'Sev']);
    expect(splitSentences('Pay 3.5 million. On Jan. 5 it fell.').marks).toEqual([15]);
  });

  it('sentencesIn: each sentence of a paragraph, trailing space trimmed', () => {
    expect(sentencesIn(s, text, { start: 0, end: 24 })).toEqual([
      { text: 'One.', start: 0 },
      { text: 'Two!', start: 5 },
      { text: '"Three?"', start: 10 },
      { text: 'Four.', start: 19 },
    ]);
    expect(sentencesIn(s, text, { start: 25, end: text.length })).toEqual([
      { text: 'Five. six.', start: 25 },
      { text: 'Seven', start: 36 },
    ]);
  });

  it('sentenceAt: the sentence around an offset, inside its line', () => {
    expect(sentenceAt(s, text, 12)).toBe('"Three?"');
    expect(sentenceAt(s, text, 0)).toBe('One.');
    expect(sentenceAt(s, text, 21)).toBe('Four.');
    expect(sentenceAt(s, text, 27)).toBe('Five. six.');
    expect(sentenceAt(s, text, text.length - 1)).toBe('Seven');
  });

  it('sentenceStartBefore looks back to the last boundary, never past `from` nor 1,500 characters', () => {
    expect(sentenceStartBefore(s, 0, 12)).toBe(10);
    expect(sentenceStartBefore(s, 0, 10)).toBe(5);
    expect(sentenceStartBefore(s, 12, 14)).toBe(12);
    const long = `Start. ${'word '.repeat(400)}end`;
    expect(sentenceStartBefore(splitSentences(long), 0, long.length)).toBe(long.length - 1500);
  });

  // Callers pass an offset just inside the quote or name (its start + 1).
  it('previousSentence: the one before in the paragraph, else the last one of the previous paragraph', () => {
    expect(previousSentence(s, 0, 11, null)).toEqual({ start: 5, end: 10 });
    expect(previousSentence(s, 0, 2, null)).toBeNull();
    expect(previousSentence(s, 25, 26, { start: 0, end: 24 })).toEqual({ start: 19, end: 24 });
  });
});

describe('lastStartingBy', () => {
  const spans = [{ start: 0 }, { start: 5 }, { start: 9 }];

  it('the last span starting at or before the offset, or -1', () => {
    expect([4, 5, 6, 9, 100].map((at) => lastStartingBy(spans, at))).toEqual([0, 1, 1, 2, 2]);
    expect(lastStartingBy([{ start: 3 }], 1)).toBe(-1);
    expect(lastStartingBy([], 1)).toBe(-1);
  });
});

describe('readText', () => {
  it('one layer: the text, its masked copy, sentences on the masked text, tokens and the dateline', () => {
    const layer = readText({ text: 'LONDON — Mr. Smith left. He said so.' });
    expect(layer.text).toBe('LONDON — Mr. Smith left. He said so.');
    expect(layer.masked).toBe(`LONDON — Mr${MASKED_POINT} Smith left. He said so.`);
    expect(layer.sentences.marks).toEqual([23]);
    expect(layer.tokens.map((t) => t.text)).toEqual(['LONDON', 'Mr', 'Smith', 'left', 'He', 'said', 'so']);
    expect(layer.dateline).toEqual({ start: 0, end: 6 });
  });
});
