// Which office the text gives a person, for "the senator" in the story's flow (salient-role.ts). The text is masked
// as the quotes engine reads it (text/abbreviations).
import { describe, expect, it } from 'vitest';
import { indexPeople } from './people';
import { maskAbbreviations } from '../text/abbreviations';
import { holds, mayHold } from './salient-role';

const SENATOR = ['senator', 'sen.'];

describe('offices a person is given', () => {
  it('a title before the name gives the office; one ending the sentence before gives it to no one after', () => {
    const text = maskAbbreviations(
      'GOP Sen. John Hale faces Rep. Ann Kirk.\n\nHale said no. Rep. Ann Kirk. Hale left.',
    );
    const hale = indexPeople(text).byName('John Hale')!;
    expect(holds(hale, SENATOR, text, text.length)).toBe(true);
    expect(mayHold(hale, SENATOR, text, text.length)).toBe(true);
  });

  it('another office rules a person out; no office written leaves them possible but not given', () => {
    const text = maskAbbreviations('Gov. Anna Reyes met Tom Baker on Monday. Reyes and Baker spoke.');
    const people = indexPeople(text);
    expect(mayHold(people.byName('Anna Reyes')!, SENATOR, text, text.length)).toBe(false);
    expect(mayHold(people.byName('Tom Baker')!, SENATOR, text, text.length)).toBe(true);
    expect(holds(people.byName('Tom Baker')!, SENATOR, text, text.length)).toBe(false);
  });
});
