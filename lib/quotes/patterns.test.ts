import { describe, expect, it } from 'vitest';
import { blankPartyTags } from './patterns';

describe('blankPartyTags', () => {
  it('blanks a lawmaker’s party and state tag, keeping every offset', () => {
    for (const text of [
      'Sen. Tom Baker (I-Vt.) said',
      'Rep. Tom Baker (R-WI) said',
      'Tom Baker (D-South Carolina) said',
      // As the text layer hands it over: abbreviation points masked (\u2024).
      'Rep. Tom Baker (D-N\u2024Y\u2024) said',
    ]) {
      const blanked = blankPartyTags(text);
      expect(blanked).toHaveLength(text.length);
      expect(blanked).not.toContain('(');
    }
  });

  it('leaves other parentheses that open with a party letter: a road, a film rating', () => {
    for (const text of ['traffic on (I-95) stopped', 'the film (R-rated) opened'])
      expect(blankPartyTags(text)).toBe(text);
  });
});
