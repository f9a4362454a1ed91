import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '.';
import { readNames } from '../names';
import { readText } from '../text';
import { makeArticle } from '../../tests/factories';

function speakers(paragraphs: string[]): (string | null)[] {
  const article = makeArticle(paragraphs);
  const layer = readText(article);
  const names = readNames(layer, { kb: null, gazetteer: null });
  return analyzeQuotes(article, layer, names).quotes.map((q) => q.speaker);
}

describe('"it" and "they" for an organisation', () => {
  it('is the organisation opening the sentence, not an organisation quoted before', () => {
    expect(
      speakers([
        '“The vote is delayed,” the Harbour Pilots Association said on Monday.',
        'The United Nations Security Council met on Friday and condemned the test, calling it what it called “a clear threat to peace and security.”',
      ]),
    ).toEqual(['Harbour Pilots Association', 'United Nations Security Council']);
  });

  it('"they" is no document quoted before', () => {
    const shown = speakers([
      'The letter was sent on Monday. “The bridge must close,” the letter said.',
      'Two senators wrote back. “The program must be reformed before it expires,” they wrote.',
    ]);
    expect(shown[1]).not.toBe('the letter');
  });

  it('"it" is the document that opens the sentence before', () => {
    const shown = speakers([
      'The committee has interviewed dozens of witnesses since the hearing in November.',
      'Thursday’s memo from the panel seemed aimed at the critics of the inquiry.',
      '“So far, most of the witnesses had never before been interviewed by anyone,” it stated.',
    ]);
    expect(shown).toEqual(['Thursday’s memo']);
  });
});
