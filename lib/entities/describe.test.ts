import { describe, expect, it } from 'vitest';
import { describeFromArticle } from './describe';

const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return describeFromArticle(text, [{ start, end: start + name.length }]);
};

describe('describeFromArticle', () => {
  it.each([
    ['apposition with an article', 'Lyft, the ride-hailing company, said fares rose.', 'Lyft', 'the ride-hailing company'],
    ['apposition with a role', 'said Uri Landesman, chief equity strategist at Fundco, on Monday.', 'Uri Landesman', 'chief equity strategist at Fundco'],
    ['descriptive phrase before the name', 'Shares of the ride-hailing company Lyft fell.', 'Lyft', 'ride-hailing company'],
    ['role word before the name', 'His spokesman Berik Uali declined to comment.', 'Berik Uali', 'spokesman'],
    ['a clause is no description', 'Berik Uali, who spoke by phone, declined.', 'Berik Uali', null],
    ['an age is no description', 'Cameron Diaz, 34, spent the holiday at home.', 'Cameron Diaz', null],
    ['a list of names is no description', 'Lyft, Uber and Bolt were named.', 'Lyft', null],
    ['a construction before the name is none', 'Oil flows through the cities of Aktau and Atyrau.', 'Aktau', null],
  ])('%s', (_label, text, name, expected) => {
    expect(at(text, name)).toBe(expected);
  });
});
