// Who a pronoun or role noun refers to: the people index (titled surnames, names outside quote marks) as
// attribution uses it. Each case is written for the kind of text it stands for (PolNeAR train/dev, the dev gold).
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { articleOf } from './test-article';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
  {
    name: 'a person named only by title and surname is who "he" refers to',
    paragraphs: ['President Okafor visited the port on Monday.', 'He said: “We will rebuild the bridge by June.”'],
    expected: ['Okafor'],
  },
  {
    name: 'a name said inside a quote is not who the next "he said" refers to',
    paragraphs: [
      'President Okafor said on Monday: “My adviser, John Smith, tells me the bridge is safe.”',
      'The port reopened on Tuesday.',
      '“We will open it by June,” he added.',
    ],
    expected: ['Okafor', 'Okafor'],
  },
  {
    name: 'a party and state tag after a lawmaker is no part of the name',
    paragraphs: ['“We will rebuild the bridge by June,” said Rep. Maria Lopez (D-Wis.).', '“It is a scandal,” Gov. John Smith (R) said.'],
    expected: ['Maria Lopez', 'John Smith'],
  },
  {
    name: 'the pronouns in a person’s own words do not set the pronoun used for them',
    paragraphs: ['At the town hall, Tina Lopez had a question for the president.', '“My son gave his life for this country,” she said.'],
    expected: ['Tina Lopez'],
  },
  {
    name: 'a relative with the same surname is a person of their own',
    paragraphs: [
      'Keith Lamont Scott was sitting in his car when the police arrived.',
      'Rakeyia Scott can be heard telling the officers that her husband has no weapon.',
      '“Do not shoot him,” she says.',
    ],
    expected: ['Rakeyia Scott'],
  },
];

describe('coreference for speakers', () => {
  it.each(cases)('$name', ({ paragraphs, expected }) => {
    const a = articleOf(paragraphs);
    expect(attributeQuotes(a, detectQuotes(a)).quotes.map((q) => q.speaker)).toEqual(expected);
  });
});
