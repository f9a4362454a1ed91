import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '.';
import { readNames } from '../names';
import { readText } from '../text';
import { loadGazetteer } from '../places';
import { makeArticle } from '../../tests/factories';
import { speakersNamed } from './test-helpers';

// Two places in the shipped gazetteer format (see lib/places/gazetteer.ts): a lake and a city.
const gazetteer = loadGazetteer(
  [
    '#places\t2\t3',
    'Aral Sea\t45\t60\tKZ\tLK\t0\t',
    'San Diego\t32.7\t-117.2\tUS\tPPLA2\t1400000\t',
    '#names\t2',
    'aral sea\t0',
    'san diego\t1',
    '#demonyms\t0',
  ].join('\n'),
);

// The people index leaves out what the name table types as a place (indexPeople, people.ts).
describe('"he" and "she" stand for a person, not a place', () => {
  it('skips a place named after the person in the sentence before', () => {
    expect(
      speakersNamed(
        [
          'Karl Brandt has travelled for years. He has seen the melting ice of Greenland and the drying Aral Sea.',
          '“I am not a scientist, but I can see what is happening,” he said.',
        ],
        { gazetteer },
      ),
    ).toEqual(['Karl Brandt']);
  });

  it('skips a city named in the subject’s own sentence', () => {
    expect(
      speakersNamed(
        [
          'Anna Reyes spoke to voters. Then she described her visit to a park outside San Diego near the border.',
          '“Anyone been there? It is a beautiful park,” she asked.',
        ],
        { gazetteer },
      ),
    ).toEqual(['Anna Reyes']);
  });
});

describe('a "she" that finds no one fitting tries the first names alone', () => {
  it('finds the woman the nearby pronouns voted male (a story about two rivals)', () => {
    expect(
      speakersNamed(
        [
          'Tom Baker and Kaylinn Roth debated on Monday. When pressed by the moderators, Baker apologized to Roth, and he said he regretted the leak.',
          '“This is not the kind of campaign we run,” he said. Baker also thanked Roth warmly, and he smiled.',
          'Roth said she appreciated the apology and wanted to move on.',
          '“We were distressed when we learned about it,” she said.',
        ],
        { gazetteer },
      ),
    ).toEqual(['Tom Baker', 'Kaylinn Roth']);
  });
});

describe('a pronoun resolved only by falling back is graded low (the panel says "probably" or "speaker unclear")', () => {
  const confidences = (paragraphs: string[]) => {
    const article = makeArticle(paragraphs);
    const layer = readText(article);
    return analyzeQuotes(article, layer, readNames(layer, { kb: null, gazetteer })).quotes.map((q) => [
      q.speaker,
      q.confidence,
    ]);
  };

  it('"he" with no subject in its sentence or the one before: the last speaker, graded low', () => {
    expect(
      confidences([
        '“The bridge will close in June,” Karl Brandt said on Monday.',
        'The council meets again next week. The vote is expected to be close.',
        '“We cannot wait any longer,” he said.',
      ]),
    ).toEqual([
      ['Karl Brandt', 'high'],
      ['Karl Brandt', 'low'],
    ]);
  });

  it('a "he" right after a guessed speaker’s sentence is that speaker for a reason of its own: not a guess', () => {
    expect(
      confidences([
        '“The bridge will close in June,” Karl Brandt said on Monday.',
        'The council meets again next week. The vote is expected to be close.',
        '“We cannot wait any longer,” he said.',
        '“The money is there and the plans are ready,” he added.',
      ]),
    ).toEqual([
      ['Karl Brandt', 'high'],
      ['Karl Brandt', 'low'],
      ['Karl Brandt', 'medium'],
    ]);
  });

  it('a quote lent a guessed speaker by the quote before it stays a guess', () => {
    expect(
      confidences([
        '“The bridge will close in June,” Karl Brandt said on Monday.',
        'The council meets again next week. The vote is expected to be close.',
        '“We cannot wait any longer,” he said.',
        '“The money is there and the plans are ready.”',
      ]),
    ).toEqual([
      ['Karl Brandt', 'high'],
      ['Karl Brandt', 'low'],
      ['Karl Brandt', 'low'],
    ]);
  });

  it('"he" whose subject is the sentence before keeps the rule’s grade', () => {
    expect(
      confidences([
        '“The bridge will close in June,” Anna Reyes said on Monday.',
        'Karl Brandt disagreed with the plan.',
        '“We cannot wait any longer,” he said.',
      ]),
    ).toEqual([
      ['Anna Reyes', 'high'],
      ['Karl Brandt', 'medium'],
    ]);
  });
});

