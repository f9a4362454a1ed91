// Attribution of less direct sources, one case each: relative clauses, role nouns, documents, crowds.
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { articleOf } from './test-article';

const LOPEZ = 'Maria Lopez';

/** Per quote: speaker, type, and the words the speaker was read from (null when unknown). */
const cases: { name: string; paragraphs: string[]; expected: [string | null, string, string | null][] }[] = [
  {
    name: 'who + any active verb before a partial quote: the relative pronoun is the mention',
    paragraphs: ['Maria Lopez, who thinks the council “needs to be far more careful with money,” spoke on Monday.'],
    expected: [[LOPEZ, 'person', 'who']],
  },
  {
    name: 'who + a cue after a long clause: the antecedent is the last noun phrase before it',
    paragraphs: ['Tom Evans sat through a lecture from the mayor, who said that the plan was good for “the town as well as the county.”'],
    expected: [['the mayor', 'person', 'who']],
  },
  {
    name: 'a relative clause closed by a comma: its verb introduces nothing',
    paragraphs: ['Maria Lopez praised Tom Evans, who ended his bid on Saturday, as “a man who never went to the gutter.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a restrictive relative clause on a common noun is a description, not a source',
    paragraphs: ['Maria Lopez mocked the remark coming from a candidate who promised mass deportation: “Your plan splits those very families apart.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'told after a quote takes its object: the listener is no speaker',
    paragraphs: ['“The agents are under a lot of pressure,” a source close to the inquiry, who was not authorized to speak, told Fox News.'],
    expected: [['a source close to the inquiry', 'person', 'a source close to the inquiry']],
  },
  {
    name: 'a role noun reports a cue inside its complement: The longtime senator said he …',
    paragraphs: ['The longtime senator said he rarely asks surrogates to stump for him, “except for people I am very close to.”'],
    expected: [['the longtime senator', 'person', 'The longtime senator']],
  },
];

describe('attributeQuotes: indirect sources', () => {
  it.each(cases)('$name', ({ paragraphs, expected }) => {
    const a = articleOf(paragraphs);
    const { quotes } = attributeQuotes(a, detectQuotes(a));
    const got = quotes.map((q) => [q.speaker, q.speakerType, q.speakerMention ? a.text.slice(q.speakerMention.start, q.speakerMention.end) : null]);
    expect(got).toEqual(expected);
  });
});
