// Challenge set (issue 17, stop 44): descriptions as sources ("the spokesman said", "the former governor said") in
// invented passages, one common newswriting pattern per group, varied in names, genders, roles and distance. The
// speaker shown is the person the text names for the description, or the description as written when it names no one
// (another holder, two candidates, someone new).
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
  // A role given with a possessive pronoun (given-role.ts DETERMINER)
  {
    name: 'a role given by "his" before the name',
    paragraphs: [
      'Donald Trump spoke in Ohio on Monday. His spokesman, Jason Miller, appeared on Fox News later.',
      '“We will win this state,” the spokesman said.',
    ],
    expected: ['Jason Miller'],
  },
  {
    name: 'a role given by "his" in an apposition after the name',
    paragraphs: [
      'Donald Trump spoke in Ohio on Monday. Jason Miller, his spokesman, appeared on Fox News later.',
      '“We will win this state,” the spokesman said.',
    ],
    expected: ['Jason Miller'],
  },
  {
    name: 'a role of several words given by "her", two paragraphs on',
    paragraphs: [
      'Hillary Clinton campaigned in Nevada on Tuesday. Her campaign manager, Robby Mook, told reporters the race ' +
        'was close.',
      'Clinton met voters in Reno and Las Vegas.',
      '“We are not taking anything for granted,” the campaign manager said.',
    ],
    expected: ['Robby Mook'],
  },
  {
    name: 'a role given by "their"',
    paragraphs: [
      'The Hendersons sued the city in March. Their lawyer, Paul Grady, filed the papers on Friday.',
      '“This family deserves answers,” the lawyer said.',
    ],
    expected: ['Paul Grady'],
  },
  {
    name: 'a role given by "its"',
    paragraphs: [
      'Acme Corp. reported higher profits on Tuesday. Its chief executive, Jane Doe, credited strong sales.',
      '“We are investing in our workers,” the chief executive said.',
    ],
    expected: ['Jane Doe'],
  },
  {
    name: 'two people given the role: the description as written',
    paragraphs: [
      'Donald Trump’s spokesman, Jason Miller, and Hillary Clinton’s spokesman, Brian Fallon, traded barbs on Monday.',
      '“The other side is lying,” the spokesman said.',
    ],
    expected: ['the spokesman'],
  },
  {
    name: 'a possessive description as the source is left as written',
    paragraphs: ['Donald Trump spoke in Ohio on Monday.', '“He has been clear about this,” his spokesman said.'],
    expected: ['his spokesman'],
  },
  // A role with what it is for, set off by a comma (given-role.ts GIVEN_BEFORE)
  {
    name: '"A spokesman for the Trump campaign, Jason Miller," gives him the role',
    paragraphs: [
      'A spokesman for the Trump campaign, Jason Miller, disputed the report on Monday.',
      '“The story is completely false,” the spokesman said.',
    ],
    expected: ['Jason Miller'],
  },
  {
    name: 'two given the role with what it is for: the one of the description’s gender',
    paragraphs: [
      'A spokesman for the Trump campaign, Jason Miller, disputed the report. A spokeswoman for the Clinton ' +
        'campaign, Jennifer Palmieri, welcomed it.',
      '“The story speaks for itself,” the spokeswoman said.',
    ],
    expected: ['Jennifer Palmieri'],
  },
  {
    name: 'two given the role with what it is for, of one gender: the description as written',
    paragraphs: [
      'A spokesman for the Trump campaign, Jason Miller, and a spokesman for the Clinton campaign, Brian Fallon, ' +
        'traded barbs.',
      '“The other side is lying,” the spokesman said.',
    ],
    expected: ['the spokesman'],
  },
  // A role of two words opening a sentence (people.ts roleFromOpener)
  {
    name: 'a role of two words opening a sentence before a name',
    paragraphs: [
      'Campaign manager Kellyanne Conway appeared on CNN on Sunday.',
      '“We are going to win Pennsylvania,” the campaign manager said.',
      'Police chief Maria Velez announced an arrest on Tuesday.',
      '“This community can rest easier tonight,” the police chief said.',
    ],
    expected: ['Kellyanne Conway', 'Maria Velez'],
  },
  {
    name: 'a role opening a sentence is no one else’s: a new description stays as written',
    paragraphs: ['Police chief Maria Velez announced an arrest on Tuesday.', '“He tried to run,” the officer said.'],
    expected: ['the officer'],
  },
  // The role's other words (ROLE_SYNONYMS) and the description's gender
  {
    name: '"the chairwoman" for the woman titled "chair"',
    paragraphs: [
      'Committee chair Ann Rice opened the hearing on Thursday.',
      '“We will get to the bottom of this,” the chairwoman said.',
    ],
    expected: ['Ann Rice'],
  },
  {
    name: '"the chairwoman" for the woman given "the committee’s chair"',
    paragraphs: [
      'Ann Rice, the committee’s chair, opened the hearing.',
      '“We will get to the bottom of this,” the chairwoman said.',
    ],
    expected: ['Ann Rice'],
  },
  {
    name: '"the spokesperson" for the woman given "spokeswoman"',
    paragraphs: [
      'Hope Hicks, Trump’s spokeswoman, disputed the report.',
      '“The story is false,” the spokesperson said.',
    ],
    expected: ['Hope Hicks'],
  },
  {
    name: '"the spokeswoman" is no man titled "spokesman"',
    paragraphs: [
      'Trump campaign spokesman Jason Miller disputed the report.',
      '“The story is false,” the spokeswoman said.',
    ],
    expected: ['the spokeswoman'],
  },
  {
    name: '"the chairwoman" is no man titled "chairman"',
    paragraphs: [
      'Committee chairman Tom Rice opened the hearing on Thursday.',
      '“We will get to the bottom of this,” the chairwoman said.',
    ],
    expected: ['the chairwoman'],
  },
  // "the lawmaker" for a titled member of a legislature (ROLE_SYNONYMS)
  {
    name: '"the lawmaker" for the one titled "Rep."',
    paragraphs: [
      'Rep. Adam Schiff spoke on the House floor on Wednesday.',
      '“This is a threat to our democracy,” the lawmaker said.',
    ],
    expected: ['Adam Schiff'],
  },
  {
    name: '"the lawmaker" for the one titled "Sen.", not the governor named with him',
    paragraphs: [
      'Sen. Tim Kaine and Gov. Jerry Brown spoke in Richmond on Thursday.',
      '“We have a plan for the middle class,” the lawmaker said.',
    ],
    expected: ['Tim Kaine'],
  },
  {
    name: '"the lawmaker" after two titled lawmakers is neither',
    paragraphs: [
      'Rep. Adam Schiff and Sen. Dianne Feinstein spoke in Sacramento on Wednesday.',
      '“This is a threat to our democracy,” the lawmaker said.',
    ],
    expected: ['the lawmaker'],
  },
  {
    name: '"the lawmaker" is no governor',
    paragraphs: [
      'Gov. Jerry Brown spoke in Sacramento on Wednesday.',
      '“This is a threat to our democracy,” the lawmaker said.',
    ],
    expected: ['the lawmaker'],
  },
  // Two people named together (resolve.ts openerOf)
  {
    name: 'a byword after two people named together is neither (the text gives neither the party)',
    paragraphs: [
      'Hillary Clinton and Donald Trump met in St. Louis on Sunday for the second debate.',
      '“She has tremendous hate in her heart,” the Republican nominee said.',
    ],
    expected: ['the Republican nominee'],
  },
  {
    name: 'a byword after two people named together is the one the text gives the party',
    paragraphs: [
      'Republican nominee Donald Trump and Democratic nominee Hillary Clinton met in St. Louis on Sunday.',
      '“She has tremendous hate in her heart,” the Republican nominee said.',
    ],
    expected: ['Donald Trump'],
  },
  // A former office and a current one (office-tense.ts): the description and the title agree on the tense
  {
    name: '"the former president" is not the president titled now',
    paragraphs: ['President Obama campaigned in Ohio on Monday.', '“She is ready,” the former president said.'],
    expected: ['the former president'],
  },
  {
    name: '"the former president" is the one titled "former President"',
    paragraphs: [
      'President Obama and former President Bill Clinton campaigned in Ohio on Monday.',
      '“She is ready,” the former president said.',
    ],
    expected: ['Bill Clinton'],
  },
  {
    name: '"the president" is not the one titled "former President"',
    paragraphs: [
      'Former President Bill Clinton and President Obama campaigned in Ohio on Monday.',
      '“She is ready,” the president said.',
    ],
    expected: ['Obama'],
  },
  {
    name: '"the former mayor" is the one titled "former Mayor", not the mayor',
    paragraphs: [
      'Mayor Ann Reyes and former Mayor Tom Ward toured the site on Monday.',
      '“This is a disaster,” the former mayor said.',
    ],
    expected: ['Tom Ward'],
  },
  {
    name: '"the governor" is no one titled only "former Gov."',
    paragraphs: [
      'Former Gov. Jeb Bush spoke in Miami on Monday. Bush said he would vote.',
      '“We need a change,” the governor said.',
    ],
    expected: ['the governor'],
  },
  {
    name: '"the former secretary of state" given in an apposition',
    paragraphs: [
      'Hillary Clinton spoke in Florida on Monday. Madeleine Albright, the former secretary of state, introduced her.',
      '“She will be a great president,” the former secretary of state said.',
    ],
    expected: ['Madeleine Albright'],
  },
  // A former office as a byword for the person the story is on (office-tense.ts isPastOfficeByword)
  {
    name: '"the former secretary of state" for the person named twice',
    paragraphs: [
      'Hillary Clinton spoke in Florida on Monday. Clinton urged supporters to vote early.',
      '“We are going to fight for every vote,” the former secretary of state said.',
    ],
    expected: ['Hillary Clinton'],
  },
  {
    name: '"the former secretary of state" for the person quoted just before',
    paragraphs: [
      'Hillary Clinton spoke in Florida on Monday. “This is the most important election of our lifetimes,” Clinton ' +
        'said.',
      '“We are going to fight for every vote,” the former secretary of state added.',
    ],
    expected: ['Hillary Clinton', 'Hillary Clinton'],
  },
  {
    name: '"the former governor" and "the former first lady" for the person the story is on',
    paragraphs: [
      'Jeb Bush spoke to voters in New Hampshire on Friday. Bush said he would cut taxes.',
      '“I have a record of getting things done,” the former governor said.',
      'Michelle Obama spoke in Virginia. Obama urged students to register.',
      '“This election is about our children,” the former first lady said.',
    ],
    expected: ['Jeb Bush', 'Michelle Obama'],
  },
  {
    name: 'a former office is no one the story names once and gives no office (as "the Florida senator")',
    paragraphs: ['Karl Brandt spoke first.', '“The bill is dead,” the former governor said.'],
    expected: ['the former governor'],
  },
  {
    name: 'a former office is no one the text titles with it now',
    paragraphs: [
      'President Obama spoke in Florida on Monday. Obama praised Hillary Clinton.',
      '“We are going to fight for every vote,” the former president said.',
    ],
    expected: ['the former president'],
  },
];

describe('descriptions as sources: challenge set', () => {
  for (const c of cases) it(c.name, () => expect(speakersNamed(c.paragraphs)).toEqual(c.expected));
});
