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
];

describe('pronoun sources (invented challenge passages)', () => {
  for (const c of cases) it(c.name, () => expect(speakersNamed(c.paragraphs)).toEqual(c.expected));
});
