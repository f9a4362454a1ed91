// A role noun ("the senator", "the Vermont senator", "the campaign manager") stands for the one person the text
// itself links to that role: a title before the name, an apposition, a predicate, a party tag. Invented texts.
import { describe, expect, it } from 'vitest';
import { speakersAttributed } from './test-helpers';

const QUOTE = '“We will win this seat back in the fall.”';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
  // Abbreviated titles (TITLE_ABBREVIATION_ROLES)
  {
    name: '"Gov." before a name gives the office "the governor" names',
    paragraphs: [
      'Gov. Ann Reyes spoke in Dayton on Monday. Jim Cole spoke too.',
      `Cole left early. Later, the governor said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: '"Rep." before a name gives the office "the congressman" names',
    paragraphs: [
      'Rep. Tom Ward spoke in Dayton on Monday. Jim Cole spoke too.',
      `Cole left early. Later, the congressman said, ${QUOTE}`,
    ],
    expected: ['Tom Ward'],
  },
  {
    name: '"Ohio Gov." before a name is "the Ohio governor", not the subject of the sentence before',
    paragraphs: [
      'Ohio Gov. Ann Reyes spoke first. Jim Cole spoke too.',
      `Cole left early. Later, the Ohio governor said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
];

describe('a role noun is the one person the text links to the role', () => {
  it.each(cases)('$name', ({ paragraphs, expected }) => {
    expect(speakersAttributed(paragraphs)).toEqual(expected);
  });
});
