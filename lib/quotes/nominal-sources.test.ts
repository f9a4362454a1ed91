// Nominal sources (issue 17): a description of who speaks ("the chief executive of Ora Media", "the study", "her
// lawyers") read whole and no further, never glued to an aside or a tail the sentence goes on with. Invented texts.
import { describe, expect, it } from 'vitest';
import { speakersAttributed, speakersNamed } from './test-helpers';
import { indexPeople } from './people';

const cases: { name: string; paragraphs: string[]; expected: (string | null)[]; named?: boolean }[] = [
  // Dash asides (subjects.ts withoutDashAsides, relative.ts OPENING_DASH)
  {
    name: 'an aside between dashes, with a comma of its own, stands between a name and its cue',
    paragraphs: [
      'Ann Reyes, the chief executive of Lumo Media -- the production company that owns Mr. Cole’s programming, which ' +
        'is also streamed on Hulu -- told me, “We make what people want to watch.”',
      'As for the critics, she said, “Every outlet takes sides now.”',
    ],
    expected: ['Ann Reyes', 'Ann Reyes'],
  },
  {
    name: 'a dateline’s dash opens no aside',
    paragraphs: [
      'DAYTON, Ohio — Tom Baker spent 30 years at the plant — most of them on the night shift — and said the closing ' +
        'was “like losing a family.”',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'an aside that gives a vague subject its name stays',
    paragraphs: [
      'Another critic — Tom Baker, a former mayor — said the plan was “a waste of money and time.”',
      'One resident — a retired teacher named Ann Reyes — said the noise was “unbearable every single night.”',
    ],
    expected: ['Tom Baker', 'Ann Reyes'],
  },
  {
    name: 'close em dashes set the aside off as well',
    paragraphs: [
      'Ann Reyes, the chief executive of Lumo Media—the production company that owns Mr. Cole’s programming, which ' +
        'is also streamed on Hulu—told me, “We make what people want to watch.”',
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a description with a dash aside before its verb is read without the aside',
    paragraphs: [
      'A spokesman for the Reyes label - a small business that sells online, mostly to students - noted that the ' +
        'company “offers new parents eight weeks of leave.”',
    ],
    expected: ['A spokesman for the Reyes label'],
  },
  {
    name: 'a name alone between dashes names the subject before it',
    paragraphs: ['Another holdout — the United Mine Workers — said it was “not ready to endorse anyone this year.”'],
    expected: ['United Mine Workers'],
  },
  {
    name: 'an aside between dashes that holds a cue still says who speaks',
    paragraphs: ['The deal -- Ann Reyes said on Monday -- is “a disaster for the whole region and its farms.”'],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a dash before "which" is no part of the antecedent',
    paragraphs: [
      'Instead, the study -- which notes that firms would owe “far more than the state budgets combined” -- ' +
        'should be a call to action.',
    ],
    expected: ['the study'],
  },
  // The means the words came by (phrase.ts MEDIUM_TAIL, lexicon SPEECH_MEDIA)
  {
    name: 'a court filing after "according to" a description is how they spoke, not part of who',
    paragraphs: ['The suit put her “through the wringer for six years,” according to her lawyers in a court filing.'],
    expected: ['her lawyers'],
  },
  {
    name: 'a platform after the source is no source of its own',
    paragraphs: ['The road “will stay closed until the spring,” according to a police spokesman on Twitter on Monday.'],
    expected: ['a police spokesman'],
    named: true,
  },
  {
    name: 'an interview and whom it was given to end a name too',
    paragraphs: [
      'The road “will stay closed until the spring,” according to Ann Reyes in an interview with the Times.',
    ],
    expected: ['Ann Reyes'],
  },
  {
    name: 'a publication after "in" is no means of speaking: the phrase is read as before',
    paragraphs: ['The road “will stay closed until the spring,” according to a report in The Dayton Herald.'],
    expected: ['a report in The Dayton Herald'],
  },
  // A group's plural present cue (lexicon CUE_VERBS)
  {
    name: 'a group that describes something as … speaks the words',
    paragraphs: [
      'Ann Reyes spends her time in Ohio and New York.',
      'Corporate lobbyists describe such work as “a different cup of tea” than the usual contract work.',
    ],
    expected: ['Corporate lobbyists'],
  },
  {
    name: 'a determined group that characterizes something as … speaks the words, not its determiner alone',
    paragraphs: ['Some economists characterize the plan as “a giveaway to the rich” and oppose it.'],
    expected: ['Some economists'],
  },
  {
    name: 'a group that denounces something as … speaks the words',
    paragraphs: ['Her critics denounce the ruling as “a blow to every small farm in the state.”'],
    expected: ['Her critics'],
  },
  // What stands before a description is no part of it (lexicon OCCASIONAL_LEADING_PREPOSITIONS, FOCUS_ADVERBS)
  {
    name: 'a phrase opened by "Alongside" is no name; the sentence’s subject speaks',
    paragraphs: [
      'Ann Reyes faces pressure this week.',
      'Alongside union calls for action, a top aide said Reyes will have to choose, saying, “At some point, she ' +
        'is going to have to come out on this.”',
    ],
    expected: ['a top aide'],
  },
  {
    name: 'a phrase opened by "Beyond" before a capital is no name either',
    paragraphs: [
      'Ann Reyes faces pressure this week.',
      'Beyond Ohio concerns, a top aide said Reyes will have to choose, saying, “At some point, she is going to ' +
        'have to come out on this.”',
    ],
    expected: ['a top aide'],
  },
  {
    name: 'a firm or an outlet whose name opens with a preposition speaks',
    paragraphs: [
      'Beyond Meat said sales were “stronger than expected in every region.”',
      '“We are seeing strong demand everywhere,” Beyond Meat said in a statement.',
      'Beyond Meat, the plant-based food maker, said sales were “stronger than expected in every region.”',
      'Inside Climate News reported that the company had “known about the leaks for years.”',
    ],
    expected: ['Beyond Meat', 'Beyond Meat', 'Beyond Meat', 'Inside Climate News'],
  },
  {
    name: 'the same preposition and a place, set off by one comma, are an introductory phrase',
    paragraphs: [
      'Inside City Hall, aides said the mayor was “furious about the leak.”',
      'Beyond Ohio, the company said it would “grow in every state by the end of the year.”',
    ],
    expected: ['aides', 'the company'],
  },
  {
    name: 'a firm whose name ends in a legal form speaks, also with an apposition or in a dash aside',
    paragraphs: [
      'Acme Inc. said it would “fight the ruling in every court.”',
      '“We will fight the ruling in every court,” Acme Corp. said.',
      'Acme Corp., a maker of auto parts, said it would “fight the ruling in every court.”',
      'The company — Acme Corp., based in Dayton — said it would “fight the ruling in every court.”',
      'The firm — Acme Industries — said it would “fight the ruling in every court.”',
    ],
    expected: ['Acme Inc', 'Acme Corp', 'Acme Corp', 'Acme Corp', 'Acme Industries'],
  },
  {
    name: 'a body named in a list of asides does not take the apposition after it',
    paragraphs: [
      'In an article posted on the party-run website, the Paper, and widely shared online, Tom Baker, a doctoral ' +
        'student at Ohio State, urged readers not to rush to judgment, even if the party and observers alike see ' +
        'the candidate as “crazy and stupid.”',
    ],
    expected: ['Tom Baker'],
  },
  {
    name: 'a name after the introductory phrase still speaks',
    paragraphs: ['Alongside Ann Reyes, Tom Baker said, “At some point, we are going to have to come out on this.”'],
    expected: ['Tom Baker'],
  },
  {
    name: '"Even" before a description is no part of it',
    paragraphs: ['Even a top aide said, “At some point, she is going to have to come out on this.”'],
    expected: ['a top aide'],
  },
  {
    name: '"Only" before "one official" is no part of it',
    paragraphs: ['Only one official said, “At some point, she is going to have to come out on this.”'],
    expected: ['one official'],
  },
  {
    name: 'an unnamed strategist is a subject that speaks, after a phrase opened by "Alongside" and "even"',
    paragraphs: [
      'Ann Reyes faces pressure this week.',
      'Alongside union calls for action, even a top GOP strategist said Reyes will have to choose, saying, “At ' +
        'some point, she is going to have to come out on this.”',
    ],
    expected: ['a top GOP strategist'],
  },
  {
    name: 'a thing whose noun ends in "-ist" ("list") is no person',
    paragraphs: [
      'Another trend on the group’s list is data-driven training, a kind of training that “can help clients see ' +
        'their progress in real time.”',
    ],
    expected: [null],
  },
  // A partial quote joined to one before it in a cue's clause (near.ts NearContext.coordinated)
  {
    name: 'a partial quote joined by "but" goes on in the first one’s voice, not the next clause’s',
    paragraphs: [
      'Tom Baker’s campaign, for example, said he would “support the nominee” but “isn’t planning to endorse ' +
        'anyone this cycle,” while Sen. Dana Moss and Rep. Carl Hunt suggested they would only offer conditional ' +
        'support.',
    ],
    expected: ['Tom Baker’s campaign', 'Tom Baker’s campaign'],
  },
  {
    name: 'partial quotes joined by "and" stay with the one who went on about them',
    paragraphs: [
      'As Ann Reyes went on about “how the system is rigged” and “our struggling towns,” Tom Baker said yes, ' +
        'over and over again.',
    ],
    expected: ['Ann Reyes', 'Ann Reyes'],
  },
  {
    name: 'with no cue before the first quote, the cue after both still speaks them',
    paragraphs: ['The bridge will be “far too costly” and “far too slow for the towns,” Ann Reyes said on Monday.'],
    expected: ['Ann Reyes', 'Ann Reyes'],
  },
];

describe('nominal sources', () => {
  for (const c of cases) {
    it(c.name, () => {
      expect((c.named ? speakersNamed : speakersAttributed)(c.paragraphs)).toEqual(c.expected);
    });
  }
  it('a run opened by a preposition that also opens names is no person in the people index', () => {
    const named = (text: string) => indexPeople(text).people.map((p) => p.name);
    expect(named('Outside Dayton, aides said the plant was “never coming back.”')).toEqual([]);
    expect(named('Beyond Ohio, the company said it would “grow in every state.”')).toEqual([]);
    expect(named('Beyond Meat said sales were “strong,” Tom Baker said.')).toEqual(['Tom Baker']);
    // A person's name after the preposition is indexed (review33 finding 8).
    expect(named('Beyond Tom Baker’s house, protesters gathered. “He has to listen,” Baker said.')).toEqual([
      'Tom Baker',
    ]);
  });
  it('every reader of the clause takes "Inside <Place>," as an introductory phrase, also with the names table', () => {
    expect(speakersNamed(['Inside City Hall, aides said the mayor was “furious about the leak.”'])).toEqual(['aides']);
    expect(
      speakersNamed([
        'Inside City Hall, aides and staff had words for the plan, telling reporters that “the bridge is a waste.”',
      ]),
    ).toEqual([null]);
  });
  it('the names table keeps the name the dash aside would hide', () => {
    expect(
      speakersNamed([
        'Ann Reyes, the chief executive of Lumo Media -- the production company that owns Mr. Cole’s programming, which ' +
          'is also streamed on Hulu -- told me, “We make what people want to watch.”',
      ]),
    ).toEqual(['Ann Reyes']);
  });
});
