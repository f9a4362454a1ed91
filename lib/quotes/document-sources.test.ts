// Quotes that come by a document or a recording (issue 17, challenge set "documents"): an email, a letter, a tweet, a
// statement speaks in its sender's words; whom it went to, who obtained it or forwarded it never speaks. Invented
// texts, one journalistic pattern each, varied in names, order and verbs.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[] }[] = [
  // A message from its sender to someone (mentions.ts withoutAddressee, subjects.ts subjectBeforeColon)
  {
    name: 'an email from one person to another read: the sender, never the addressee',
    paragraphs: [
      'Tom Baker runs the agency. Ann Reyes is his deputy.',
      'An email from Tom Baker to Ann Reyes read: “We cannot wait any longer for the funds.”',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'the same with a woman writing to a man, and titles before both names',
    paragraphs: [
      'Karen Wells is the mayor. James Ortiz is the city manager.',
      'An email from Karen Wells to James Ortiz read: “Fix the roads before the snow comes.”',
      'A memo from Sen. Ann Reyes to Gov. Tom Baker read: “Fix the bridges before the spring floods.”',
    ],
    expected: ['Karen Wells', 'Ann Reyes'],
  },
  {
    name: 'a text message from a person to a body said: the person',
    paragraphs: [
      'James Ortiz managed the campaign.',
      'A text message from James Ortiz to the city council said: “Pay them before Friday or we lose the hall.”',
    ],
    expected: ['James Ortiz'],
  },
  {
    name: 'a letter from a union to a board said: the union, not the board',
    paragraphs: [
      'The city froze wages in March.',
      'A letter from the nurses union to the hospital board said: “We will strike on Monday.”',
    ],
    expected: ['the nurses union'],
  },
  {
    name: 'a letter addressed to someone: the addressee is no source',
    paragraphs: [
      'Ann Reyes is the treasurer.',
      'A letter addressed to Ann Reyes said: “You have until Friday to answer.”',
    ],
    expected: ['A letter'],
  },
  // A message someone owns (mentions.ts senderOf)
  {
    name: "a person's tweet, email or letter speaks in the person's words, before or after the quote",
    paragraphs: [
      'Tom Baker is running for governor. Ann Reyes runs the clinic. Maria Lopez chairs the panel.',
      'Tom Baker’s tweet read: “The race is tied and we need every vote we can get.”',
      'Ann Reyes’s email said: “We are out of beds and out of staff.”',
      'Maria Lopez’s letter, sent on Monday, said: “The hearing is off until further notice.”',
      '“The race is tied and we need every vote,” Tom Baker’s tweet said.',
      'Baker’s tweet on Tuesday read: “We fought hard and we came up short.”',
      // A report, a brief or bylaws someone owns is no message: the document speaks (as PolNeAR's sources do).
      'Ann Reyes’s brief said the city had “ignored every warning.”',
      'The party’s bylaws say the committee must “fill any vacancy on the ticket.”',
    ],
    expected: [
      'Tom Baker',
      'Ann Reyes',
      'Maria Lopez',
      'Tom Baker',
      'Tom Baker',
      'Ann Reyes’s brief',
      'the party’s bylaws',
    ],
  },
  {
    name: "an unnamed spokesman's email: the spokesman, as written",
    paragraphs: [
      'The company closed the plant on Monday.',
      'A spokesman’s email said: “We regret the loss of these jobs.”',
    ],
    expected: ['A spokesman'],
  },
  {
    name: 'a statement from a campaign: the campaign, not the statement',
    paragraphs: [
      'Hillary Clinton spoke in Ohio on Monday.',
      'A statement from the Clinton campaign said: “The secretary will not take part in the debate.”',
    ],
    expected: ['the Clinton campaign'],
  },
  // Who passed the message on or got it never speaks (mention-before.ts relativeDocumentSender)
  {
    name: 'a person forwarded or received an email from someone that said: the sender',
    paragraphs: [
      'Ann Reyes is the treasurer. Tom Baker is the mayor.',
      'Baker forwarded an email from Reyes that said: “You have until Friday to answer.”',
      'Baker forwarded Reyes’s email, which read: “You have until Friday to answer.”',
      'Reyes received a letter from Tom Baker that said: “The audit starts on Monday.”',
    ],
    expected: ['Ann Reyes', 'Ann Reyes', 'Tom Baker'],
  },
  {
    name: 'with no sender named, the subject who issued the message still speaks',
    paragraphs: [
      'Neera Tanden advised the campaign. John Podesta ran it.',
      'Podesta received an email from Tanden that said: “We need to get ahead of this.”',
      'Podesta issued a statement that said: “We will not comment on stolen emails.”',
    ],
    expected: ['Neera Tanden', 'John Podesta'],
  },
  // A document's aside (phrase.ts documentAside)
  {
    name: 'a document written or filed by someone: the author; one reviewed by a paper: never the paper',
    paragraphs: [
      'Tom Baker ran the bank in 2005. Ann Reyes led the unit.',
      'The document, written by Baker in 2005, says the bank “must never lend to the city again.”',
      'The memo, written by Reyes in March, said: “We have no plan for a storm of this size.”',
      '“The agency will cut 200 jobs by March,” the email, reviewed by The Washington Post, said.',
    ],
    expected: ['Tom Baker', 'Ann Reyes', 'the email'],
  },
  // After the quote (mention-after.ts READ_WHOLE; lexicon BETWEEN_SOURCE_AND_CUE "is", "are")
  {
    name: '“…,” read a letter from someone, or read their tweet: the sender',
    paragraphs: [
      'Ann Reyes is the treasurer. Tom Baker is running for governor.',
      '“The accounts do not balance and have not for years,” read a letter from Ann Reyes to the board.',
      '“Please stop all hiring until the budget passes,” read a memo from Tom Baker.',
      '“The race is tied and we need every vote we can get,” read Tom Baker’s tweet.',
    ],
    expected: ['Ann Reyes', 'Tom Baker', 'Tom Baker'],
  },
  {
    name: '“…,” someone is heard saying on the recording, or seen saying in the video',
    paragraphs: [
      'Tom Baker and Ann Reyes met donors in Miami.',
      '“We will win this thing by ten points,” Baker is heard saying on the recording.',
      '“We will take the state by five,” Reyes is seen saying in the video.',
    ],
    expected: ['Tom Baker', 'Ann Reyes'],
  },
  // A record of the words gives way to the speaker it records (mention-before.ts, ACCORDING_OPENING)
  {
    name: 'according to a transcript, someone said: the speaker, not the transcript',
    paragraphs: [
      'Tom Baker spoke to Ann Reyes on Monday.',
      'According to a transcript of the call, Baker said: “I need you to do us a favor.”',
      'According to a transcript, Reyes told Baker: “We will look into it.”',
      // A partial quote in the document's account of what was said stays the document's.
      'According to the school’s post, Baker said he left because “the board would not listen.”',
    ],
    expected: ['Tom Baker', 'Ann Reyes', 'the school’s post'],
  },
  {
    name: "a person's letter to someone, and his or her tweet: the writer",
    paragraphs: [
      'Ann Reyes wrote to Tom Baker on Monday.',
      'Ann Reyes’s letter to Tom Baker said: “You have until Friday to answer.”',
      'Baker is the mayor. His tweet read: “The race is tied and we need every vote.”',
    ],
    expected: ['Ann Reyes', 'Tom Baker'],
  },
];

describe('document sources', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect(speakersNamed(c.paragraphs)).toEqual(c.expected);
    });
  }
});

describe('who made a message public is not its writer (review37 finding 16)', () => {
  it.each([
    ['The email, released by WikiLeaks on Friday, said: “We need to hit him hard on trade.”', 'the email'],
    ['The letter, published by The Washington Post on Sunday, said: “I can no longer serve here.”', 'the letter'],
  ])('%s', (paragraph, shown) => {
    expect(speakersNamed([paragraph])).toEqual([shown]);
  });
});
