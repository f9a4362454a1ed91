import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

// A body or a document the article named, later called by a description as a quote's source.
describe('a description of a body stands for the body the article named', () => {
  it('takes the name that holds the words before its head ("the budget office")', () => {
    const shown = speakersNamed([
      'Deficits will grow this year, the Congressional Budget Office reported on Tuesday.',
      'Tom Baker, an economist, disagreed with the forecast.',
      '“Costs will rise faster than revenue for a decade,” the budget office said.',
    ]);
    expect(shown).toEqual(['Congressional Budget Office']);
  });

  it('finds those words after "of" in the name ("the health department")', () => {
    const shown = speakersNamed([
      'The Department of Health reported on Tuesday that flu cases doubled.',
      '“We expect many more patients this winter,” the health department said.',
    ]);
    expect(shown).toEqual(['Department of Health']);
  });

  it('is left as written when the name lacks one of its words ("the state agency")', () => {
    const shown = speakersNamed([
      'The Federal Aviation Administration grounded the jets on Monday.',
      '“Safety comes first for every airline,” the state agency said.',
    ]);
    expect(shown).toEqual(['the state agency']);
  });

  it('drops an indefinite article opening the name it found ("A Harbour Safety Office report")', () => {
    const shown = speakersNamed([
      'A Harbour Safety Office report found cracks in the bridge last year.',
      '“The bridge must close for repairs at once,” the office said.',
    ]);
    expect(shown).toEqual(['Harbour Safety Office']);
  });
});

describe('"the group" stands for a body only when it is the subject just before', () => {
  it('is the organisation opening the sentence before', () => {
    const shown = speakersNamed([
      'The Ohio Rivers Foundation sued the county over the spill on Monday.',
      '“The county has ignored the law for years,” the group said in a statement.',
    ]);
    expect(shown).toEqual(['Ohio Rivers Foundation']);
  });

  it('stays as written when people are the subject before ("protesters … the group chanted")', () => {
    const shown = speakersNamed([
      'Protesters marched past the offices of the Ohio Rivers Foundation on Monday.',
      '“Clean water for every town in Ohio,” the group chanted.',
    ]);
    expect(shown).toEqual(['the group']);
  });

  it('stays as written when a group of people is brought in after the organisation (review35 finding 8)', () => {
    const shown = speakersNamed([
      'Exxon hosted a group of high school students at its Baytown refinery on Friday.',
      '“We learned more in one day than in a whole semester,” the group said.',
      'The Red Cross flew a group of 40 refugees from Athens to Madrid on Sunday. “We are finally safe,” the group said after landing.',
      'The Ohio Rivers Foundation invited a small group of reporters to the river on Tuesday. “The water is brown,” the group said.',
    ]);
    expect(shown).toEqual(['the group', 'the group', 'the group']);
  });

  it('is the organisation that a group set off after its name describes ("Oxfam, a group of charities,")', () => {
    const shown = speakersNamed([
      'The Ohio Rivers Foundation, a group of local anglers, sued the county over the spill on Monday.',
      '“The county has ignored the law for years,” the group said in a statement.',
    ]);
    expect(shown).toEqual(['Ohio Rivers Foundation']);
  });
});

describe("a news medium's noun stands for the outlet named a few sentences back", () => {
  it('is the one outlet in the nearest sentence naming one', () => {
    const shown = speakersNamed([
      'Tom Baker gave an interview to the Dayton Herald on Sunday. He spoke about his plans for the state.',
      'The newspaper wrote that Baker was “clearly preparing for a run for governor.”',
    ]);
    expect(shown).toEqual(['Dayton Herald']);
  });

  it('stays as written when an outlet without a name is brought in on the way (review35 finding 9)', () => {
    const shown = speakersNamed([
      'Ana Lopez spoke to the Dayton Herald on Sunday morning to announce her run for governor. She spoke for 20 minutes. Her husband was not there. The story was first reported by a local newspaper.',
      '“Lopez has been planning this for a year,” the newspaper wrote.',
    ]);
    expect(shown).toEqual(['the newspaper']);
  });

  it('is the outlet named when the one brought in without a name is of another kind ("a TV station")', () => {
    const shown = speakersNamed([
      'Ana Lopez spoke to the Dayton Herald on Sunday morning to announce her run for governor. She spoke for 20 minutes. A local TV station filmed the event.',
      '“Lopez has been planning this for a year,” the newspaper wrote.',
    ]);
    expect(shown).toEqual(['Dayton Herald']);
  });
});

describe('a document noun stands for the work introduced as "entitled" or "titled"', () => {
  it('is the title of a work of the same kind ("a memoir entitled …" → "the book")', () => {
    const shown = speakersNamed([
      'Ann Reyes wrote a memoir of her years at the clinic entitled The Night Shift: Twenty Years of Care.',
      '“She was back at work within days of the crash,” the book said.',
    ]);
    expect(shown).toEqual(['The Night Shift: Twenty Years of Care']);
  });

  it('is the title in quote marks ("the editorial, entitled “…,”" → "the piece")', () => {
    const shown = speakersNamed([
      'Campaign aides were thrilled with the editorial, entitled “Mr. Ward Is No Reformer,” when it ran on Monday.',
      'The piece calls his tax plan “a fantasy that voters should reject.”',
    ]);
    expect(shown).toEqual(['Mr. Ward Is No Reformer']);
  });

  it('is no title when the noun is of another kind ("a memoir entitled …" → "the report")', () => {
    const shown = speakersNamed([
      'Ann Reyes wrote a memoir of her years at the clinic entitled The Night Shift.',
      '“Staffing fell short on every ward in the state,” the report said.',
    ]);
    expect(shown).toEqual(['the report']);
  });
});

describe('"according to" after an introductory phrase names the source of the sentence', () => {
  it('is the body after "Over the long term, according to …,"', () => {
    const shown = speakersNamed([
      'The Congressional Budget Office published its outlook on Tuesday.',
      'Over the long term, according to the budget office, the rise in debt “is mainly driven by the aging of the population.”',
    ]);
    expect(shown).toEqual(['Congressional Budget Office']);
  });

  it('is not the source set off after a clause with its own speaker ("Baker told reporters, according to …")', () => {
    const shown = speakersNamed([
      'Tom Baker told reporters, according to a transcript, that the plan “will never pass the Senate this year.”',
    ]);
    expect(shown).toEqual(['Tom Baker']);
  });
});

describe('a body named by whose it is ("her campaign") is shown as the owner’s', () => {
  it('names the owner the pronoun stands for', () => {
    const shown = speakersNamed([
      'Ann Reyes spoke in Dayton on Monday. She praised the mayor’s record on jobs.',
      '“We are confident of winning Ohio in November,” her campaign said in a statement.',
    ]);
    expect(shown).toEqual(['Ann Reyes’s campaign']);
  });
});
