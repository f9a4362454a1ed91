// A byword naming a party ("the Democratic nominee") stands for the one person named before whom the text gives that
// party, when the one the story is on is of the other party. Invented texts.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

const QUOTE = '“We will win this state in November.”';

describe('a party byword and the one the text gives that party', () => {
  it('reads the party written before each of two joined names ("Republican X and Democrat Y")', () => {
    const lead = 'Republican Donald Trump and Democrat Hillary Clinton met in St. Louis on Sunday for a debate.';
    expect(
      speakersNamed([lead, 'Trump attacked Clinton over her emails.', `${QUOTE} the Democratic nominee said.`]),
    ).toEqual(['Hillary Clinton']);
    expect(speakersNamed([lead, `${QUOTE} the Democratic candidate said.`])).toEqual(['Hillary Clinton']);
    // The story's subject still holds the byword of their own party.
    expect(speakersNamed([lead, `${QUOTE} the Republican candidate said.`])).toEqual(['Donald Trump']);
  });

  it('finds the one given the party when the subject is given the other one', () => {
    expect(
      speakersNamed([
        'Republican Paul Ryan met Democrat Nancy Pelosi on Monday.',
        `${QUOTE} the Democratic leader said.`,
      ]),
    ).toEqual(['Nancy Pelosi']);
    expect(
      speakersNamed([
        'Democrat Ann Reyes spoke on Monday.',
        'Tom Baker, the Republican nominee, answered her.',
        `${QUOTE} the Democratic nominee said.`,
      ]),
    ).toEqual(['Ann Reyes']);
  });

  it('names no one when two or none are given the party', () => {
    expect(
      speakersNamed([
        'Democrats Ann Reyes and Maria Lopez met Republican Tom Baker on Monday.',
        'Baker left early.',
        `${QUOTE} the Democratic leader said.`,
      ]),
    ).toEqual(['the Democratic leader']);
    expect(
      speakersNamed([
        'Republican Tom Baker met Jim Cole on Monday.',
        'Baker left early.',
        `${QUOTE} the Democratic leader said.`,
      ]),
    ).toEqual(['the Democratic leader']);
  });

  it('leaves out one given the party before someone new came in, and one given another role', () => {
    expect(
      speakersNamed([
        'Tom Ward, a Republican, beat Ann Reyes, a Democrat, in 2014.',
        'This year Ward faces a new opponent.',
        '“Ward has failed this district,” the Democratic challenger said.',
      ]),
    ).toEqual(['the Democratic challenger']);
    expect(
      speakersNamed([
        'Republican Tom Ward spoke in Dayton. He said Democrat Ann Reyes, a city councilwoman, had endorsed his rival.',
        `${QUOTE} the Democratic nominee said.`,
      ]),
    ).toEqual(['the Democratic nominee']);
  });

  it('reads no party of a title before "and" as another person\'s ("Republican nominee and businessman X")', () => {
    expect(
      speakersNamed([
        'Republican nominee and businessman Donald Trump held a rally in Florida. Trump attacked the press.',
        '“The media is rigged,” the Democratic nominee said.',
      ]),
    ).toEqual(['the Democratic nominee']);
  });

  it('keeps the one the text gives the role itself', () => {
    expect(
      speakersNamed([
        'Democrat Ann Reyes lost the primary in May. Tom Baker, the Democratic nominee, spoke on Monday.',
        `${QUOTE} the Democratic nominee said.`,
      ]),
    ).toEqual(['Tom Baker']);
  });

  it("reads a party's standard-bearer as its nominee", () => {
    expect(
      speakersNamed([
        'Ann Reyes, the Democratic nominee, spoke in Denver. Her running mate, Tom Ward, spoke in Reno.',
        `${QUOTE} the standard-bearer said.`,
      ]),
    ).toEqual(['Ann Reyes']);
  });
});
