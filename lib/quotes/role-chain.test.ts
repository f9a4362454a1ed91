// A definite description goes back to the last description before it that holds all its words, and to whom that
// one stood for where it stands (role-chain.ts, resolve.ts chainHolder). Invented texts.
import { describe, expect, it } from 'vitest';
import { earlierDescription } from './role-chain';
import { speakersAttributed } from './test-helpers';
import type { Mention } from './mentions';

const QUOTE = '“We will win this seat back in the fall.”';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
  {
    name: '"the justice" goes back to "The Supreme Court justice" opening the sentence after her name',
    paragraphs: [
      'Reyes apologizes for her comments.',
      'Ann Reyes regrets her remarks about the nominee.',
      'The Supreme Court justice -- who had criticised him for days -- said she would stay out of politics.',
      'Members of the court generally avoid such fights.',
      `In three interviews, the justice said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: '"the senator" goes back to "the independent Ohio senator" said of the last speaker',
    paragraphs: [
      '“We started with nothing,” Tom Baker said in an interview on Monday.',
      'Six months ago, the independent Ohio senator said, the media ignored his campaign.',
      '“Would that be you?” Jim Cole asked.',
      `${QUOTE} the senator said.`,
    ],
    expected: ['Tom Baker', 'Jim Cole', 'Tom Baker'],
  },
  {
    name: '"The senator from Ohio" after her name is nearer than a title written long before',
    paragraphs: [
      'Sen. Tom Ward kept his lead in the Democratic race.',
      'Ann Reyes hoped to close the gap in New Hampshire.',
      'For the Republicans, the race changed after a debate in which Reyes faltered. The senator from Ohio ' +
        'appeared to have gained some ground, but the question was how much.',
      `Reyes stopped by her headquarters in Dayton. Walking into the office, the senator said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a title given to someone else between the two descriptions: the chain is left to the other readers',
    paragraphs: [
      'Reyes apologizes for her comments.',
      'Ann Reyes regrets her remarks about the nominee.',
      'The Supreme Court justice -- who had criticised him for days -- said she would stay out of politics.',
      'Justice Mary Cole said nothing about it on Monday.',
      `In three interviews, the justice said, ${QUOTE}`,
    ],
    expected: ['Mary Cole'],
  },
  {
    name: "a description in someone's quoted words is theirs: no chain",
    paragraphs: [
      'Ann Reyes said on Monday that “the Supreme Court justice is wrong about this.”',
      'Members of the court generally avoid such fights.',
      `In three interviews, the justice said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes', 'the justice'],
  },
];

describe('a description goes back to the last one holding its words', () => {
  it.each(cases)('$name', ({ paragraphs, expected }) => {
    expect(speakersAttributed(paragraphs)).toEqual(expected);
  });
});

const role = (text: string, phrase: string): Mention => {
  const start = text.lastIndexOf(phrase);
  const words = phrase.split(' ');
  return { kind: 'role', start, end: start + phrase.length, text: phrase, role: phrase, head: words.at(-1)! };
};

describe('earlierDescription', () => {
  it('finds the last description holding all the words, with its qualifiers', () => {
    const text = 'The Ohio governor spoke. Then, the independent Vermont senator spoke. Later the senator left.';
    expect(earlierDescription(text, role(text, 'the senator'))?.text).toBe('the independent Vermont senator');
  });
  it('reads "the senator from Florida" as "the Florida senator"', () => {
    const text = 'The senator from Florida spoke. Later the senator left.';
    expect(earlierDescription(text, role(text, 'the senator'))).toEqual({
      start: 0,
      end: 24,
      text: 'the Florida senator',
    });
  });
  it('takes a description opening its sentence or clause, not one after a verb, a preposition or a name', () => {
    const opening = 'Six months ago, the senator said, no one knew him. Later the senator left.';
    expect(earlierDescription(opening, role(opening, 'the senator'))?.text).toBe('the senator');
    for (const text of [
      'It was the day the senator spoke. Later the senator left.',
      'Tom Ward made it clear to the senator. Later the senator left.',
      'Tom Ward, the senator from Ohio, spoke. Later the senator left.',
      'Tom Ward is the senator. Later the senator left.',
    ])
      expect(earlierDescription(text, role(text, 'the senator'))).toBeNull();
  });
  it('wants every word of the mention ("the Florida senator" is no "the Vermont senator")', () => {
    const text = 'The Vermont senator spoke. Later the Florida senator left.';
    expect(earlierDescription(text, role(text, 'the Florida senator'))).toBeNull();
  });
  it('skips a possessive and a role with its own "of" phrase', () => {
    const text = "The senator's wife spoke. The president of Acme spoke. Later the senator and the president left.";
    expect(earlierDescription(text, role(text, 'the senator'))).toBeNull();
    expect(earlierDescription(text, role(text, 'the president'))).toBeNull();
  });
  it('looks no further than about three paragraphs', () => {
    const text = `The senator spoke. ${'Nothing happened. '.repeat(100)}Later the senator left.`;
    expect(earlierDescription(text, role(text, 'the senator'))).toBeNull();
  });
});
