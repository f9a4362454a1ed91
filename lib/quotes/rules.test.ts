// Rule ids and confidence on attributed quotes: the rule that chose the speaker, and its measured trust.
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { confidenceOf } from './rules';
import { articleOf } from './test-article';

const ruled = (paragraphs: string[]) => {
  const a = articleOf(paragraphs);
  return attributeQuotes(a, detectQuotes(a)).quotes.map((q) => [q.speaker, q.rule, q.confidence]);
};

describe('attribution rules', () => {
  it.each([
    ['after-name', ['“We will rebuild the bridge,” Maria Lopez said.'], ['Maria Lopez', 'after-name', 'high']],
    ['before-name', ['Maria Lopez said: “We will rebuild the bridge by June.”'], ['Maria Lopez', 'before-name', 'high']],
    ['after-pronoun', ['Maria Lopez spoke last.', '“We will rebuild the bridge by June,” she said.'], ['Maria Lopez', 'after-pronoun', 'low']],
  ])('%s', (_n, paragraphs, expected) => expect(ruled(paragraphs as string[])).toEqual([expected]));

  it('a quote with no speaker has no rule and no confidence', () => {
    expect(ruled(['“The bridge will fall into the river soon.”'])).toEqual([[null, undefined, undefined]]);
  });

  it('an unlisted rule is medium', () => expect(confidenceOf('no-such-rule')).toBe('medium'));
});
