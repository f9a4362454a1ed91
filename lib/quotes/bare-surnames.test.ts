// A person the article names by surname alone (people.ts, addBareSurnames): indexed when the names table types the
// word as a person's name (the knowledge base does so for "Cruz", "Obama"; here the table is given it) and it stands
// as a subject.
import { describe, expect, it } from 'vitest';
import { bareWhoNames } from './people';
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

describe('one name and a relative clause ("Later Adele, who …")', () => {
  it('is a person the names table types so, and takes the pronoun after it from the last person named in full', () => {
    const awards = [
      'Singer Jane Moss opened the show with a ballad.',
      'Later Adele, who won three awards, thanked the crowd. “I owe every one of these to you,” she said.',
    ];
    expect(speakersNamed(awards, { persons: ['Adele'] })).toEqual(['Adele']);
    const summit = [
      'President Tom Hale spoke first at the summit.',
      'Then Lula, who leads the host nation, took the floor. “We will not wait for the rich countries,” he said.',
    ];
    expect(speakersNamed(summit)).toEqual(['Lula']);
    const court = [
      'Judge Ann Cole heard the case on Monday.',
      'Her client Shakira, who was not in court, issued a statement. “I have paid every tax I owe,” she said.',
    ];
    expect(speakersNamed(court)).toEqual(['Shakira']);
  });
  it('does not take a quote that speaks of them ("“He was brilliant,” he said")', () => {
    const match = [
      'Coach Tom Hale praised his players after the 3-1 win.',
      'Messi, who scored twice, was named man of the match. “He was brilliant tonight,” he said.',
    ];
    expect(speakersNamed(match, { persons: ['Messi'] })).toEqual(['Tom Hale']);
    const trial = [
      'Prosecutor Tom Hale told the jury the defendant had lied.',
      'Kanye, who did not testify, sat quietly beside his lawyers. “He showed no remorse,” he said.',
    ];
    expect(speakersNamed(trial, { persons: ['Kanye'] })).toEqual(['Prosecutor Tom Hale']);
    const relaxed = [
      'Coach Tom Hale praised his players.',
      'Neymar, who scored twice, was relaxed. “I feel good,” he said.',
    ];
    expect(speakersNamed(relaxed, { persons: ['Neymar'] })).toEqual(['Neymar']);
  });
  it('is no one when the table does not type the word a person', () => {
    const protest = [
      'Mayor Ann Reyes opened the new dam on Friday.',
      'Meanwhile Greenpeace, who opposed the dam for years, staged a protest. “The river will never recover,” she said.',
    ];
    expect(speakersNamed(protest)).toEqual(['Ann Reyes']);
  });
});

describe('bareWhoNames: the one-name subjects of ", who" (what the look-behind pattern it replaces found)', () => {
  const names = (text: string) => bareWhoNames(text).map((n) => `${n.index}:${n.word}`);
  it('reads the name before the comma, a hyphenated one whole', () => {
    expect(names('Later Adele, who won.')).toEqual(['6:Adele']);
    expect(names('Then Ocasio-Cortez, who spoke.')).toEqual(['5:Ocasio-Cortez']);
    expect(names('Émile, who left')).toEqual(['0:Émile']);
  });

  it('finds no name glued to a letter, apostrophe, point or hyphen, nor one word of two capitals', () => {
    expect(names("O'Brien, who won")).toEqual([]);
    expect(names('x-Adele, who won')).toEqual([]);
    expect(names('St.Adele, who won')).toEqual([]);
    expect(names('McCain, who won')).toEqual([]);
    expect(names('Adele, whom she met')).toEqual([]);
    expect(names('Adele,\nwho won')).toEqual([]);
  });
});
