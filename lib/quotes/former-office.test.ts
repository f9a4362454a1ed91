// "the former governor" as a byword for the one the story is on: only when the text says nothing against it, and then
// as a guess (review37 finding 9). Invented texts.
import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '.';
import { readNames } from '../names';
import { readText } from '../text';
import { makeArticle } from '../../tests/factories';
import { speakersNamed } from './test-helpers';

describe('a former office and the person the story is on', () => {
  it.each([
    ['Tom Ward, a businessman, is running for governor. Ward spoke in Dayton on Monday.', 'the former governor'],
    ['Tom Ward, who is running for mayor, met voters on Tuesday. Ward spoke about crime.', 'the former mayor'],
    ['Ann Reyes, a state senator, toured Toledo. Reyes spoke about schools.', 'the former governor'],
  ])('is not someone who runs for the office or holds another: %s', (lead, byword) => {
    expect(speakersNamed([lead, 'The crowd cheered.', `“This state has lost its way,” ${byword} said.`])).toEqual([
      byword,
    ]);
  });

  it('is the one the story is on when the text gives them a standing that is no office', () => {
    expect(
      speakersNamed([
        'Hillary Clinton, the Democratic nominee, spoke in Florida on Monday. Clinton attacked Donald Trump.',
        '“We need every single vote,” the former secretary of state said.',
      ]),
    ).toEqual(['Hillary Clinton']);
  });

  it('goes to the one the story is on, shown as a guess', () => {
    const article = makeArticle([
      'Hillary Clinton spoke in Florida on Monday. Clinton attacked Donald Trump.',
      '“We need every vote,” the former secretary of state said.',
    ]);
    const layer = readText(article);
    const [quote] = analyzeQuotes(article, layer, readNames(layer, { kb: null, gazetteer: null })).quotes;
    expect(quote.speaker).toBe('Hillary Clinton');
    expect(quote.confidence).toBe('low');
  });
});
