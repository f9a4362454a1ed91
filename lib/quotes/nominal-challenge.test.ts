// Challenge set (issue 17, stop 44): descriptions as sources ("the spokesman said", "the former governor said") in
// invented passages, one common newswriting pattern per group, varied in names, genders, roles and distance. The
// speaker shown is the person the text names for the description, or the description as written when it names no one
// (another holder, two candidates, someone new).
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
  // A role given with a possessive pronoun (given-role.ts DETERMINER)
  {
    name: 'a role given by "his" before the name',
    paragraphs: [
      'Donald Trump spoke in Ohio on Monday. His spokesman, Jason Miller, appeared on Fox News later.',
      '“We will win this state,” the spokesman said.',
    ],
    expected: ['Jason Miller'],
  },
  {
    name: 'a role given by "his" in an apposition after the name',
    paragraphs: [
      'Donald Trump spoke in Ohio on Monday. Jason Miller, his spokesman, appeared on Fox News later.',
      '“We will win this state,” the spokesman said.',
    ],
    expected: ['Jason Miller'],
  },
  {
    name: 'a role of several words given by "her", two paragraphs on',
    paragraphs: [
      'Hillary Clinton campaigned in Nevada on Tuesday. Her campaign manager, Robby Mook, told reporters the race ' +
        'was close.',
      'Clinton met voters in Reno and Las Vegas.',
      '“We are not taking anything for granted,” the campaign manager said.',
    ],
    expected: ['Robby Mook'],
  },
  {
    name: 'a role given by "their"',
    paragraphs: [
      'The Hendersons sued the city in March. Their lawyer, Paul Grady, filed the papers on Friday.',
      '“This family deserves answers,” the lawyer said.',
    ],
    expected: ['Paul Grady'],
  },
  {
    name: 'a role given by "its"',
    paragraphs: [
      'Acme Corp. reported higher profits on Tuesday. Its chief executive, Jane Doe, credited strong sales.',
      '“We are investing in our workers,” the chief executive said.',
    ],
    expected: ['Jane Doe'],
  },
  {
    name: 'two people given the role: the description as written',
    paragraphs: [
      'Donald Trump’s spokesman, Jason Miller, and Hillary Clinton’s spokesman, Brian Fallon, traded barbs on Monday.',
      '“The other side is lying,” the spokesman said.',
    ],
    expected: ['the spokesman'],
  },
  {
    name: 'a possessive description as the source is left as written',
    paragraphs: ['Donald Trump spoke in Ohio on Monday.', '“He has been clear about this,” his spokesman said.'],
    expected: ['his spokesman'],
  },
];

describe('descriptions as sources: challenge set', () => {
  for (const c of cases) it(c.name, () => expect(speakersNamed(c.paragraphs)).toEqual(c.expected));
});
