// A role noun ("the senator", "the Vermont senator", "the campaign manager") stands for the one person the text
// itself links to that role: a title before the name, an apposition, a predicate, a party tag. Invented texts.
import { describe, expect, it } from 'vitest';
import { qualifiersOf, rolesGiven, saysRole } from './given-role';
import { taggedParties, taggedStates } from './party-tag';
import { speakersAttributed } from './test-helpers';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { makeArticle } from '../../tests/factories';
import type { Mention } from './mentions';
import type { Person } from './people';

const QUOTE = '“We will win this seat back in the fall.”';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
  // Abbreviated titles (TITLE_ABBREVIATION_ROLES)
  {
    name: '"Gov." before a name gives the office "the governor" names',
    paragraphs: [
      'Gov. Ann Reyes spoke in Dayton on Monday. Jim Cole spoke too.',
      `Cole left early. Later, the governor said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: '"Rep." before a name gives the office "the congressman" names',
    paragraphs: [
      'Rep. Tom Ward spoke in Dayton on Monday. Jim Cole spoke too.',
      `Cole left early. Later, the congressman said, ${QUOTE}`,
    ],
    expected: ['Tom Ward'],
  },
  {
    name: '"Ohio Gov." before a name is "the Ohio governor", not the subject of the sentence before',
    paragraphs: [
      'Ohio Gov. Ann Reyes spoke first. Jim Cole spoke too.',
      `Cole left early. Later, the Ohio governor said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  // Offices of several words written before a name (titledWithOffice)
  {
    name: '"former secretary of state Ann Reyes" gives the office "the former secretary of state" names',
    paragraphs: [
      'Former secretary of state Ann Reyes spoke in Dayton on Monday. Tom Baker spoke too.',
      `Baker left early. Later, the former secretary of state said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: '"Secretary of State Ann Reyes" gives the office "the secretary of state" names',
    paragraphs: [
      'Secretary of State Ann Reyes spoke in Dayton on Monday. Tom Baker spoke too.',
      `Baker left early. Later, the secretary of state said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: '"Chief of Staff Tom Ward" gives the office "the chief of staff" names',
    paragraphs: [
      'Chief of Staff Tom Ward spoke in Dayton on Monday. Ann Reyes spoke too.',
      `Reyes left early. Later, the chief of staff said, ${QUOTE}`,
    ],
    expected: ['Tom Ward'],
  },
  {
    name: 'a kin noun "of" someone is no office: "the daughter of the mayor" is not the mayor (review33 finding 14)',
    paragraphs: [
      'The daughter of the mayor Tom Ward spoke at the rally on Monday.',
      `Later, the daughter of the mayor said, ${QUOTE}`,
    ],
    expected: ['the daughter of the mayor'],
  },
  {
    name: 'another office of several words ("Secretary of Defense") is no "secretary of state"',
    paragraphs: [
      'Secretary of Defense Tom Ward spoke in Dayton on Monday. Ann Reyes spoke too.',
      `Reyes left early. Later, the secretary of state said, ${QUOTE}`,
    ],
    expected: ['the secretary of state'],
  },
  // The text's own words (given-role.ts)
  {
    name: 'an apposition after a name gives the role ("Ann Reyes, the senator from Ohio,")',
    paragraphs: [
      'Ann Reyes, the senator from Ohio, spoke in Dayton. Tom Baker listened.',
      `Baker left early. Later, the senator said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a predicate gives the role ("Ann Reyes is the Republican nominee"), not the subject of the sentence before',
    paragraphs: [
      'Ann Reyes is the Republican nominee for governor. Tom Baker spoke too.',
      `Baker left early. Later, the Republican nominee said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'an apposition before a name gives the role ("Tom Baker\'s campaign manager, Ann Reyes,")',
    paragraphs: [
      "Tom Baker's campaign manager, Ann Reyes, spoke first. Jim Cole spoke too.",
      `Cole left early. Later, the campaign manager said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'an office taken with no article ("was elected governor") gives the role',
    paragraphs: [
      'Ann Reyes was elected governor in 2014. Jim Cole spoke too.',
      `Cole left early. Later, the governor said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a relation named by first name, then its role ("her husband, Tom, the city\'s mayor")',
    paragraphs: [
      "Ann Reyes brought along a special guest, her husband, Tom, the city's mayor.",
      `“Hi, nice to meet you all,” the mayor said.`,
    ],
    expected: ['Tom'],
  },
  {
    name: 'two people given the role leave the role noun as written',
    paragraphs: [
      'Ann Reyes is the Republican nominee. Tom Ward is the Democratic nominee.',
      `Both spoke on Monday. Later, the nominee said, ${QUOTE}`,
    ],
    expected: ['the nominee'],
  },
  // Leadership bywords
  {
    name: 'a leadership role a body qualifies ("the Senate minority leader") is a byword for the one named opening the sentence before',
    paragraphs: [
      `Tom Ward blasted Reyes in a recent interview with The Post. “I think what Reyes did is wrong,” the Senate minority leader said.`,
    ],
    expected: ['Tom Ward'],
  },
  {
    name: 'a role a person\'s name qualifies ("the senior Ward adviser") is not that person',
    paragraphs: [
      'Tom Ward spoke in Dayton on Monday. Ward took no questions.',
      `Later, the senior Ward adviser said, ${QUOTE}`,
    ],
    expected: ['the senior Ward adviser'],
  },
  // Party tags (party-tag.ts)
  {
    name: 'a party tag gives the state of "the Vermont senator"',
    paragraphs: [
      'Sen. Ann Reyes (D-Vt.) spoke in Miami on Monday. Sen. Jim Cole (R-Tex.) spoke too.',
      `Cole left early. Later, the Vermont senator said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a party tag of another state rules a senator out ("the Texas senator" is not Reyes (D-Vt.))',
    paragraphs: [
      'Sen. Jim Cole (R-Tex.) spoke in Miami on Monday. Sen. Ann Reyes (D-Vt.) spoke too.',
      `Reyes left early. Later, the Texas senator said, ${QUOTE}`,
    ],
    expected: ['Jim Cole'],
  },
  {
    name: 'a party tag of another state rules out the subject of the sentence before ("the Florida senator")',
    paragraphs: [
      'Sen. Ann Reyes (R-Fla.) spoke in Miami on Monday. Jim Cole spoke too.',
      `Cole left early. Later, the Florida senator said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a party tag alone marks the one lawmaker of that state',
    paragraphs: [
      'Ann Reyes (R-Ohio) spoke first. Jim Cole spoke too.',
      `Cole left early. Later, the Ohio senator said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a party tag gives the party ("the Democratic senator" is not Cole (R-Tex.))',
    paragraphs: [
      'Sen. Ann Reyes (D-Vt.) spoke in Miami on Monday. Sen. Jim Cole (R-Tex.) spoke too.',
      `Cole left early. Later, the Democratic senator said, ${QUOTE}`,
    ],
    expected: ['Ann Reyes'],
  },
];

describe('a role noun is the one person the text links to the role', () => {
  it.each(cases)('$name', ({ paragraphs, expected }) => {
    expect(speakersAttributed(paragraphs)).toEqual(expected);
  });
});

describe('a leadership byword the text gives no one is a guess', () => {
  const confidences = (paragraphs: string[]) => {
    const article = makeArticle(paragraphs);
    return attributeQuotes(article, detectQuotes(article)).quotes.map((q) => [q.speaker, q.confidence ?? null]);
  };
  it('"the Senate majority leader" after a senator the text never makes leader reads "probably"', () => {
    const paragraphs = ['Sen. Tom Ward voted against the bill on Monday.', `${QUOTE} the Senate majority leader said.`];
    expect(confidences(paragraphs)).toEqual([['Tom Ward', 'low']]);
  });
  it('"the Ohio senator" after "Sen. Tom Ward (R-Ohio)" keeps its grade', () => {
    const paragraphs = ['Sen. Tom Ward (R-Ohio) voted against the bill on Monday.', `${QUOTE} the Ohio senator said.`];
    expect(confidences(paragraphs)[0][1]).not.toBe('low');
  });
});

const person = (name: string, text: string): Person => ({
  name,
  role: null,
  mentions: [text.indexOf(name.split(' ').at(-1)!)],
  gender: null,
});

describe('rolesGiven', () => {
  it.each([
    ['Ann Reyes, the senator from Ohio, spoke.', 'senator from Ohio'],
    ['Ann Reyes, who became mayor in 2014, spoke.', 'mayor in 2014'],
    ['Ann Reyes is the Republican nominee for governor.', 'Republican nominee for governor'],
    ['Ann Reyes was elected governor in 2014.', 'governor in 2014'],
    ['Ann Reyes was sworn in as mayor.', 'mayor'],
    ["Tom Baker's campaign manager, Ann Reyes, spoke.", 'campaign manager'],
    ["He met the voters and the candidate's wife, Ann Reyes, on Monday.", "candidate's wife"],
  ])('%s → %s', (text, phrase) => {
    expect(rolesGiven(person('Ann Reyes', text), text, text.length)).toContain(phrase);
  });

  it('reads no further than the mention being resolved ("looked on as the mayor said")', () => {
    const text = 'Ann Reyes looked on as the mayor said';
    expect(rolesGiven(person('Ann Reyes', text), text, text.length)).toEqual([]);
  });
});

describe('saysRole', () => {
  it('finds the role among the head words, and each qualifier anywhere', () => {
    expect(saysRole('senator from Vermont', ['senator'], ['Vermont'])).toBe(true);
    expect(saysRole('senator from Ohio', ['senator'], ['Vermont'])).toBe(false);
    // "wife of the senator" is a wife
    expect(saysRole('wife of the senator', ['senator'], [])).toBe(false);
  });

  it('takes the qualifiers of a description but "The"', () => {
    const mention = { text: 'The Vermont senator' } as Mention;
    expect(qualifiersOf(mention)).toEqual(['Vermont']);
  });
});

describe('party tags', () => {
  const text =
    'Sen. Ann Reyes (D-Vt\u2024) spoke. Tom Ward (R) and Jim Cole (Maine) and Al Bo (R-South Carolina) and Ed Li (I-95) went.';
  it.each([
    ['Ann Reyes', ['Democratic'], ['Vermont']],
    ['Tom Ward', ['Republican'], []],
    ['Jim Cole', [], ['Maine']],
    ['Al Bo', ['Republican'], ['South Carolina']],
    ['Ed Li', [], []],
  ])('%s: %j, %j', (name, parties, states) => {
    const p = { ...person(name, text), mentions: [text.indexOf(`${name.split(' ')[1]} (`)] };
    expect(taggedParties(p, text)).toEqual(parties);
    expect([...taggedStates(p, text, text.length)]).toEqual(states);
  });
});
