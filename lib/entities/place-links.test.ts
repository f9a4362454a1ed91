import { describe, expect, it } from 'vitest';
import type { Place, PlaceRole } from '../types';
import { findEntities } from './index';
import { testArticle, testKnowledgeBase } from './test-kb';

interface PlaceSpec {
  name: string;
  kind: Place['kind'];
  role: PlaceRole;
  at?: [number, number];
  country: string;
  /** The words in the text, when they differ from the name ("N.Y."). */
  surface?: string;
}

/** A place as the places engine reports it, with every occurrence of its surface as a mention. */
function place(text: string, spec: PlaceSpec): Place {
  const surface = spec.surface ?? spec.name;
  const mentions = [...text.matchAll(new RegExp(surface.replace(/[.]/g, '\\.'), 'g'))].map((m) => ({
    start: m.index,
    end: m.index + surface.length,
  }));
  return {
    name: spec.name,
    kind: spec.kind,
    role: spec.role,
    lat: spec.at?.[0] ?? null,
    lon: spec.at?.[1] ?? null,
    country: spec.country,
    mentions,
    sentence: null,
  };
}

function placeTitles(text: string, specs: PlaceSpec[]): string[] {
  const places = specs.map((s) => place(text, s));
  const entities = findEntities(testArticle(text), testKnowledgeBase([]), { quotes: [], speakers: [], places });
  return entities
    .filter((e) => e.type === 'place')
    .flatMap((e) => (e.wikipedia ? [e.wikipedia] : []))
    .sort();
}

const COLUMBIA_SC: [number, number] = [34.0007, -81.0348];
const SOUTH_CAROLINA: PlaceSpec = { name: 'South Carolina', kind: 'region', role: 'event', country: 'US' };
const KAZAKHSTAN: PlaceSpec = { name: 'Kazakhstan', kind: 'country', role: 'event', country: 'KZ' };

describe('place links', () => {
  it.each<[string, string, PlaceSpec[], string[]]>([
    [
      'a region name two countries share links the one the places engine resolved',
      'Farmers in Punjab burn stubble every autumn.',
      [{ name: 'Punjab', kind: 'region', role: 'event', country: 'IN' }],
      ['Punjab,_India'],
    ],
    [
      'a US town is titled "City, State" when its state is named',
      'He spoke in Columbia on Tuesday. South Carolina votes next.',
      [{ name: 'Columbia', kind: 'city', role: 'event', at: COLUMBIA_SC, country: 'US' }, SOUTH_CAROLINA],
      ['Columbia,_South_Carolina', 'South_Carolina'],
    ],
    [
      'a US town without its state is not linked',
      'He spoke at the White House on Tuesday.',
      [{ name: 'White House', kind: 'city', role: 'event', at: [36.3495, -86.6983], country: 'US' }],
      [],
    ],
    [
      'the state of a dateline is not linked',
      'BUFFALO, N.Y. — The Wild won in Buffalo.',
      [
        { name: 'Buffalo', kind: 'city', role: 'event', at: [42.8865, -78.8784], country: 'US', surface: 'BUFFALO' },
        { name: 'New York', kind: 'region', role: 'mention', country: 'US', surface: 'N.Y.' },
      ],
      ['Buffalo,_New_York'],
    ],
    [
      'a state that qualifies a city in the story is linked too',
      'The Wild won in Buffalo, N.Y. on Tuesday.',
      [
        { name: 'Buffalo', kind: 'city', role: 'event', at: [42.8865, -78.8784], country: 'US', surface: 'Buffalo' },
        { name: 'New York', kind: 'region', role: 'mention', country: 'US', surface: 'N.Y.' },
      ],
      ['Buffalo,_New_York', 'New_York_(state)'],
    ],
    [
      'a foreign city takes the article’s English name, not the gazetteer’s',
      'Protests began in Aktau and spread across Kazakhstan.',
      [{ name: 'Aktau', kind: 'city', role: 'event', at: [43.6481, 51.1722], country: 'KZ' }, KAZAKHSTAN],
      ['Aktau'],
    ],
    [
      'a foreign town whose country is not in the story is not linked',
      'Protests began in Aktau.',
      [{ name: 'Aktau', kind: 'city', role: 'event', at: [43.6481, 51.1722], country: 'KZ' }],
      [],
    ],
    [
      'a city named once in passing is not linked',
      'As he did in Washington years ago.',
      [{ name: 'Washington', kind: 'city', role: 'mention', at: [38.8951, -77.0364], country: 'US' }],
      [],
    ],
    [
      'a stand-alone city the story happens in needs no state',
      'Talks went on in Washington.',
      [{ name: 'Washington', kind: 'city', role: 'event', at: [38.8951, -77.0364], country: 'US' }],
      ['Washington,_D.C.'],
    ],
    [
      'regions and continents by name',
      'The conflict in Darfur shook Africa.',
      [
        { name: 'Darfur', kind: 'region', role: 'event', country: 'SD' },
        { name: 'Africa', kind: 'region', role: 'event', country: 'NG' },
      ],
      ['Africa', 'Darfur'],
    ],
  ])('%s', (_label, text, specs, expected) => {
    expect(placeTitles(text, specs)).toEqual(expected);
  });
});

describe('place descriptions from the gazetteer', () => {
  const described = (text: string, specs: PlaceSpec[]) => {
    const places = specs.map((s) => place(text, s));
    const entities = findEntities(testArticle(text), testKnowledgeBase([]), { quotes: [], speakers: [], places });
    return Object.fromEntries(entities.map((e) => [e.wikipedia ?? e.name, [e.description, e.descriptionSource]]));
  };

  it('a US town gets its state, a state is said to be one, a foreign town gets the country the story names', () => {
    const text = 'He spoke in Columbia on Tuesday. South Carolina votes next. Protests began in Aktau, Kazakhstan.';
    const found = described(text, [
      { name: 'Columbia', kind: 'city', role: 'event', at: COLUMBIA_SC, country: 'US' },
      SOUTH_CAROLINA,
      { name: 'Aktau', kind: 'city', role: 'event', at: [43.6481, 51.1722], country: 'KZ' },
      KAZAKHSTAN,
    ]);
    expect(found['Columbia,_South_Carolina']).toEqual(['City in South Carolina, United States', 'gazetteer']);
    expect(found['South_Carolina']).toEqual(['State of the United States', 'gazetteer']);
    expect(found['Aktau']).toEqual(['City in Kazakhstan', 'gazetteer']);
  });

  it('no country named, no region outside the US, no state read off "D.C.": no line', () => {
    const text = 'Talks went on in Washington. The conflict in Darfur went on. Aktau was calm.';
    const found = described(text, [
      { name: 'Washington', kind: 'city', role: 'event', at: [38.8951, -77.0364], country: 'US' },
      { name: 'Darfur', kind: 'region', role: 'event', country: 'SD' },
      { name: 'Aktau', kind: 'city', role: 'event', at: [43.6481, 51.1722], country: 'KZ' },
    ]);
    expect(found['Washington,_D.C.']).toEqual(['City in the United States', 'gazetteer']);
    expect(found['Darfur']?.[0] ?? null).toBeNull();
    expect(found['Aktau']?.[0] ?? null).toBeNull();
  });
});
