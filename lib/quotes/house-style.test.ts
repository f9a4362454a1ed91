// Speakers in a newspaper house style with long appositions and titled surnames ("Representative Ann Brill, a
// Democrat of Ohio and a member of …, said", "Mrs. Shafly said"): invented stories, each read as the panel reads it.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

const cases: { name: string; paragraphs: string[]; speakers: (string | null)[] }[] = [
  {
    name: 'a description with an affiliation between the name and the cue: the name speaks',
    paragraphs: [
      'The plan drew praise from the state’s lawmakers. Representative Karl B. Brandt, a Democrat of Ohio and a member of the House’s Permanent Select Committee on Intelligence, said the plan was “a very positive development” for the state.',
    ],
    speakers: ['Karl B. Brandt'],
  },
  {
    name: 'a role with an affiliation, then its holder\'s name ("said his friend at Oberlin, Name,")',
    paragraphs: [
      '“It was a wonderful time for all of us,” said his best friend at Oberlin, Walter Minsky, who lived nearby.',
    ],
    speakers: ['Walter Minsky'],
  },
  {
    name: "a body's name before a description of a body: the body speaks",
    paragraphs: ['“The navy is too bold in these waters now,” Interfax, the Russian news agency, wrote on Monday.'],
    speakers: ['Interfax'],
  },
  {
    name: "\"Name, description, who … recalled\": the clause is the named person's, not the description's noun's",
    paragraphs: [
      '“Karl put Otto down quite a bit,” said Anna Brill, then the girlfriend of Otto’s best friend, who was at the dinner and recalled the fights. “There was a lot of shouting.”',
    ],
    speakers: ['Anna Brill', 'Anna Brill'],
  },
  {
    name: 'a titled surname ending like an adverb is a name ("Mrs. Shafly endorsed X, saying")',
    paragraphs: [
      'In 2016, Mrs. Shafly endorsed Karl Brandt for mayor, saying he had “the courage and the energy” to win.',
    ],
    speakers: ['Shafly'],
  },
  {
    name: 'a sentence opening "Neither Name nor …" names the person without the conjunction',
    paragraphs: [
      'Neither Karl J. Brandt nor his rivals showed much appetite for a fight in the final debate.',
      '“I think the city has done well,” Mr. Brandt said.',
    ],
    speakers: ['Karl J. Brandt'],
  },
  {
    name: 'a role, then its holder closing the sentence ("said the mayor\'s spokesman, Karl Brandt.")',
    paragraphs: ['“The bridge opens in June,” said the mayor’s spokesman, Karl Brandt. “We are ready.”'],
    speakers: ['Karl Brandt', 'Karl Brandt'],
  },
  {
    name: 'a role, then its holder and the state he is of ("said the panel\'s chairman, Senator Tom Walsh of Ohio.")',
    paragraphs: ['“The bill is dead,” said the panel’s chairman, Senator Tom Walsh of Ohio.'],
    speakers: ['Tom Walsh'],
  },
  {
    name: "a holder's name ends at the sentence's point: the next sentence's first word is no part of it",
    paragraphs: [
      '“We are ready for the storm,” said the city’s chief medical officer, Debby Rennolds. However, the schools stayed closed.',
    ],
    speakers: ['Debby Rennolds'],
  },
  {
    name: "a town's state after a role's affiliation is no holder's name (\"a nurse at a clinic in Santa Fe, New Mexico,\")",
    paragraphs: [
      'The clinic closed. “We had no warning at all,” said a nurse at a clinic in Santa Fe, New Mexico, who asked not to be named.',
      '“We had no warning at all,” said a nurse at a clinic in Dayton, North Carolina.',
    ],
    speakers: ['a nurse', 'a nurse'],
  },
  {
    name: 'a body named after the role is the place, not its holder ("said a teacher at the school, Lincoln Elementary.")',
    paragraphs: [
      '“We had no warning at all,” said a teacher at the school, Lincoln Elementary.',
      '“We sold out by noon,” said the owner of the shop, Main Street Bakery.',
    ],
    speakers: ['a teacher', 'the owner of the shop'],
  },
];

describe('house style: long appositions and titled surnames', () => {
  it.each(cases)('$name', ({ paragraphs, speakers }) => {
    expect(speakersNamed(paragraphs)).toEqual(speakers);
  });
});
