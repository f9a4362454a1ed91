// The recogniser's word tests read by character code answer as the copies and patterns they replace, on random words
// of the characters they turn on: ASCII and other capitals, curly and straight apostrophes, points and spaces, given
// names in every case, and characters whose case changes length ("İ", "ß").
import { describe, expect, it } from 'vitest';
import { randomStrings } from '../text/random-strings';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../lexicon/en/given-names';
import { PLACE_NAME_ABBREVIATIONS } from '../lexicon/en/address';
import type { Token } from '../text/tokens';
import { givenName, joins, possessive, shouted } from './1-recognize';
import { isNumberedRoad } from './roads';
import { headKind } from './sites';
import { NUMBERED_ROAD_HEADS } from '../lexicon/en/sites';

/** As 1-recognize.ts builds it. */
const GIVEN_NAMES = new Set(`${FEMALE_GIVEN_NAMES} ${MALE_GIVEN_NAMES}`.split(' '));
const DOTTED = new Set(PLACE_NAME_ABBREVIATIONS);
const DOTTED_CAPITALS = new Set(PLACE_NAME_ABBREVIATIONS.map((a) => a.toUpperCase()));

const shoutedAsWas = (w: string) => w.length >= 2 && w === w.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(w);
const possessiveAsWas = (w: string) => /['’]s?$/.test(w.slice(-2));
const joinsAsWas = (word: Token, between: string, next: Token) =>
  between === ' ' ||
  (between === '. ' && (DOTTED.has(word.text) || (DOTTED_CAPITALS.has(word.text) && shoutedAsWas(next.text))));

const PIECES = [
  ...['John', 'JOHN', 'john', 'Mary', 'MaRy', 'Adda', 'adda', 'Ann', 'An', 'A', 'I', 'O', 'X', 'Jo', 'JO'],
  ...['St', 'ST', 'Mt', 'Ste', 'STE', 'Ft', 'Louis', 'LOUIS', 'NY', 'U', 'S', 'Jones', 'Texas', 'New'],
  ...['José', 'JOSÉ', 'Ángel', 'İsmail', 'ISMAİL', 'Straße', 'STRASSE', 'ß', 'Ǆ', 'ǅ', 'É', 'é', '3', '3M'],
  ...["'", '’', 's', "'s", '’s', 'S', "'S", '.', '-', 'Mc', 'Donald', 'x', 'ab', 'Ab', 'aB'],
];

describe('the recogniser’s word tests', () => {
  const words = [...new Set([...randomStrings(PIECES, [''], 4000, 20261207, 3), ...PIECES])];

  it('givenName: GIVEN_NAMES holds the word in lower case', () => {
    // Every name (the bit table of their shapes is read first), and names one letter off: the same shape, mostly none.
    const written = (n: string) => n[0].toUpperCase() + n.slice(1);
    const offByOne = (n: string) => n.slice(0, -1) + (n.endsWith('e') ? 'a' : 'e');
    const names = [...GIVEN_NAMES].flatMap((n) => [
      n,
      n.toUpperCase(),
      written(n),
      written(offByOne(n)),
      written(n) + 's',
    ]);
    let yes = 0;
    for (const w of [...words, ...names]) {
      const expected = GIVEN_NAMES.has(w.toLowerCase());
      if (expected) yes++;
      expect(givenName(w), w).toBe(expected);
    }
    expect(yes).toBeGreaterThan(400);
  });

  it('shouted and possessive: as the patterns read the word', () => {
    let [loud, owned] = [0, 0];
    for (const w of words) {
      const token = { text: w, start: 0, end: w.length, upper: true, sentenceStart: false };
      expect(shouted(token), w).toBe(shoutedAsWas(w));
      expect(possessive(w), w).toBe(possessiveAsWas(w));
      if (shoutedAsWas(w)) loud++;
      if (possessiveAsWas(w)) owned++;
    }
    expect(loud).toBeGreaterThan(50);
    expect(owned).toBeGreaterThan(50);
  });

  it('joins: as the gap between the words, copied, was read', () => {
    const gaps = [' ', '. ', '  ', '.  ', '.', ',', ' .', '', ' \u00a0', '\n', '.\n'];
    const pairs = randomStrings(PIECES, [''], 3000, 7, 1);
    let [joined, dotted] = [0, 0];
    for (let k = 0; k + 1 < pairs.length; k++) {
      const between = gaps[k % gaps.length];
      const text = pairs[k] + between + pairs[k + 1];
      const word = { text: pairs[k], start: 0, end: pairs[k].length, upper: true, sentenceStart: false };
      const at = word.end + between.length;
      const next = { text: pairs[k + 1], start: at, end: text.length, upper: true, sentenceStart: false };
      expect(joins(word, text, next), JSON.stringify(text)).toBe(joinsAsWas(word, between, next));
      if (joinsAsWas(word, between, next)) joined++;
      if (joinsAsWas(word, between, next) && between === '. ') dotted++;
    }
    expect(joined).toBeGreaterThan(250);
    expect(dotted).toBeGreaterThan(5);
  });

  it('isNumberedRoad: as the patterns read the name before the digit test', () => {
    const heads = new Set(NUMBERED_ROAD_HEADS);
    const asWas = (name: string) => {
      if (/^I-\d{1,3}$/.test(name)) return true;
      const [head, number, ...rest] = name.split(' ');
      return (
        rest.length === 0 && number !== undefined && heads.has(head.toLowerCase()) && /^\d{1,4}[A-Z]?$/.test(number)
      );
    };
    const pieces = [
      'Highway',
      'HIGHWAY',
      'Route',
      'FM',
      'CR',
      'I-',
      'I',
      '-',
      '19',
      '7',
      '30A',
      '2920',
      '12345',
      'x',
      'Elm',
    ];
    const names = randomStrings(pieces, [' ', '', ' ', '-'], 3000, 11, 3).map((n) => n.trimEnd());
    let roads = 0;
    for (const n of names) {
      expect(isNumberedRoad(n), JSON.stringify(n)).toBe(asWas(n));
      if (asWas(n)) roads++;
    }
    expect(roads).toBeGreaterThan(30);
  });
});

describe('headKind', () => {
  it('reads the word before in lower case, as written or not', () => {
    const heads = ['St', 'St.', 'Hall', 'House', 'Facility', 'Gallery', 'Center', 'Centre', 'Street', 'Hospital'];
    const befores = ['City', 'CITY', 'city', 'Photo', 'PHOTO', 'Research', 'The', 'the', 'Art', 'Town', 'Medical'];
    let kinds = 0;
    for (const head of heads)
      for (const before of [...befores, undefined])
        for (const dotted of [false, true]) {
          const kind = headKind(head, before, dotted);
          expect(kind, `${before} ${head}`).toBe(headKind(head, before?.toLowerCase(), dotted));
          if (kind) kinds++;
        }
    expect(headKind('Gallery', 'Photo', false)).toBeUndefined();
    expect(headKind('Hall', 'CITY', false)).toBe('building');
    expect(headKind('Center', 'Research', false)).toBeUndefined();
    expect(kinds).toBeGreaterThan(40);
  });
});
