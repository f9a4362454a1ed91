// What does not give a person a role (given-role.ts): a role in an opening phrase before a name, and an aside that
// credits words ("Tom Ward, his lawyer said, will …"). Invented texts.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

describe('a role that is no apposition of the name after or before it', () => {
  it.each([
    ['Asked about the lawyer for the family, Tom Ward said he had never met her.', 'the lawyer'],
    ['In a letter to the mayor of Dayton, Tom Ward asked for help with the flood.', 'the mayor'],
    ['Speaking to the coach of the Tigers, Tom Ward praised the team.', 'the coach'],
    ['After meeting with the chairman of the board, Tom Ward resigned.', 'the chairman'],
  ])('an opening phrase’s object: %s', (sentence, role) => {
    expect(speakersNamed([sentence, `“We will do all we can,” ${role} said.`])).toEqual([role]);
  });

  it('an aside crediting words after a name', () => {
    expect(
      speakersNamed([
        'Tom Ward, his lawyer said, will plead not guilty on Monday.',
        '“My client has done nothing wrong,” the lawyer said.',
      ]),
    ).toEqual(['the lawyer']);
  });

  it('still reads an apposition the name closes, wherever it stands', () => {
    expect(
      speakersNamed([
        'Donald Trump spoke in Ohio. Reporters spoke to his campaign manager, Kellyanne Conway.',
        '“He is going to win,” the campaign manager said.',
      ]),
    ).toEqual(['Kellyanne Conway']);
    expect(
      speakersNamed([
        'A spokesman for the Trump campaign, Jason Miller, disputed the report.',
        '“It is false,” the spokesman said.',
      ]),
    ).toEqual(['Jason Miller']);
  });
});

describe("a man's role word and a woman the text gives the woman's word", () => {
  it('is someone else ("Committee chairwoman Ann Rice … Acme\'s chairman … the chairman said")', () => {
    expect(
      speakersNamed([
        'Committee chairwoman Ann Rice called the hearing to order.',
        "Acme's chairman testified for two hours.",
        '“We did nothing wrong at all,” the chairman said.',
      ]),
    ).toEqual(['the chairman']);
  });
});

describe('a name ending in "ed" opening the sentence is no participle', () => {
  it('reads "Ted Cruz\'s campaign manager, Jeff Roe," as an apposition', () => {
    expect(
      speakersNamed([
        "Ted Cruz's campaign manager, Jeff Roe, predicted a win on Monday.",
        '“We will win Iowa easily,” the campaign manager said.',
      ]),
    ).toEqual(['Jeff Roe']);
  });
});
