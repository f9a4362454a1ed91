// readMention remembers a phrase's reading and moves it to each offset: the same answer as reading the phrase afresh
// at that offset, on random phrases built from the words its rules look at.
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../text/random-strings';
import { forgetReadings, readMention, readPhrase } from './mentions';

const PIECES = [
  ...['Tom', 'Baker', 'Maria', 'Lopez', 'Jr.', 'Sen.', 'Gov\u2024', 'Mr.', 'J.', 'U.S.', 'McCain', 'al-Assad', 'de'],
  ...['the', 'The', 'a', 'his', 'her', 'its', 'their', 'one', 'two', 'of', 'for', 'at', 'in', 'In', 'As', 'and'],
  ...['&', 'Johnson', 'AT&T', 'Times', 'Observer', 'Raleigh', 'Democrat', 'Ohio', 'Wyoming', 'GOP', 'chairman'],
  ...['President', 'Chief', 'Executive', 'spokesman', 'spokeswoman', 'officials', 'lawyer', 'judge', 'mayor'],
  ...['who', 'which', 'said', 'says', 'told', 'questioned', 'named', 'turned', 'later', 'also', 'echoing', 'telling'],
  ...['he', 'she', 'He’s', 'it', 'they', 'I', 'Smith’s', "Trump's", 'Reuters’', 'Monday', 'ambassador', 'to'],
  ...['Britain', 'Liu', 'Xiaming', 'at least', 'some', 'many', 'three', 'senior', 'Kazakh', 'Tokayev', 'Inc.'],
];
const GLUE = [' ', ' ', ' ', ', ', ',', ' (', ') ', '  ', '\n', '-', '’s ', ': '];

describe('readMention', () => {
  const phrases = randomStrings(PIECES, GLUE, 3000, 20261207, 7);

  it('reads phrases of every kind (the comparison below is worth something)', () => {
    const kinds = new Set(phrases.map((p) => readPhrase(p, 0)?.kind ?? 'none'));
    expect([...kinds].sort()).toEqual(['anonymous', 'group', 'name', 'none', 'organization', 'pronoun', 'role']);
  });

  it('answers as a fresh reading at every offset, first read or remembered', () => {
    forgetReadings();
    for (const [k, phrase] of phrases.entries()) {
      for (const offset of [0, 1 + (k % 50), 40000 + k]) {
        expect(readMention(phrase, offset), `${JSON.stringify(phrase)} at ${offset}`).toEqual(
          readPhrase(phrase, offset),
        );
      }
    }
    forgetReadings();
  });

  it('gives a new object per call: a caller changing one changes no later answer', () => {
    forgetReadings();
    const first = readMention('spokesman Berik Uali', 10)!;
    first.start = -1;
    first.text = 'changed';
    expect(readMention('spokesman Berik Uali', 10)).toEqual(readPhrase('spokesman Berik Uali', 10));
    forgetReadings();
  });
});

// The readings of the branches readPhrase's helpers take (a relative clause after a described head, a title as a
// surname, role words, a holder's participle after a document, an affiliation), fixed as a digest of the readings:
// a rewrite of those helpers for speed must give the same readings (the digest was taken before the rewrite; retaken
// by hygiene, stop 36, when "Department Steve Mitch" came to read as "Steve Mitch": 3 of the 4000 readings changed).
const BRANCH_PIECES = [
  ...['a', 'the', 'Doctors', 'Nurses', 'member', 'voter', 'who', 'whom', 'which', 'many', 'of', 'at', 'supports'],
  ...['Amy', 'Pope', 'Rep.', 'Steve', 'King', 'Virginia', 'Governor', 'Mayor', 'Ohio’s', 'Mr.', 'spokesman', 'said'],
  ...['memo', 'report', 'letter', 'obtained', 'provided', 'shared', 'by', 'to', 'with', 'Politico', 'Congress'],
  ...['Tasos', 'Georgelis', 'Department', 'Kentucky', 'Mitch', 'McConnell', 'Senator', 'Trump', 'Sons', 'Norway'],
];
/** FNV-1a over the readings' JSON: one number stands for 4000 readings. */
function digest(values: unknown[]): string {
  let h = 0x811c9dc5;
  const s = JSON.stringify(values);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

describe('readPhrase', () => {
  it('reads relative clauses, titles, holders and affiliations as before its helpers were rewritten', () => {
    const phrases = randomStrings(BRANCH_PIECES, [' ', ' ', ' ', ', '], 4000, 20261207, 6);
    const readings = phrases.map((p) => readPhrase(p, 3));
    expect(new Set(readings.map((r) => r?.kind ?? 'none')).size).toBeGreaterThan(4);
    expect(digest(readings)).toBe('b766c2c4');
  });
});
