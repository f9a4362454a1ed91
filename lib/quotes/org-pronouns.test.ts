import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

describe('"it" and "they" for an organisation', () => {
  it('is the organisation opening the sentence, not an organisation quoted before', () => {
    expect(
      speakersNamed([
        '“The vote is delayed,” the Harbour Pilots Association said on Monday.',
        'The United Nations Security Council met on Friday and condemned the test, calling it what it called “a clear threat to peace and security.”',
      ]),
    ).toEqual(['Harbour Pilots Association', 'United Nations Security Council']);
  });

  it('"they" is no document quoted before', () => {
    const shown = speakersNamed([
      'The letter was sent on Monday. “The bridge must close,” the letter said.',
      'Two senators wrote back. “The program must be reformed before it expires,” they wrote.',
    ]);
    expect(shown[1]).not.toBe('the letter');
  });

  it('"it" is a body named by whose it is ("Ann Reyes’s campaign") opening the sentence before', () => {
    const shown = speakersNamed([
      '“We will win this state by ten points,” said Tom Ward, the county chairman.',
      'Ann Reyes’s campaign is defending her early-morning posts about the mayor. It is denouncing what it calls “the single biggest smear of the whole race.”',
    ]);
    expect(shown).toEqual(['Tom Ward', 'Ann Reyes’s campaign']);
  });

  it('"it" is the document that opens the sentence before', () => {
    const shown = speakersNamed([
      'The committee has interviewed dozens of witnesses since the hearing in November.',
      'Thursday’s memo from the panel seemed aimed at the critics of the inquiry.',
      '“So far, most of the witnesses had never before been interviewed by anyone,” it stated.',
    ]);
    expect(shown).toEqual(['Thursday’s memo']);
  });
});

describe('a class noun for the organisation named just before ("the company", "the news outlet")', () => {
  it('is the one organisation named in the sentence before', () => {
    const shown = speakersNamed([
      'Harbour Pilots Association members also commented on the merger, but said there was no deal to undo.',
      '“We wish both companies well and have nothing more to add,” the organization said in a statement.',
    ]);
    expect(shown).toEqual(['Harbour Pilots Association']);
  });

  it('stays as written when two organisations were named there', () => {
    const shown = speakersNamed([
      'The Harbour Pilots Association met the Port Workers Union on Monday.',
      '“Talks went well and will go on next week,” the organization said.',
    ]);
    expect(shown).toEqual(['the organization']);
  });

  it('a news medium stands only for an outlet, not another body named nearer (the outlet further back)', () => {
    const shown = speakersNamed([
      'The Harbour Pilots Association wrote to the Daily Courier Tribune on Monday.',
      '“The pilots will strike on Friday unless the port agrees,” according to the newspaper.',
      'The Harbour Pilots Association met on Tuesday.',
      '“The pilots will strike on Friday unless the port agrees,” the newspaper reported.',
    ]);
    expect(shown).toEqual(['Daily Courier Tribune', 'Daily Courier Tribune']);
  });

  it('a news medium stays as written when no outlet was named', () => {
    const shown = speakersNamed([
      'The Harbour Pilots Association met on Tuesday.',
      '“The pilots will strike on Friday unless the port agrees,” the newspaper reported.',
    ]);
    expect(shown).toEqual(['the newspaper']);
  });
});

describe('review 17 H4 guards (lead)', () => {
  it('a class noun after a sentence opening with an unnamed one stays as written', () => {
    const shown = speakersNamed([
      'A small airline blamed the Harbour Pilots Association for the delays on Monday.',
      '“We are deeply disappointed in our partners,” the organization said.',
    ]);
    expect(shown).toEqual(['the organization']);
  });

  it('"the group" is not the organisation just named (it is as often the people named)', () => {
    const shown = speakersNamed([
      'Hundreds of protesters marched past the offices of the Harbour Pilots Association on Saturday.',
      '“We want clean water and we want it now,” the group chanted.',
    ]);
    expect(shown).toEqual(['the group']);
  });
});

describe('review 17 H6 guard (lead)', () => {
  it('"the senator answered" after a question of the sentence\'s subject is not that subject', () => {
    const shown = speakersNamed([
      'Senator Mary Cole held a town hall in Ames on Monday.',
      'Tom Reid, who farms 400 acres near the town, asked about tariffs: “We are working on a deal right now,” the senator answered.',
    ]);
    expect(shown).toEqual(['Mary Cole']);
  });
});

describe('review 17 H5 guard (lead)', () => {
  it("a cue after a joined clause with its own subject is that subject's, not the sentence opener's", () => {
    const shown = speakersNamed([
      'Governor Tom Reid on Monday signed the order, and Alan Webb’s spokeswoman said it would “hurt the farmers who grow our food.”',
    ]);
    expect(shown[0]).not.toBe('Tom Reid');
  });

  it('"it" is a document opening a sentence further back when no one is quoted between', () => {
    const shown = speakersNamed([
      'The memo, obtained by the Ledger, was written in May by the port authority’s deputy chief, Ann Ford. Two ferries were idle that week.',
      '“The crews are ready to sail as soon as the harbour opens,” it reads.',
    ]);
    expect(shown).toEqual(['The memo']);
    // Someone quoted between speaks for the next "it".
    const quoted = speakersNamed([
      'The memo was written in May. The harbour board answered, saying “the ferries stay idle for now.”',
      '“The crews are ready to sail as soon as the harbour opens,” it reads.',
    ]);
    expect(quoted[1]).not.toBe('The memo');
  });

  it('"it" is no document further back when a body ("The company", "It") is the subject between', () => {
    const company = speakersNamed([
      'The report, released by the state auditor on Tuesday, found $2 million in waste. Acme Corp. was named in the audit. The company denied any wrongdoing.',
      '“We followed every rule,” it said.',
    ]);
    expect(company).toEqual([null]);
    const city = speakersNamed([
      'The lawsuit, filed in federal court on Monday, names the city. The city has 30 days to respond. It declined to comment on Tuesday.',
      '“We will fight this,” it said.',
    ]);
    expect(city).toEqual([null]);
  });
});
