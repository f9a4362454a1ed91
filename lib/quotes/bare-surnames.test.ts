// A person the article names by surname alone (people.ts, addBareSurnames): indexed when the names table types the
// word as a person's name (the knowledge base does so for "Cruz", "Obama"; here the table is given it) and it stands
// as a subject.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

const STORY = [
  'Tom Baker went with the odds on Monday.',
  'Hale openly admitted that his pick was political. “With an eye to the next race in March,” he said.',
];

describe('a surname alone as a subject', () => {
  it('is a person when the names table says so, and takes the "he" after it', () => {
    expect(speakersNamed(STORY, { persons: ['Hale'] })).toEqual(['Hale']);
  });

  it('is no one when the table does not know it as a person', () => {
    expect(speakersNamed(STORY)).toEqual(['Tom Baker']);
  });
});
