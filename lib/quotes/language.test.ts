import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from './index';
import { makeArticle as articleOf } from '../../tests/factories';

describe('attribution only where its English cues apply', () => {
  const text = '“Nous irons jusqu’au bout,” a déclaré le ministre Jean Dupont. “We will go,” Berik Uali said.';
  it.each([
    ['English', 'en', 'Berik Uali'],
    ['English with a region', 'en-GB', 'Berik Uali'],
    ['English as og:locale writes it', 'en_GB', 'Berik Uali'],
    ['no declared language', '', 'Berik Uali'],
    ['French: quotes listed, speakers unknown', 'fr', null],
  ])('%s', (_label, lang, second) => {
    const { quotes, speakers } = analyzeQuotes({ ...articleOf([text]), lang });
    expect(quotes).toHaveLength(2);
    expect(quotes[1].speaker).toBe(second);
    if (second === null) expect(speakers).toEqual([]);
  });
});
