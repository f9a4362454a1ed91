// A tiny knowledge base for unit tests, in the shipped file format, so tests need no built data.
import {
  KB_FORMAT,
  KB_VERSION,
  parseKnowledgeBase,
  type KnowledgeBase,
  type KnowledgeBaseFile,
} from './knowledge-base';
import type { Article, EntityType } from '../types';
import { makeArticle } from '../../tests/factories';

type Row = [title: string, type: EntityType, names: string[], acronyms?: string[], demonyms?: string[]];

// prettier-ignore
const ROWS: Row[] = [
  ['Kazakhstan', 'country', ['Kazakhstan'], [], ['Kazakh']], ['Pakistan', 'country', ['Pakistan'], [], ['Pakistani']],
  ['Jordan', 'country', ['Jordan'], [], ['Jordanian']], ['England', 'country', ['England'], [], ['English']],
  ['Japan', 'country', ['Japan'], [], ['Japanese']], ['Almaty', 'place', ['Almaty']],
  ['Aberdeen', 'place', ['Aberdeen']], ['Nice', 'place', ['Nice']], ['Liverpool', 'place', ['Liverpool']],
  ['Kassym-Jomart_Tokayev', 'person', ['Kassym-Jomart Tokayev']],
  ['Barack_Obama', 'person', ['Barack Obama', 'President Obama']],
  ['United_Nations', 'organization', ['United Nations'], ['UN']], ['Sputnik_(news_agency)', 'outlet', ['Sputnik']],
  ['The_Hill_(newspaper)', 'outlet', ['The Hill']],
];

/** Cities by point and regions by name, as kb-places.ts builds them. */
const PLACES: KnowledgeBaseFile['places'] = {
  cities: [
    [34.0007, -81.0348, 'Columbia,_South_Carolina', 'state'],
    [38.9517, -92.3341, 'Columbia,_Missouri', 'state'],
    [42.8865, -78.8784, 'Buffalo,_New_York', 'state'],
    [38.8951, -77.0364, 'Washington,_D.C.', 'fixed'],
    [43.6481, 51.1722, 'Shevchenko', 'name'],
    [36.3495, -86.6983, 'White_House,_Tennessee', 'state'],
  ],
  regions: {
    massachusetts: 'Massachusetts',
    'new york': 'New_York_(state)',
    'south carolina': 'South_Carolina',
    darfur: 'Darfur',
    africa: 'Africa',
    'punjab|PK': 'Punjab,_Pakistan',
    'punjab|IN': 'Punjab,_India',
  },
};

const CONTEXTUAL: KnowledgeBaseFile['contextual'] = [
  [
    'Democratic_Party_(United_States)',
    'organization',
    'Democratic Party',
    'US',
    ['Democratic Party', 'Democratic', 'Democrats'],
    [],
  ],
  ['Labour_Party_(UK)', 'organization', 'Labour Party', 'GB', ['Labour Party', 'Labour'], []],
  ['Iowa_caucuses', 'event', 'Iowa caucuses', 'US', [], ['iowa caucuses']],
];

// prettier-ignore
const TEAMS: KnowledgeBaseFile['teams'] = [
  ['Minnesota_Wild', 'NHL', 'Minnesota Wild', 'Wild'], ['Buffalo_Sabres', 'NHL', 'Buffalo Sabres', 'Sabres'],
  ['New_York_Rangers', 'NHL', 'New York Rangers', 'Rangers'], ['Texas_Rangers', 'MLB', 'Texas Rangers', 'Rangers'],
  ['New_York_Yankees', 'MLB', 'New York Yankees', 'Yankees'], ['Ottawa_Senators', 'NHL', 'Ottawa Senators', 'Senators'],
  ['Los_Angeles_Kings', 'NHL', 'Los Angeles Kings', 'Kings'], ['Liverpool_F.C.', 'EPL', 'Liverpool', 'Liverpool'],
  ['Everton_F.C.', 'EPL', 'Everton', 'Everton'],
];

const GIVEN_NAMES = ['adam', 'barack', 'casey', 'david', 'jane', 'john', 'kate', 'mary', 'owen'];

export function testKnowledgeBase(
  titles: string[] = [
    'harvard',
    'growth',
    'south carolina',
    'adam neumann',
    'x-ray',
    'softbank group',
    'osama bin laden',
    'omar al-bashir',
    'ekon tokayev',
    'kate dubrene',
  ],
): KnowledgeBase {
  const file: KnowledgeBaseFile = {
    format: KB_FORMAT,
    version: KB_VERSION,
    checked: '2026-11-25',
    entries: [],
    names: {},
    acronyms: {},
    phrases: {},
    demonyms: [],
    titles,
    places: PLACES,
    contextual: CONTEXTUAL,
    teams: TEAMS,
    givenNames: GIVEN_NAMES,
  };
  ROWS.forEach(([title, type, names, acronyms = [], demonyms = []], i) => {
    file.entries.push([title, type, names[0]]);
    for (const n of [...names, ...demonyms]) file.names[n.toLowerCase()] = i;
    for (const a of acronyms) file.acronyms[a] = i;
    file.demonyms.push(...demonyms.map((d) => d.toLowerCase()));
  });
  return parseKnowledgeBase(JSON.stringify(file));
}

/** An article around `text`; blank lines separate paragraphs. */
export function testArticle(text: string): Article {
  return makeArticle(text.split('\n\n'), { url: 'https://example.test/a', wordCount: 0, readingMinutes: 0 });
}
