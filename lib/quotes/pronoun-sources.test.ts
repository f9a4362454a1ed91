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
  // Sentences naming no one between the pronoun and the last person named (resolve.ts lastNamingSentence)
  {
    name: 'the subject of the meeting goes on through a sentence naming no one, not the object named last',
    paragraphs: ['John Smith met Peter Jones on Monday.', 'The talks lasted an hour.', '“It went well,” he said.'],
    expected: ['John Smith'],
  },
  {
    name: 'the subject goes on through a "they" sentence and a paragraph break',
    paragraphs: [
      'Maria Lopez met Ann Baker on Tuesday.',
      'They talked for an hour about the budget.',
      '“It went well,” she said.',
    ],
    expected: ['Maria Lopez'],
  },
  {
    name: 'a senator who questioned a secretary goes on after the hearing ends',
    paragraphs: [
      'Senator Tom Reed questioned Defense Secretary Mark Hill for two hours.',
      'The hearing ended at noon.',
      '“I got no answers,” he said.',
    ],
    expected: ['Tom Reed'],
  },
  {
    name: 'the one man arrested goes on through a sentence naming no one',
    paragraphs: [
      'Police arrested Tom Baker on Friday.',
      'The arrest followed a long search.',
      '“I did nothing wrong,” he said.',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'the one man a woman judge sentenced goes on',
    paragraphs: [
      'Judge Ann Reyes sentenced Tom Baker to five years.',
      'The hearing lasted an hour.',
      '“I am sorry for what I did,” he said.',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'whom the subject hired goes on (review27 finding 18)',
    paragraphs: [
      'Ann Reyes, the club’s owner, named Sara Cole as head coach on Friday.',
      'The contract runs for four years.',
      '“I have wanted this job all my life,” she said.',
    ],
    expected: ['Sara Cole'],
  },
  // "We" from one who acts with the named subject (resolve.ts accompanies)
  {
    name: 'a running mate who campaigned with her says "we"',
    paragraphs: [
      'Hillary Clinton campaigned with Tim Kaine in Ohio on Saturday.',
      '“We are going to win this state,” he said.',
    ],
    expected: ['Tim Kaine'],
  },
  {
    name: 'a woman who joined a man at the rally says "we"',
    paragraphs: ['Tom Baker was joined by Ann Reyes at the rally.', '“We will not back down,” she said.'],
    expected: ['Ann Reyes'],
  },
  {
    name: 'the one arrested is no "we" of the police, even along with another',
    paragraphs: ['Police arrested Maria Lopez along with Tom Baker.', '“We found cash in the car,” he said.'],
    expected: [null],
  },
  // "they" for the plural people the sentence before is about (together.ts pluralSubjectBefore)
  {
    name: 'officials the sentence before is about say "they"',
    paragraphs: [
      'Officials at the agency said the report would be released on Monday.',
      '“It will answer every question,” they said.',
    ],
    expected: ['officials at the agency'],
  },
  {
    name: 'police said, then "they said"',
    paragraphs: ['Police said the suspect fled on foot.', '“He was last seen near the river,” they said.'],
    expected: ['police'],
  },
  {
    name: 'researchers followed back through a sentence opening with "they"',
    paragraphs: [
      'The researchers said the drug cut deaths by a third. They tested it in four countries.',
      '“The effect was larger than we expected,” they said.',
    ],
    expected: ['the researchers'],
  },
  {
    name: 'police and the two men they arrested: either may be "they"',
    paragraphs: ['The police arrested two men on Friday.', '“We were just walking home,” they said.'],
    expected: [null],
  },
];

describe('pronoun sources (invented challenge passages)', () => {
  for (const c of cases) it(c.name, () => expect(speakersNamed(c.paragraphs)).toEqual(c.expected));
});

describe('"they" after a plural source whose words name another subject (review37 finding 21)', () => {
  it.each([
    ['Officials said Acme Corp. broke the law.', '“We followed every rule,” they said.'],
    ['Prosecutors said the Smiths hid the money.', '“We never hid anything,” they said.'],
  ])('%s', (before, quote) => {
    expect(speakersNamed([before, quote])).toEqual([null]);
  });
});

describe('a pronoun after a sentence that brings someone in by a description (review37 finding 17)', () => {
  it('does not go back past that sentence to someone named before it', () => {
    expect(
      speakersNamed([
        'Sen. Ann Reyes toured the flood zone with Gov. Tom Ward.',
        'A local farmer showed them his fields.',
        '“We lost everything we had,” he said.',
      ]),
    ).toEqual([null]);
  });
});
