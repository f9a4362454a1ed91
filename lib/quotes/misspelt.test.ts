// Misspelt surnames: one letter apart from one surname the article introduced, and not a word of its own.
import { describe, expect, it } from 'vitest';
import { misspeltSurnames, oneEditApart } from './misspelt';
import { speakersAttributed } from './test-helpers';

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
    ['a name after a title', 'Rep. Johnston asked about it.', ['Johnson'], never],
    ['a name set off as an apposition', 'A witness, Johnston, asked.', ['Johnson'], never],
    ['a name written three times', 'Johnston spoke. Johnston left. Johnston came back.', ['Johnson'], never],
  ])('not %s', (_why, text, surnames, isCommon) => {
    expect(misspeltSurnames(text, surnames as string[], isCommon as (w: string) => boolean)).toEqual([]);
  });
});

describe('a misspelt surname in attribution', () => {
  it('two real surnames a letter apart stay two people ("Johnson", "Johnston")', () => {
    expect(
      speakersAttributed([
        'Senator Amy Johnson opened the hearing on Monday.',
        'A witness, Johnston, asked about the budget.',
        '“We cannot pay for this,” Johnston said.',
      ]),
    ).not.toContain('Amy Johnson');
  });

  it('"McAlister said …" after "Tyra McAllister": her "she said" is hers, not the candidate named after it', () => {
    expect(
      speakersAttributed([
        'Two voters, Tyra McAllister and Bob Lane, saw Maria Lopez speak at a recent rally.',
        'McAlister said Lopez does not talk about schools often enough.',
        '“It comes up only when a school is in the news,” she said.',
      ]),
    ).toEqual(['Tyra McAllister']);
  });
});
