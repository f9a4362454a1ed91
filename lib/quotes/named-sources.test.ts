// Challenge set (stop 44, names): invented passages of one common pattern each, a quote whose cue names its source.
// Each case fails on the commit before its fix.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

describe('a day or a date written right after the name (AP style) is no word of it', () => {
  it.each([
    [['“We will appeal the ruling,” said Ann Reyes Monday.'], 'Ann Reyes'],
    [['“We will appeal the ruling,” said Ann Reyes Thursday in a statement.'], 'Ann Reyes'],
    [
      ['Tom Ward, a lawyer for the family, spoke after the verdict.', '“We will appeal it,” said Ward Friday.'],
      'Tom Ward',
    ],
    [['Ann Reyes Monday said: “The plan is a disaster for working families.”'], 'Ann Reyes'],
    [
      ['Omar Haddad, a fisherman, lost his boat.', 'Haddad Monday called the plan “a disaster for the delta.”'],
      'Omar Haddad',
    ],
    [['“The plant will stay open through the winter,” said Mark Ward Jan. 5.'], 'Mark Ward'],
    [['“We will appeal the ruling,” said Lisa Brandt Sept. 12.'], 'Lisa Brandt'],
  ])('%j → %s', (story, speaker) => {
    expect(speakersNamed(story)).toEqual([speaker]);
  });

  it('keeps a month that is a surname, and a day that opens a name', () => {
    expect(speakersNamed(['“Brexit means Brexit, and we will make it work,” said Theresa May on Tuesday.'])).toEqual([
      'Theresa May',
    ]);
    expect(speakersNamed(['“I never wanted to act again,” said Tuesday Weld.'])).toEqual(['Tuesday Weld']);
  });
});

describe('"Mr." and "Mrs." before a surname say which bearer speaks', () => {
  it('is no one named when the one bearer is of the other gender', () => {
    expect(
      speakersNamed(['Ann Reyes runs the farm with her family.', '“We sold half the herd,” Mr. Reyes said.']),
    ).toEqual(['Reyes']);
    expect(
      speakersNamed(['Tom Reyes runs the farm with his family.', '“We sold half the herd,” Mrs. Reyes said.']),
    ).toEqual(['Reyes']);
  });

  it('tells a couple named "Tom and Ann Reyes" apart, by honorific or first name', () => {
    const farm = [
      'Tom and Ann Reyes have owned the farm since 1980.',
      '“We have never had a drought like this,” Mrs. Reyes said.',
      '“We sold half the herd last month,” Mr. Reyes said.',
      '“And we will sell the rest in May,” Tom said.',
    ];
    expect(speakersNamed(farm)).toEqual(['Ann Reyes', 'Tom Reyes', 'Tom Reyes']);
  });

  it('joins no surname to the last word of a name or of someone named before', () => {
    expect(
      speakersNamed([
        'Gov. Chris Christie spoke first. Christie and Marco Rubio then clashed.',
        '“The budget is a fraud,” Rubio said.',
      ]),
    ).toEqual(['Marco Rubio']);
    expect(
      speakersNamed(['John Paul and Ann Reyes met in 1990.', '“We sold half the herd last month,” Reyes said.']),
    ).toEqual(['Ann Reyes']);
  });
});

describe('the first of two surnames alone names the person ("Fernández" of María Fernández García)', () => {
  it.each([
    [
      [
        'María Fernández García, a teacher in Seville, spoke first.',
        '“Nobody in Madrid listens to us,” Fernández said.',
      ],
      'María Fernández García',
    ],
    [
      ['Juan Carlos Pérez Soto lost his crop to the frost.', '“We have never seen a winter like this,” Pérez said.'],
      'Juan Carlos Pérez Soto',
    ],
    [
      ['Gabriel García Márquez spoke to students.', '“Writing is a trade you learn by doing it,” García said.'],
      'Gabriel García Márquez',
    ],
    [
      ['Sarah Huckabee Sanders spoke on Monday.', '“The president has been clear,” Huckabee said.'],
      'Sarah Huckabee Sanders',
    ],
  ])('%j → %s', (story, speaker) => {
    expect(speakersNamed(story)).toEqual([speaker]);
  });

  it('is no second given name, nor a surname someone else was given', () => {
    expect(
      speakersNamed(['Ana Lucía Ruiz runs the café with her niece.', '“We are open every day,” Lucía said.']),
    ).toEqual(['Lucía']);
    const walker = [
      'George Walker Bush left office. Gov. Scott Walker said the state would sue.',
      '“We will win,” Walker said.',
    ];
    expect(speakersNamed(walker)).toEqual(['Scott Walker']);
  });
});

describe('an aside on how the words were had, between an unnamed source and its cue', () => {
  it.each([
    [['“The talks have stalled,” a senior official, speaking on condition of anonymity, said.'], 'a senior official'],
    [['“The talks have stalled,” a spokesman, reached by phone, said.'], 'a spokesman'],
    [['“We never saw the report,” an aide, asked about the memo, said.'], 'an aide'],
  ])('%j → %s', (story, speaker) => {
    expect(speakersNamed(story)).toEqual([speaker]);
  });
});

describe('a nickname in marks inside a name ("Robert “Bobby” Hale") is the name the person goes by', () => {
  it.each([
    [['“We never expected to win this seat,” said Robert “Bobby” Hale, a Republican.'], 'Bobby Hale'],
    [['James "Whitey" Bulger said: "I never killed anyone who did not deserve it."'], 'Whitey Bulger'],
    [
      ['Rep. Robert C. “Bobby” Scott opened his home.', '“This is a day of joy for all of us,” Scott said.'],
      'Bobby Scott',
    ],
  ])('%j → %s', (story, speaker) => {
    expect(speakersNamed(story)).toEqual([speaker]);
  });
});

describe('a given name joined to a full name by "and"', () => {
  it('is no partner sharing the surname when the story already calls that person by the given name alone', () => {
    expect(
      speakersNamed([
        'Maria, 12, lives with her grandmother.',
        '“I miss my mom every day,” Maria said.',
        'Maria and Ann Reyes, her teacher, walk to school together.',
        '“She is so brave,” Ms. Reyes said. “I love school so much,” Maria said.',
      ]),
    ).toEqual(['Maria', 'Ann Reyes', 'Maria']);
  });
});
