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

  it('is no scare-quoted word or quotation before the noun (review27 finding 1)', () => {
    expect(
      speakersNamed([
        'The agency published its “final” report on Friday.',
        '“The bridge failed because nobody checked it,” the report said.',
      ]),
    ).toEqual(['the report']);
    expect(
      speakersNamed([
        'Democrats dismissed the “so-called” statement as spin.',
        '“I voted for the bill twice,” the statement said.',
      ]),
    ).toEqual(['the statement']);
    const shown = speakersNamed([
      'Baker called Ward’s tax plan the “Worst Deal in a Generation,” the ad claims.',
      '“Tom Ward has failed Ohio,” the ad says.',
    ]);
    expect(shown[shown.length - 1]).toBe('the ad');
  });

  it('is no capitalised run across a paragraph break (review27 finding 2)', () => {
    const shown = speakersNamed([
      'The council acted on the New Harbor Plan',
      'The plan, drafted by consultants, was published in May.',
      '“The harbour will be dredged by 2030,” the plan says.',
    ]);
    expect(shown).toEqual(['New Harbor Plan']);
  });
});
