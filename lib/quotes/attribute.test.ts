// Attribution patterns, one case each: who said the quote, what kind of source, the role and the words it came from.
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { makeArticle as articleOf } from '../../tests/factories';
import { speakersAttributed } from './test-helpers';

const article = articleOf;

interface Case {
  name: string;
  paragraphs: string[];
  /** Per quote: speaker, type, and the words the speaker was read from (null when unknown). */
  expected: [string | null, string, string | null][];
  role?: string | null;
}

const LOPEZ = 'Maria Lopez';
const cases: Case[] = [
  {
    name: 'a surname ending in "-elly" after an inverted cue is a name, not a sentence adverb',
    paragraphs: [
      'Tom Baker spoke first. But Anna Pirelly, a data analyst, vouched for him.',
      '“Having access to the file and two people who understand it is valuable,” said Pirelly.',
    ],
    expected: [['Anna Pirelly', 'person', 'Pirelly']],
  },
  {
    name: 'a digest line "HEADLINE - Name with an initial: “…”": the name before the colon speaks',
    paragraphs: [
      'TURNOUT IN THE COUNTY DOES NOT RAISE HOPES ELSEWHERE - Maria P. Lopez: “At long last the contests have finally started in the county.”',
    ],
    expected: [['Maria P. Lopez', 'person', 'Maria P. Lopez']],
  },
  {
    name: 'a name opening the words before a cue, then its clause ("Lewis earlier quashed …"): the name alone speaks',
    paragraphs: [
      'Former campaign manager Tom Lewis has been hired as an analyst. Lewis earlier quashed rumors he was writing a book by tweeting that “I am under a strict confidentiality agreement with the firm.”',
    ],
    expected: [['Tom Lewis', 'person', 'Lewis']],
  },
  {
    name: 'the antecedent of ", who" ends at the comma, not at a clause’s subject before it',
    paragraphs: [
      'Tom Lewis, a radio host in the city, recalled that before the vote, Baker wasn’t treated as credibly by his show’s listeners, who wondered if “he would be the token outsider in the debate.”',
    ],
    expected: [['his show’s listeners', 'group', 'who']],
  },
  {
    name: 'a second partial quote after ", but" and a new named subject is that subject’s ("but Tom Ward sees it as")',
    paragraphs: [
      'Ann Reyes calls the plan “a disaster for the town,” but Tom Ward sees it as “a bridge to the future.”',
    ],
    expected: [
      ['Ann Reyes', 'person', 'Ann Reyes'],
      ['Tom Ward', 'person', 'Tom Ward'],
    ],
  },
  {
    name: 'a month after "in" is no name, and the name after it is the subject ("But in January Ann Reyes told")',
    paragraphs: [
      'Tom Ward spoke first. But in January Ann Reyes told reporters the deal was “a turning point for us.”',
    ],
    expected: [['Ann Reyes', 'person', 'Ann Reyes']],
  },
  {
    name: 'a day after "on" is no name, and the name after it is the subject ("Then on Monday Ann Reyes said")',
    paragraphs: ['Tom Ward spoke first. Then on Monday Ann Reyes said the deal was “a turning point for us.”'],
    expected: [['Ann Reyes', 'person', 'Ann Reyes']],
  },
  {
    name: 'a name after a preposition of place is no subject of the participle cue after it ("on Facebook writing")',
    paragraphs: [
      'Maria Lopez responded to Reyes’ question on Facebook writing, “Yes, I will. That was a poor choice.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'the name after "who" in an object relative speaks ("directed at Tom Baker, who Lopez on Wednesday called “…”")',
    paragraphs: [
      'Maria Lopez fears the plan will harm the town. Much of Lopez’s ire was also directed at Tom Baker, who Lopez on Wednesday called “a horrible, despicable human being.”',
    ],
    expected: [[LOPEZ, 'person', 'Lopez']],
  },
  {
    name: 'a possessive after a preposition still names whose words they are ("seized on Tom Baker’s claim that “…”")',
    paragraphs: [
      'Anna Reyes spoke after the debate. Fact-checkers seized on Tom Baker’s claim that there have been “thousands of shootings” in the city.',
    ],
    expected: [['Tom Baker', 'person', 'Tom Baker’s']],
  },
  {
    name: 'a place after a preposition in the source ("officials in Oakdale said") is where the group works, not the speaker',
    paragraphs: ['Tom Baker spoke first.', '“We will rebuild the bridge by the summer,” officials in Oakdale said.'],
    expected: [['officials in Oakdale', 'group', 'officials in Oakdale']],
  },
  {
    name: 'a name at the end of a clause ("she held her fire on Tom Baker, calling …") is said of, not the speaker',
    paragraphs: [
      'Maria Lopez, in Dayton, said Tuesday that Ann Reyes was “a total lightweight” while Sam Ortiz is “a basket case” and “a liar.” However, she held her fire on Tom Baker, calling him a “nice guy” and she did not describe others.',
    ],
    expected: [
      [LOPEZ, 'person', LOPEZ],
      [LOPEZ, 'person', LOPEZ],
    ],
  },
  {
    name: 'a second partial quote with no speech verb before it ("his “friend” Reyes ran “…”") goes on in the first one’s voice',
    paragraphs: ['Sam Ortiz says his “friend and colleague” Ann Reyes ran “an optimistic campaign for the town.”'],
    expected: [
      ['Sam Ortiz', 'person', 'Sam Ortiz'],
      ['Sam Ortiz', 'person', 'Sam Ortiz'],
    ],
  },
  {
    name: 'a quote whose sentence goes on in lower case, then ", said X" with a long apposition: X',
    paragraphs: [
      'Tom Baker spoke first. “We are very glad indeed” about the vote, said Maria Lopez, executive director of the nurses’ union, a union that has broken away from many of the other labor groups and endorsed the plan.',
      '“He can assert it, but it seems very unlikely” that Baker can catch Lopez, said Anna Reyes, a campaign manager.',
    ],
    expected: [
      [LOPEZ, 'person', LOPEZ],
      ['Anna Reyes', 'person', 'Anna Reyes'],
    ],
  },
  {
    name: 'a family speaks as a group ("Scott’s family has called on police to release the videos")',
    paragraphs: [
      'Tom Baker was shot on Monday. Baker’s family has called on the police to release “all of the videos.”',
    ],
    expected: [['Baker’s family', 'group', 'Baker’s family']],
  },
  {
    name: "a possessive before a cue word after an earlier cue: the earlier cue's subject, not the noun's owner",
    paragraphs: [
      'Party spokeswoman Anna Reyes said on Monday that Baker’s claim that the mayor backs the plan is “simply not true.”',
    ],
    expected: [['Anna Reyes', 'person', 'Anna Reyes']],
  },
  {
    name: "a possessive before a cue word with no earlier cue: the owner's words",
    paragraphs: ['The council checked Tom Baker’s claim that the bridge is “falling into the river.”'],
    expected: [['Tom Baker', 'person', 'Tom Baker’s']],
  },
  {
    name: 'X said',
    paragraphs: ['“We will rebuild the bridge,” Maria Lopez said.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
    role: null,
  },
  {
    name: 'said X',
    paragraphs: ['“We will rebuild the bridge,” said Maria Lopez.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
    role: null,
  },
  {
    name: 'X told Y:',
    paragraphs: ['Maria Lopez told reporters: “We will rebuild the bridge.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'X said in a statement',
    paragraphs: ['Maria Lopez said in a statement: “We will rebuild the bridge by June.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'X said on Twitter',
    paragraphs: ['Maria Lopez said on Twitter, “We will rebuild the bridge.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'according to X (after)',
    paragraphs: ['“The bridge will be rebuilt,” according to Maria Lopez.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'According to X (before)',
    paragraphs: ['According to Maria Lopez, “the bridge will be rebuilt by the end of June.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
    role: null,
  },
  {
    name: 'as quoted by X',
    paragraphs: ['“The bridge will be rebuilt,” as quoted by Maria Lopez.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'X was cited as saying',
    paragraphs: ['“The bridge will be rebuilt,” Maria Lopez was cited as saying.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  { name: 'X: …', paragraphs: ['Maria Lopez: “The bridge will be rebuilt.”'], expected: [[LOPEZ, 'person', LOPEZ]] },
  {
    name: 'apposition before the name',
    paragraphs: ['“The situation is under control,” his spokesman Berik Uali said.'],
    expected: [['Berik Uali', 'person', 'his spokesman Berik Uali']],
    role: 'spokesman',
  },
  {
    name: 'apposition after the name',
    paragraphs: ['“The situation is under control,” Berik Uali, the president’s spokesman, said.'],
    expected: [['Berik Uali', 'person', 'Berik Uali']],
    role: 'president’s spokesman',
  },
  {
    name: 'pronoun → the person named before',
    paragraphs: ['Berik Uali spoke to reporters in Almaty.', '“The situation is under control,” he said.'],
    expected: [['Berik Uali', 'person', 'he']],
  },
  {
    name: 'she → the woman, not the man named later',
    paragraphs: [
      'Maria Lopez met Tom Evans on Monday. Ms. Lopez said she was pleased.',
      '“We will rebuild the bridge,” she said.',
    ],
    expected: [[LOPEZ, 'person', 'she']],
  },
  {
    name: 'role noun → person introduced with that role',
    paragraphs: [
      'Kazakh President Kassym-Jomart Tokayev addressed the nation.',
      '“Order will be restored,” the Kazakh leader said.',
    ],
    expected: [['Kassym-Jomart Tokayev', 'person', 'the Kazakh leader']],
    role: 'Kazakh President',
  },
  {
    name: 'the senator → Senator X',
    paragraphs: ['Senator John Reeves spoke on Monday.', '“This is a disgrace,” the senator said.'],
    expected: [['John Reeves', 'person', 'the senator']],
  },
  {
    name: 'surname → full name',
    paragraphs: ['Senator John Reeves spoke on Monday.', '“This is a disgrace,” Reeves said.'],
    expected: [['John Reeves', 'person', 'Reeves']],
  },
  {
    name: 'Mr. X → full name',
    paragraphs: ['Senator John Reeves spoke on Monday.', '“This is a disgrace,” Mr. Reeves said.'],
    expected: [['John Reeves', 'person', 'Mr. Reeves']],
  },
  {
    name: 'continuation paragraph keeps the speaker',
    paragraphs: ['“We will rebuild the bridge,” Maria Lopez said.', '“And we will do it by June.”'],
    expected: [
      [LOPEZ, 'person', LOPEZ],
      [LOPEZ, 'person', LOPEZ],
    ],
  },
  {
    name: 'interrupted quote shares one attribution',
    paragraphs: ['“We will rebuild,” Maria Lopez said, “and we will do it by June.”'],
    expected: [
      [LOPEZ, 'person', LOPEZ],
      [LOPEZ, 'person', LOPEZ],
    ],
  },
  {
    name: 'organisation',
    paragraphs: ['“The situation is stable,” the presidency said.'],
    expected: [['the presidency', 'organization', 'the presidency']],
  },
  {
    name: 'organisation in a statement',
    paragraphs: ['“The situation is stable,” the ministry said in a statement.'],
    expected: [['the ministry', 'organization', 'the ministry']],
  },
  {
    name: 'unnamed group with a description',
    paragraphs: ['“We want the truth,” relatives of the officers said.'],
    expected: [['relatives of the officers', 'group', 'relatives of the officers']],
  },
  {
    name: 'bare plural group',
    paragraphs: ['“We want the truth,” protesters said.'],
    expected: [['protesters', 'group', 'protesters']],
  },
  {
    name: 'no source → unknown, not a guess',
    paragraphs: ['The rain fell all day. “We want the truth.”'],
    expected: [[null, 'unknown', null]],
  },
  {
    name: 'a prepositional opener is not a source',
    paragraphs: [
      'In remarks at Robbins Hall, the crowd cheered. In Texas she called the plan “a very good idea for everyone.”',
    ],
    // "she" is the source mention, but no woman is named: unknown, and neither "Robbins Hall" nor "Texas".
    expected: [[null, 'unknown', 'she']],
  },
  {
    name: 'a sentence adverb is not a name',
    paragraphs: ['Normally called it “a waste of time for all of us.”'],
    expected: [[null, 'unknown', null]],
  },
  {
    name: 'an opener word alone is no source',
    paragraphs: ['Once, when the storm came, we all said “the roof will hold for years.”'],
    expected: [[null, 'unknown', null]],
  },
  {
    name: 'the subject of "X laughed and said"',
    paragraphs: ['Maria Lopez met the mayor. Later that night, she laughed and said, “We will rebuild the bridge.”'],
    expected: [[LOPEZ, 'person', 'she']],
  },
  {
    name: 'a subject after an introductory phrase',
    paragraphs: ['In a radio interview Maria Lopez declared “we will rebuild the bridge by June.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'sings is a cue',
    paragraphs: ['“Keep your hands in sight,” Maria Lopez sings to the crowd.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a number word is not a name',
    paragraphs: ['Twenty-nine people were hurt. The mayor called it “an intentional act of violence.”'],
    expected: [['the mayor', 'person', 'The mayor']],
  },
  {
    name: 'any verb after a cut-off quote',
    paragraphs: ['“Go back to your seats,” Maria Lopez barked at the crowd.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'pronoun and any verb after a cut-off quote',
    paragraphs: ['Maria Lopez spoke last.', '“It will not happen again,” she mocks.'],
    expected: [[LOPEZ, 'person', 'she']],
  },
  {
    name: 'any -ed verb before the name',
    paragraphs: ['“This is a fantastic night!” beamed Maria Lopez.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a possessive after a question is a new sentence',
    paragraphs: ['“What difference does it make now?” Her critics cited it often.'],
    expected: [[null, 'unknown', null]],
  },
  {
    name: 'colon after a subject and any verb',
    paragraphs: ['Maria Lopez turned to the crowd and then she continues: “We will rebuild the bridge.”'],
    expected: [[LOPEZ, 'person', 'she']],
  },
  {
    name: 'colon sentence on its own paragraph: its subject speaks',
    paragraphs: [
      'After the vote, Maria Lopez called the council on it:',
      '“You have ignored this town for ten years.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'colon: subject of the last clause',
    paragraphs: [
      'The debate dragged on — Maria Lopez took the council to task: “You have ignored this town for ten years.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'colon: a name alone after a dash',
    paragraphs: ['Pollsters agree - Maria Lopez: “Keep contacting voters as late as possible.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'colon: a subordinate clause is not the subject',
    paragraphs: [
      'When Tom Evans resigned in 1998, Maria Lopez released the following statement:',
      '“He served this town with honour for years.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'colon: a thing is no speaker',
    paragraphs: ['The timing of the vote surprised everyone: “a very strange week in politics.”'],
    expected: [[null, 'unknown', null]],
  },
  {
    name: 'a document speaks for its authors',
    paragraphs: ['“Our children are thriving in these schools,” the letter reads.'],
    expected: [['the letter', 'organization', 'the letter']],
  },
  {
    name: 'partial quote: the subject of its sentence, whatever the verb',
    paragraphs: ['In July, Maria Lopez dismissed the plan as “a waste of public money and time.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a time between the subject and its verb ("Lopez on Thursday stepped up her attacks on Baker, saying …")',
    paragraphs: [
      'Tom Baker spoke first.',
      'Maria Lopez on Thursday stepped up her attacks on Baker, saying he is “not fit to run the city council.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a time between a role subject and its verb ("The mayor last week called …")',
    paragraphs: ['Mayor Maria Lopez spoke first.', 'The mayor last week called the plan “a waste of public money.”'],
    expected: [[LOPEZ, 'person', 'The mayor']],
  },
  {
    name: 'partial quote: the subject of the clause joined last (", while Lopez proposed …")',
    paragraphs: [
      'Tom Baker on Monday signed an order to close the bridge, while Maria Lopez, the mayor, proposed to “keep it open for buses.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'partial quote: a joined clause whose subject names no one leaves the sentence’s subject',
    paragraphs: [
      'The city poll also finds that, while many voters blame Baker for it, the mayor is “not at all responsible for it.”',
    ],
    expected: [['the city poll', 'organization', 'The city poll']],
  },
  {
    name: 'partial quote: a party tag after the subject’s name ("Sen. Tom Baker (D-Ore.)") is no sentence end',
    paragraphs: [
      'In a sharp reply to the mayor, Sen. Tom Baker (D-Ore.) called him reckless and accused him of keeping people from being able to “live in peace in their own town.”',
    ],
    expected: [['Tom Baker', 'person', 'Sen. Tom Baker']],
  },
  {
    name: 'a quote inside the quote closes it, a space before the outer mark ("… \'Well done,\' " said X)',
    paragraphs: [
      'Tom Baker spoke first.',
      '"You can walk off the court, shake a hand and say, \'Well done,\' " said Maria Lopez, a nurse and volunteer.',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a party tag between the name and its cue before the quote ("Rep. Tom Baker (R-Ore.) said “…”")',
    paragraphs: [
      'Asked about the image likened to the Star of David, Speaker of the House Rep. Tom Baker (R-Ore.) said “such images have no place in a campaign.”',
    ],
    // The span's start is not pinned: "House" belongs to "Speaker of the House", not to the name.
    expected: [['Tom Baker', 'person', expect.stringMatching(/(?:^|\s)Rep\. Tom Baker$/)]],
  },
  {
    name: '"United States" is no cue ("states") before the quote: the cue after it names the speaker',
    paragraphs: [
      'Tom Baker plans to help small farms across the United States by building “new markets for every town,” Maria Lopez said Monday.',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'two speakers each before a colon, one after the other ("Clinton: “…” Bush: “…”")',
    paragraphs: [
      'Tom Baker and Maria Lopez both reject the plan. Baker: “Our goal is to stop it, not to slow it.” Lopez: “The plan must go, not wait.”',
    ],
    expected: [
      ['Tom Baker', 'person', 'Baker'],
      [LOPEZ, 'person', 'Lopez'],
    ],
  },
  {
    name: 'a thing before "which shows" is no source: the sentence’s own cue names it ("compared to the previous year")',
    paragraphs: [
      'Maria Lopez noted in her report a 40% rise in bookings this year, compared to the previous year, which shows growing interest in letting apps guide “overall health and wellness.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'partial quote: a pronoun subject resolves',
    paragraphs: ['Maria Lopez spoke last.', 'She is promising lower taxes and “jobs for every town in the state.”'],
    expected: [[LOPEZ, 'person', 'She']],
  },
  {
    name: 'partial quote: a capitalised opener word is no name',
    paragraphs: ['Guns are simply “a public health crisis for us all.”'],
    expected: [[null, 'unknown', null]],
  },
  {
    name: 'partial quote: a thing as subject is no source',
    paragraphs: ['The first incident was “a very unpleasant moment for everyone.”'],
    expected: [[null, 'unknown', null]],
  },
  {
    name: 'an introductory phrase before the speaker is not the speaker',
    paragraphs: ['In a swipe against Tom Evans, Maria Lopez said the goal was “to rebuild the bridge for everyone.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'partial quote: subject after a dateline and several introductory phrases',
    paragraphs: [
      'WASHINGTON (AP) — Speaking to reporters on Monday, which was her birthday, Maria Lopez called the plan “a work in progress for now.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'the subject of the last cue before a partial quote',
    paragraphs: [
      'Tom Evans spoke first. While not everything Evans says is true, Maria Lopez said he is “telling people what they want to hear.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a pronoun right before a cue deep in a long sentence',
    paragraphs: [
      'Maria Lopez spoke last.',
      'She would pay for the new bridge through a levy on trucks, which she described as “fair to every driver in town.”',
    ],
    expected: [[LOPEZ, 'person', 'she']],
  },
  {
    name: 'a cue inside the complement of an earlier cue: the outer subject reports it',
    paragraphs: ['Maria Lopez said she rarely asks for help, “except from the people I trust most.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'said X of a place: the name, the place as role',
    paragraphs: ['“There is just a passion for the bridge in this town,” said Maria Lopez of the New York delegation.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
    role: 'New York delegation',
  },
  {
    name: 'a long apposition between the name and the cue',
    paragraphs: [
      '“We will rebuild the bridge,” Maria Lopez, the city engineer who has led the repair crews since the spring floods took the old one away, said on Monday.',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a partial quote ending its sentence does not take the next sentence’s speaker',
    paragraphs: [
      'Maria Lopez says the plan is “a waste of money” because “the bridge will fall again.” Tom Evans says it will not.',
    ],
    expected: [
      [LOPEZ, 'person', LOPEZ],
      [LOPEZ, 'person', LOPEZ],
    ],
  },
  {
    name: 'any verb right before a comma introduces the quote',
    paragraphs: ['After Tom Evans criticized the plan, Maria Lopez shot back, “We will rebuild the bridge by June.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a participle cue takes the sentence’s subject (the role’s holder, named in apposition)',
    paragraphs: [
      'The mayor, Maria Lopez, tried to calm the crowd, and took a heckler in stride, saying the man would “not get hurt at all here.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
    role: 'mayor',
  },
  {
    name: 'a dateline with a date is no speaker',
    paragraphs: [
      'WASHINGTON, June 10 (UPI) — Maria Lopez told a gathering in Washington that the plan would “take the city backward.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a dateline in title case, with a date and an agency, is no speaker: the source after it speaks',
    paragraphs: ['Port Elsa, Nov 15 (AFP) - The harbour minister said the port would “stay closed until spring.”'],
    expected: [['the harbour minister', 'person', 'The harbour minister']],
  },
  {
    name: 'a wire dateline with a date in numbers and no comma is no speaker',
    paragraphs: ['Port Elsa 11-15 (AFP) - Maria Lopez said the plan would “take the city backward.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a relative pronoun is the mention; it stands for the name before it',
    paragraphs: ['Maria Lopez, who has in the past described the plan as “a waste of public money,” spoke on Monday.'],
    expected: [[LOPEZ, 'person', 'who']],
  },
  {
    name: 'a relative pronoun after an inverted cue stands for the source, not for the cue and the source',
    paragraphs: [
      '“The bridge was handled badly,” said a former city engineer who oversaw its repairs and described the delay as “a lesser evil.”',
    ],
    expected: [
      ['a former city engineer', 'person', 'a former city engineer'],
      ['a former city engineer', 'person', 'a former city engineer'],
    ],
  },
  {
    name: 'a description with a relative clause naming someone else is the source, not the one named',
    paragraphs: [
      '“The budget is a mess,” said a senior party official who supports Tom Baker, asking not to be named. “Nobody on the council has read it.”',
    ],
    expected: [
      ['a senior party official', 'person', 'a senior party official'],
      ['a senior party official', 'person', 'a senior party official'],
    ],
  },
  {
    name: 'an opening conjunction is not part of the source',
    paragraphs: ['As one engineer told the council, “The bridge will not hold another winter.”'],
    expected: [['one engineer', 'person', 'one engineer']],
  },
  {
    name: 'a plural subject with a present-tense cue',
    paragraphs: ['“We do not understand the need for this delay,” the two senators write.'],
    expected: [['the two senators', 'group', 'the two senators']],
  },
  {
    name: 'read the statement: a document speaks',
    paragraphs: [
      '“The team of writers took notes on her life,” read the statement, which was attributed to the campaign.',
    ],
    expected: [['the statement', 'organization', 'the statement']],
  },
  {
    name: 'the attribution closes the sentence after a partial quote',
    paragraphs: [
      'Tom Evans “drew quite well from the river towns” in the 2008 race, said Maria Lopez, a professor of politics.',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'with X calling …: a participle cue with its own subject',
    paragraphs: [
      'Unions backed the plan early, with Maria Lopez calling it “the bridge this town has needed for years.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a relative pronoun after a preposition’s object',
    paragraphs: [
      'The plan won support from Maria Lopez, who declared at the meeting, “It is time to rebuild the bridge.”',
    ],
    expected: [[LOPEZ, 'person', 'who']],
  },
  {
    name: 'a relation noun is a source: his colleague',
    paragraphs: ['“He taught me everything I know about mining,” his colleague wrote on Facebook.'],
    expected: [['his colleague', 'person', 'his colleague']],
  },
  {
    name: 'chanted is a cue',
    paragraphs: ['“Hey, hey! Ho, ho! The mayor has got to go!” some protesters chanted outside.'],
    expected: [['some protesters', 'group', 'some protesters']],
  },
  {
    name: 'a sentence adverb set off by commas is not the source',
    paragraphs: ['The two senators, however, argue that “there is a precedent for this case.”'],
    expected: [['the two senators', 'group', 'The two senators']],
  },
  {
    name: 'According to X at the start of the sentence covers a partial quote',
    paragraphs: [
      'According to his physician, the patient had “astonishingly excellent and steady” results in the latest exam.',
    ],
    expected: [['his physician', 'person', 'his physician']],
  },
  {
    name: 'an unnamed person as a sentence subject: A friend',
    paragraphs: ['A friend referred to him as “the kindest soul I have ever met.”'],
    expected: [['A friend', 'person', 'A friend']],
  },
  {
    name: 'a quote ending in a nested closing mark is still cut off mid-sentence',
    paragraphs: ['“Leaders honoured the mayor for what they called ‘the comeback of the decade,’” the article read.'],
    expected: [['the article', 'organization', 'the article']],
  },
  {
    name: 'per X after a quote',
    paragraphs: [
      'Proxies are not allowed when voting “to fill a vacancy on the national ticket,” per the party’s bylaws.',
    ],
    expected: [['the party’s bylaws', 'organization', 'the party’s bylaws']],
  },
  {
    name: 'an adverb between the source and the cue',
    paragraphs: ['“We live in a kingdom of fools,” my father often said.'],
    expected: [['my father', 'person', 'my father']],
  },
  {
    name: 'a participle after a comma takes the subject of the sentence',
    paragraphs: [
      'Maria Lopez granted the builders of the new bridge over the river a second extension on the contract they signed in the spring of last year, saying the delay was “nobody’s fault at all.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a pronoun and any verb after a quote: they conclude',
    paragraphs: ['The editors disagree.', '“The attacks on her show how far the party has drifted,” they conclude.'],
    expected: [[null, 'unknown', 'they']],
  },
  {
    name: 'a number with a comma does not split the source phrase',
    paragraphs: [
      'Maria Lopez spoke last.',
      'She greeted 2,000 supporters at a rally late on Saturday night in Houston and told them they would “build ladders of opportunity.”',
    ],
    expected: [[LOPEZ, 'person', 'She']],
  },
  {
    name: 'which he added: the pronoun is the subject, not the relative',
    paragraphs: [
      'Maria Lopez spoke last.',
      'The council broke its own rules — which she added “is deeply regrettable for everyone.”',
    ],
    expected: [[LOPEZ, 'person', 'she']],
  },
  {
    name: 'it speaks for the organisation named before',
    paragraphs: [
      '“We take this very seriously,” the ministry said in a statement.',
      'It added, “We want no part in this listing.”',
    ],
    expected: [
      ['the ministry', 'organization', 'the ministry'],
      ['the ministry', 'organization', 'It'],
    ],
  },
  {
    name: 'a full stop inside the quote, then “X said.”',
    paragraphs: ['“I hope you find the missing emails.” Maria Lopez said.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a present-tense cue before the name',
    paragraphs: ['“I am a voter,” declares Maria Lopez, 27, a Navy veteran.'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'Said X, opening the sentence',
    paragraphs: ['Said Maria Lopez, “The thought of it is very painful to us.”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'reads an editorial: a document speaks',
    paragraphs: [
      '“Invertebrates have shown more spine than the senator,” reads a Wednesday editorial in The Daily Record.',
    ],
    expected: [['a Wednesday editorial', 'organization', 'a Wednesday editorial']],
  },
  {
    name: 'a relative clause closed by a comma is not the source of the main verb',
    paragraphs: [
      'Maria Lopez, who says the town needs a new bridge, tweeted that the plan “will not fix anything and they know it.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'partial quote: a surname introduced earlier opens the sentence',
    paragraphs: [
      'The actress Julianne Moore spoke at the event.',
      'Moore thanked him for “stepping up and taking action when others will not.”',
    ],
    expected: [['Julianne Moore', 'person', 'Moore']],
  },
  {
    name: 'a long document source read by its head noun',
    paragraphs: [
      'According to a 52-count civil complaint filed by the federal regulators and a second complaint by the state, the builders ran a “massive eight-year fraudulent scheme.”',
    ],
    expected: [['a 52-count civil complaint', 'organization', 'a 52-count civil complaint']],
  },
  {
    name: 'a relative clause between the source and its cue is skipped',
    paragraphs: [
      'The complaint, which was filed in federal court in Washington, alleged that the party “failed to protect its data.”',
    ],
    expected: [['the complaint', 'organization', 'The complaint']],
  },
  {
    name: 'a participle after a long clause takes its person-noun subject',
    paragraphs: [
      'The neurosurgeon has provided no details about how he planned to reboot his campaign, saying only that he was “refining some operational practices.”',
    ],
    expected: [['the neurosurgeon', 'person', 'The neurosurgeon']],
  },
  {
    name: 'She said: → the subject of the sentence before, not an earlier speaker',
    paragraphs: [
      '“The numbers are wrong,” the website Factcheck said.',
      'Maria Lopez answered with the example of her own town. She said:',
      '“We have a bridge that works.”',
    ],
    expected: [
      ['Factcheck', 'person', 'the website Factcheck'],
      [LOPEZ, 'person', 'She'],
    ],
  },
  {
    name: 'pronouns after each mention settle a person’s gender',
    paragraphs: [
      'Tom Evans spoke first. Evans said he would build it, and Evans added that his plan was ready.',
      'The mayor’s aide spoke next.',
      '“We will see about that,” she said.',
    ],
    expected: [[null, 'unknown', 'she']],
  },
  {
    name: 'a transcript line: name, party in parentheses, colon',
    paragraphs: ['Rep. Maria Lopez (R-S.C.):"I have not heard anyone other than you cite that figure."'],
    expected: [[LOPEZ, 'person', 'Rep. Maria Lopez']],
  },
  {
    name: 'a dash introduces the quote',
    paragraphs: ['Maria Lopez finally wrapped up — “I will fight for you, and I will win for you!”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'an -ing verb before a colon',
    paragraphs: ['The crowd surged forward, with Maria Lopez reportedly yelling: “Get him out of here right now!”'],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a coordinated verb before a comma shares the sentence’s subject',
    paragraphs: [
      'Maria Lopez spoke last.',
      'She then adopted a fake accent and joked, “But I am just going to make it easier for them.”',
    ],
    expected: [[LOPEZ, 'person', 'She']],
  },
  {
    name: 'a long name before the cue',
    paragraphs: ['It was a bill that New Jersey Gov. Maria Lopez said, “I feel like I need a translator for.”'],
    expected: [[LOPEZ, 'person', 'New Jersey Gov. Maria Lopez']],
  },
  {
    name: 'a company name is an organisation',
    paragraphs: ['“We will fight this ruling in every court,” said Peabody Energy.'],
    expected: [['Peabody Energy', 'organization', 'Peabody Energy']],
  },
  {
    name: 'a headline run of capitalised words is no person',
    paragraphs: [
      'Tom Evans Calls Maria Lopez Unfit For Office.',
      'The mayor answered on Monday.',
      '“I will not resign over this,” she said.',
    ],
    // No one from the headline run: the description the sentence before opens with (unnamed.ts definiteOpening).
    expected: [['the mayor', 'person', 'she']],
  },
  {
    name: 'said X of an employer named like an office: the person, not the office',
    paragraphs: [
      '“The ground moves and the pipes crack,” said Maria Lopez of the city’s Department of Environmental Protection.',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a title, a name and a state before a partial quote: the person, not the state',
    paragraphs: ['In 2013, Senator Maria Lopez of Kentucky called the debt “the transcendent issue of our era.”'],
    expected: [[LOPEZ, 'person', 'Senator Maria Lopez']],
    role: 'Senator',
  },
  {
    name: 'an office written with "of" before the name: role and name',
    paragraphs: ['“We will vote on Friday,” said Speaker of the House Maria Lopez.'],
    expected: [[LOPEZ, 'person', 'Speaker of the House Maria Lopez']],
    role: 'Speaker of the House',
  },
  {
    name: 'an organisation written with "of" is one name',
    paragraphs: ['“Rates will stay where they are,” said the Bank of England.'],
    expected: [['Bank of England', 'organization', 'the Bank of England']],
  },
  {
    name: 'a possessive before a name: the name, the owner as role',
    paragraphs: ['“We are ready,” NASA’s Maria Lopez said.'],
    expected: [[LOPEZ, 'person', 'NASA’s Maria Lopez']],
    role: 'NASA',
  },
  {
    name: 'a film title in quote marks is no one a pronoun refers to',
    paragraphs: [
      'Maria Lopez sang the last song of the film.',
      'The story of “Wild Rose” moved her.',
      '“It was terrifying,” she said.',
    ],
    expected: [[LOPEZ, 'person', 'she']],
  },
  {
    name: 'a title opening with a short word inside quote marks is no one a pronoun refers to',
    paragraphs: [
      'Maria Lopez wrote the ballad for the film.',
      'Then a sample came in called “Glasgow (“No Place Like Home”).',
      '“It grabbed me by the heart,” she said.',
    ],
    expected: [[LOPEZ, 'person', 'she']],
  },
  {
    name: 'a product after an article is no one a pronoun refers to',
    paragraphs: [
      'Maria Lopez runs the games unit.',
      'Each box comes with a Chromecast Ultra and a controller.',
      '“We have the largest network,” she said.',
    ],
    expected: [[LOPEZ, 'person', 'she']],
  },
  {
    name: 'a relative clause after a partial quote is no described source',
    paragraphs: [
      'That would let the president campaign on his “tough on China” stance, which holds appeal to voters in key states like Ohio.',
    ],
    expected: [[null, 'unknown', null]],
  },
  {
    name: 'a sentence-initial common word is no name',
    paragraphs: ['Consider this 2014 entry — “Don’t jerk and drive,” meant to stop drivers.'],
    expected: [[null, 'unknown', null]],
  },
  {
    name: 'a sentence-initial plural noun is read as the noun',
    paragraphs: ['“The evidence is overwhelming,” prosecutors wrote.', 'Prosecutors say “the case is closed.”'],
    expected: [
      ['prosecutors', 'organization', 'prosecutors'],
      ['Prosecutors', 'organization', 'Prosecutors'],
    ],
  },
  {
    name: 'a surname written only after quote marks and honorifics is still a name',
    paragraphs: ['“We will vote,” Mr. Clyburn said.', 'Clyburn said “the bill is dead.”'],
    expected: [
      ['Clyburn', 'person', 'Mr. Clyburn'],
      ['Clyburn', 'person', 'Clyburn'],
    ],
  },
  {
    name: 'a middle initial is part of the full name a surname refers to',
    paragraphs: ['The study was led by Elizabeth A. Hoge of Georgetown.', '“We were testing resilience,” Hoge said.'],
    expected: [['Elizabeth A. Hoge', 'person', 'Hoge']],
  },
  {
    name: 'a person introduced after a fronted "For"/"After" is the one a later surname names',
    paragraphs: [
      'For Maria Lopez, the diagnosis came as a shock last spring.',
      '“I had no symptoms at all, not a single one,” Lopez said.',
      'After Tom Baker won, the crowd cheered for a long time.',
      '“I never expected a night like this one,” Baker said.',
    ],
    expected: [
      [LOPEZ, 'person', 'Lopez'],
      ['Tom Baker', 'person', 'Baker'],
    ],
  },
  {
    name: 'a law’s or a contract’s wording quoted in a sentence it is the subject of lends no neighbour’s speaker',
    paragraphs: [
      'The ordinance bans “any gathering of more than ten people” in city parks. “We will fight this in court,” Tom Baker said.',
      'The contract requires the city to pay “all reasonable costs of cleanup” within a year. Maria Lopez said the deal was “the best we could get.”',
      'Under the new rules, landlords must give “at least 60 days of written notice” before a rent increase. Tenant groups praised it. “It is long overdue,” said Tom Baker.',
      'The sign outside the church reads “All are welcome here, no exceptions.” “We mean it,” Maria Lopez said.',
      'The new policy requires staff to report “any contact with the press at all” to a manager. “It is a gag order,” said Tom Baker.',
    ],
    expected: [
      [null, 'unknown', null],
      ['Tom Baker', 'person', 'Tom Baker'],
      [null, 'unknown', null],
      [LOPEZ, 'person', LOPEZ],
      [null, 'unknown', null],
      ['Tom Baker', 'person', 'Tom Baker'],
      [null, 'unknown', null],
      [LOPEZ, 'person', LOPEZ],
      [null, 'unknown', null],
      ['Tom Baker', 'person', 'Tom Baker'],
    ],
  },
  {
    name: 'a motto’s or a sign’s wording set after its noun lends no neighbour’s speaker',
    paragraphs: [
      'The company’s motto, “Quality in every single box,” hangs over the door. “We live by that,” said Maria Lopez.',
      'The sign — “No parking, no exceptions” — went up last week. “People ignore it,” said Tom Baker.',
    ],
    expected: [
      [null, 'unknown', null],
      [LOPEZ, 'person', LOPEZ],
      [null, 'unknown', null],
      ['Tom Baker', 'person', 'Tom Baker'],
    ],
  },
  {
    name: 'a later quote’s speaker does not reach back to a partial quote over a sentence with no quote',
    paragraphs: [
      'The city will give tenants “at least 60 days of written notice” before a rent increase. Tenant groups ' +
        'praised the change. “It is long overdue,” said Maria Lopez.',
      // The point inside the marks ends the quote's sentence (review33 finding 13).
      'The city will give tenants “at least 60 days of written notice.” Tenant groups praised the change. “It is ' +
        'long overdue,” said Maria Lopez.',
      // A sentence that holds a quote of its own goes on with the words: the neighbour still speaks them.
      'He did not mind the cries of “send them all home” at the rally. He even heard “more than a few” cheer. ' +
        '“I was surprised by the joy they took in it,” said Tom Baker.',
    ],
    expected: [
      [null, 'unknown', null],
      [LOPEZ, 'person', LOPEZ],
      [null, 'unknown', null],
      [LOPEZ, 'person', LOPEZ],
      ['Tom Baker', 'person', 'Tom Baker'],
      [null, 'unknown', 'He'],
      ['Tom Baker', 'person', 'Tom Baker'],
    ],
  },
  {
    name: 'a columnist’s or a pollster’s trade opening the sentence is the role, not part of the name',
    paragraphs: ['Pollster Maria Lopez spoke first. “The numbers moved very fast,” Lopez said.'],
    expected: [[LOPEZ, 'person', 'Lopez']],
    role: 'Pollster',
  },
  {
    name: 'a clergy title before a name is the role, even where the title is also listed as a given name',
    paragraphs: ['“We have survived worse than a leaky roof,” said Rabbi Maria Lopez.'],
    expected: [[LOPEZ, 'person', 'Rabbi Maria Lopez']],
    role: 'Rabbi',
  },
  {
    name: 'a person introduced as "The Reverend <Name>" is the one a later surname names',
    paragraphs: [
      'The Reverend Maria Lopez said volunteers had cleared the debris.',
      '“We had forty people here by nine in the morning,” Lopez said.',
    ],
    expected: [[LOPEZ, 'person', 'Lopez']],
  },
  {
    name: 'an unresolved "they" that is its own cue’s subject gives the quote to no one named in the sentence',
    paragraphs: [
      'Tom Baker was arrested after neighbors called police; they said he had been “shouting and throwing things all night.”',
      'Tom Baker stood by the podium, and it read “Baker for Senate, Baker for you.”',
    ],
    expected: [
      [null, 'unknown', 'they'],
      [null, 'unknown', 'it'],
    ],
  },
  {
    name: 'a role the text gives someone in the past does not make them the one "the mayor" stands for',
    paragraphs: [
      'Tom Baker, the former mayor, spoke at the rally.',
      'Later, the mayor said the plan was “dead for this year and the next.”',
    ],
    expected: [['the mayor', 'person', 'the mayor']],
  },
  {
    name: '"The coach, Dana Reed," gives her the role a later "the coach" stands for',
    paragraphs: [
      'Tom Baker, the former coach, watched from the stands.',
      'The coach, Dana Reed, said the team was “tired but proud.” Later the coach said it was “a season to remember.”',
    ],
    expected: [
      ['Dana Reed', 'person', 'Dana Reed'],
      ['Dana Reed', 'person', 'the coach'],
    ],
  },
  {
    name: 'a first name alone is the one person introduced with it',
    paragraphs: ['Martha Fry edited his books for years.', '“He carried a lot in his head,” Martha said.'],
    expected: [['Martha Fry', 'person', 'Martha']],
  },
  {
    name: 'a job word before a name is the role',
    paragraphs: ['“We will go,” Superintendent Maria Lopez said.'],
    expected: [[LOPEZ, 'person', 'Superintendent Maria Lopez']],
    role: 'Superintendent',
  },
  {
    name: 'a council member’s title before a name is the role, not part of the name',
    paragraphs: ['The meeting ran late. Councilwoman Maria Lopez said the plan was “a budget for the few.”'],
    expected: [[LOPEZ, 'person', 'Councilwoman Maria Lopez']],
    role: 'Councilwoman',
  },
  {
    name: 'a county officer’s title before a name is the role',
    paragraphs: ['“The books are balanced at last,” said Treasurer Maria Lopez.'],
    expected: [[LOPEZ, 'person', 'Treasurer Maria Lopez']],
    role: 'Treasurer',
  },
  {
    name: 'an employer’s acronym and a job before a name are the role',
    paragraphs: ['“We are ready,” NASA Administrator Maria Lopez said.'],
    expected: [[LOPEZ, 'person', 'NASA Administrator Maria Lopez']],
    role: 'NASA Administrator',
  },
  {
    name: 'the place of an ambassador belongs to the role',
    paragraphs: [
      'China’s ambassador to Britain Maria Lopez has said that China has the “resolution and power” to end the unrest.',
    ],
    expected: [[LOPEZ, 'person', 'China’s ambassador to Britain Maria Lopez']],
    role: 'ambassador to Britain',
  },
  {
    name: 'a name, then a role at an employer: the next quote is the person’s, not the employer’s',
    paragraphs: [
      '“It makes for better theater,” said Maria Lopez, the chief economist at Flexport, which ships goods for companies. “It really does not fit supply chains.”',
    ],
    expected: [
      [LOPEZ, 'person', LOPEZ],
      [LOPEZ, 'person', LOPEZ],
    ],
  },
  {
    name: 'the leader of an organisation, named in apposition after it',
    paragraphs: [
      'The leader of Ennahda, Maria Lopez, condemned the attack, saying in a statement that it “will not break our people’s will.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
    role: 'leader of Ennahda',
  },
  {
    name: 'an office held in a country speaks for its holder, not the country',
    paragraphs: [
      'China’s ambassador to Britain accused the UK of meddling and warned that Beijing “will not sit on our hands.”',
    ],
    expected: [['China’s ambassador to Britain', 'person', 'China’s ambassador to Britain']],
  },
  {
    name: 'an office written with "for" speaks as the office, not its last words',
    paragraphs: [
      'The United Nations High Commissioner for Human Rights said the decision did “not modify existing international law.”',
    ],
    expected: [
      [
        'the United Nations High Commissioner for Human Rights',
        'person',
        'The United Nations High Commissioner for Human Rights',
      ],
    ],
  },
  {
    name: 'a long apposition, then "told Newsweek:": the subject speaks, not the outlet spoken to',
    paragraphs: [
      'Maria Lopez, a lecturer in addiction and mental health at the Department of Health Sciences at the University of York who did not work on the study, told Newsweek: “The increase could equate to a large share of the population.”',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a quote earlier in the sentence does not hide the subject of the clause around a partial quote',
    paragraphs: [
      'In a clip that the judge called "distasteful," Maria Lopez expressed a wish to "shut the whole agency down for good."',
    ],
    expected: [[LOPEZ, 'person', LOPEZ]],
  },
  {
    name: 'a participle after a blanked quote opens no new subject',
    paragraphs: [
      'The Lopez Foundation would not address "that person," telling reporters that the foundation is focused on "ending gun violence in the city."',
    ],
    expected: [['The Lopez Foundation', 'organization', 'The Lopez Foundation']],
  },
  {
    name: 'a participle and its object after a partial quote are no source',
    paragraphs: [
      'Maria Lopez spoke on Monday. She expressed amusement that Mr. Baker had at last described the plan “not only in the city paper but on the radio,” echoing some local commentators who have suggested that he hides it.',
    ],
    expected: [[LOPEZ, 'person', 'She']],
  },
  {
    name: '"X turned Y" before a name is one role: "turned" is no verb of the officer (review28 finding 18)',
    paragraphs: ['“The city has lost its way,” said police officer turned novelist Maria Lopez.'],
    expected: [[LOPEZ, 'person', 'police officer turned novelist Maria Lopez']],
    role: 'police officer turned novelist',
  },
  {
    name: 'a sign is not a speaker',
    paragraphs: ['“We want the truth,” one banner read.'],
    expected: [[null, 'unknown', null]],
  },
];

describe('attributeQuotes', () => {
  it.each(cases)('$name', ({ paragraphs, expected, role }) => {
    const a = article(paragraphs);
    const { quotes } = attributeQuotes(a, detectQuotes(a));
    const got = quotes.map((q) => [
      q.speaker,
      q.speakerType,
      q.speakerMention ? a.text.slice(q.speakerMention.start, q.speakerMention.end) : null,
    ]);
    expect(got).toEqual(expected);
    if (role !== undefined) expect(quotes[0].speakerRole).toBe(role);
  });

  it('groups quotes by speaker with aliases', () => {
    const a = article([
      'Senator John Reeves spoke on Monday.',
      '“This is a disgrace,” Reeves said.',
      '“Nobody in this city listens to us,” the senator added.',
      '“We will act,” the ministry said.',
    ]);
    const { speakers } = attributeQuotes(a, detectQuotes(a));
    expect(speakers.map((s) => [s.name, s.type, s.quotes])).toEqual([
      ['John Reeves', 'person', [0, 1]],
      ['the ministry', 'organization', [2]],
    ]);
    expect(speakers[0].role).toBe('Senator');
    expect(speakers[0].aliases).toContain('Reeves');
  });
});

describe('reported speech', () => {
  const reportedCases: { name: string; text: string; content: string; speaker: string; type: string; cue: string }[] = [
    {
      name: 'X said that …',
      text: 'Maria Lopez said that the bridge would be rebuilt by the end of June.',
      content: 'the bridge would be rebuilt by the end of June',
      speaker: LOPEZ,
      type: 'person',
      cue: 'said',
    },
    {
      name: 'According to X, …',
      text: 'According to the ministry, the bridge would be rebuilt by the end of June.',
      content: 'the bridge would be rebuilt by the end of June',
      speaker: 'the ministry',
      type: 'organization',
      cue: 'according to',
    },
    {
      name: '…, X said.',
      text: 'The bridge would be rebuilt by the end of June, the ministry said.',
      content: 'The bridge would be rebuilt by the end of June',
      speaker: 'the ministry',
      type: 'organization',
      cue: 'said',
    },
  ];
  it.each(reportedCases)('$name', ({ text, content, speaker, type, cue }) => {
    const a = article([text]);
    const { quotes, reported, speakers } = attributeQuotes(a, detectQuotes(a));
    expect(quotes).toEqual([]);
    expect(reported.map((r) => [r.text, r.speaker, r.speakerType, r.cue.toLowerCase()])).toEqual([
      [content, speaker, type, cue],
    ]);
    expect(a.text.slice(reported[0].start, reported[0].end)).toBe(content);
    expect(speakers.find((s) => s.name === speaker)?.reported).toEqual([0]);
  });

  it('a sentence without a source is not reported speech', () => {
    const a = article(['The bridge would be rebuilt by the end of June after the long winter floods.']);
    expect(attributeQuotes(a, detectQuotes(a)).reported).toEqual([]);
  });
});

describe('sources a reader sees at once that other cues outranked', () => {
  it('a pull quote signed on its own last line inside the marks speaks for the signer', () => {
    expect(
      speakersAttributed([
        '“We will rebuild the bridge,” Tom Baker said.',
        '“We will enter the next storm season without a bridge, and that worries me.\nAnna Reyes, Riverside Council.”',
      ]),
    ).toEqual(['Tom Baker', 'Anna Reyes']);
    // A list's item after a dash is no signer.
    expect(
      speakersAttributed([
        'Tom Baker said: “Here are the reasons:\n— Continue the repairs, which the council opposes.”',
      ]),
    ).toEqual(['Tom Baker']);
    // A closing line that ends in a name is no signer either.
    expect(
      speakersAttributed([
        '“We will rebuild,” Tom Baker said.',
        '“We stood together through the flood.\nGod bless America.”',
      ]),
    ).not.toContain('America');
  });

  it('"said <name>" closing the sentence outranks a cue in the clause before the quote', () => {
    expect(
      speakersAttributed([
        'When Tom Baker said at a rally that he would not want the mayor’s help, he “spoke for the way teachers feel,” said Anna Reyes, a union member.',
      ]),
    ).toEqual(['Anna Reyes']);
  });
});
