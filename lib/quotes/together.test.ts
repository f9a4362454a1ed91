// "they" for people named together (together.ts): the kind of text is a study's or a letter's authors named in a
// list, then "they found …", "they wrote" (PolNeAR's New York Times articles, train and dev).
import { describe, expect, it } from 'vitest';
import { speakersAttributed } from './test-helpers';

describe('"they" for people named together', () => {
  it('is the pair named in the sentence before, their appositions and title left out', () => {
    const speakers = speakersAttributed([
      'Critics of the plan, like Senators Ann Walker, Republican of Ohio, and Tom Reyes, Democrat of Iowa, want it fixed. They sent a letter on Thursday.',
      '“The program is plagued by fraud,” they wrote.',
    ]);
    expect(speakers).toEqual(['Ann Walker and Tom Reyes']);
  });

  it('goes back past sentences that say "they" before naming others to the list with affiliations', () => {
    const speakers = speakersAttributed([
      'In a new study, three economists -- Ann Walker at Ohio State, Tom Reyes at the University of Iowa and Li Chen at Rice -- challenged the consensus.',
      'They examined the records of workers. Wages stayed low, they found. In another study they wrote with Karl Lind and Bo Park, they estimated the losses.',
      '“These results should make us think again,” they argued.',
    ]);
    expect(speakers).toEqual(['Ann Walker, Tom Reyes and Li Chen']);
  });

  it('is the list named after a group last spoke, not that group', () => {
    const speakers = speakersAttributed([
      '“Prices are too high,” several farmers said.',
      'Ann Walker and Tom Reyes, two economists at Ohio State, studied the market for a year.',
      '“The farmers are right,” they wrote.',
    ]);
    expect(speakers).toEqual(['several farmers', 'Ann Walker and Tom Reyes']);
  });

  it('is left open when someone else was named since the list', () => {
    const speakers = speakersAttributed([
      'Ann Walker and Tom Reyes oppose the bill. Karl Lind, a lobbyist, disagrees with them.',
      '“It will cost jobs,” they said.',
    ]);
    expect(speakers).toEqual([null]);
  });

  it('is left open when the story has turned to other people, or the list is no subject (review30 finding 12)', () => {
    const openings = [
      'Tom Baker and Maria Lopez filed the lawsuit in March. The neighbors were angry.',
      'Police arrested Tom Baker and Maria Lopez on Friday.',
      'Tom Baker and Maria Lopez were killed in the crash. Their children gathered at the house on Sunday.',
      'Voters in the district backed Tom Baker and Maria Lopez in the primary. Many said they were tired of it.',
      'The Tigers beat the Lions behind goals from Ana Ruiz and Nina Sol. Fans stormed the field after the whistle.',
    ];
    for (const opening of openings)
      expect(speakersAttributed([opening, '“We were never asked about any of this,” they said.'])).toEqual([null]);
  });

  it('needs an "and": names set side by side by a comma are no list', () => {
    const speakers = speakersAttributed([
      'The judge sided with Ann Walker, Tom Reyes’s lawyer, on Monday.',
      '“We are pleased with the ruling,” they said.',
    ]);
    expect(speakers).toEqual([null]);
  });
});
