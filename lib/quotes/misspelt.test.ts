// Misspelt surnames: one letter apart from one surname the article introduced, and not a word of its own.
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { misspeltSurnames, oneEditApart } from './misspelt';
import { makeArticle as articleOf } from '../../tests/factories';

describe('oneEditApart', () => {
  it.each([
    ['mclenney', 'mcclenney', true], // a letter left out
    ['sharption', 'sharpton', true], // a letter put in
    ['wimes', 'wines', true], // a letter changed
    ['keidis', 'kiedis', true], // two neighbours swapped
    ['kiedis', 'kiedis', false],
    ['sweeny', 'sweeting', false],
    ['brandt', 'barndts', false],
  ])('%s / %s', (a, b, apart) => expect(oneEditApart(a, b)).toBe(apart));
});

describe('misspeltSurnames', () => {
  const never = () => false;
  it('finds a misspelling of a surname, with where it stands', () => {
    expect(misspeltSurnames('Later McLenney said so.', ['McClenney'], never)).toEqual([
      { word: 'McLenney', surname: 'McClenney', at: 6 },
    ]);
  });
  it.each([
    ['a plural of the surname', 'The Clintons left.', ['Clinton'], never],
    [
      'a word the text also writes in lower case',
      'The Board met; the board voted.',
      ['Bovard'],
      (w: string) => w === 'Board',
    ],
    ['a first name', 'David spoke.', ['Davis'], never],
    ['a surname too short to tell', 'While he spoke.', ['White'], never],
    ['a word near two surnames', 'Brant spoke.', ['Brand', 'Grant', 'Brandt'], never],
  ])('not %s', (_why, text, surnames, isCommon) => {
    expect(misspeltSurnames(text, surnames as string[], isCommon as (w: string) => boolean)).toEqual([]);
  });
});

describe('a misspelt surname in attribution', () => {
  it('"McAlister said …" after "Tyra McAllister": her "she said" is hers, not the candidate named after it', () => {
    const a = articleOf([
      'Two voters, Tyra McAllister and Bob Lane, saw Maria Lopez speak at a recent rally.',
      'McAlister said Lopez does not talk about schools often enough.',
      '“It comes up only when a school is in the news,” she said.',
    ]);
    expect(attributeQuotes(a, detectQuotes(a)).quotes.map((q) => q.speaker)).toEqual(['Tyra McAllister']);
  });
});