// The people index (people.ts, oblique): the "or" ending "for" was read as the word "or", so a name after "for" was
// taken for a subject.
describe('a name after "for" is no subject for a later pronoun', () => {
  it.each([
    [
      'an opening phrase',
      [
        'Tom Baker spoke on Monday.',
        'Despite raising money for Tom Baker, Jim Cole said he would back Dan Reyes, whom he called “a fighter for the town.”',
      ],
      'Jim Cole',
    ],
    [
      'a woman working for another',
      [
        'Ann Reyes lost the race on Tuesday.',
        'After working for Ann Reyes for years, Lisa Hart now backs her rival, whom she called “the only honest person in the race.”',
      ],
      'Lisa Hart',
    ],
    [
      'the sentence before',
      [
        'Tom Baker won the primary on Tuesday.',
        'With most votes for Tom Baker counted by midnight, Jim Cole conceded. He called the result “a clear message from the county.”',
      ],
      'Jim Cole',
    ],
  ])('%s', (_kind, story, speaker) => {
    expect(speakersNamed(story as string[])).toEqual([speaker]);
  });

  it('unless an apposition or a relative clause makes the sentence about them', () => {
    const story = [
      'The results came in after midnight.',
      'It was a big night for Tom Baker, who won all three counties. The crowd cheered for an hour.',
      '“We did it together,” he said.',
    ];
    expect(speakersNamed(story)).toEqual(['Tom Baker']);
  });
});

// A sports, police or profile story often names its speaker first as someone acted on; with no subject of the
// pronoun's gender to go on, the one such person before is the speaker (review33 finding 4).
describe('"he" or "she" after a sentence that names the one person of that gender as an object', () => {
  it('takes the person arrested, traded or coached', () => {
    expect(
      speakersNamed(['Police arrested Maria Lopez on Friday. “I did nothing wrong at all,” she told reporters.']),
    ).toEqual(['Maria Lopez']);
    expect(
      speakersNamed(['The Yankees traded Tom Baker to Boston. “I didn’t see it coming at all,” he said.']),
    ).toEqual(['Tom Baker']);
  });

  it('looks past another speaker’s quote sentence in between', () => {
    expect(
      speakersNamed([
        'Tom Baker coached Maria Lopez for ten years. “She was a joy to coach every day,” he said.',
        '“He pushed me every single day,” she said.',
      ]),
    ).toEqual(['Tom Baker', 'Maria Lopez']);
  });

  it('guesses no one for words that speak as “we”: they are the body’s that acted', () => {
    expect(
      speakersNamed([
        'Officers arrested Maria Lopez on Friday. “We ask anyone who saw the crash to call us,” she said.',
      ]),
    ).toEqual([null]);
  });

  it('guesses no one for words about the one acted on: the actor’s (review33 finding 12)', () => {
    expect(
      speakersNamed([
        'The coach benched Tom Baker in the second half. “He was not playing hard enough,” he said.',
        'The judge sentenced Maria Lopez to five years in prison. “You showed no remorse at all,” she said.',
      ]),
    ).toEqual([null, null]);
  });

  it('still takes the one acted on when the quote speaks of someone of the other gender', () => {
    expect(
      speakersNamed(['The team benched Maria Lopez in the second half. “I was angry, but he was right,” she said.']),
    ).toEqual(['Maria Lopez']);
  });

  it('guesses no one after a sentence whose subject is one person described: that one may go on (finding 15)', () => {
    expect(
      speakersNamed([
        'The manager fired Tom Baker after the game. “It was the right call for the team,” he said.',
        'The principal suspended Maria Lopez for a week. “Rules are rules in this school,” she said.',
      ]),
    ).toEqual([null, null]);
  });

  it('gives no description words about someone of the pronoun’s gender (review33 finding 18)', () => {
    expect(
      speakersNamed([
        'The victim was taken to a hospital in critical condition. “She is lucky to be alive tonight,” she said.',
      ]),
    ).toEqual([null]);
  });

  it('guesses no one when two people of that gender are named', () => {
    expect(
      speakersNamed(['Police arrested Tom Baker and John Smith on Friday. “I did nothing wrong at all,” he said.']),
    ).toEqual([null]);
  });
});
