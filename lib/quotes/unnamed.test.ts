import { describe, expect, it } from 'vitest';
import { definiteOpening, unnamedOpening } from './unnamed';
import { speakersNamed } from './test-helpers';

describe('a person brought in without a name (unnamed.ts)', () => {
  it('reads a definite description of one person opening a sentence, with no other person in it', () => {
    expect(definiteOpening('The governor signed the bill on Monday.', 'f')).toBe('the governor');
    expect(definiteOpening('The coach was furious after the game.', 'm')).toBe('the coach');
    expect(definiteOpening('The spokesman read a statement.', 'f')).toBeNull();
    // "he" may be either one: the judge or the man sentenced.
    expect(definiteOpening('The judge sentenced the man to ten years.', 'm')).toBeNull();
    expect(definiteOpening('The bridge closed in May.', 'm')).toBeNull();
  });

  it('is whom "he"/"she" speaks of when the story names no one before (review31 findings 3, 21)', () => {
    expect(
      speakersNamed([
        'The governor signed the bill. “This is a great day for working families,” she said at the ceremony.',
      ]),
    ).toEqual(['the governor']);
    expect(
      speakersNamed(['The coach was furious after the game. “We were soft from the first whistle,” he said.']),
    ).toEqual(['the coach']);
    // A person named before goes on: the description is a last resort.
    expect(
      speakersNamed([
        'Tom Baker coached for ten years. The coach was furious after the game. “We were soft,” he said.',
      ]),
    ).toEqual(['Tom Baker']);
  });

  it('reads an indefinite description of a person opening a sentence, of a fitting gender', () => {
    expect(unnamedOpening('A 41-year-old Leeds woman, meanwhile, was fined', 'f')).toBe('a 41-year-old Leeds woman');
    expect(unnamedOpening('In March, one Ohio delegate said he left', 'm')).toBe('one Ohio delegate');
    expect(unnamedOpening('A 41-year-old Leeds woman was fined', 'm')).toBeNull();
    // Not a person: "a day", "a lot"; not an apposition after a name.
    expect(unnamedOpening('A day later he left', 'm')).toBeNull();
    expect(unnamedOpening('For Ellery, a retiree and a volunteer, it is a duty', 'f')).toBeNull();
  });

  it('is whom the next pronoun speaks of, not the last person quoted', () => {
    const shown = speakersNamed([
      '“Hate speech has consequences,” said Lukas Brenner, a lawmaker.',
      'A 41-year-old Leeds woman, meanwhile, was fined in July after she had posted comments online. “They should all go home,” she wrote.',
    ]);
    expect(shown).toEqual(['Lukas Brenner', 'a 41-year-old Leeds woman']);
  });

  it('goes back along sentences that go on with the same pronoun', () => {
    const shown = speakersNamed([
      '“We will win the state,” said Rick Dalton, a party strategist.',
      'One Ohio delegate said he tried to give away his passes to friends. He was unable to find a taker, he said. “Not even one,” he said.',
    ]);
    expect(shown[1]).toBe('one Ohio delegate');
  });

  it('leaves the pronoun to a person named as the subject, and reads no description inside a quote', () => {
    const named = speakersNamed([
      '“We will win the state,” said Rick Dalton, a party strategist.',
      'A day later, Tom Ellery said he would run. “I am ready to serve,” he said.',
    ]);
    expect(named[1]).toBe('Tom Ellery');
    const quoted = speakersNamed([
      '“It has been a hard week,” said Ann Ford, a cashier in the town.',
      '“One guy came in and shouted at me,” she said. “I was shaken,” she said.',
    ]);
    expect(quoted).toEqual(['Ann Ford', 'Ann Ford', 'Ann Ford']);
  });
});

describe('a description acting on a person already in the story', () => {
  it('does not take that person’s quote: "A reporter asked her …. “…,” she said" is the person asked', () => {
    expect(
      speakersNamed([
        'Mayor Ann Reyes toured the flooded street on Monday.',
        'A reporter asked her about the budget. “We will cut nothing,” she said.',
      ]),
    ).toEqual(['Ann Reyes']);
    expect(
      speakersNamed([
        'Gov. Tom Smith met with farmers on Tuesday.',
        'One farmer asked him about the drought. “We are doing everything we can,” he said.',
      ]),
    ).toEqual(['Tom Smith']);
    expect(
      speakersNamed([
        'Senator Jane Doe spoke to voters in Dayton.',
        'A woman in the crowd thanked her for coming. “I hear you,” she said.',
      ]),
    ).toEqual(['Jane Doe']);
    expect(
      speakersNamed([
        'Gov. Jane Doe toured the school.',
        'A teacher told her the roof leaked. “We will fix it this summer,” she said.',
      ]),
    ).toEqual(['Jane Doe']);
  });

  it('still speaks of a description whose own "her" is a possessive', () => {
    expect(
      speakersNamed([
        '“We will win the state,” said Rick Dalton, a party strategist.',
        'A woman in the crowd raised her hand. “I have a question,” she said.',
      ]),
    ).toEqual(['Rick Dalton', 'a woman']);
  });
});

describe('half of a plural subject', () => {
  it('is not whom a later "he" goes on with: the last speaker is', () => {
    const shown = speakersNamed([
      'Carl Dunmore, a developer, entered the race in May.',
      'Federal rules burden schools, said Tom Ellery, an Orlando Republican who founded a shipping firm.',
      '“There is more time spent on compliance than on teaching,” he said.',
      'Ellery and Dunmore, a Tampa Republican, argued that the department is not needed. States can do that, they said.',
      'To believe otherwise, “you have to take a cynical view of the states,” he said.',
    ]);
    expect(shown).toEqual(['Tom Ellery', 'Tom Ellery']);
  });

  it('is no half when the other side is a group: "Bill Jones and Senate Republicans …. “…,” he said" is Bill Jones', () => {
    const shown = speakersNamed([
      '“We need a vote now,” said Tom Smith, a Democrat from Ohio.',
      'Bill Jones and Senate Republicans unveiled their own plan on Monday. The plan would cut taxes, they said.',
      '“This is the fairest plan in a generation,” he said.',
    ]);
    expect(shown).toEqual(['Tom Smith', 'Bill Jones']);
    const toured = speakersNamed([
      '“We need a vote now,” said Tom Smith, a Democrat from Ohio.',
      'Bill Jones and House Republicans toured the border on Monday. Officials showed them the fence.',
      '“This is a crisis,” he said.',
    ]);
    expect(toured).toEqual(['Tom Smith', 'Bill Jones']);
  });
});
