import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

describe('a bare document noun for the titled work named before ("the ad", "the column")', () => {
  it('is the title in quote marks written with the same noun', () => {
    const shown = speakersNamed([
      'The Baker campaign released a new online ad on Monday aimed at Tom Ward.',
      'The “Fresh Start” ad contrasts Baker’s record as mayor with Ward’s years in the statehouse.',
      '“Tom Baker is the candidate Ohio can trust,” the ad says.',
    ]);
    expect(shown).toEqual(['Fresh Start']);
  });

  it('is the capitalised title, its gloss in brackets aside', () => {
    const shown = speakersNamed([
      '“The remark was rough around the edges,” said the Tensei Jingo (Vox Populi) column on Monday.',
      '“It was unprecedented in its insensitivity,” the column noted.',
    ]);
    expect(shown[1]).toBe('Tensei Jingo');
  });

  it('is no titled work when another work of the kind was brought in since ("a new ad")', () => {
    const shown = speakersNamed([
      'The “Fresh Start” ad ran across Ohio in March.',
      'On Friday the campaign released a new ad aimed at Tom Ward.',
      '“Tom Ward has never met a tax he did not like,” the ad says.',
    ]);
    expect(shown).toEqual(['the ad']);
  });

  it('is no person whose name is written before the noun ("the Tom Baker ad")', () => {
    const shown = speakersNamed(
      ['Tom Baker spoke in Dayton on Monday. The Tom Baker ad ran the same day.', '“Ohio can do better,” the ad says.'],
      { persons: ['tom baker'] },
    );
    expect(shown).toEqual(['the ad']);
  });
});
