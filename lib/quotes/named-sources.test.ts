// Challenge set (stop 44, names): invented passages of one common pattern each, a quote whose cue names its source.
// Each case fails on the commit before its fix.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

describe('a day or a date written right after the name (AP style) is no word of it', () => {
  it.each([
    [['“We will appeal the ruling,” said Ann Reyes Monday.'], 'Ann Reyes'],
    [['“We will appeal the ruling,” said Ann Reyes Thursday in a statement.'], 'Ann Reyes'],
    [
      ['Tom Ward, a lawyer for the family, spoke after the verdict.', '“We will appeal it,” said Ward Friday.'],
      'Tom Ward',
    ],
    [['Ann Reyes Monday said: “The plan is a disaster for working families.”'], 'Ann Reyes'],
    [
      ['Omar Haddad, a fisherman, lost his boat.', 'Haddad Monday called the plan “a disaster for the delta.”'],
      'Omar Haddad',
    ],
    [['“The plant will stay open through the winter,” said Mark Ward Jan. 5.'], 'Mark Ward'],
    [['“We will appeal the ruling,” said Lisa Brandt Sept. 12.'], 'Lisa Brandt'],
  ])('%j → %s', (story, speaker) => {
    expect(speakersNamed(story)).toEqual([speaker]);
  });

  it('keeps a month that is a surname, and a day that opens a name', () => {
    expect(speakersNamed(['“Brexit means Brexit, and we will make it work,” said Theresa May on Tuesday.'])).toEqual([
      'Theresa May',
    ]);
    expect(speakersNamed(['“I never wanted to act again,” said Tuesday Weld.'])).toEqual(['Tuesday Weld']);
  });
});
