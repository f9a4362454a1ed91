// A capitalised word opening a sentence before a person's name is no part of the name: an adverb without a comma
// ("Yesterday Tom Baker", "Normally Maria Lopez"), the person's trade ("Owner Betty Lang") or a subordinator ("Though
// Tom Baker"), review30 findings 15, 2, 16.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

const cases: { name: string; paragraphs: string[]; speakers: (string | null)[] }[] = [
  {
    name: 'an adverb opening a sentence without a comma is no part of the name ("Yesterday", "Normally")',
    paragraphs: [
      'The plan passed. Yesterday Tom Baker voted yes. “This time is different,” he said.',
      'Normally Maria Lopez votes no. “I changed my mind this week,” she said.',
    ],
    speakers: ['Tom Baker', 'Maria Lopez'],
  },
  {
    name: 'a given name in "-ly" the tables lack is no adverb; a listed adverb is (review30 finding 23)',
    paragraphs: [
      'The plan passed. Everly Anne Brill voted yes. “This time is different,” she said.',
      'Clearly Tom Baker had changed his mind. “I was wrong,” he said.',
    ],
    speakers: ['Everly Anne Brill', 'Tom Baker'],
  },
  {
    name: 'a trade or sport position opening a sentence before a given name is the role ("Owner", "Pitcher")',
    paragraphs: [
      'The store closed Friday. Owner Betty Lang said sales had “dropped for months.”',
      'Pitcher Carlos Vega said the win was “a long time coming.”',
      '“We tried everything,” Lang added.',
    ],
    speakers: ['Betty Lang', 'Carlos Vega', 'Betty Lang'],
  },
  {
    name: 'a subordinator opening a sentence is no part of the name, and a "she" later is not his ("Though")',
    paragraphs: [
      'The debate grew heated. Though Tom Baker called the plan “a disaster, a mess” on Monday, Maria Lopez pushed back.',
      '“He has not even read it,” she said.',
      'Because Ann Brill voted no, the plan “died on the floor,” Lopez said.',
    ],
    speakers: ['Tom Baker', 'Maria Lopez', 'Maria Lopez'],
  },
  {
    name: 'a subordinate clause opening the sentence has no subject of the quote ("Unless more rivals quit, “…”")',
    paragraphs: [
      '“It is an enormous moment,” said Tom Baker, a party strategist. Unless further rivals quit the race, “it is very hard to see how he is stopped on his way.”',
    ],
    speakers: ['Tom Baker', 'Tom Baker'],
  },
  {
    name: 'a word that is a given name, or no given name after it, stays in the name ("Dean Smith", "Star Tribune")',
    paragraphs: ['Dean Smith said the loss was “hard to take for all of us.”'],
    speakers: ['Dean Smith'],
  },
];

describe('sentence openers before a name', () => {
  it.each(cases)('$name', ({ paragraphs, speakers }) => {
    expect(speakersNamed(paragraphs)).toEqual(speakers);
  });
});
