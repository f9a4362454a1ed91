import { describe, expect, it } from 'vitest';
import type { Place } from '../types';
import { creditSpans } from './credits';
import { findEntities } from './index';
import { testArticle, testKnowledgeBase } from './test-kb';

/** A story "set in" a country: the places engine found one event place there, named twice. */
const setIn = (country: string): Place[] => [
  {
    name: 'Somewhere',
    kind: 'region',
    role: 'event',
    lat: null,
    lon: null,
    country,
    mentions: [
      { start: 0, end: 0 },
      { start: 0, end: 0 },
    ],
    sentence: null,
  },
];

function titles(text: string, places: Place[] = []): string[] {
  const entities = findEntities(testArticle(text), testKnowledgeBase([]), { quotes: [], speakers: [], places });
  return entities.flatMap((e) => (e.wikipedia ? [e.wikipedia] : [])).sort();
}

describe('names that depend on the story’s country', () => {
  it.each<[string, string, Place[], string[]]>([
    [
      'a party in a story set in its country',
      'Virginia Democrats won a majority.',
      setIn('US'),
      ['Democratic_Party_(United_States)'],
    ],
    ['the same name in a story set elsewhere', 'The opposition Democratic Party lost in Seoul.', setIn('KR'), []],
    ['a story with no places links none', 'Democrats won a majority.', [], []],
    ['a contextual name inside a longer name', 'The Democratic Unionist Party walked out.', setIn('US'), []],
    ['a UK party only in a UK story', 'Labour lost the vote.', setIn('GB'), ['Labour_Party_(UK)']],
  ])('%s', (_label, text, places, expected) => {
    expect(titles(text, places)).toEqual(expected);
  });
});

describe('events named in running text', () => {
  it.each<[string, string, Place[], string[]]>([
    [
      'an event phrase with lower-case words',
      'He launched his bid three months before the Iowa caucuses.',
      setIn('US'),
      ['Iowa_caucuses'],
    ],
    ['the phrase outside its country', 'He spoke before the Iowa caucuses.', setIn('GB'), []],
    [
      'an election year in a sentence about the presidency',
      'She is the newest 2020 presidential hopeful.',
      setIn('US'),
      ['2020_United_States_presidential_election'],
    ],
    [
      'a party before the contest',
      'He joined the 2020 Democratic primary to become president.',
      setIn('US'),
      ['2020_United_States_presidential_election', 'Democratic_Party_(United_States)'],
    ],
    ['a year with no presidential election', 'She is a 2018 candidate for president.', setIn('US'), []],
    ['a race that is not for the presidency', 'She won the 2020 Senate race in Ohio.', setIn('US'), []],
    ['an election year outside a US story', 'The 2020 presidential election was close.', setIn('GB'), []],
  ])('%s', (_label, text, places, expected) => {
    expect(titles(text, places)).toEqual(expected);
  });
});

describe('photo credits', () => {
  it.each<[string, string, string[]]>([
    [
      'an organisation named only in a caption credit is not linked',
      'Troops near the border on Monday. Credit United Nations via Jane Doe\n\nTalks went on.',
      [],
    ],
    [
      'a news agency in a credit is one of the article’s sources',
      'Troops near the border on Monday. Credit Sputnik via Jane Doe\n\nTalks went on.',
      ['Sputnik_(news_agency)'],
    ],
    [
      'an organisation named in the story and in a credit is linked',
      'The United Nations sent troops.\n\nTroops on Monday. Photo: United Nations via Jane Doe',
      ['United_Nations'],
    ],
    ['a wire-photo parenthesis', 'Troops wait (AP Photo/United Nations Staff) near the border.', []],
    [
      'a sentence about credit is not a credit',
      'Credit Suisse said on Monday that the United Nations had it right.',
      ['United_Nations'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it('a credit runs from its marker to the end of the caption', () => {
    const text = 'Peacekeepers in Sudan. Credit Ashraf Shazly/Agence France-Presse — Getty Images';
    const [span] = creditSpans(text, [{ start: 0, end: text.length }]);
    expect(text.slice(span.start, span.end)).toBe('Credit Ashraf Shazly/Agence France-Presse — Getty Images');
  });
});

describe('teams in game stories', () => {
  const game =
    'The Wild beat the Sabres 4-1 on Tuesday. Parise scored twice for the Wild, and the coach praised the goalie.\n\n' +
    'The Sabres have lost eight of nine this season; the Wild climbed in the standings.';
  it.each<[string, string, string[]]>([
    ['two teams of one league by nickname, in a game story', game, ['Buffalo_Sabres', 'Minnesota_Wild']],
    ['nicknames without words of sport', 'The Wild beat the Sabres. The Wild and the Sabres met again.', []],
    [
      'one team alone is not enough',
      'The Wild scored in overtime of the game, said the coach. The Wild won the season opener and the Wild lead the standings.',
      [],
    ],
    [
      'a nickname shared by two leagues follows the story’s league',
      `${game} The Rangers and the Senators lost.`,
      ['Buffalo_Sabres', 'Minnesota_Wild', 'New_York_Rangers', 'Ottawa_Senators'],
    ],
    [
      'a nickname followed by a name is that name',
      `${game} Sabres fan Kings Johnson cheered.`,
      ['Buffalo_Sabres', 'Minnesota_Wild'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(titles(text)).toEqual(expected);
  });
});

describe('wars named after a place', () => {
  const sudan: Place[] = [
    {
      name: 'Darfur',
      kind: 'region',
      role: 'event',
      lat: 13.5,
      lon: 24,
      country: 'SD',
      mentions: [{ start: 0, end: 0 }],
      sentence: null,
    },
    {
      name: 'Pakistan',
      kind: 'country',
      role: 'event',
      lat: 30,
      lon: 70,
      country: 'PK',
      mentions: [{ start: 0, end: 0 }],
      sentence: null,
    },
  ];
  it.each<[string, string, string[], string[]]>([
    [
      '"the conflict in X" finds the article titled "War in X"',
      'The conflict in Darfur was a low point.',
      ['war in darfur'],
      ['War_in_Darfur'],
    ],
    ['"the X war" finds "X War"', 'He fought in the Darfur war.', ['darfur war'], ['Darfur_War']],
    [
      '"civil war" with the country’s adjective',
      'The Pakistani civil war began.',
      ['pakistani civil war'],
      ['Pakistani_civil_war'],
    ],
    ['no article of that title, no link', 'The conflict in Darfur was a low point.', [], []],
    ['the war words must be next to the place', 'The war ended. Darfur was calm.', ['war in darfur'], []],
  ])('%s', (_label, text, titleList, expected) => {
    const entities = findEntities(testArticle(text), testKnowledgeBase(titleList), {
      quotes: [],
      speakers: [],
      places: sudan,
    });
    expect(entities.flatMap((e) => (e.type === 'event' && e.wikipedia ? [e.wikipedia] : [])).sort()).toEqual(expected);
  });
});
