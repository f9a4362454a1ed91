import { describe, expect, it } from 'vitest';
import { describeFromArticle } from './describe';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return describeFromArticle(text, [{ start, end: start + name.length }]);
};

describe('describeFromArticle', () => {
  it.each([
    [
      'apposition with an article',
      'Lyft, the ride-hailing company, said fares rose.',
      'Lyft',
      'the ride-hailing company',
    ],
    [
      'apposition with a role',
      'said Uri Landesman, chief equity strategist at Fundco, on Monday.',
      'Uri Landesman',
      'chief equity strategist at Fundco',
    ],
    [
      'descriptive phrase before the name',
      'Shares of the ride-hailing company Lyft fell.',
      'Lyft',
      'ride-hailing company',
    ],
    ['role word before the name', 'His spokesman Berik Uali declined to comment.', 'Berik Uali', 'spokesman'],
    ['a clause is no description', 'Berik Uali, who spoke by phone, declined.', 'Berik Uali', null],
    ['an age is no description', 'Cameron Diaz, 34, spent the holiday at home.', 'Cameron Diaz', null],
    ['a list of names is no description', 'Lyft, Uber and Bolt were named.', 'Lyft', null],
    [
      'a verb after the comma goes on with the sentence',
      'the hopeful, Deval Patrick, would be stopping by.',
      'Deval Patrick',
      null,
    ],
    ['a possessive before the name is none', 'He leads the state’s Democratic Party now.', 'Democratic Party', null],
    [
      'a verb opening the clause is none',
      'The start-up WeWork, borrowed against its stake, grew.',
      'WeWork',
      'start-up',
    ],
    ['a form of address is none', 'Dr. Patrick Soon-Shiong bought it.', 'Patrick Soon-Shiong', null],
    ['a time word before the name starts a clause', 'It was the first time Devan Dubnyk lost.', 'Devan Dubnyk', null],
    ['an adjective is no head noun', 'They beat the struggling Sabres Club again.', 'Sabres Club', null],
    ['a modifier alone is none', 'A former Beto O’Rourke supporter spoke.', 'Beto O’Rourke', null],
    ['a construction before the name is none', 'Oil flows through the cities of Aktau and Atyrau.', 'Aktau', null],
    ['a phrase ending in a preposition is none', 'It opened an investigation into Hunter Biden.', 'Hunter Biden', null],
    ['an adjective saying which one is none', 'Reviewers liked the new Mac Pro best.', 'Mac Pro', null],
    ['a number is none', 'It has the two Star Trek films.', 'Star Trek', null],
    ['a compass adjective is none', 'Snow fell on the northern Sierra Nevada.', 'Sierra Nevada', null],
    ['an adjective before the head noun stays', 'The new chairman Ali Reza spoke.', 'Ali Reza', 'new chairman'],
  ])('%s', (_label, text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });
});
