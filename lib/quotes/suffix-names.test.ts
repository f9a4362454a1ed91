// A generational suffix ("Jr.", "III") is no surname (people.ts): "Kennedy said" after "James P. Kennedy Jr." is him,
// while "Donald Trump Jr." and "Donald Trump" stay two people, the bare surname the one named without the suffix.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

describe('a name with a generational suffix', () => {
  it('is the person a later bare surname names', () => {
    const story = [
      'James P. Kennedy Jr., the U.S. attorney, said the case was clear.',
      '“Speech carries with it a duty to others,” Kennedy said in a statement.',
    ];
    expect(speakersNamed(story)).toEqual(['James P. Kennedy Jr.']);
  });

  it('is a relative of the same name without it, found by surname and suffix', () => {
    const story = [
      'Donald Trump spoke first.',
      'Donald Trump Jr. spoke at the convention on Tuesday.',
      '“My father will win this state,” Trump Jr. said.',
      '“We will win it big,” Trump said.',
    ];
    expect(speakersNamed(story)).toEqual(['Donald Trump Jr.', 'Donald Trump']);
  });

  it('leaves the bare surname to the one named without it, even when introduced first', () => {
    const story = [
      'Donald Trump Jr. spoke at the convention on Tuesday.',
      'Donald Trump spoke later.',
      '“We will win it big,” Trump said.',
    ];
    expect(speakersNamed(story)).toEqual(['Donald Trump']);
  });
});
