import { describe, expect, it } from 'vitest';
import { KB_FORMAT, KB_VERSION, parseKnowledgeBase, type KnowledgeBaseFile } from './knowledge-base';
import { findPhrases, withoutInside } from './phrases';

function kbWithPhrase() {
  const file: KnowledgeBaseFile = {
    format: KB_FORMAT,
    version: KB_VERSION,
    checked: '2026-11-25',
    entries: [['Nikkei_225', 'organization', 'Nikkei 225', 'Stock index']],
    names: { nikkei: 0 },
    acronyms: {},
    phrases: { 'Nikkei stock average': 0 },
    demonyms: [],
    titles: [],
    places: { cities: [], regions: {} },
    contextual: [],
    teams: [],
    givenNames: [],
  };
  return parseKnowledgeBase(JSON.stringify(file));
}

describe('written phrases', () => {
  it('finds a name with lower-case words as written, word-bounded', () => {
    const text = "Japan's Nikkei stock average fell; the Nikkei stock averages are not it.";
    const [c] = findPhrases(text, kbWithPhrase());
    expect(c.wikipedia).toBe('Nikkei_225');
    expect(c.mentions).toEqual([{ start: 8, end: 28 }]);
  });

  it('looks for a phrase only in a text holding each pair of its characters, and finds it there', () => {
    // Every character of the phrase, none of its pairs "ck", "k ", " s": the phrase is not there.
    expect(findPhrases('Nikkei: stockaverage, k-s', kbWithPhrase())).toEqual([]);
    // Characters outside ASCII (a pair is read by their low bytes) and the phrase at the text's very end.
    const text = 'Nikkei\u2019s fall — the Nikkei stock average';
    expect(findPhrases(text, kbWithPhrase())[0].mentions).toEqual([{ start: 20, end: 40 }]);
  });

  it('drops shorter mentions inside a phrase', () => {
    const phrases = findPhrases('The Nikkei stock average fell.', kbWithPhrase());
    const inner = {
      ...phrases[0],
      wikipedia: 'Other',
      mentions: [
        { start: 4, end: 10 },
        { start: 40, end: 46 },
      ],
    };
    expect(withoutInside([inner], phrases)[0].mentions).toEqual([{ start: 40, end: 46 }]);
  });
});
