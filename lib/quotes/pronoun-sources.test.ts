// Pronoun sources (issue 17, stop 44 challenge set): "he said", "she told reporters", "they said" resolved to the
// person a careful reader names, or to no one when the text leaves it open. Invented texts, one journalistic
// pattern each, varied in names, genders and paragraphing.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
  // A reporter who asks is not whom the answer quotes (press.ts)
  {
    name: 'a reporter asks a question in the sentence before "he told reporters"',
    paragraphs: [
      'Governor Dan Ward toured the flooded town on Sunday.',
      'A reporter asked whether the state would pay for repairs. “We will cover every dollar,” he told reporters.',
    ],
    expected: ['Dan Ward'],
  },
  {
    name: 'one reporter asks a paragraph before "she told reporters"',
    paragraphs: [
      'Ellen Marsh, the state’s health director, spoke after the briefing.',
      'One reporter asked about the vaccine.',
      '“We have enough for everyone,” she told reporters.',
    ],
    expected: ['Ellen Marsh'],
  },
  {
    name: 'a reporter quoted asking is not the speaker of the answer',
    paragraphs: [
      'Ellen Marsh, the state’s health director, spoke after the briefing.',
      '“Will there be enough?” a reporter asked.',
      '“We have enough for everyone,” she told reporters.',
    ],
    expected: ['a reporter', 'Ellen Marsh'],
  },
  {
    name: 'a television reporter asks if anyone was hurt',
    paragraphs: [
      'Ann Reyes, the fire chief, spoke at the scene.',
      'A television reporter asked if anyone was hurt.',
      '“Two firefighters were treated for smoke,” she said.',
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a reporter who does not ask is whom the pronoun goes on with',
    paragraphs: [
      'A reporter for the Daily Star was detained for two days.',
      '“They took my phone and my notes,” he said.',
    ],
    expected: ['a reporter'],
  },
  // A surname that is a building kind too (people.ts surnamedLikeABuilding)
  {
    name: 'a farmer surnamed Hall, introduced with a description, goes on as "he"',
    paragraphs: [
      'George Hall, a farmer, said the drought had ruined his crop. “We lost everything this year,” he said.',
      '“We will plant again in the spring,” he said.',
    ],
    expected: ['George Hall', 'George Hall'],
  },
  {
    name: 'a woman surnamed Park, given her age, is "she"',
    paragraphs: [
      'Susan Park, 42, lost her job at the plant in March.',
      '“I never thought it would happen to me,” she said.',
    ],
    expected: ['Susan Park'],
  },
  {
    name: 'a titled lawmaker surnamed Hall is "he"',
    paragraphs: ['Rep. Ralph Hall voted against the bill on Friday.', '“It spends money we do not have,” he said.'],
    expected: ['Ralph Hall'],
  },
  {
    name: 'a park described as a place stays a place',
    paragraphs: [
      'Thousands gathered in Victoria Park, a popular spot by the river, on Sunday.',
      '“We want change,” she said.',
    ],
    expected: [null],
  },
];

describe('pronoun sources (invented challenge passages)', () => {
  for (const c of cases) it(c.name, () => expect(speakersNamed(c.paragraphs)).toEqual(c.expected));
});
