import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPlaces, loadGazetteer, resolveMentions, roleRules } from './index';
import { entry, stateId } from './gazetteer';
import { datelineSpan } from '../text/datelines';
import { makeArticle } from '../../tests/factories';
import { peopleOf, readNames } from '../names';
import { readText } from '../text';

type Row = [names: string[], lat: number, lon: number, cc: string, code: string, pop: number, admin1?: string];

/** A tiny gazetteer in the shipped format (see gazetteer.ts). */
function gazetteerText(rows: Row[], demonyms: Record<string, string>): string {
  const keys = new Map<string, number[]>();
  rows.forEach(([names], id) =>
    names.forEach((n) => keys.set(n.toLowerCase(), [...(keys.get(n.toLowerCase()) ?? []), id])),
  );
  const sorted = [...keys.keys()].sort();
  return [
    `#places\t${rows.length}\t3`,
    ...rows.map(([names, lat, lon, cc, code, pop, admin1]) =>
      [names[0], lat, lon, cc, code, pop, admin1 ?? ''].join('\t'),
    ),
    `#names\t${sorted.length}`,
    ...sorted.map((k) => `${k}\t${keys.get(k)!.join(',')}`),
    `#demonyms\t${Object.keys(demonyms).length}`,
    ...Object.entries(demonyms).map(([d, cc]) => `${d}\t${cc}`),
  ].join('\n');
}

const G = loadGazetteer(
  gazetteerText(
    [
      [['Kazakhstan'], 48, 68, 'KZ', 'PCLI', 0],
      [['Pakistan'], 30, 70, 'PK', 'PCLI', 0],
      [['Jordan'], 31, 36, 'JO', 'PCLI', 0],
      [['Astana'], 51.18, 71.45, 'KZ', 'PPLC', 1_000_000],
      [['Almaty'], 43.25, 76.92, 'KZ', 'PPLA', 2_000_000],
      [['Aktau'], 43.65, 51.17, 'KZ', 'PPLA', 180_000],
      [['Zhanaozen'], 43.34, 52.86, 'KZ', 'PPL', 150_000],
      [['Mangystau'], 44, 53.5, 'KZ', 'ADM1', 700_000],
      [['Paris'], 48.85, 2.35, 'FR', 'PPLC', 2_100_000],
      [['Paris'], 33.66, -95.55, 'US', 'PPLA2', 25_000],
      [['Birmingham'], 52.48, -1.89, 'GB', 'PPLA2', 985_000],
      [['Birmingham'], 33.52, -86.8, 'US', 'PPLA2', 200_000],
      [['Texas'], 31.5, -99.3, 'US', 'ADM1', 30_000_000],
      [['Moscow'], 55.75, 37.62, 'RU', 'PPLC', 10_000_000],
      [['New York'], 40.71, -74.0, 'US', 'PPL', 8_000_000],
      [['Minnesota'], 46.3, -94.3, 'US', 'ADM1', 5_700_000],
      [['Nice'], 43.7, 7.27, 'FR', 'PPLA2', 340_000],
      [['March'], 52.55, 0.09, 'GB', 'PPL', 22_000],
      [['Reading'], 51.45, -0.97, 'GB', 'PPL', 230_000],
      [['Obama'], 35.5, 135.75, 'JP', 'PPL', 30_000],
      [['Nato'], 15.95, 120.03, 'PH', 'PPL', 5_600],
      [['Mayo County', 'Mayo'], 53.89, -9.22, 'IE', 'ADM2', 50_000],
      [['United States'], 39.76, -98.5, 'US', 'PCLI', 0],
      [['Laurel'], 37.1, -84.1, 'US', 'PPL', 5_000],
      [['Post'], 33.2, -101.4, 'US', 'PPL', 5_000],
      [['Champaign'], 40.12, -88.24, 'US', 'PPL', 88_000],
      [['Urbana'], 40.11, -88.21, 'US', 'PPL', 42_000],
      [['Mexico'], 23, -102, 'MX', 'PCLI', 0],
      [['Mexico City', 'Mexico'], 19.43, -99.13, 'MX', 'PPLC', 12_000_000],
      [['Henry County'], 33.45, -84.15, 'US', 'ADM2', 0, 'GA'],
      [['Norfolk County'], 42.17, -71.18, 'US', 'ADM2', 0, 'MA'],
      [['Norfolk County'], 42.85, -80.38, 'CA', 'PPL', 60_000],
      [['Henry County'], 38.45, -85.12, 'US', 'ADM2', 0, 'KY'],
      [['Kentucky'], 37.5, -85.3, 'US', 'ADM1', 4_500_000, 'KY'],
      [['Washington'], 38.9, -77.04, 'US', 'PPLC', 700_000],
      [['Saint Petersburg'], 59.94, 30.31, 'RU', 'PPLA', 5_300_000],
      [['St. Petersburg'], 27.77, -82.64, 'US', 'PPL', 257_000],
      [['Earth'], 34.23, -102.41, 'US', 'PPL', 1_000],
      [['United Kingdom'], 54, -2, 'GB', 'PCLI', 0],
      [['White House'], 36.47, -86.65, 'US', 'PPL', 12_000],
      [['English'], 38.33, -86.46, 'US', 'PPL', 600],
      [['Mobile'], 30.69, -88.04, 'US', 'PPL', 190_000],
      [['Congress'], 34.16, -112.85, 'US', 'PPL', 1_900],
      [['Pierre'], 44.37, -100.35, 'US', 'PPLA', 14_000],
      [['Washington State'], 47.4, -120.5, 'US', 'ADM1', 7_800_000, 'WA'],
      [['Spokane'], 47.66, -117.43, 'US', 'PPL', 230_000, 'WA'],
      [['Oregon'], 43.9, -120.6, 'US', 'ADM1', 4_200_000, 'OR'],
      [['West Virginia'], 38.6, -80.6, 'US', 'ADM1', 1_800_000, 'WV'],
      [['Virginia', 'Va'], 37.5, -78.8, 'US', 'ADM1', 8_600_000, 'VA'],
      [['West'], 31.8, -97.09, 'US', 'PPL', 2_800, 'TX'],
    ],
    { kazakh: 'KZ', syrian: 'SY' },
  ),
);

function names(text: string): string[] {
  return resolveMentions(text, G).map((m) => text.slice(m.candidate.start, m.candidate.end));
}

describe('recognition vetoes', () => {
  it.each([
    ['outlet name', 'The report ran in Pakistan Point News on Monday.', []],
    ['newspaper name', 'She told the New York Times that it was over.', []],
    ['team named after a place', 'The Minnesota Wild lost again.', []],
    [
      'a city opening an event held there',
      'He went to the Moscow Toy Fair and the Astana International Film Festival.',
      ['Moscow', 'Astana'],
    ],
    // Not a body's name, nor a small town's or a state's opening an event's (a brand, a league).
    ['a city opening a body', 'The Moscow Times and the Laurel Film Festival ran in the Texas Valley Conference.', []],
    // An event's name is written with "the"; a firm's or a league's is not.
    ['a city opening a firm', 'Its rival Moscow Games said sales fell at Astana Conference Centers.', []],
    ['a year between "the" and the event', 'He ran in the 2016 Moscow Marathon.', ['Moscow']],
    ['person name', 'Paris Hilton arrived late.', []],
    ['demonym', 'The Kazakh president spoke.', []],
    ['organisation with a demonym', 'The Syrian Observatory for Human Rights said so.', []],
    ['metonymy', 'Protesters gathered, and Moscow said it would respond.', []],
    ['common word also written in lower case', 'Nice weather. It was nice in the park.', []],
    ['month name', 'The vote took place in March.', []],
    ['small foreign town named bare', 'Obama spoke on Tuesday.', []],
    ['small foreign town after a preposition', 'The delegation flew to Obama on Tuesday.', ['Obama']],
    ['small foreign town after "of the": a name modifying a noun', 'It recalled the history of the Obama theater.', []],
    ['country stays a place', 'Jordan closed its border with Kazakhstan.', ['Jordan', 'Kazakhstan']],
    ['sentence-initial preposition is not part of the name', 'In Almaty, police fired.', ['Almaty']],
    ['multi-word name', 'Flights to New York resumed.', ['New York']],
    ['possessive', "Almaty's mayor resigned.", ['Almaty']],
    ['small town inside a longer name', 'The Washington Post reported it from Texas.', ['Texas']],
    ['acronym is not the lower-case word', 'Let us see what the US does.', ['US']],
    ['county suffix joins the span', 'Storms hit Texas and Laurel County overnight.', ['Texas', 'Laurel County']],
    ['function word that is also a village', 'Many fled Almaty.', ['Almaty']],
    ['a language, not an Indiana village', 'The book was translated into English in Texas.', ['Texas']],
    ['the planet, not a Texan village', 'Storms hit Texas. Stewardship of the Earth matters.', ['Texas']],
    [
      'a village name with a role in apposition is a person',
      'Storms hit Texas. The governor met Laurel, his top adviser, on Monday.',
      ['Texas'],
    ],
    ['a dotted abbreviation opens a name', 'Fans gathered in St. Petersburg on Sunday.', ['St. Petersburg']],
    [
      'a dateline in capitals keeps its dotted abbreviation',
      'ST. PETERSBURG – Fans gathered on Sunday.',
      ['ST. PETERSBURG'],
    ],
    [
      'an abbreviation in capitals ends its sentence before a word not in capitals',
      'He gave an interview to the FT. Paris, he said, would not pay.',
      ['Paris'],
    ],
    ['a small town joined by "+" or "&" to a name is a firm', 'Fans met at Laurel + Post and Laurel & Sons.', []],
    ['a small town joined by "&" to no place is a firm', 'Fans met at Laurel & Hardy.', []],
    ['twin towns joined by "&"', 'Voters in Champaign & Urbana went to the polls.', ['Champaign', 'Urbana']],
    ['a British city written with "City" is the football club', 'Birmingham City won, as Reading City did.', []],
    ['a comma inside a known name', 'Tickets are sold in Washington, D.C., and Texas.', ['Washington, D.C.', 'Texas']],
    ['a place inside a hyphenated word', 'The US-based firm and Almaty-born singer left.', ['US', 'Almaty']],
    ['a hyphenated name stays whole', 'Officials in Nur-Sultan met.', ['Nur-Sultan']],
    ["an acronym keeps the sentence's full stop out", 'It operates across the UK. Storms hit Texas.', ['UK', 'Texas']],
    ['a dateline ends where lower case resumes', 'MOSCOW Turner Sports analyst Jim Almaty spoke.', ['MOSCOW']],
    ['an outlet written with a capital "The"', 'He told The Post on Monday. Storms hit Texas.', ['Texas']],
    ["a body's head noun alone", 'Storms hit Texas, and Congress voted.', ['Texas']],
    ['a letter before a hyphen makes one name', 'He switched to T-Mobile in Texas.', ['Texas']],
    ["a party's letter before a hyphen is no name", 'Sen. Jo Lee, R-Texas, spoke.', ['Texas']],
    [
      'a surname after a given name and an initial',
      'John D. Laurel, 56, was charged in Texas. Police say Laurel fled.',
      ['Texas'],
    ],
    [
      'a town before "-based" named like a given name',
      'Storms hit Texas. In Austin, a Laurel-based firm sued.',
      ['Texas', 'Laurel'],
    ],
    ['a double given name', 'In Texas, the duo of Pierre-Hugues Herbert won.', ['Texas']],
    [
      'a country and a club: the club is the town',
      'Kazakhstan coach Jo Lee and Moscow coach Ed Li met.',
      ['Kazakhstan'],
    ],
    ['the object of an accusation', 'Storms hit Texas. Officials accused Jordan of lying.', ['Texas']],
    ['both sides of relations', 'Storms hit Texas. Relations between Jordan and Mexico soured.', ['Texas']],
    [
      'a list acting after "by"',
      'Storms hit Texas. The step was also taken by Jordan, Pakistan and Kazakhstan.',
      ['Texas'],
    ],
    ['a list before its verb', 'Storms hit Texas. Jordan, Pakistan and Kazakhstan agreed on Monday.', ['Texas']],
    [
      'a list whose first name is a side: the others are places',
      'Storms hit Texas. It is a bulwark against Jordan, Pakistan and Kazakhstan.',
      ['Texas', 'Pakistan', 'Kazakhstan'],
    ],
    [
      'a list after a locative is where',
      'Storms hit Texas. In Jordan, Pakistan and Kazakhstan officials agreed.',
      ['Texas', 'Jordan', 'Pakistan'],
    ],
    ['"the West", a part of the world', 'Storms hit Texas. Critics in the West doubted it.', ['Texas']],
    [
      'a weekday after a place is no part of its name',
      'He spoke in Moscow, Kazakhstan Thursday.',
      ['Moscow', 'Kazakhstan'],
    ],
    ['a weekday does not make a small town a name', 'Crowds marked Laurel Sunday.', []],
    [
      "an acronym only a village shares is an organisation's",
      'Storms hit Texas after the rejection of NATO.',
      ['Texas'],
    ],
    ['a currency named after its country', 'Storms hit Texas. A ticket costs 20 US dollars.', ['Texas']],
    [
      'a body named after its town leaves the town a place',
      'Storms hit Texas. The Laurel Police said a man fled. Officers in Laurel found him.',
      ['Texas', 'Laurel'],
    ],
    ["a small town's team", 'Storms hit Texas, and Laurel won 91-89 as Laurel coach Jo Lee hoped.', ['Texas']],
    [
      "a small town's police are still its own",
      'Storms hit Texas, and Laurel police closed roads.',
      ['Texas', 'Laurel'],
    ],
    [
      'a surname that is also a town is the town after "in"',
      'Storms hit Texas. John D. Laurel, 56, was charged. Officers in Laurel found him.',
      ['Texas', 'Laurel'],
    ],
    [
      'a firm named after a person still makes the name a name word',
      'Storms hit Texas. The Laurel Group gave money. Officers said Laurel was right.',
      ['Texas'],
    ],
    [
      'a county read from its bare name does not place a building (the clinic is listed off the map)',
      'Storms hit Texas. He was seen at the Mayo Clinic.',
      ['Texas', 'Mayo Clinic'],
    ],
    [
      'a club named after a founder still makes the name a name word',
      'Storms hit Texas. The Laurel Foundation gave money. Officers said Laurel was right.',
      ['Texas'],
    ],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('metonymy and people', () => {
  const keepMetonymy = (text: string) =>
    resolveMentions(text, G, (c) => !c.veto || c.veto === 'metonymy').map((m) =>
      text.slice(m.candidate.start, m.candidate.end),
    );
  it.each([
    ['a capital before a speech verb is its government speaking', 'Moscow said it would respond.', ['Moscow']],
    ['a village before a speech verb is a person', 'Laurel said it would respond.', []],
  ])('%s', (_label, text, expected) => {
    expect(keepMetonymy(text)).toEqual(expected);
  });
});

describe('a town named with its state', () => {
  const places = (text: string) => findPlaces(makeArticle(text), G).map((p) => [p.name, p.lat, p.kind]);
  it('reads a spaced AP abbreviation as one state', () => {
    expect(places('Police in Paris, W. Va., said so.')).toEqual([
      ['Paris', 38.6, 'city'],
      ['West Virginia', 38.6, 'region'],
    ]);
  });
  it('places a town the gazetteer lacks in that state at the state, not at a namesake elsewhere', () => {
    expect(places('A fire broke out in Paris, Ky., on Monday.')[0]).toEqual(['Paris', 37.5, 'city']);
  });
});

describe('a weekday alone opening the text', () => {
  it('is read like any capitalised word before the first place (no word before it is read)', () => {
    const places = findPlaces(makeArticle('Friday was quiet. Tourists in Almaty cheered.'), G);
    expect(places.map((p) => p.name)).toEqual(['Almaty']);
  });
});

describe('a feature named after a town', () => {
  it('is listed apart from the town', () => {
    const places = findPlaces(makeArticle('Neon lit the Almaty Strip. Tourists in Almaty cheered.'), G);
    expect(places.map((p) => p.name)).toEqual(['Almaty Strip', 'Almaty']);
  });
});

describe('a city named like a state elsewhere', () => {
  const state = (text: string) => findPlaces(makeArticle(text), G).find((p) => p.name === 'Washington')?.lat;
  it.each([
    ['"Washington state"', 'A farm in Washington state reported it.', 47.4],
    ['"the state of Washington"', 'It was found in the state of Washington.', 47.4],
    ['a list of states', 'Cases rose in Oregon, Washington and Texas.', 47.4],
    ["the story's towns in the state", 'Crews in Spokane met. The Washington-based fleet sailed.', 47.4],
    ['the capital otherwise', 'Talks in Washington ended. Crews in Texas met.', 38.9],
  ])('%s', (_label, text, lat) => {
    expect(state(text)).toBe(lat);
  });
  it('reads every bare mention as the state once one is said to be it, but not a dateline in capitals', () => {
    const text = 'WASHINGTON — He was at home in Washington. Trips to Oregon, Texas and Washington followed.';
    const places = findPlaces(makeArticle(text), G).filter((p) => p.name.toLowerCase() === 'washington');
    expect(places.map((p) => [p.lat, p.mentions.length])).toEqual([
      [38.9, 1],
      [47.4, 2],
    ]);
  });
  it('keeps the capital where the sentence speaks of the federal government, after the state was said', () => {
    const text =
      'Gov. Jay Inslee of Washington state asked for federal aid. In Washington, lawmakers in Congress debated the bill.';
    const places = findPlaces(makeArticle(text), G).filter((p) => p.name === 'Washington');
    expect(places.map((p) => [p.lat, p.mentions.length]).sort()).toEqual([
      [38.9, 1],
      [47.4, 1],
    ]);
  });
  it('reads a mention in capitals that says the state itself as the state', () => {
    const text = 'Cases rose in OREGON, WASHINGTON and TEXAS.';
    const places = findPlaces(makeArticle(text), G).filter((p) => p.name.toLowerCase() === 'washington');
    expect(places.map((p) => p.lat)).toEqual([47.4]);
  });
});

describe('national teams in sports results', () => {
  it.each([
    ['Kazakhstan lost to Jordan for the first time.', 'Jordan'],
    ['Mexico takes on Jordan on Wednesday.', 'Jordan'],
    ['Kazakhstan comfortably got past Jordan 3-0.', 'Kazakhstan'],
    ['He won three titles in charge of Jordan.', 'Jordan'],
  ])('%s', (text, name) => {
    expect(findPlaces(makeArticle(text), G).map((p) => p.name)).not.toContain(name);
  });
});

describe('a place standing for its state, government or team', () => {
  it.each([
    ['a state acting', 'Kazakhstan vowed on Friday to respond.', []],
    ['a pair acting together', 'Kazakhstan and Pakistan hope talks resume.', []],
    ['a modifier naming its officials', 'Three Kazakhstan officials resigned.', []],
    ["a possessive naming its government's move", "Critics called Kazakhstan's move unjustified.", []],
    ['the other side of a relation', 'Trade with Kazakhstan grew. Texas beat Minnesota.', []],
    ['an office of the state', 'He met the government of Kazakhstan.', []],
    ['a seat of power', 'The White House said nothing.', []],
    [
      'after a locative the name is where it happened',
      'A man in Texas won the lottery. Doctors in Almaty said so.',
      ['Texas', 'Almaty'],
    ],
    ['a possessive of the place itself stays', "Kazakhstan's economy grew.", ['Kazakhstan']],
    [
      'a US state\'s name before "State" is a university or its team',
      'Oregon State forecasters expect a storm at Minnesota State. Fans in Oregon cheered. Washington State passed a law.',
      ['Oregon', 'Washington State'],
    ],
    [
      'a big town opening a sentence as a possessive stays',
      'Almaty’s mayor quit in Kazakhstan.',
      ['Almaty', 'Kazakhstan'],
    ],
    [
      'a town named as a club once is the club where nothing says it is the town',
      'Birmingham manager Tom Ward is happy. Birmingham have won twice. Fans cost Birmingham a fine. He lives in Birmingham.',
      ['Birmingham'],
    ],
    [
      'a club town struck by a disaster is the town',
      'Birmingham striker Tom Ward scored twice. Heavy flooding hit Birmingham on Tuesday.',
      ['Birmingham'],
    ],
    [
      "a club town's mayor is the town's",
      "Birmingham fans sang all night. Birmingham's mayor declared a holiday.",
      ['Birmingham'],
    ],
    [
      'a club town\'s streets, written with "of", are the town\'s',
      'Birmingham fans sang all night. Thousands lined the streets of Birmingham.',
      ['Birmingham'],
    ],
    [
      "a club town's population and council are the town's",
      'Birmingham striker Tom Ward scored. Birmingham has a population of a million, and Birmingham City Council met.',
      ['Birmingham'],
    ],
    [
      'a club town hit with a penalty is still the club',
      'Birmingham manager Tom Ward is unhappy. UEFA hit Birmingham with a fine. Birmingham have won the league twice.',
      [],
    ],
  ])('%s', (_label, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('people named in the article', () => {
  const quotedLaurel = { words: new Set(['stuart', 'r.', 'laurel']), spans: [] };
  const text = 'Storms hit Texas. The decks were printed for years in Texas, and buyers came to Laurel for them.';
  it('a small town named like a person of the story is that person', () => {
    expect(findPlaces(makeArticle(text), G).map((p) => p.name)).toContain('Laurel');
    expect(findPlaces(makeArticle(text), G, quotedLaurel).map((p) => p.name)).not.toContain('Laurel');
  });
  it('where the name table reads a person, no place is reported there, even a big city', () => {
    const text = 'Storms hit Texas. Almaty spoke.';
    const people = { words: new Set<string>(), spans: [{ start: 18, end: 24 }] };
    expect(findPlaces(makeArticle(text), G).map((p) => p.name)).toContain('Almaty');
    expect(findPlaces(makeArticle(text), G, people).map((p) => p.name)).toEqual(['Texas']);
  });
  it('a town named like a person is the town where someone is found in it or comes from it', () => {
    const found = (t: string) => findPlaces(makeArticle(t), G, quotedLaurel).map((p) => p.name);
    expect(found('Storms hit Texas. Police found the van in Laurel.')).toContain('Laurel');
    expect(found('Storms hit Texas. The award was given in Laurel’s honor.')).not.toContain('Laurel');
  });
  it('the town a dateline names is the town wherever the name table reads its word as a person', () => {
    const text = 'Van crash kills two. LAUREL - A Laurel man died when his van hit a tree, police said.';
    const words = (spans: [number, number][]) => ({
      words: new Set(['laurel']),
      spans: spans.map(([start, end]) => ({ start, end })),
    });
    const people = words([
      [21, 27],
      [32, 38],
    ]);
    const found = findPlaces(makeArticle(text), G, people).map((p) => p.name);
    expect(found).toEqual(['Laurel']);
    // Without the dateline the lone word stays the person.
    const plain = 'Van crash kills two. A Laurel man died when his van hit a tree, police said.';
    expect(findPlaces(makeArticle(plain), G, words([[23, 29]])).map((p) => p.name)).toEqual([]);
    // A person of the story named in full keeps the word ("Hillary Clinton … Clinton").
    const named = `${text} Stuart Laurel said so.`;
    const full = words([
      [21, 27],
      [32, 38],
      [text.length + 1, text.length + 14],
    ]);
    expect(findPlaces(makeArticle(named), G, full).map((p) => p.name)).toEqual([]);
  });
  it('a state or big city keeps its name', () => {
    const quotedTexas = { words: new Set(['maria', 'texas']), spans: [] };
    expect(findPlaces(makeArticle(text), G, quotedTexas).map((p) => p.name)).toContain('Texas');
  });
});

describe('resolution', () => {
  it.each([
    ['population and rank', 'They met in Paris on Monday.', 'FR'],
    ['world city over a namesake in the story', 'Storms hit Texas. Flights to Paris were cancelled.', 'FR'],
    ['state abbreviation as container', 'Storms hit PARIS, Tex. on Monday.', 'US'],
  ])('%s', (_label, text, country) => {
    const paris = findPlaces(makeArticle(text), G).find((p) => p.name === 'Paris');
    expect(paris?.country).toBe(country);
  });

  it.each([
    ['bigger namesake without context', 'Storms hit Birmingham on Monday.', 'GB'],
    ['country coherence', 'Storms hit Texas and New York. Roads closed in Birmingham and nearby towns.', 'US'],
  ])('%s', (_label, text, country) => {
    const place = findPlaces(makeArticle(text), G).find((p) => p.name === 'Birmingham');
    expect(place?.country).toBe(country);
  });

  it.each([
    ['"St." and "Saint" name the same places: bare, the bigger city', 'Crowds filled St. Petersburg.', 'RU'],
    [
      '"St." and "Saint" name the same places: a US story, the US city',
      'Storms hit Texas. Crowds filled St. Petersburg.',
      'US',
    ],
  ])('%s', (_label, text, country) => {
    expect(findPlaces(makeArticle(text), G).find((p) => p.mentions.length && /Petersburg/.test(p.name))?.country).toBe(
      country,
    );
  });

  it('a county is read in the state the story names', () => {
    const county = findPlaces(makeArticle('Kentucky lawmakers met. Storms hit Henry County overnight.'), G).find(
      (p) => p.name === 'Henry County',
    );
    expect(county?.kind).toBe('region');
    expect(county?.lat).toBeCloseTo(38.45);
  });

  it("a country's own name beats a city that also answers to it", () => {
    const mexico = findPlaces(makeArticle('Migrants crossed Mexico. Officials in Mexico City met.'), G).find(
      (p) => p.name === 'Mexico',
    );
    expect(mexico?.kind).toBe('country');
  });

  it('reads the short forms news writes for a state and a region (NSW, Mideast)', () => {
    const index = loadGazetteer(
      gazetteerText(
        [
          [['New South Wales'], -32, 147, 'AU', 'ADM1', 8_000_000],
          [['Middle East'], 29, 42, 'SA', 'CONT', 370_000_000],
        ],
        {},
      ),
    );
    const text = 'Flu cases rose in NSW this week. Fighting spread across the Mideast.';
    expect(findPlaces(makeArticle(text), index).map((p) => p.name)).toEqual(['New South Wales', 'Mideast']);
  });
  it('reads a name written with marks the gazetteer lists without ("México" for Mexico)', () => {
    const text = 'Protests spread in México on Friday.';
    const read = resolveMentions(text, G).map((m) => [
      text.slice(m.candidate.start, m.candidate.end),
      entry(G, m.id).country,
    ]);
    expect(read).toEqual([['México', 'MX']]);
  });
  it('alias forms name the same place (Nur-Sultan is Astana)', () => {
    const places = findPlaces(makeArticle('Officials in Astana, also called Nur-Sultan, agreed.'), G);
    expect(places).toHaveLength(1);
    expect(places[0].mentions).toHaveLength(2);
  });
});

describe('a small town written where something is', () => {
  const names = (text: string) => findPlaces(makeArticle(text), G).map((p) => p.name);
  it('earns its name after a preposition of place, also with a word narrowing it between', () => {
    expect(names('Water was cut in downtown Laurel on Monday.')).toEqual(['Laurel']);
    expect(names('Water was cut near rural Laurel on Monday.')).toEqual(['Laurel']);
    // Named with no preposition of place, a small town abroad is likely a person or a word.
    expect(names('Water was cut for Laurel on Monday.')).toEqual([]);
  });
});

describe('a common word opening a sentence as a possessive', () => {
  // "Man" is also a town in Côte d'Ivoire (coordinates and size rounded from GeoNames).
  const W = loadGazetteer(
    gazetteerText(
      [
        [['Man'], 7.41, -7.55, 'CI', 'PPLA', 188_000],
        [['Ivory Coast'], 7.5, -5.5, 'CI', 'PCLI', 0],
        [['Texas'], 31.5, -99.3, 'US', 'ADM1', 30_000_000],
      ],
      {},
    ),
  );
  const found = (text: string) => resolveMentions(text, W).map((m) => text.slice(m.candidate.start, m.candidate.end));
  it('is the word, far from every place the story names', () => {
    expect(found('“Man’s greed is hurting the whales,” said Ann Lee, who lives in Texas.')).toEqual(['Texas']);
  });
  it('is the town where the story names its country', () => {
    expect(found('Man’s mayor resigned on Monday, officials in Ivory Coast said.')).toEqual(['Man', 'Ivory Coast']);
  });
});

// Namesakes across US states (coordinates and sizes rounded from GeoNames).
const US = loadGazetteer(
  gazetteerText(
    [
      [['Texas'], 31.5, -99.3, 'US', 'ADM1', 30_000_000, 'TX'],
      [['China'], 35, 105, 'CN', 'PCLI', 0],
      [['Palestine'], 31.9, 35.2, 'PS', 'PCLD', 0],
      [['Gainesville'], 29.65, -82.32, 'US', 'PPLA2', 141_000, 'FL'],
      [['Gainesville'], 33.63, -97.13, 'US', 'PPLA2', 16_000, 'TX'],
      [['Columbus'], 39.96, -83.0, 'US', 'PPLA', 905_000, 'OH'],
      [['Columbus'], 41.43, -97.37, 'US', 'PPLA2', 23_000, 'NE'],
      [['Norfolk'], 36.85, -76.29, 'US', 'PPLA2', 246_000, 'VA'],
      [['Norfolk'], 42.03, -97.42, 'US', 'PPL', 24_000, 'NE'],
      [['Palestine'], 31.76, -95.63, 'US', 'PPLA2', 18_000, 'TX'],
      [['China'], 30.05, -94.34, 'US', 'PPL', 1_100, 'TX'],
      [['Elkhart'], 31.63, -95.58, 'US', 'PPL', 1_300, 'TX'],
      [['Elkhart'], 41.68, -85.98, 'US', 'PPL', 52_000, 'IN'],
      [['Grapeland'], 31.49, -95.48, 'US', 'PPL', 1_500, 'TX'],
      [['Houston'], 29.76, -95.36, 'US', 'PPLA2', 2_300_000, 'TX'],
      [['Boston'], 42.36, -71.06, 'US', 'PPLA', 675_000, 'MA'],
      [['Boston'], 42.63, -78.74, 'US', 'PPL', 8_000, 'NY'],
      [['Midtown'], 36.15, -95.98, 'US', 'PPL', 1_400, 'OK'],
      [['New York City'], 40.71, -74.0, 'US', 'PPL', 8_800_000, 'NY'],
      [['Moscow'], 55.75, 37.62, 'RU', 'PPLC', 10_000_000],
      [['Moscow'], 41.34, -75.52, 'US', 'PPL', 2_000, 'PA'],
      [['Scranton'], 41.41, -75.66, 'US', 'PPLA2', 76_000, 'PA'],
      [['Dunmore'], 41.42, -75.63, 'US', 'PPL', 14_000, 'PA'],
      [['Georgia'], 32.7, -83.4, 'US', 'ADM1', 11_000_000, 'GA'],
      [['Africa'], 7.19, 21.09, 'NG', 'CONT', 1_400_000_000],
      [['Indiana'], 39.9, -86.3, 'US', 'ADM1', 6_800_000, 'IN'],
      [['Florida'], 28.6, -82.4, 'US', 'ADM1', 22_000_000, 'FL'],
      [['Washington State'], 47.4, -120.5, 'US', 'ADM1', 7_800_000, 'WA'],
      [['Elma'], 47.0, -123.4, 'US', 'PPL', 3_000, 'WA'],
      [['Moscow'], 30.92, -94.82, 'US', 'PPL', 9_000, 'TX'],
      [['Russia'], 60, 100, 'RU', 'PCLI', 0],
      [['Atlantic Ocean', 'Atlantic'], 10, -25, '', 'RGN', 0],
      [['Atlantic'], 41.4, -95.0, 'US', 'PPLA2', 7_000, 'IA'],
      [['Iowa'], 42.1, -93.5, 'US', 'ADM1', 3_200_000, 'IA'],
      [['Brazil'], -10, -55, 'BR', 'PCLI', 0],
      [['Brazil'], 39.52, -87.12, 'US', 'PPL', 8_000, 'IN'],
      [['Genève', 'Geneva'], 46.2, 6.15, 'CH', 'PPLA', 184_000],
      [['Geneva'], 40.59, -84.96, 'US', 'PPL', 1_300, 'IN'],
      [['Scotland'], 56.8, -4.2, 'GB', 'ADM1', 5_400_000],
      [['Fife'], 47.24, -122.36, 'US', 'PPL', 10_000, 'WA'],
      [['Saipan'], 15.21, 145.75, 'MP', 'PPLC', 48_000],
      [['Guam'], 13.47, 144.78, 'GU', 'PCLD', 0],
      [['Alaska'], 64, -150, 'US', 'ADM1', 730_000, 'AK'],
      [['Washington'], 38.9, -77.04, 'US', 'PPLC', 690_000, 'DC'],
      [['Washington'], 41.3, -91.69, 'US', 'PPLA2', 7_400, 'IA'],
      [['Davenport'], 41.52, -90.58, 'US', 'PPLA2', 100_000, 'IA'],
      [['Paris'], 48.85, 2.35, 'FR', 'PPLC', 2_100_000],
      [['Paris'], 36.3, -88.33, 'US', 'PPLA2', 10_000, 'TN'],
      [['France'], 46.0, 2.0, 'FR', 'PCLI', 0],
      [['Henry County'], 36.33, -88.3, 'US', 'ADM2', 0, 'TN'],
      [['Henry County'], 40.99, -91.54, 'US', 'ADM2', 0, 'IA'],
      [['Platte County'], 41.57, -97.52, 'US', 'ADM2', 0, 'NE'],
      [['Nebraska'], 41.5, -99.8, 'US', 'ADM1', 1_900_000, 'NE'],
      [['Kent'], 51.26, 0.67, 'GB', 'ADM2', 1_600_000, 'ENG'],
      [['Kent'], 47.38, -122.23, 'US', 'PPL', 130_000, 'WA'],
      [['Leicestershire'], 52.68, -1.19, 'GB', 'ADM2', 550_000, 'ENG'],
      [['Warsaw'], 52.23, 21.01, 'PL', 'PPLC', 1_700_000],
      [['Warsaw'], 37.96, -76.76, 'US', 'PPL', 1_500, 'VA'],
      [['Kyiv'], 50.45, 30.52, 'UA', 'PPLC', 2_900_000],
      [['Tappahannock'], 37.93, -76.86, 'US', 'PPLA2', 2_300, 'VA'],
      [['Virginia'], 37.5, -78.8, 'US', 'ADM1', 8_600_000, 'VA'],
      [['Glasgow'], 55.86, -4.26, 'GB', 'PPLA2', 600_000, 'SCT'],
      [['Glasgow'], 36.99, -85.91, 'US', 'PPLA2', 14_000, 'KY'],
      [['Nashville'], 36.17, -86.78, 'US', 'PPLA2', 530_000, 'TN'],
      [['Nashville'], 33.95, -93.85, 'US', 'PPLA2', 4_500, 'AR'],
      [['Little Rock'], 34.75, -92.29, 'US', 'PPLA', 200_000, 'AR'],
      [['Arkansas'], 34.9, -92.4, 'US', 'ADM1', 3_000_000, 'AR'],
    ],
    { russian: 'RU' },
  ),
);

function stateOf(text: string, name: string): string | undefined {
  const place = findPlaces(makeArticle(text), US).find((p) => p.name === name);
  if (!place) return undefined;
  return place.country === 'US' ? `US.${findAdmin1(place.lat!, place.lon!)}` : (place.country ?? undefined);
}

/** The test rows' state by coordinates (Place has no admin-1 field). */
function findAdmin1(lat: number, lon: number): string {
  // prettier-ignore
  const rows: [number, number, string][] = [
    [29.65, -82.32, 'FL'], [33.63, -97.13, 'TX'], [39.96, -83.0, 'OH'], [41.43, -97.37, 'NE'], [36.85, -76.29, 'VA'],
    [42.03, -97.42, 'NE'], [31.76, -95.63, 'TX'], [30.05, -94.34, 'TX'], [42.36, -71.06, 'MA'], [42.63, -78.74, 'NY'],
    [41.34, -75.52, 'PA'], [38.9, -77.04, 'DC'], [41.3, -91.69, 'IA'],
    [36.3, -88.33, 'TN'], [36.33, -88.3, 'TN'], [37.96, -76.76, 'VA'], [36.99, -85.91, 'KY'], [36.17, -86.78, 'TN'],
    [33.95, -93.85, 'AR'],
  ];
  return rows.find(([a, o]) => a === lat && o === lon)?.[2] ?? '?';
}

describe('"Town, ST": a postal code after a town', () => {
  it('names the state and picks the namesake in it', () => {
    const places = findPlaces(makeArticle('Tickets: June 9 – Gainesville, TX @ Civic Arena.'), US);
    expect(places.map((p) => p.name)).toEqual(['Gainesville', 'Texas', 'Civic Arena, Gainesville']);
    expect(stateOf('Tickets: June 9 – Gainesville, TX @ Civic Arena.', 'Gainesville')).toBe('US.TX');
  });
  it("reads the state of a lawmaker's party code, with its dot, and no abbreviation elsewhere", () => {
    const text = 'Sen. Amy Ward, D-Minn., and Rep. Nick Rahall, D-W. Va., met Rep. Ann Cole, R-Texas. Minn. said no.';
    expect(resolveMentions(text, G).map((m) => text.slice(m.candidate.start, m.candidate.end))).toEqual([
      'Minn.',
      'W. Va.',
      'Texas',
    ]);
  });
  it("reads a lawmaker's postal code after the party letter, not inside a longer word", () => {
    const text = 'Rep. Ann Cole (R-TX) and Sen. Tom Reed, D-IN, met. The R-TXT group and DR-TX did not.';
    expect(resolveMentions(text, US).map((m) => text.slice(m.candidate.start, m.candidate.end))).toEqual(['TX', 'IN']);
    // At the end of a sentence too (review27 finding 8); "R-TX.A" is no code.
    const last = 'The bill passed, said Rep. Ann Cole, R-TX. The R-TX.A draft did not.';
    expect(resolveMentions(last, US).map((m) => last.slice(m.candidate.start, m.candidate.end))).toEqual(['TX']);
    expect(findPlaces(makeArticle(text), US).map((p) => [p.name, p.role])).toEqual([
      ['Texas', 'mention'],
      ['Indiana', 'mention'],
    ]);
  });
  it("does not take a lawmaker's state for a neighbour of the story's towns", () => {
    // Elma (Washington) lies far from Scranton and Houston; "(R-WA)" is a seat, not a place of the story.
    const text = 'Officials in Scranton and Houston met. Rep. Ann Cole (R-WA) spoke. A truck from Elma arrived.';
    const names = findPlaces(makeArticle(text), US).map((p) => p.name);
    expect(names).toContain('Washington');
    expect(names).not.toContain('Elma');
    expect(findPlaces(makeArticle(text.replace(' (R-WA)', '')), US).map((p) => p.name)).not.toContain('Elma');
  });
  it('reads an AP abbreviation after a small town opening a dateline', () => {
    const places = findPlaces(makeArticle('ELMA, Wash. (AP) - Crews worked overnight.'), US);
    expect(places.map((p) => [p.name, p.mentions.map((m) => m.end - m.start)])).toEqual([
      ['Elma', [4]],
      ['Washington', [5]],
    ]);
  });
  it('reads a compass word opening a run as part of the next name, not as a small town so named', () => {
    // North, South Carolina (GeoNames: a town of 700) is no reading of "North" before another name.
    const withNorth = loadGazetteer(
      gazetteerText(
        [
          [['Texas'], 31.5, -99.3, 'US', 'ADM1', 30_000_000, 'TX'],
          [['Georgia'], 32.7, -83.4, 'US', 'ADM1', 11_000_000, 'GA'],
          [['North'], 33.62, -81.1, 'US', 'PPL', 700, 'SC'],
        ],
        {},
      ),
    );
    const spans = (text: string) =>
      findPlaces(makeArticle(text), withNorth).map((p) => [p.name, p.mentions.map((m) => text.slice(m.start, m.end))]);
    expect(spans('Storms hit North Texas on Monday.')).toEqual([['North Texas', ['North Texas']]]);
    expect(spans('Storms hit Northeast Georgia on Monday.')).toEqual([['Northeast Georgia', ['Northeast Georgia']]]);
  });
  it('reads a dateline in capitals that opens a sentence after a headline run into the text', () => {
    const names = (text: string) => findPlaces(makeArticle(text), US).map((p) => p.name);
    const story = (opening: string) => names(`Fire guts two homes. ${opening} Texas crews came.`);
    expect(story('GRAPELAND -- A fire destroyed the roof of a house.')).toEqual(['Grapeland', 'Texas']);
    expect(story('Grapeland -- who lost the most -- spoke first.')).toEqual(['Texas']);
    expect(story('GRAPELAND said the roof was lost.')).toEqual(['Texas']);
  });
  it('is read only after a town', () => {
    expect(findPlaces(makeArticle('Boston, IN THE NEWS. Georgia, TX and more.'), US).map((p) => p.name)).toEqual([
      'Boston',
      'Georgia',
    ]);
    expect(findPlaces(makeArticle('Fans in Elkhart, IN cheered.'), US).map((p) => p.name)).toEqual([
      'Elkhart',
      'Indiana',
    ]);
  });
  it('a written state keeps the town in it even against neighbours elsewhere', () => {
    expect(
      stateOf(
        'Deputies from Grapeland, Elkhart and Palestine, Texas drove to Gainesville, FL on Monday.',
        'Gainesville',
      ),
    ).toBe('US.FL');
  });
});

describe('seas', () => {
  it('reads a sea written without "Ocean" as the sea, not a town of its name in the story\'s country', () => {
    const places = findPlaces(makeArticle('Farmers in Iowa and Texas watched storms over the Atlantic.'), US);
    expect(places.find((p) => p.name === 'Atlantic')).toMatchObject({ kind: 'region', lat: 10, country: null });
  });
});

describe('sites and facilities', () => {
  const site = (text: string) => findPlaces(makeArticle(text), US).filter((p) => p.kind === 'site');
  it('places a named venue at the town written beside it, shown as the panel lists it', () => {
    const [arena] = site('Fans gathered at the Civic Arena in Houston on Friday.');
    expect(arena).toMatchObject({
      name: 'Civic Arena, Houston',
      role: 'event',
      lat: 29.76,
      country: 'US',
      confidence: 'medium',
    });
    expect(
      site('June 9 – Boston, MA @ Harbor Pavilion June 10 – Houston, TX @ Civic Arena').map((p) => p.name),
    ).toEqual(['Harbor Pavilion, Boston', 'Civic Arena, Houston']);
  });
  it('reads the venues of a list of dates whatever their words, each at the town its entry names', () => {
    expect(
      site('June 24 -- Jiffy Lube Live, Houston, TX June 26 -- Harbor Park at Fenway, Boston, MA').map((p) => p.name),
    ).toEqual(['Jiffy Lube Live, Houston', 'Harbor Park at Fenway, Boston']);
    expect(
      site('June 9 – Boston, MA @ The Forum June 10 – Houston, TX @ Big Top Live (formerly Big Top Arena)').map(
        (p) => p.name,
      ),
    ).toEqual(['The Forum, Boston', 'Big Top Live, Houston']);
    // A full stop may end a listed venue's name before its town; one entry alone is no list.
    expect(
      site('Sept. 5 -- Lone Star Amphitheatre. Houston, TX Sept. 9 -- Jiffy Lube Live, Boston, MA').map((p) => p.name),
    ).toEqual(['Lone Star Amphitheatre, Houston', 'Jiffy Lube Live, Boston']);
    expect(site('June 24 -- Jiffy Lube Live, Houston, TX').map((p) => p.name)).toEqual([]);
  });
  it("review24 finding 7 guard: a list of dates' entry is no venue when its words describe or name a team", () => {
    // A campaign's or a hearing's schedule: lower-case words make a description, not a venue's name.
    const names = (text: string) => site(text).map((p) => p.name);
    expect(names('Feb. 1 — Town hall meeting, Houston, TX\nFeb. 2 — Rally with supporters, Boston, MA')).toEqual([]);
    expect(names('March 3 – Water rights, Houston, TX\nMarch 10 – Wildfire recovery, Boston, MA')).toEqual([]);
    // A season's schedule: the opponents the names table types as teams are no venues.
    const text = 'Aug. 9 -- Dallas Cowboys, Houston, TX\nAug. 16 -- Chicago Bears, Boston, MA';
    const teams = ['Dallas Cowboys', 'Chicago Bears'].map((t) => ({
      start: text.indexOf(t),
      end: text.indexOf(t) + t.length,
    }));
    const sites = (things: { start: number; end: number }[]) =>
      findPlaces(makeArticle(text), US, { words: new Set(), spans: [], things, teams: things })
        .filter((p) => p.kind === 'site')
        .map((p) => p.name);
    expect(sites([])).toEqual(['Dallas Cowboys, Houston', 'Chicago Bears, Boston']);
    expect(sites(teams)).toEqual([]);
  });
  it("reads the place inside a building's name as where it is, but not inside a street's", () => {
    expect(site('Lawmakers met at the Texas Statehouse.').map((p) => p.name)).toEqual(['Texas Statehouse, Texas']);
    expect(site('HOUSTON (AP) — A crowd gathered on Boston Street.').map((p) => p.name)).toEqual([
      'Boston Street, Houston',
    ]);
  });
  it('reads no town inside a memorial, named for a person, nor a town abroad from all the story names', () => {
    expect(site('Tourists gathered at the Houston Memorial.').map((p) => p.name)).toEqual(['Houston Memorial']);
    // A memorial hospital's first word is its town when the story names no other state ("Glendale Memorial
    // Hospital"), not when the story lies in another state ("Jackson Memorial Hospital" in a Miami story).
    expect(site('He was taken to Houston Memorial Hospital.').map((p) => p.name)).toEqual([
      'Houston Memorial Hospital',
    ]);
    expect(site('Storms hit Texas. He was taken to Houston Memorial Hospital.').map((p) => p.name)).toEqual([
      'Houston Memorial Hospital, Houston',
    ]);
    expect(site('Storms hit Florida. He was taken to Houston Memorial Hospital.').map((p) => p.name)).toEqual([
      'Houston Memorial Hospital',
    ]);
    expect(site('He was taken to Houston General Hospital.').map((p) => p.name)).toEqual([
      'Houston General Hospital, Houston',
    ]);
    // Not placed at Boston, Massachusetts, in an English story (and not listed: no town of the story to guess).
    expect(site('Storms hit Leicestershire. Police closed the Boston Bridge.').map((p) => p.name)).not.toContain(
      'Boston Bridge, Boston',
    );
    expect(site('Storms hit Texas. Police closed the Boston Bridge.').map((p) => p.name)).toEqual([
      'Boston Bridge, Boston',
    ]);
  });
  it('reads a facility named for its purpose, a space centre on the ground, galleries, walls, observatories', () => {
    const names = (text: string) => site(text).map((p) => p.name);
    expect(names('He is held at the Wende Correctional Facility in Houston.')).toEqual([
      'Wende Correctional Facility, Houston',
    ]);
    expect(names('The Acme Facility in Houston hired 200 people.')).toEqual([]);
    expect(names('The core stage was tested at the Stennis Space Center near Houston.')).toEqual([
      'Stennis Space Center, Houston',
    ]);
    expect(names('The crew flew back from the International Space Station to Houston.')).toEqual([]);
    expect(names('She showed her prints at the Photo-Secession Gallery in Boston.')).toEqual([
      'Photo-Secession Gallery, Boston',
    ]);
    expect(names('See our Photo Gallery from Houston.')).toEqual([]);
    expect(names('Crowds prayed at the Western Wall in Houston on Monday.')).toEqual(['Western Wall, Houston']);
    expect(names('Larry Wall spoke in Houston.')).toEqual([]);
    expect(names('Astronomers at the Keck Observatories in Houston saw it.')).toEqual(['Keck Observatories, Houston']);
  });
  it('reads a building whose head opens its name before "of", not a church of a state nor a chamber', () => {
    const names = (text: string) => site(text).map((p) => p.name);
    expect(names('Tourists queued outside the Palace of Houston.')).toEqual(['Palace of Houston, Houston']);
    expect(names('Crowds filled the Museum of Fine Arts in Boston.')).toEqual(['Museum of Fine Arts, Boston']);
    expect(names('The Church of Texas voted to ordain women.')).toEqual([]);
    expect(names('The House of Representatives met in Houston.')).toEqual([]);
  });
  it('reads no work, band, denomination or chamber named "<Head> of <Name>" (review25 finding 4)', () => {
    const names = (text: string) => site(text).map((p) => p.name);
    expect(names('Fans lined up in Boston to see Indiana Jones and the Temple of Doom again on Friday.')).toEqual([]);
    expect(names('Tower of Power played to a full house in Houston on Saturday.')).toEqual([]);
    expect(names('Members of the Church of Jesus Christ of Latter-day Saints gathered in Houston.')).toEqual([]);
    expect(names('He was a deacon at a Church of Christ in Texas for 30 years.')).toEqual([]);
    expect(names('Both Houses of Congress passed the bill in Washington on Friday.')).toEqual([]);
    // a place after "of", or "the" and a building's name, still make a site
    expect(names('Tourists queued outside the Palace of Houston.')).toEqual(['Palace of Houston, Houston']);
    expect(names('Crowds filled the Museum of Fine Arts in Boston.')).toEqual(['Museum of Fine Arts, Boston']);
    expect(names("Visitors toured Texas's Museum of Neon Art on Friday.")).toEqual(['Museum of Neon Art, Texas']);
  });
  it('reads a namesake surname before "Memorial" as the town only with the story\'s support', () => {
    const TOWNS = loadGazetteer(
      gazetteerText(
        [
          [['Glendale'], 33.54, -112.19, 'US', 'PPL', 250_000, 'AZ'],
          [['Jackson'], 32.3, -90.18, 'US', 'PPLA', 150_000, 'MS'],
          [['Lincoln'], 40.81, -96.7, 'US', 'PPLA', 290_000, 'NE'],
          [['Lincoln'], 40.15, -89.36, 'US', 'PPLA2', 14_000, 'IL'],
          [['Illinois'], 40.0, -89.2, 'US', 'ADM1', 12_800_000, 'IL'],
          [['Indiana'], 39.9, -86.3, 'US', 'ADM1', 6_800_000, 'IN'],
          [['Mississippi'], 32.7, -89.7, 'US', 'ADM1', 2_900_000, 'MS'],
        ],
        {},
      ),
    );
    const sites = (text: string) =>
      findPlaces(makeArticle(text), TOWNS)
        .filter((p) => p.kind === 'site')
        .map((p) => p.name);
    // No other place: a town that is no namesake's surname is the site's town, a namesake's is not.
    expect(sites('He was taken to Glendale Memorial Hospital.')).toEqual(['Glendale Memorial Hospital, Glendale']);
    expect(sites('The senator was taken to Jackson Memorial Hospital after a fall, her office said.')).toEqual([
      'Jackson Memorial Hospital',
    ]);
    expect(sites('Traffic was stopped on the Lincoln Memorial Bridge for two hours on Tuesday.')).not.toContain(
      'Lincoln Memorial Bridge, Lincoln',
    );
    // A state named beside another is no support.
    expect(
      sites('Traffic between Indiana and Illinois was stopped on the Lincoln Memorial Bridge for two hours.'),
    ).not.toContain('Lincoln Memorial Bridge, Lincoln');
    // A dateline or a story all in the town's state is.
    expect(sites('JACKSON, Miss. — The senator was taken to Jackson Memorial Hospital after a fall.')).toEqual([
      'Jackson Memorial Hospital, Jackson',
    ]);
    expect(sites('Storms hit Mississippi on Monday. The senator was taken to Jackson Memorial Hospital.')).toEqual([
      'Jackson Memorial Hospital, Jackson',
    ]);
  });
  it('places a site at the state whose possessive opens its name, not at a state named further back', () => {
    expect(site("Visitors flocked to Texas's Quill National Park.").map((p) => [p.name, p.lat])).toEqual([
      ['Quill National Park, Texas', 31.5],
    ]);
    expect(site('Texas sent rangers to the Quill National Park.').map((p) => p.name)).toEqual(['Quill National Park']);
  });
  it('places a site at the town after a comma and a preposition', () => {
    expect(
      site('Fans came from Boston. A fair was held at the Farmers Service Centre, in Houston.').map((p) => p.name),
    ).toEqual(['Farmers Service Centre, Houston']);
  });
  it('reads a site whose head is written in lower case, but not a town before the head', () => {
    expect(site('Lawmakers entered the National Assembly building in Houston.').map((p) => p.name)).toEqual([
      'National Assembly building, Houston',
    ]);
    expect(site('He was taken to Walter Reed hospital in Boston.').map((p) => p.name)).toEqual([
      'Walter Reed hospital, Boston',
    ]);
    expect(site('He died in a Houston hospital. The UN building in Boston was shut.')).toEqual([]);
  });
  it("opens a building's name with the initials and given name before it", () => {
    expect(site('Stars were seen by the W. M. Quill Observatory in Houston.').map((p) => p.name)).toEqual([
      'W. M. Quill Observatory, Houston',
    ]);
    expect(site('He flew from John F. Quill International Airport in Boston.').map((p) => p.name)).toEqual([
      'John F. Quill International Airport, Boston',
    ]);
  });
  it("leaves a sentence that ends in a letter out of the next sentence's building", () => {
    expect(site('He boarded at Gate C. Quill International Airport in Boston was busy.').map((p) => p.name)).toEqual([
      'Quill International Airport, Boston',
    ]);
    expect(site('They chose Plan B. Quill International Airport in Boston was shut.').map((p) => p.name)).toEqual([
      'Quill International Airport, Boston',
    ]);
  });
  it('joins a name that a possessive, an ampersand or a hyphen splits', () => {
    expect(site("He was taken to Saint Mary's Hospital in Houston.").map((p) => p.name)).toEqual([
      "Saint Mary's Hospital, Houston",
    ]);
    expect(site('They played the BB&T Pavilion in Boston.').map((p) => p.name)).toEqual(['BB&T Pavilion, Boston']);
  });
  it("reads a town written right after a building's head as part of its name and where it is", () => {
    expect(site('A secretary at the British Embassy Moscow spoke. Fans came from Boston.').map((p) => p.name)).toEqual([
      'British Embassy Moscow, Moscow',
    ]);
    expect(names('They talked at the British Embassy Moscow.')).toEqual(['British Embassy Moscow']);
    // A month is no town: "Civic Arena March 5" is the arena and a date.
    expect(names('They played at the Civic Arena March 5 in Moscow.')).toEqual(['Civic Arena', 'Moscow']);
  });
  it('keeps a town out of a site in an opening phrase without a comma when the town goes on as the subject', () => {
    // "At Yankee Stadium Boston won": the town is the team that won, not where the stadium is.
    const all = (text: string) => findPlaces(makeArticle(text), US).map((p) => [p.name, p.kind]);
    expect(all('At Yankee Stadium Boston won 5-3 on Sunday.')).toEqual([]);
    expect(all('At the Civic Stadium Houston beat Boston 2-0.')).toEqual([]);
    // With a comma after the town, or no verb after it, the town is still where the site is.
    expect(site('At the British Embassy Moscow, staff worked late.').map((p) => p.name)).toEqual([
      'British Embassy Moscow, Moscow',
    ]);
    expect(site('Staff at the British Embassy Moscow worked late.').map((p) => p.name)).toEqual([
      'British Embassy Moscow, Moscow',
    ]);
  });
  it('leaves out institutions, people, addresses, works and former names; a site with no town is off the map', () => {
    const offMap = (text: string) => site(text).map((p) => [p.name, p.lat]);
    expect(site('The Catholic Church in Houston said so. President Park in Boston spoke.')).toEqual([]);
    expect(site('She lives at 1935 Orchard St. in Houston. The Pew Research Center in Boston agreed.')).toEqual([]);
    expect(
      site('The band played 1972’s Toulouse Street in Houston at Civic Arena (formerly Union Arena).').map(
        (p) => p.name,
      ),
    ).toEqual(['Civic Arena, Houston']);
    expect(site('Wall Street in Boston fell.')).toEqual([]);
    // A team's town before the venue is no sign of where the venue is (two towns named: no guess, no map point).
    expect(offMap('Fans from Boston saw Houston take the title at the Civic Arena.')).toEqual([['Civic Arena', null]]);
    // Known and accepted on the numbers (review 15, finding E): with one town named, even as a team, the venue is
    // guessed there, at low confidence. Vetoing such guesses cost GeoWebNews and LGL more right places than wrong.
    expect(
      site('Boston fans saw Houston take the title at the Civic Arena.').map((p) => [p.name, p.confidence]),
    ).toEqual([['Civic Arena, Houston', 'low']]);
    expect(offMap('Fans packed the Civic Arena on Friday.')).toEqual([]);
    expect(offMap('Fans packed into the Civic Arena on Friday.')).toEqual([['Civic Arena', null]]);
  });
  it("gives the place after a site the site's role: it says where the site is", () => {
    const roles = (text: string) => Object.fromEntries(findPlaces(makeArticle(text), US).map((p) => [p.name, p.role]));
    // The hospital, only a workplace, is no place (gold C4); where it is stays one.
    expect(roles('Dr. Lee, a surgeon at the Civic Hospital in Texas, read the scan.')).toEqual({ Texas: 'mention' });
    expect(roles('Fans gathered at the Civic Arena in Houston.')).toEqual({
      'Civic Arena, Houston': 'event',
      Houston: 'event',
    });
  });
  it('makes the town an event place when something happened at its site', () => {
    const roles = Object.fromEntries(
      findPlaces(makeArticle('BOSTON (AP) — Fans gathered at the Civic Arena on Friday.'), US).map((p) => [
        p.name,
        p.role,
      ]),
    );
    expect(roles).toEqual({ Boston: 'event', 'Civic Arena, Boston': 'event' });
  });
  it('places a street, hospital or church named without its town at the town the story names most', () => {
    const text = 'Houston police said a man was shot on Grant Street. He died at Saint Luke Hospital. Houston mourned.';
    const places = findPlaces(makeArticle(text), US);
    expect(places.filter((p) => p.kind === 'site').map((p) => [p.name, p.confidence])).toEqual([
      ['Grant Street, Houston', 'low'],
      ['Saint Luke Hospital, Houston', 'low'],
    ]);
    // The guess does not make the town an event place.
    expect(places.find((p) => p.name === 'Houston')?.role).toBe('mention');
  });
  it('places any site at the only town a story names', () => {
    expect(site('Houston police said fans packed the Civic Arena. Houston mourned.').map((p) => p.name)).toEqual([
      'Civic Arena, Houston',
    ]);
  });
  it("reads an organisation's unit and a name in capitals as no site", () => {
    expect(site("Houston police said the Rice University's Baker Center agreed. Houston mourned.")).toEqual([]);
    expect(site('Houston police said so. Photo: SCIENCE PHOTO LIBRARY. Houston mourned.')).toEqual([]);
  });
  it('guesses no town for a venue, for a title-like "The X", nor when two towns are named as often', () => {
    const offMap = (text: string) => site(text).map((p) => [p.name, p.lat, p.country]);
    expect(offMap('Houston police said fans packed the Civic Arena. Boston police agreed.')).toEqual([]);
    expect(offMap('Houston police said the film was shot at The Square. Houston mourned.')).toEqual([]);
    expect(offMap('Fans from Houston and Boston cheered. They met on Grant Street.')).toEqual([
      ['Grant Street', null, null],
    ]);
  });
  it('lists a site with no town off the map only where it reads as a place (not a body, a title or a longer name)', () => {
    const offMap = (text: string) => site(text).map((p) => [p.name, p.role, p.lat]);
    expect(offMap('Fireworks went off inside Civic Arena after the match.')).toEqual([['Civic Arena', 'event', null]]);
    expect(offMap('The patient was taken to Grant Memorial Hospital on Friday.')).toEqual([
      ['Grant Memorial Hospital', 'event', null],
    ]);
    expect(offMap('Guidance from the Grant Memorial Hospital says to rest.')).toEqual([]);
    expect(offMap('Fans ate at the stall selling Civic Arena Nachos.')).toEqual([]);
    expect(offMap('Troops massed on the Syrian border.')).toEqual([]);
  });
  it('lists land and water the gazetteer lacks off the map, leaving known places with a land word alone', () => {
    const listed = (text: string) => findPlaces(makeArticle(text), US).map((p) => [p.name, p.kind, p.lat]);
    expect(listed('Ferries to Fire Island stopped. Fishing on Lake Lanier resumed.')).toEqual([
      ['Fire Island', 'site', null],
      ['Lake Lanier', 'site', null],
    ]);
    expect(listed('Crews cleared the Neches River Valley near Palestine, Texas.').slice(0, 1)).toEqual([
      ['Neches River Valley', 'site', null],
    ]);
    // A known place with its land word stays that place; a body named after a lake is no lake.
    expect(listed('Snow fell in the Houston Valley.')).toEqual([['Houston Valley', 'city', 29.76]]);
    expect(listed('The Lake Lanier Area Development District met.')).toEqual([]);
    expect(listed('She is a graduate of Mount Holyoke.')).toEqual([]);
  });
  it('keeps a compass initial, a complex and a possessive head in a site read whole', () => {
    const spans = (text: string) => site(text).map((p) => p.mentions.map((m) => text.slice(m.start, m.end)).join('|'));
    expect(spans('Police in Houston were called to the 400 block of N. Bedford Drive.')).toEqual(['N. Bedford Drive']);
    expect(spans('Workers at the Texas Capitol Complex in Houston were tested.')).toEqual(['Texas Capitol Complex']);
    expect(spans("Tests of the Texas Capitol Complex's water in Houston came back clean.")).toEqual([
      'Texas Capitol Complex',
    ]);
  });
  it('reads each name before a plural street head as a street of its own', () => {
    const streets = (text: string) =>
      site(text).map((p) => p.mentions.map((m) => text.slice(m.start, m.end)).join('|'));
    expect(streets('In Houston, he collapsed at the corner of State and Hubbard streets.')).toEqual([
      'State',
      'Hubbard',
    ]);
    expect(streets('In Houston, crews closed Lakeview, Elm & Harrison avenues.')).toEqual([
      'Lakeview',
      'Elm',
      'Harrison',
    ]);
    // One name, or names not joined by "and": no pair.
    expect(streets('In Houston, the Elm streets festival and Smith, Jones streets fair.')).toEqual([]);
  });
  it('lists a road named by its number off the map', () => {
    const roads = (text: string) => site(text).map((p) => [p.name, p.lat]);
    expect(roads('A truck overturned on Highway 19 and later on I-75.')).toEqual([
      ['Highway 19', null],
      ['I-75', null],
    ]);
    expect(roads('He drove on FM 645 near Houston.')).toEqual([['FM 645', null]]);
    // Not a road: lower case, a list, a two-letter word not in capitals.
    expect(roads('The highway 19 miles away, Route, 9 lanes; Cr 5 units.')).toEqual([]);
  });
  it("reads a work's title and a body named after a site as no site", () => {
    expect(
      site('Houston fans cheered as the band played its albums Grant Street and Blue Sky. Houston danced.'),
    ).toEqual([]);
    expect(site('In Houston, the Civic Hospital Police made an arrest.')).toEqual([]);
  });
});

describe('rooms and wings of the White House', () => {
  const sites = (text: string) =>
    findPlaces(makeArticle(text), G)
      .filter((p) => p.kind === 'site')
      .map((p) => [p.name, p.lat]);
  it('places them in Washington in a story about the president, not when they speak or title a series', () => {
    expect(sites('The president met Liu He in the Oval Office. Many in the West Wing agreed.')).toEqual([
      ['Oval Office, Washington', 38.9],
      ['West Wing, Washington', 38.9],
    ]);
    expect(sites('The Oval Office said no, the White House said. She starred in The West Wing.')).toEqual([]);
    // Not the White House's: listed by its name alone, off the map.
    expect(sites('The club president saw roses in the Rose Garden of the town park.')).toEqual([['Rose Garden', null]]);
    expect(sites('The White House said the president spoke in the Rose Garden.')).toEqual([
      ['Rose Garden, Washington', 38.9],
    ]);
  });
  it('reads a seat of power after a preposition of place as a site in its capital, elsewhere as the government', () => {
    expect(sites('He testified about a meeting at the White House. Protesters gathered outside the Kremlin.')).toEqual([
      ['White House, Washington', 38.9],
      ['Kremlin, Moscow', 55.75],
    ]);
    // The government acting, or the office held: no site.
    expect(sites('The White House said no. A letter to the Kremlin went unanswered.')).toEqual([]);
    expect(sites('A Democrat in the White House could sign the bill.')).toEqual([]);
  });
});

describe('borders', () => {
  it('places a border at the town written after it, its countries staying places of their own', () => {
    const text = 'Troops visited the Kazakhstan-Pakistan border near Aktau. Seizures on the Syrian border rose.';
    expect(findPlaces(makeArticle(text), G).map((p) => [p.name, p.kind])).toEqual([
      ['Kazakhstan', 'country'],
      ['Kazakhstan-Pakistan border, Aktau', 'site'],
      ['Pakistan', 'country'],
      ['Aktau', 'city'],
    ]);
  });
  it('reads a side of two words whole, and no border out of the end of a longer name (review 16)', () => {
    const sites = (text: string) =>
      findPlaces(makeArticle(text), G)
        .filter((p) => p.kind === 'site')
        .map((p) => p.name);
    expect(sites('Troops visited the United States-Mexico border near Aktau.')).toEqual([
      'United States-Mexico border, Aktau',
    ]);
    expect(sites('Troops massed on the New Mexico border near Aktau.')).toEqual([]);
  });
});

describe('villages the gazetteer lacks', () => {
  const found = (text: string) =>
    findPlaces(makeArticle(text), G).map((p) => [p.name, p.kind, p.confidence, p.lat, p.mentions.length]);
  it('reads a village from the word that says so and places it at the town beside it, also when named again', () => {
    expect(found('Shells hit the villages of Nuli and Avnevi near Moscow. Back in Nuli, people fled.')).toEqual([
      ['Nuli', 'city', 'low', 55.75, 2],
      ['Avnevi', 'city', 'low', 55.75, 1],
      ['Moscow', 'city', 'high', 55.75, 1],
    ]);
    expect(found('Ali Khan, a farmer of Baroipara village under Paba Upazila, sells gourds in Almaty.')).toEqual([
      ['Baroipara', 'city', 'low', 43.25, 1],
      ['Paba', 'city', 'low', 43.25, 1],
      ['Almaty', 'city', expect.any(String), 43.25, 1],
    ]);
  });
  it('reads a name the gazetteer lacks, written with the country, state or city that holds it, as a place there', () => {
    const at = (text: string) => findPlaces(makeArticle(text), G).map((p) => [p.name, p.lat]);
    // Its country says where it is, but gives no point: listed off the map, not at another town of the story.
    expect(at('He was hurt in 2004 in Taji, Pakistan. He now lives in Almaty.')).toEqual([
      ['Taji', null],
      ['Pakistan', 30],
      ['Almaty', 43.25],
    ]);
    expect(at('The outbreak began in Greenlane, Almaty, and in Kurmangazy, Texas.')).toEqual([
      ['Greenlane', 43.25],
      ['Almaty', 43.25],
      ['Kurmangazy', 31.5],
      ['Texas', 31.5],
    ]);
    // Not a source or an organisation before its city ("according to …", "… Agency").
    const names = (text: string) => findPlaces(makeArticle(text), G).map((p) => p.name);
    expect(
      names('According to Xinhua, Moscow was flooded. A reporter of Kazinform Agency, Almaty, was there.'),
    ).toEqual(['Moscow', 'Almaty']);
    // Nor a firm after "at", "of" or "from": a company is written with its city far more often than a village.
    expect(names('said Anna Berg, an economist at Jefferies, Almaty, on Tuesday.')).toEqual(['Almaty']);
    expect(names('It was approved by shareholders of Baker Hughes, Texas, on Friday.')).toEqual(['Texas']);
    expect(names('A letter from Kurmangazy, Almaty, arrived.')).toEqual(['Almaty']);
  });
  it('reads no village or site from a word that describes one (review 16)', () => {
    const names = (text: string) => findPlaces(makeArticle(text), G).map((p) => p.name);
    expect(names('Flooding hit Moscow and the Gulf area on Monday.')).toEqual(['Moscow']);
    expect(names('In Moscow, the Black neighborhood flooded. Black residents said they were ignored.')).toEqual([
      'Moscow',
    ]);
    expect(names('He grew up in a remote Himalayan village near Moscow.')).toEqual(['Moscow']);
    // Named outright after "the village of", a name may end like an adjective.
    expect(names('Shells hit the village of Bilic near Moscow.')).toEqual(['Bilic', 'Moscow']);
    expect(names('Rescuers reached a Siberian village near Moscow on Monday.')).toEqual(['Moscow']);
    expect(names('In Moscow, the Gothic cathedral reopened, and worshippers met at the Hindu temple.')).toEqual([
      'Moscow',
    ]);
  });
  it('reads a locality from the area word after it and a village from its description, placed where they lie', () => {
    const at = (text: string) => findPlaces(makeArticle(text), G).map((p) => [p.name, p.lat]);
    expect(at('Shots rang out in the Hardeetown area of Almaty on Friday, and in Moscow.')).toEqual([
      ['Hardeetown', 43.25],
      ['Almaty', 43.25],
      ['Moscow', 55.75],
    ]);
    expect(at('Kasba Bonli, a market town in Texas, grew. Moscow and Almaty did not.')[0]).toEqual([
      'Kasba Bonli',
      31.5,
    ]);
    expect(at('Trade in the Schengen area and in the Shiite area of Almaty rose.')).toEqual([['Almaty', 43.25]]);
  });
  it('reads a US civil township, its word part of the name, even one named after a person', () => {
    const at = (text: string) => findPlaces(makeArticle(text), G).map((p) => [p.name, p.lat]);
    expect(at('She was born in Jackson Township near Almaty and moved to Moscow.')[0]).toEqual([
      'Jackson Township',
      43.25,
    ]);
  });
  it('takes no peoples, faiths, capitalised village names or known places for a village', () => {
    const names = (text: string) => findPlaces(makeArticle(text), G).map((p) => p.name);
    expect(names('A Kurdish village near Moscow was hit. The Olympic village in Moscow opened.')).toEqual(['Moscow']);
    expect(names('He lives in Falls Village near Moscow.')).toEqual(['Moscow']);
    expect(names('Fans reached the town of Aktau.')).toEqual(['Aktau']);
  });
});

describe('confidence', () => {
  const conf = (text: string, name: string) =>
    findPlaces(makeArticle(text), US).find((p) => p.name === name)?.confidence;
  it('high for a name with one reading whose role a rule decided', () => {
    expect(conf('Shops in Houston reopened.', 'Houston')).toBe('high');
  });
  it('high for a small town pinned by its written state', () => {
    expect(conf('Shops in Gainesville, TX reopened.', 'Gainesville')).toBe('high');
  });
  it('low for a small town with distant namesakes and nothing pinning it', () => {
    expect(conf('Deputies from Elkhart and Grapeland drove on Monday.', 'Elkhart')).toBe('low');
  });
  it("medium for an ambiguous big town the story's context chose", () => {
    expect(conf('Shops in Gainesville reopened on Monday.', 'Gainesville')).toBe('medium');
  });
});

describe('compass words before a place', () => {
  it.each([
    ['a compass word joins the span of a state', 'Schools in Northeast Georgia reopened.', ['Northeast Georgia']],
    ['a compass part of a continent is a region of its own', 'The outbreak spread in East Africa.', []],
    ['a compass word alone is no place', 'Schools in the North reopened.', []],
    ['a part of town before a town leaves the town its span', 'He was shot in Downtown Boston.', ['Boston']],
    ['a part of town that is also a town', 'Fans met in Midtown Boston.', ['Boston']],
  ])('%s', (_label, text, expected) => {
    expect(resolveMentions(text, US).map((m) => text.slice(m.candidate.start, m.candidate.end))).toEqual(expected);
  });
});

describe("resolution by the story's other names", () => {
  it.each([
    [
      'a state named elsewhere in the story picks its namesake',
      'Shops in Gainesville reopened. Texas lifted the order on Monday.',
      'Gainesville',
      'US.TX',
    ],
    ['without context the bigger namesake wins', 'Shops in Gainesville reopened on Monday.', 'Gainesville', 'US.FL'],
    [
      'two names with namesakes near each other pick them',
      'The Columbus council met officials from Norfolk on Monday.',
      'Columbus',
      'US.NE',
    ],
    [
      'the neighbour of a neighbour is picked too',
      'The Columbus council met officials from Norfolk on Monday.',
      'Norfolk',
      'US.NE',
    ],
    [
      'a country-named town among small neighbours is the town',
      'Deputies from Elkhart and Grapeland drove to Palestine on Monday.',
      'Palestine',
      'US.TX',
    ],
    [
      'a big city nearby does not turn a country into a town',
      'Exporters in Houston ship rice to China every week.',
      'China',
      'CN',
    ],
    [
      'a world city is no sign that the story is local to its state',
      'Fans flew from New York City to Boston on Monday.',
      'Boston',
      'US.MA',
    ],
    [
      'context alone does not carry a village past a world capital',
      'Officials in Scranton and Dunmore watched the news from Moscow.',
      'Moscow',
      'RU',
    ],
    [
      'a world city of a country the story names beats a village its neighbours favour',
      'Texas deputies from Elkhart, Grapeland and Houston, Texas read in Texas news about Russian envoys in Moscow.',
      'Moscow',
      'RU',
    ],
    [
      "a national capital beats a village its neighbours favour, in a story naming the capital's country",
      'Voters in Davenport said Washington has forgotten Iowa.',
      'Washington',
      'US.DC',
    ],
    [
      'a world capital beats a village its neighbours favour when the story names a big city abroad near it',
      'Virginia officials in Tappahannock said the talks in Warsaw followed a call to Kyiv.',
      'Warsaw',
      'PL',
    ],
    [
      'a village its neighbours favour, with nothing abroad near the world capital',
      'Virginia officials in Tappahannock said the talks in Warsaw went well.',
      'Warsaw',
      'US.VA',
    ],
    [
      'a county the story names keeps its town against a world capital with a big city abroad near it',
      'Deputies in Paris arrested a man who had flown in from Kyiv, the Henry County sheriff said.',
      'Paris',
      'US.TN',
    ],
    [
      'the country the story names outweighs the county it names',
      'The Henry County sheriff said the suspect had flown home from Paris after a holiday in France.',
      'Paris',
      'FR',
    ],
    [
      "the nation's own capital over a village in the county the story names",
      'Henry County farmers said Washington has forgotten Iowa.',
      'Washington',
      'US.DC',
    ],
    [
      "a world capital with a big city abroad near it, when the county the story names is not the town's",
      'Iowa deputies said the man in Paris had flown in from Kyiv, the Henry County sheriff said.',
      'Paris',
      'FR',
    ],
    [
      'a state the story keeps naming does not keep its village against a world capital with a big city abroad near it',
      'Virginia officials said the talks in Warsaw followed a call to Kyiv. Virginia police agreed. Virginia pays.',
      'Warsaw',
      'PL',
    ],
    [
      'a big city abroad, in a region the story names, beats a village its neighbours favour',
      'She moved from Scotland to Nashville, but her songs are about Glasgow.',
      'Glasgow',
      'GB',
    ],
    [
      'a big city of the country beats a village in a state the story names once',
      'She flew to Nashville after a show in Little Rock, Arkansas.',
      'Nashville',
      'US.TN',
    ],
    [
      'a village in the state the story keeps naming beats a big city of its name',
      'Arkansas lawmakers met in Little Rock. Arkansas farmers near Nashville lost their crops.',
      'Nashville',
      'US.AR',
    ],
    [
      'the courts and police of a county and a state, named after them, tell where the story is',
      'A Columbus woman was fined by the Platte County District Court after the Nebraska State Patrol stopped her.',
      'Columbus',
      'US.NE',
    ],
    [
      "a country's own name votes for no namesake town's state",
      'Refugees reached Brazil, the agency told reporters in Geneva.',
      'Geneva',
      'CH',
    ],
  ])('%s', (_label, text, name, area) => {
    expect(stateOf(text, name)).toBe(area);
  });
});

describe("a small town far from all the story's other places", () => {
  // The build writes the areas before the towns (scripts/data/build-gazetteer.ts); so does this gazetteer.
  const LOCAL = loadGazetteer(
    gazetteerText(
      [
        [['Virginia'], 37.5, -78.8, 'US', 'ADM1', 8_600_000, 'VA'],
        [['Texas'], 31.5, -99.3, 'US', 'ADM1', 30_000_000, 'TX'],
        [['Alaska'], 64, -150, 'US', 'ADM1', 730_000, 'AK'],
        [['Manassas'], 38.75, -77.47, 'US', 'PPL', 41_000, 'VA'],
        [['Gainesville'], 38.8, -77.61, 'US', 'PPL', 11_000, 'VA'],
        [['Centreville'], 38.84, -77.43, 'US', 'PPL', 71_000, 'VA'],
        [['Houston'], 29.76, -95.36, 'US', 'PPLA2', 2_300_000, 'TX'],
        [['Brookfield'], 33.2, -89.9, 'US', 'PPL', 1_000, 'MS'],
        [['Laconia'], 43.53, -71.47, 'US', 'PPLA2', 16_000, 'NH'],
      ],
      {},
    ),
  );
  const where = (text: string) =>
    findPlaces(makeArticle(text), LOCAL).map((p) => `${p.name} ${p.country} ${p.kind} ${p.confidence}`);
  it('is a place the gazetteer lacks in the one state the others lie in', () => {
    const text = 'Homes in Manassas and Centreville sold fast. Shoppers drive to Brookfield and Gainesville.';
    expect(where(text)).toContain('Brookfield US city low');
    const [mention] = resolveMentions(text, LOCAL).filter((m) => m.candidate.key === 'brookfield');
    expect([mention.inState, mention.id]).toEqual([true, 0]);
  });
  it('is left out when the others lie in several states', () => {
    const text = 'Buyers from Manassas and Houston met at Brookfield on Monday.';
    expect(resolveMentions(text, LOCAL).map((m) => m.candidate.key)).toEqual(['manassas', 'houston']);
  });
  it('stays where it is when only one other place is named', () => {
    const text = 'A Laconia man was found in Alaska. Laconia police said he left Laconia in May.';
    expect(where(text)[0]).toBe('Laconia US city high');
  });
});

// Namesakes in and out of the state a story names (coordinates and sizes rounded from GeoNames).
describe('the state the story names', () => {
  const STATES = loadGazetteer(
    gazetteerText(
      [
        [['Indiana'], 39.9, -86.3, 'US', 'ADM1', 6_800_000, 'IN'],
        [['Indiana'], 40.62, -79.15, 'US', 'PPLA2', 14_000, 'PA'],
        [['Richmond'], 37.55, -77.46, 'US', 'PPLA', 226_000, 'VA'],
        [['Richmond'], 39.83, -84.89, 'US', 'PPLA2', 36_000, 'IN'],
        [['West Virginia'], 38.5, -80.5, 'US', 'ADM1', 1_800_000, 'WV'],
        [['Lewisburg'], 37.8, -80.45, 'US', 'PPLA2', 3_900, 'WV'],
        [['Lewisburg'], 35.45, -86.79, 'US', 'PPLA2', 11_500, 'TN'],
        [['Greenbrier'], 36.43, -86.8, 'US', 'PPL', 6_700, 'TN'],
        [['Greenbrier'], 35.23, -92.39, 'US', 'PPL', 5_300, 'AR'],
        [['Ohio'], 40.3, -82.8, 'US', 'ADM1', 11_800_000, 'OH'],
        [['Columbus'], 39.96, -83.0, 'US', 'PPLA', 905_000, 'OH'],
        [['Louisville'], 38.25, -85.76, 'US', 'PPLA2', 244_000, 'KY'],
        [['Louisville'], 40.84, -81.26, 'US', 'PPL', 9_100, 'OH'],
        [['Shelbyville'], 38.21, -85.22, 'US', 'PPLA2', 16_000, 'KY'],
        [['Shelbyville'], 35.48, -86.46, 'US', 'PPLA2', 21_000, 'TN'],
        [['Shelbyville'], 39.52, -85.78, 'US', 'PPLA2', 19_000, 'IN'],
        [['Shelbyville'], 39.41, -88.79, 'US', 'PPLA2', 4_700, 'IL'],
      ],
      {},
    ),
  );
  const state = (text: string, name: string) => {
    const place = findPlaces(makeArticle(text), STATES).find((p) => p.name === name);
    return place && `${place.lat},${place.lon}`;
  };
  it('reads a state named inside the name of its police as where a small town named bare lies', () => {
    const text = 'The Indiana State Police bomb squad went to an east-side Richmond storage unit on Monday.';
    expect(state(text, 'Richmond')).toBe('39.83,-84.89');
  });
  it("places a bare small town in the state the story names again and again, over a namesake's neighbours", () => {
    const text = 'West Virginia crews came. West Virginia roads closed. Schools in Lewisburg and Greenbrier shut.';
    expect(state(text, 'Lewisburg')).toBe('37.8,-80.45');
  });
  it("keeps a big city of the country over a village in the story's state", () => {
    const text = 'Schools in Ohio closed on Friday. Ohio fans flew to Louisville and Shelbyville for the semifinal.';
    expect(state(text, 'Louisville')).toBe('38.25,-85.76');
  });
});

describe('a name whose first word is abbreviated', () => {
  const MOUNTS = loadGazetteer(
    gazetteerText(
      [
        [['Mount Pleasant', 'Mt. Pleasant'], 32.79, -79.86, 'US', 'PPL', 81_000, 'SC'],
        [['Mount Pleasant'], 40.96, -91.56, 'US', 'PPLA2', 8_700, 'IA'],
        [['Des Moines'], 41.6, -93.61, 'US', 'PPLA', 210_000, 'IA'],
      ],
      {},
    ),
  );
  it('reads "Mt." as "Mount": every Mount Pleasant is in the running, not only those listed with the short form', () => {
    const [place] = findPlaces(makeArticle('Students in Mt. Pleasant and Des Moines cheered.'), MOUNTS);
    expect([place.name, place.lat]).toEqual(['Mount Pleasant', 40.96]);
  });
});

describe('a list of counties', () => {
  const COUNTIES = loadGazetteer(
    gazetteerText(
      [
        [['Texas'], 31.5, -99.3, 'US', 'ADM1', 30_000_000, 'TX'],
        [['Anderson'], 34.5, -82.65, 'US', 'PPLA2', 27_000, 'SC'],
        [['Anderson County'], 31.81, -95.65, 'US', 'ADM2', 0, 'TX'],
        [['Cherokee'], 36.75, -98.36, 'US', 'PPL', 1_500, 'OK'],
        [['Cherokee County'], 31.85, -95.2, 'US', 'ADM2', 0, 'TX'],
        [['Indiana'], 39.9, -86.3, 'US', 'ADM1', 6_800_000, 'IN'],
        [['Indiana County'], 40.65, -79.09, 'US', 'ADM2', 0, 'PA'],
      ],
      {},
    ),
  );
  const where = (text: string) =>
    findPlaces(makeArticle(text), COUNTIES).map((p) => `${p.name} ${p.kind} ${p.lat},${p.lon}`);
  it('reads each name of a list closed by "counties" as the county of that name', () => {
    expect(where('A refuge was set up in Anderson and Cherokee counties in Texas.')).toEqual([
      'Anderson region 31.81,-95.65',
      'Cherokee region 31.85,-95.2',
      'Texas region 31.5,-99.3',
    ]);
  });
  it('keeps a state\'s name before "counties" the state', () => {
    expect(where('Rain fell in Indiana on Monday, and in Indiana and Texas counties on Tuesday.')).toEqual([
      'Indiana region 39.9,-86.3',
      'Texas region 31.5,-99.3',
    ]);
  });
});

describe('a name written with its state or country', () => {
  const placed = (text: string) =>
    findPlaces(makeArticle(text), US).map((p) => `${p.name} ${p.country} ${p.mentions.length}`);
  it('keeps that reading for its later bare mentions', () => {
    const text = 'Shops in Gainesville, Texas reopened. Florida officials said Gainesville had lifted the order.';
    expect(placed(text)).toContain('Gainesville US 2');
    expect(stateOf(text, 'Gainesville')).toBe('US.TX');
  });
  it('places a town the gazetteer lacks in the written country there, not at a namesake abroad', () => {
    const [fife] = findPlaces(makeArticle('Swans died in Fife, Scotland on Monday.'), US);
    expect([fife.name, fife.country, fife.kind, fife.confidence]).toEqual(['Fife', 'GB', 'city', 'low']);
  });
  it('keeps a US county (no size) above a foreign town of the same name', () => {
    const places = findPlaces(makeArticle('Officials in Norfolk County said the roads were closed on Monday.'), G);
    expect(places.find((p) => p.name === 'Norfolk County')?.country).toBe('US');
  });
  it('reads a town and the county named with it as the pair that lie together, for the whole story', () => {
    const text = 'Paris and Henry County is rich in history. A Paris man was arrested on Sunday.';
    expect(placed(text)).toEqual(['Paris US 2', 'Henry County US 1']);
    expect([stateOf(text, 'Paris'), stateOf(text, 'Henry County')]).toEqual(['US.TN', 'US.TN']);
  });
  it('reads a town and a county named apart, even inside the name of a court, as the pair that lie together', () => {
    const court = 'A Paris man was arrested on Sunday. He will appear in Henry County General Sessions Court.';
    expect(stateOf(court, 'Paris')).toBe('US.TN');
    expect(stateOf('Storms hit Henry County. Schools in Paris closed on Monday.', 'Paris')).toBe('US.TN');
  });
  it('takes no county for a partner in a state the story speaks against', () => {
    const text = 'Iowa lawmakers met. Storms hit Henry County. Flights to Paris were cancelled.';
    expect(stateOf(text, 'Paris')).toBe('FR');
  });
  it('weighs a county against the towns of its name abroad (Kent, England; Kent, Washington)', () => {
    const where = (text: string) => findPlaces(makeArticle(text), US).find((p) => p.name === 'Kent')?.country;
    expect(where('Races at Oakfield, Kent and Millbrook, Leicestershire follow.')).toBe('GB');
    expect(where('Roads in Kent and Elma were flooded on Monday.')).toBe('US');
    expect(where('Storms hit Iowa on Sunday and Kent on Monday.')).toBe('US');
  });
  it('reads a comma in a list as no container', () => {
    expect(placed('Trips to Saipan, Guam, Alaska and Texas are planned.')[0]).toBe('Saipan MP 1');
  });
});

describe('roles', () => {
  it.each([
    ['dateline', 'NUR-SULTAN (Agency) - Protests began in Aktau.', 'Nur-Sultan', 'dateline'],
    [
      'dateline of a story with no other event place is the event',
      'NUR-SULTAN (Agency) - Officials met.',
      'Nur-Sultan',
      'event',
    ],
    ['object of an action verb', 'The president is visiting Kazakhstan this week.', 'Kazakhstan', 'event'],
    ['place naming an event', 'The Almaty protests drew thousands.', 'Almaty', 'event'],
    ['event after a locative', 'Protests began in Aktau on Sunday.', 'Aktau', 'event'],
    ['event in a list after an event', 'Protests began in Aktau and Zhanaozen.', 'Zhanaozen', 'event'],
    ['event with filler words', 'Clashes broke out in the oil town of Zhanaozen.', 'Zhanaozen', 'event'],
    ['plain mention', 'Kazakhstan is a large country.', 'Kazakhstan', 'mention'],
    ['dateline and event is event', 'ALMATY (Agency) - Police fired shots in Almaty.', 'Almaty', 'event'],
    ['birthplace', 'The singer, who was born in Almaty, sang in Paris.', 'Almaty', 'mention'],
    ['a home someone has there, in a part', 'He owns a villa in the south of Kazakhstan.', 'Kazakhstan', 'mention'],
    ['a home someone lost there is news', 'The family has lost its home in Almaty to the flood.', 'Almaty', 'event'],
    [
      'where someone is based, "around"',
      'Jo Lee is based around Almaty. Protests began in Aktau.',
      'Almaty',
      'mention',
    ],
    [
      "a place's market moving by a figure",
      "Kazakhstan's KASE Index (KASE) fell 0.5% on Monday.",
      'Kazakhstan',
      'event',
    ],
    [
      'a company the place names is no market',
      "Kazakhstan's Kazatomprom fell 2% after the recall, traders said.",
      'Kazakhstan',
      'mention',
    ],
    ['an index named in lower case is a market', "Kazakhstan's KASE index rose 1.2% on Monday.", 'Kazakhstan', 'event'],
    [
      'a party declining to comment is no market',
      "Kazakhstan's Nur Otan Party declined to comment.",
      'Kazakhstan',
      'mention',
    ],
    ['what befell the place, as its subject', 'Kazakhstan was rocked by protests on Sunday.', 'Kazakhstan', 'event'],
    ['what the place lived through', 'Kazakhstan has witnessed months of unrest.', 'Kazakhstan', 'event'],
    [
      'a state that saw something as something acts',
      'Kazakhstan saw the move as a provocation.',
      'Kazakhstan',
      'mention',
    ],
    ['a state seeing no evidence acts', 'Kazakhstan has seen no evidence of it.', 'Kazakhstan', 'mention'],
    [
      'a state hit with tariffs is their party',
      'Kazakhstan was hit with new tariffs by Russia.',
      'Kazakhstan',
      'mention',
    ],
    ['a place hosting a gathering', 'Kazakhstan hosted the summit last year.', 'Kazakhstan', 'event'],
    ['seen as something is no happening', 'Kazakhstan is seen as a partner.', 'Kazakhstan', 'mention'],
    ['an assault on the place', "The attack on Almaty's airport killed 17 people.", 'Almaty', 'event'],
    ['driven into a place', 'The storm slammed into Aktau on Monday.', 'Aktau', 'event'],
    ['setting out from a place', 'The plane, which took off from Almaty, crashed minutes later.', 'Almaty', 'event'],
    [
      'researchers and where their institution is',
      'Researchers at the Zeldovich Research Center in Aktau found ice.',
      'Aktau',
      'mention',
    ],
    ['a comparison said again by "those"', 'Prices in Almaty are twice those in Kazakhstan.', 'Kazakhstan', 'mention'],
    ['help sent to those in a place is no comparison', 'The charity sent food to those in Aktau.', 'Aktau', 'event'],
    ['far from a bad state is none', 'Kazakhstan is still far from default, officials said.', 'Kazakhstan', 'mention'],
    ['seat of a company', 'The firm is headquartered in Almaty. Protests began in Aktau.', 'Almaty', 'mention'],
    [
      'seat of an institution',
      'Jo Lee, a lecturer at the University of Almaty in Kazakhstan, wrote it.',
      'Kazakhstan',
      'mention',
    ],
    ['description in apposition', 'Jo Lee, a psychologist in Almaty who writes, said so.', 'Almaty', 'mention'],
    ['comparison', 'Prices rose faster than in Kazakhstan.', 'Kazakhstan', 'mention'],
    ['ranking within a place', 'It is the largest company in Kazakhstan.', 'Kazakhstan', 'mention'],
    ['a planned happening is reported there', 'The band will tour next year, starting in Almaty.', 'Almaty', 'event'],
    ['a plan called off before the place', 'The band postponed its tour, starting in Almaty.', 'Almaty', 'mention'],
    ['a possibility is no plan', 'Officials warned that the unrest could spread to Almaty.', 'Almaty', 'mention'],
    [
      'a modal says so of its own clause only, not past a comma',
      'Fuelling talk that the plan might work, the leader, who has been receiving treatment in Almaty, returned.',
      'Almaty',
      'event',
    ],
    ['a condition holds across its comma', 'If elected, she would travel to Almaty.', 'Almaty', 'mention'],
    [
      "a reporting aside between commas does not end the modal's clause",
      'The unrest could, officials warned, spread to Almaty within days.',
      'Almaty',
      'mention',
    ],
    [
      "a reporting aside after the modal's verb ends its clause at its comma",
      'The talks may collapse, diplomats warned, after troops entered Almaty.',
      'Almaty',
      'event',
    ],

    ['"May" is a month, not a possibility', 'In May, troops were sent to Almaty.', 'Almaty', 'event'],
    ['a plan called off after the place', 'Talks planned in Almaty this week had been postponed.', 'Almaty', 'mention'],
    [
      'called off because of unrest there is an event',
      'Talks planned in Almaty were postponed because of protests.',
      'Almaty',
      'event',
    ],
    [
      "an event noun keeps a future clause's place an event",
      'Police will investigate the shooting in Almaty.',
      'Almaty',
      'event',
    ],
    ['past events stay events', 'The band toured last year, starting in Almaty.', 'Almaty', 'event'],
    [
      "the dateline's country where the news is",
      'ASTANA, Kazakhstan — Protests began in Aktau.',
      'Kazakhstan',
      'event',
    ],
    ["the dateline's country naming where the town is", 'ASTANA, Kazakhstan — Officials met.', 'Kazakhstan', 'mention'],
    ["the dateline's town when nothing else is an event", 'ASTANA, Kazakhstan — Officials met.', 'Astana', 'event'],
    ['a lasting state, not a happening', 'He must stay in Kazakhstan, he said.', 'Kazakhstan', 'mention'],
    [
      'a country holding an event town',
      'Protests began in Aktau. The leader, who has led Kazakhstan since 1991, spoke.',
      'Kazakhstan',
      'event',
    ],
    [
      'a country holding no event town',
      'Protests began in Paris. The leader, who has led Kazakhstan since 1991, spoke.',
      'Kazakhstan',
      'mention',
    ],
    [
      'a country holding an event town named only as a noun modifier',
      'Protests began in Aktau. About 0.4 percent of the total Kazakhstan population took part.',
      'Kazakhstan',
      'mention',
    ],
    [
      'a law in force is no happening',
      'Countries where smoking is banned include Kazakhstan and Jordan.',
      'Kazakhstan',
      'mention',
    ],
    [
      'a country holding an event town, as the subject of a present-tense verb',
      'Protests began in Aktau. Kazakhstan urgently needs help, officials said.',
      'Kazakhstan',
      'event',
    ],
    [
      'a country holding an event town but named as an origin',
      'Protests began in Aktau. The singer was born in Kazakhstan.',
      'Kazakhstan',
      'mention',
    ],
    ['renowned in a place', 'He is renowned in Kazakhstan as a singer.', 'Kazakhstan', 'mention'],
    ['holders located by the place', 'Both men run hotel start-ups in Kazakhstan.', 'Kazakhstan', 'mention'],
    ['a count located by the place', 'The chain has about 300 in Kazakhstan.', 'Kazakhstan', 'mention'],
    ['a date is no count', 'Protests erupted on March 18 in Almaty.', 'Almaty', 'event'],
    ['a toll is no count', 'Gunmen killed 12 in Almaty.', 'Almaty', 'event'],
    ['an act on the holders', 'Police raided offices in Almaty.', 'Almaty', 'event'],
    ['"ahead of" is time, not a bearing', 'Candidates campaigned ahead of the Almaty protests.', 'Almaty', 'event'],
    ['a holder after a locative keeps the event', 'He was arrested at his homes in Almaty.', 'Almaty', 'event'],
    ['"-based" after the name', 'He had given money to an Almaty-based agent.', 'Almaty', 'mention'],
    [
      'a where-clause of settlement',
      'The law in Almaty, where the firm is incorporated, applies.',
      'Almaty',
      'mention',
    ],
    ['a bearing from a reference point', 'He was held in a camp north of Almaty.', 'Almaty', 'mention'],
    ['a qualifier between locative and name', 'Clashes broke out in southern Kazakhstan.', 'Kazakhstan', 'event'],
    ['a possessive between locative and name', "Clashes broke out in the country's western Aktau.", 'Aktau', 'event'],
    ['taking a place', 'Gunmen stormed the Almaty museum.', 'Almaty', 'event'],
    ['leaving a place', 'He was deported here from Almaty on Monday.', 'Almaty', 'event'],
    ['"to" after a motion', 'The government sent troops to Aktau.', 'Aktau', 'event'],
    ['"to" naming a recipient', 'Exports to Kazakhstan rose by a tenth.', 'Kazakhstan', 'mention'],
    ['a sentence-initial locative', 'In Almaty, officials condemned the attack.', 'Almaty', 'event'],
    ['an event named with a modifier', 'He opposed the Almaty peace talks.', 'Almaty', 'event'],
    ['a meeting that was only planned', 'Talks that were planned in Almaty were postponed.', 'Almaty', 'mention'],
    ['a reporter filing from a place', 'Protests began in Aktau. Jo Lee reported from Almaty.', 'Almaty', 'dateline'],
    [
      'a country-level area filed from on its own stays the dateline',
      'Protests began in Paris. Jo Lee reported from Almaty, and Ann Kim from Kazakhstan.',
      'Kazakhstan',
      'dateline',
    ],
    ['a title-case dateline opening the body', 'Almaty – Thousands of teachers marched.', 'Almaty', 'event'],
    [
      'a time before the comma is no apposition',
      'After a trial in May, a jury in Almaty convicted him.',
      'Almaty',
      'event',
    ],
    ['forced out of a place', 'He stayed in Almaty. He was hauled out of Almaty by police.', 'Almaty', 'event'],
    ['searching a place', 'Volunteers canvassed the city of Almaty for the girl.', 'Almaty', 'event'],
    ['people from all over a place', 'Architects from across Kazakhstan will be invited.', 'Kazakhstan', 'mention'],
    ['a meeting called off', 'A meeting in Almaty that was canceled drew no one.', 'Almaty', 'mention'],
    ['what comes from a place', "It is named in Kazakhstan's Kazakh language.", 'Kazakhstan', 'mention'],
    ['a post held there', 'He was the envoy in Almaty for years.', 'Almaty', 'mention'],
    ["a place's campaign", "Kazakhstan's campaign drew mockery.", 'Kazakhstan', 'event'],
    ['a dated stop on a schedule', 'The tour continues November 19th in Almaty.', 'Almaty', 'mention'],
    [
      'a comparison after the name leaves an event place an event',
      'More arrests were made in Almaty than in Aktau during the protests.',
      'Almaty',
      'event',
    ],
    [
      "a place's institution",
      "Jo Lee, a lecturer at Kazakhstan's National University of Almaty, said so.",
      'Kazakhstan',
      'mention',
    ],
    ['everyone in a place doing something there', 'Everyone in Almaty fled the shelling on Monday.', 'Almaty', 'event'],
    [
      'a scheme located by the place',
      'Studies of tutoring programs in Kazakhstan found less.',
      'Kazakhstan',
      'mention',
    ],
    ['a time to come after the place', 'The two teams meet again in Almaty next week.', 'Almaty', 'event'],
    [
      '"in 20 years" after the place counts back',
      'Floods hit Almaty, the worst in Almaty in 20 years.',
      'Almaty',
      'event',
    ],
    ['a past time after the place stays an event', 'The two teams met in Almaty three days ago.', 'Almaty', 'event'],
    ['"on" a street', "Shots were fired on Almaty's Abai Avenue last night.", 'Abai Avenue, Almaty', 'event'],
    ['"on" a town is no locative', 'He relied on Almaty for supplies.', 'Almaty', 'mention'],
    ['a post taken up there', 'He returned to Kazakhstan to coach the national team.', 'Kazakhstan', 'mention'],
    ['a trip to do something there is an event', 'Negotiators flew to Almaty to join the talks.', 'Almaty', 'event'],
    ['a return that is no post', 'He returned to Kazakhstan to a hero’s welcome.', 'Kazakhstan', 'event'],
    [
      'a position word used as an adverb',
      'Protests began in Aktau. He vowed to move Almaty forward.',
      'Almaty',
      'mention',
    ],
    ['a "where" relative reporting a happening', 'Aktau, where protests erupted in 2011, is calm.', 'Aktau', 'event'],
    ['a "where" relative of a career', 'Aktau, where he began his career in 2011, is calm.', 'Aktau', 'mention'],
    ['a "where" relative of a lasting state', 'Aktau, where the drug is legal, is calm.', 'Aktau', 'mention'],
    [
      'a list after "where" and a happening',
      'Places where the plague still circulates are Aktau, Almaty and Zhanaozen.',
      'Zhanaozen',
      'event',
    ],
    [
      'a short form in brackets inside the list',
      'Countries where the plague still circulates are the United States (US), Mexico and Kazakhstan.',
      'Kazakhstan',
      'event',
    ],
    [
      'a villager introduced by the village',
      'Ali Khan, a farmer of Baroipara village near Almaty, grew gourds.',
      'Baroipara',
      'event',
    ],
    [
      'a native of a village',
      'Ali Khan, a native of Baroipara village near Almaty, grew gourds.',
      'Baroipara',
      'mention',
    ],
    [
      'a sub-district takes the role of the village in it',
      'Ali Khan, a farmer of Baroipara village under Paba Upazila, sells gourds in Almaty.',
      'Paba',
      'event',
    ],
    [
      'a district of a birthplace is no event',
      'He was born in the Hardeetown area of Almaty, and protests began in Aktau.',
      'Almaty',
      'mention',
    ],
    [
      'a workplace and where it is, in apposition',
      "Jo Lee, a planetary scientist at NASA's Goddard Space Flight Center in Almaty, said so.",
      'Almaty',
      'mention',
    ],
    [
      'an event at a named site is no workplace',
      'Jo Lee, a planetary scientist, spoke at the Goddard Space Flight Center in Almaty.',
      'Almaty',
      'event',
    ],
    ['a place falling into recession', 'Kazakhstan has barely avoided falling into recession.', 'Kazakhstan', 'event'],
    ["a place's economy moving", "Kazakhstan's economy slowed to its lowest rate.", 'Kazakhstan', 'event'],
    ["a place's economy as a topic", "Kazakhstan's economy is large.", 'Kazakhstan', 'mention'],
    ['a goal with a describing word', 'He took her on a trip to a pet-friendly Almaty resort.', 'Almaty', 'event'],
    [
      'a meeting called off by unrest there',
      'A meeting in Almaty that was canceled because of domestic protests was not held.',
      'Almaty',
      'event',
    ],
    [
      'a decision-maker in a place',
      'He is the final decision-maker in Kazakhstan on any deal.',
      'Kazakhstan',
      'mention',
    ],
    [
      'an adverb and a describing word before the name',
      'He documented the civil war in newly independent Kazakhstan.',
      'Kazakhstan',
      'event',
    ],
    [
      'a second reporter sharing the verb',
      'Protests began in Aktau. Jo Lee reported from Astana, and Ann Bell from Almaty.',
      'Almaty',
      'dateline',
    ],
    ['a show named by its place', 'The Almaty show was interrupted by a heckler.', 'Almaty', 'event'],
    ["a place's recession", "Kazakhstan's recession deepened.", 'Kazakhstan', 'event'],
    [
      "a country's performance is no happening (review 16)",
      "Kazakhstan's strong performance lifted it.",
      'Kazakhstan',
      'mention',
    ],
    [
      '"at" inside a venue\'s name',
      'June 30 – Aktau @ Lakeside Music Park at Almaty Arena.',
      'Almaty Arena, Aktau',
      'mention',
    ],
    [
      "a company's shares the place names are no market",
      "Kazakhstan's Kazatomprom shares fell 2% after the recall.",
      'Kazakhstan',
      'mention',
    ],
    ["a place's own shares are its market", "Kazakhstan's stocks fell 2% on Monday.", 'Kazakhstan', 'event'],
    ["a place's name right before its shares is its market", 'Aktau shares fell 2% on Monday.', 'Aktau', 'event'],
    [
      "a name after another's possessive before shares is a company",
      "Kazakhstan's Aktau shares fell 2% on Monday.",
      'Aktau',
      'mention',
    ],
    [
      'a market report: the place, its stocks',
      'Almaty stocks fell sharply on Monday as oil prices jumped.',
      'Almaty',
      'event',
    ],
    [
      'a post at a body and where the body is, with no article',
      'Jo Lee, senior specialist dietitian at the Almaty Regional Health Trust in Kazakhstan.',
      'Kazakhstan',
      'mention',
    ],
    [
      'no post: a happening at a named site',
      'The gunman opened fire, killing dozens at the Central Mosque in Aktau.',
      'Aktau',
      'event',
    ],
    [
      // Not listed at all: a workplace stands for the institution (gold C4).
      'a site where someone works, in an apposition',
      '“It is rare,” said Jo Lee, a chest doctor at the Almaty Royal Infirmary. Protests began in Aktau.',
      'Almaty Royal Infirmary, Almaty',
      undefined,
    ],
    [
      'a movement born a year ago',
      'The protest movement, born a year ago in Almaty, has spread to Astana.',
      'Almaty',
      'event',
    ],
    [
      'a child born a month early',
      'The boy, born a month early in a camp in Aktau, died on Tuesday.',
      'Aktau',
      'event',
    ],
    ['born as someone', 'He was born the first child of two teachers in Aktau.', 'Aktau', 'mention'],
    ['where someone studied', 'She studied art in Almaty and sang.', 'Almaty', 'mention'],
    [
      'a field of study in the plural',
      'He studied international relations in Almaty and worked for the UN.',
      'Almaty',
      'mention',
    ],
    ['a plural field of study', 'He studied languages in Moscow and later taught.', 'Moscow', 'mention'],
    ['what researchers studied', 'Researchers studied the outbreak in Aktau for months.', 'Aktau', 'event'],
    [
      'what scientists studied, in the singular',
      'Scientists studied the virus in Astana to test the drug.',
      'Astana',
      'event',
    ],
    [
      'what research looked at is no field of study',
      'Researchers studied bats in Almaty last year.',
      'Almaty',
      'event',
    ],
    ['a training service is no study', 'He runs a bike repair training service in Almaty.', 'Almaty', 'event'],
    ['a residence named inside a place', 'She lives in a retirement community in Almaty.', 'Almaty', 'mention'],
    [
      'the seat of a research centre',
      'The study was led by Jo Lee of the National Center for Scientific Research in Kazakhstan.',
      'Kazakhstan',
      'mention',
    ],
    ["a prosecutors' office", 'Federal prosecutors in Texas released the footage on Monday.', 'Texas', 'mention'],
    ['where a company is on record', 'The company is registered in Kazakhstan.', 'Kazakhstan', 'mention'],
    [
      'cases registered in a place happened there',
      'More than 1,200 new cases were registered in Almaty on Monday, officials said.',
      'Almaty',
      'event',
    ],
    [
      'a quake registered in a place',
      'An earthquake of magnitude 6.1 was registered in Kazakhstan on Sunday.',
      'Kazakhstan',
      'event',
    ],
    [
      'the area after a birthplace says where the birthplace is',
      'He was born in the small village of Zhanaozen in southern Kazakhstan in 1936.',
      'Kazakhstan',
      'mention',
    ],
    [
      'the area after a reference point is where the story is',
      'Aktau is about 60 miles southwest of Almaty in Kazakhstan.',
      'Kazakhstan',
      'event',
    ],
    [
      'a birthplace after what someone was born as',
      'Jo Lee was born the first child of two teachers in Almaty, Kazakhstan, in 1957.',
      'Almaty',
      'mention',
    ],
    [
      'a place counting cases in it',
      'Kazakhstan has confirmed at least thirteen cases of the flu, officials said.',
      'Kazakhstan',
      'event',
    ],
    ['taken to a place', 'The injured man was transported to Almaty by helicopter.', 'Almaty', 'event'],
    ['a ride as a service is no motion', 'A Park & Ride service to Almaty runs every hour.', 'Almaty', 'mention'],
    ["a place's first case", "On Monday the WHO confirmed Kazakhstan's first case of the flu.", 'Kazakhstan', 'event'],
    ['a tour named by its place', 'The prince is ending a three-week Kazakhstan tour.', 'Kazakhstan', 'event'],
    ["a place's new cases", "Officials said Kazakhstan's 12 new cases were mild.", 'Kazakhstan', 'event'],
    [
      "a place's case for something is an argument",
      "Kazakhstan's case for membership was discussed on Tuesday.",
      'Kazakhstan',
      'mention',
    ],
    [
      "a place's case against another is a lawsuit",
      "Kazakhstan's case against Pakistan was heard on Monday.",
      'Kazakhstan',
      'mention',
    ],
    ["a team's visit to a final", "Kazakhstan's visit to the final was its first since 1986.", 'Kazakhstan', 'mention'],
    ['a place recording its first death', 'Almaty reported its first death on Monday.', 'Almaty', 'event'],
    ['a place reporting no cases', 'Kazakhstan has reported no cases so far.', 'Kazakhstan', 'mention'],
    ['a place acting as a party sees no toll', 'Kazakhstan saw the move as a provocation.', 'Kazakhstan', 'mention'],
    [
      "a state confirming its nationals' deaths",
      'Kazakhstan confirmed the deaths of two Kazakh soldiers, the foreign minister said.',
      'Kazakhstan',
      'mention',
    ],
    [
      'a state confirming deaths in another place',
      'Kazakhstan confirmed the deaths of three service members in Mexico on Sunday.',
      'Kazakhstan',
      'mention',
    ],
    [
      'a toll counted in another place',
      'Kazakhstan documented cases of forced labour in Mexico.',
      'Kazakhstan',
      'mention',
    ],
    ['a view of the toll', 'Kazakhstan saw the attacks as a provocation, officials said.', 'Kazakhstan', 'mention'],
    [
      'a state reporting an incident to a body',
      'Kazakhstan reported the incident to the United Nations.',
      'Kazakhstan',
      'mention',
    ],
    [
      'a state reporting attacks to a body',
      'Kazakhstan reported the attacks to the United Nations.',
      'Kazakhstan',
      'mention',
    ],
    [
      'a count reported to a body',
      'Kazakhstan reported 500 new cases to the World Health Organization.',
      'Kazakhstan',
      'event',
    ],
    ['a count of deaths in a month', 'Kazakhstan recorded 15,000 deaths in March.', 'Kazakhstan', 'event'],
    ['a count of deaths of people', 'Kazakhstan recorded the deaths of 200 people on Sunday.', 'Kazakhstan', 'event'],
    [
      'a source reporting that cases rose',
      'Officials in Texas said. Kazakhstan reported that 1,118 new cases were found.',
      'Kazakhstan',
      'mention',
    ],
    [
      'a list kept apart by semicolons',
      'Researchers tested pupils in Almaty; Aktau and Zhanaozen, Mangystau; and Astana.',
      'Zhanaozen',
      'event',
    ],
    ['a list item opening with "the"', 'Protests began in Kazakhstan and the United States.', 'United States', 'event'],
    [
      'a list item after a day',
      'Protests began on Sunday in Kazakhstan, Pakistan and the United States.',
      'United States',
      'event',
    ],
    [
      'a list item after a place that only located a name',
      'Neon gave the Apollo Theater in Almaty, the Aktau Strip, and more their glow.',
      'Aktau Strip',
      'mention',
    ],
    ['a semicolon before a new clause', 'Police fired shots in Almaty; Aktau stayed calm.', 'Aktau', 'mention'],
    [
      'a list item after a company in a place',
      'Workers went on strike at Amazon in Almaty and the United Kingdom on Friday.',
      'United Kingdom',
      'event',
    ],
    [
      'a list item after an opening adverb',
      'Earlier in Mexico and the United States, fans gathered to watch.',
      'United States',
      'event',
    ],
    [
      '", and the" before a new clause',
      'Fighting raged in Almaty, and the United Kingdom evacuated its staff.',
      'United Kingdom',
      'mention',
    ],
    ['", and" before a new clause', 'Fighting raged in Almaty, and Mexico closed its embassy.', 'Mexico', 'mention'],
    [
      'a serial comma before the last item and its verb',
      'Floods in Almaty, Aktau, and the United Kingdom killed 300 people.',
      'United Kingdom',
      'event',
    ],
    [
      'a semicolon before a clause whose subject has an apposition',
      'Fighting raged in Almaty; Astana, the capital, was quiet.',
      'Astana',
      'mention',
    ],
    [
      'a semicolon before a clause whose subject is a list',
      'Police fired tear gas in Almaty; Aktau, Zhanaozen and Astana were calm.',
      'Aktau',
      'mention',
    ],
    [
      'a semicolon list: a middle item',
      'Students rallied in Almaty; Astana; Aktau and Zhanaozen, Mangystau; Paris, Texas.',
      'Astana',
      'event',
    ],
    [
      'a semicolon list: the last item',
      'Students rallied in Almaty; Astana; Aktau and Zhanaozen, Mangystau; Paris, Texas.',
      'Texas',
      'event',
    ],
    [
      'a bare "and" before a new clause after the first clause\'s verb',
      'Fighting raged in Almaty and Mexico closed its embassy.',
      'Mexico',
      'mention',
    ],
    [
      'a bare "and" before a new clause with an auxiliary',
      'Police were deployed in Almaty and Mexico has closed its embassy.',
      'Mexico',
      'mention',
    ],
    [
      'a bare "and" in a subject: the verb is the clause\'s',
      'Floods in Almaty and Aktau killed 300 people.',
      'Aktau',
      'event',
    ],
    [
      'a bare "and" before a new clause after a verb with its object',
      'Police fired tear gas in Almaty and Mexico closed its embassy.',
      'Mexico',
      'mention',
    ],
    ['a bare "and" in a relative', 'Protests that began in Almaty and Aktau have spread.', 'Aktau', 'event'],
    [
      'a bare "and" after a participle in a subject',
      'Tests carried out in Almaty and Aktau indicated a leak.',
      'Aktau',
      'event',
    ],
    ['a side beaten by a score', 'Chelsea hit Birmingham for four on Saturday.', 'Birmingham', 'mention'],
    ['a side beaten by a scoreline', 'Chelsea hit Birmingham 4-1 at home.', 'Birmingham', 'mention'],
    ['a side beaten with a goal', 'Chelsea hit Birmingham with a late goal.', 'Birmingham', 'mention'],
    ['a storm hitting a place for a time', 'Storms hit Texas for four days.', 'Texas', 'event'],
    ['a place hit with arms', 'Troops hit Almaty with airstrikes.', 'Almaty', 'event'],
    [
      'deaths of people held by the place are a toll there',
      'Mexico confirmed the deaths of three service members in Jordan on Sunday.',
      'Jordan',
      'event',
    ],
    ['residents killed in the place', 'Gunmen killed five residents in Almaty on Sunday.', 'Almaty', 'event'],
    ['fans arrested in the place', 'Police arrested 12 fans in Almaty after the match.', 'Almaty', 'event'],
    ['residents in the place, unharmed', 'Residents in Almaty said they were afraid.', 'Almaty', 'mention'],
    ['fans in the place, unharmed', 'Fans in Almaty celebrated the victory.', 'Almaty', 'mention'],
    [
      'a period before the place',
      'The story begins in 15th century Kazakhstan, where the deck was made.',
      'Kazakhstan',
      'event',
    ],
    ['a century written with a hyphen', 'In 19th-century Almaty, a mania raged for the occult.', 'Almaty', 'event'],
    [
      'a part of the place "on" which it happened',
      'He disappeared while on the outskirts of Almaty.',
      'Almaty',
      'event',
    ],
    [
      'a past happening "of" the place',
      'Three soldiers were killed after the invasion of Kazakhstan in 2003.',
      'Kazakhstan',
      'event',
    ],
    [
      'what struck the place, a happening',
      'Kazakhstan has been hit by several protests this year.',
      'Kazakhstan',
      'event',
    ],
    ['the place worst hit by a disease', 'Almaty has been the worst hit by the flu.', 'Almaty', 'event'],
    ['a place hit by what a party suffers', 'Kazakhstan was hit by tariffs on steel.', 'Kazakhstan', 'mention'],
    [
      'a journey to holders in the place',
      'We traveled to Google’s offices in Almaty to try the game.',
      'Almaty',
      'event',
    ],
    ['holders in the place, no journey', 'Google has offices in Almaty.', 'Almaty', 'mention'],
    ["a bare comma before the main clause's subject", 'After protests in Almaty, Aktau was quiet.', 'Aktau', 'mention'],
    [
      'a bare comma before the area a town lies in',
      'A hospital in Spokane, Washington State admitted a patient.',
      'Washington State',
      'event',
    ],
    ["a person's home the place locates", 'Police found him dead at his Almaty home on Sunday.', 'Almaty', 'event'],
    ["parents' home the place locates", 'He was arrested near his parents’ Almaty home.', 'Almaty', 'event'],
    ['living in a home the place locates', 'The singer lives in her Almaty home with two cats.', 'Almaty', 'mention'],
    [
      'wrecks on a numbered road',
      'There were several wrecks on Interstate 70 in Texas on Monday.',
      'Interstate 70',
      'event',
    ],
    ['driving on an interstate written short', 'He was driving northbound on I-75 in Texas at 2 a.m.', 'I-75', 'event'],
    ['lifting off from the place', 'The rocket lifted off on schedule from Almaty on Thursday.', 'Almaty', 'event'],
    ['someone abducted from the place', 'Two men abducted a woman from Aktau in September.', 'Aktau', 'event'],
    [
      'figures released from the place',
      'The agency released new figures from Kazakhstan on Monday.',
      'Kazakhstan',
      'mention',
    ],
    ['speaking by phone from the place', 'Phoning in from Almaty, Harper remembered the anxiety.', 'Almaty', 'event'],
    [
      'said by telephone from the place',
      'Dmitrowsky said by telephone from Almaty that prices fell.',
      'Almaty',
      'event',
    ],
    ['a call from the place, a noun', 'A call from Almaty came late on Monday.', 'Almaty', 'mention'],
    ['a block of a street', 'The first fire broke out in the 400 block of Abai Avenue.', 'Abai Avenue', 'event'],
    [
      'off the coast of the place',
      'The collector was deployed off the coast of Kazakhstan in May.',
      'Kazakhstan',
      'event',
    ],
    [
      'on the corner of a street',
      'A water main blew on the corner of Abai Avenue and Almaty Street.',
      'Abai Avenue',
      'event',
    ],
    [
      'a list after a dash that a "where" relative describes',
      'They studied states where cannabis had been legalized by 2016—Texas, Oregon and Minnesota— and more.',
      'Oregon',
      'event',
    ],
  ])('%s', (_label, text, name, role) => {
    const place = findPlaces(makeArticle(text), G).find((p) => p.name === name);
    expect(place?.role).toBe(role);
  });

  it("names the rule that decided each place's role", () => {
    const places = findPlaces(makeArticle('Protests began in Aktau. The singer was born in Almaty.'), G);
    expect(places.map((p) => [p.name, roleRules.get(p)])).toEqual([
      ['Aktau', 'locative'],
      ['Almaty', 'mention:origin'],
    ]);
  });

  it('finds the dateline in a later opening paragraph', () => {
    const text = 'Headline here\n\nNUR-SULTAN (Pakistan Point News / Sputnik - 12th January, 2022) - Text.';
    expect(text.slice(datelineSpan(text)!.start, datelineSpan(text)!.end)).toBe('NUR-SULTAN');
  });

  it('finds the dateline after long picture captions', () => {
    const caption = 'Workers mend a power line in Almaty, in this photo taken on Tuesday. (Jo Lee via AP)\n\n';
    const text = caption.repeat(12) + 'ASTANA (AP) — Officials met.';
    expect(text.indexOf('ASTANA')).toBeGreaterThan(1000);
    expect(text.slice(datelineSpan(text)!.start, datelineSpan(text)!.end)).toBe('ASTANA');
  });
});

const REAL = join(import.meta.dirname, '..', '..', 'public', 'data', 'gazetteer-v1.tsv');
const SEED = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'pages', 'seed-kazakhstan');

// postinstall builds public/data: without it this test fails (a missing prerequisite is not a pass).
describe('reference article with the shipped gazetteer', () => {
  it('finds the events, the dateline and no Pakistan', async () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    const { extractArticle } = await import('../article/extract');
    const { parseDocument } = await import('../../scripts/node/dom');
    const html = readFileSync(join(SEED, 'source.html'), 'utf8');
    const a = extractArticle(parseDocument(html), 'https://example.invalid/')!;
    const roles = Object.fromEntries(
      findPlaces(a, loadGazetteer(readFileSync(REAL, 'utf8'))).map((p) => [p.name, p.role]),
    );
    expect(roles).toMatchObject({
      Almaty: 'event',
      Aktau: 'event',
      Zhanaozen: 'event',
      Kazakhstan: 'event',
      'Nur-Sultan': 'dateline',
    });
    expect(Object.keys(roles)).not.toContain('Pakistan');
  });
});

describe('names with a possessive inside, with the shipped gazetteer', () => {
  it('reads the whole name, not the part after or before the possessive', () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const text =
      "Cases were reported by the Ministry of Health of the People's Republic of China. " +
      "Talks were held in the Democratic People's Republic of Korea. He lives in Prince George's County.";
    const found = resolveMentions(text, g).map((m) => [
      text.slice(m.candidate.start, m.candidate.end),
      entry(g, m.id).country,
    ]);
    expect(found).toEqual([
      ["People's Republic of China", 'CN'],
      ["Democratic People's Republic of Korea", 'KP'],
      ["Prince George's County", 'US'],
    ]);
  });
});

describe('review24 finding 1 guard: a dateline town and a person of its name, with the shipped gazetteer', () => {
  it('a person the names table types by a given name keeps the lone surname', () => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const found = (paragraphs: string[]) => {
      const article = makeArticle(paragraphs);
      const people = peopleOf(readNames(readText(article), { kb: null, gazetteer: g }), article.text);
      return findPlaces(article, g, people).map((p) => p.name);
    };
    // "Kevin Warren" is typed by his given name, a weak reason: still the person the lone "Warren" is.
    const court = ['A judge sentenced Kevin Warren, 31, to eight years on Monday.', 'Warren pleaded guilty in May.'];
    expect(found(['Man sentenced', `WARREN, Ohio — ${court[0]}`, court[1]])).not.toContain('Warren');
    // With no one of that name, the word after the dateline is the town.
    expect(
      found(['Storm hits town', 'WARREN, Ohio — A storm cut power.', 'Warren officials said crews worked.']),
    ).toContain('Warren');
  });
});

describe('foreign and full forms of short names, with the shipped gazetteer', () => {
  it('reads the District of Columbia as Washington, and no marked word of a longer name as an English short form', () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const found = (text: string) =>
      resolveMentions(text, g).map((m) => [text.slice(m.candidate.start, m.candidate.end), entry(g, m.id).name]);
    expect(found('Sales are legal in 11 states and the District of Columbia.')).toEqual([
      ['District of Columbia', 'Washington'],
    ]);
    expect(found('El crecimiento de América Latina se frenó.')).toEqual([]);
    // Alone, the marked form is still read unmarked.
    expect(found('Llegó a América en 1990.')).toEqual([['América', 'United States']]);
  });
});

describe('a small town opening a sentence, with the shipped gazetteer', () => {
  it('is the town before the people or the service it names, not before a verb', () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const found = (text: string) => resolveMentions(text, g).map((m) => text.slice(m.candidate.start, m.candidate.end));
    expect(found('Chapin man hurt in crash in South Carolina.')).toEqual(['Chapin', 'South Carolina']);
    expect(found('Torrington firefighters fought a blaze in Connecticut.')).toEqual(['Torrington', 'Connecticut']);
    // A sentence's first word before a verb is as likely a surname; a number word is no town.
    expect(found('Chapin said he was hurt in South Carolina.')).toEqual(['South Carolina']);
    expect(found('One man was arrested in Ohio.')).toEqual(['Ohio']);
  });

  it('is the town the story writes elsewhere as a place, not a name only written again', () => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const found = (text: string) => resolveMentions(text, g).map((m) => text.slice(m.candidate.start, m.candidate.end));
    const town = 'A barn burned down near Chapin on Sunday. Chapin is about 20 miles from Columbia, South Carolina.';
    expect(found(town).filter((n) => n === 'Chapin')).toHaveLength(2);
    const west = 'The truck overturned a mile west of Chapin in South Carolina. Chapin has one fire station.';
    expect(found(west).filter((n) => n === 'Chapin')).toHaveLength(2);
    // Written again mid-sentence only: still as likely a surname.
    const person = 'Chapin, Lee and the driver were hurt in Ohio. Chapin’s father said they would recover.';
    expect(found(person)).not.toContain('Chapin');
  });

  it("reads a county list's names that are no town alone, or open a sentence, as the counties", () => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const found = (text: string) =>
      resolveMentions(text, g).map((m) => [text.slice(m.candidate.start, m.candidate.end), entry(g, m.id).name]);
    expect(found('Dakota, Otoe and Washington counties grew, the Nebraska census said.')).toEqual([
      ['Dakota', 'Dakota County'],
      ['Otoe', 'Otoe County'],
      ['Washington', 'Washington County'],
      ['Nebraska', 'Nebraska'],
    ]);
  });

  it('joins German "am" inside a town\'s name, not English "I am"', () => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const found = (text: string) => resolveMentions(text, g).map((m) => text.slice(m.candidate.start, m.candidate.end));
    expect(found('He was born in Braunau am Inn, near the German border.')).toEqual(['Braunau am Inn']);
    expect(found('I am Canadian and I live in Toronto.')).toEqual(['Toronto']);
  });

  it('reads a US coast only in a US story, and never the coast "of" another place', () => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const found = (text: string) => resolveMentions(text, g).map((m) => text.slice(m.candidate.start, m.candidate.end));
    const au = 'Storms battered the East Coast of Australia on Sunday, and Sydney recorded its wettest day in years.';
    expect(found(au)).not.toContain('East Coast');
    expect(found('Police in Dublin said the suspect had fled to the East Coast of Ireland.')).not.toContain(
      'East Coast',
    );
    const scot = 'Scottish Power said the North East and the West Coast were worst affected by the storm in Scotland.';
    expect(found(scot)).not.toContain('West Coast');
    const us =
      'A blizzard hit the East Coast on Monday, closing schools from Boston to Washington, D.C., and New York.';
    expect(found(us)).toContain('East Coast');
    expect(found('Farmers across the Midwest, from Iowa to Ohio, lost crops to the drought.')).toContain('Midwest');
  });

  it('keeps a German town before "am <weekday or noun>" (the preposition, not part of the name)', () => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const found = (text: string) => resolveMentions(text, g).map((m) => text.slice(m.candidate.start, m.candidate.end));
    expect(found('Die Polizei nahm ihn in Hamburg am Sonntag fest.')).toEqual(['Hamburg']);
    expect(found('Tausende demonstrierten in München am Samstag gegen die Regierung.')).toEqual(['München']);
    expect(found('Das Treffen in Paris am Freitag brachte keine Einigung.')).toEqual(['Paris']);
    expect(found('Der Zug kam in Köln am Hauptbahnhof an.')).toContain('Köln');
    expect(found('Die Messe in Frankfurt am Main beginnt.')).toEqual(['Frankfurt am Main']);
  });
});

describe('a country named only as a state acting, with the shipped gazetteer', () => {
  const places = (text: string) => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).map((p) => [p.name, p.role]);
  };
  it('is a mention of the country, once', () => {
    expect(places('The talks in Hanoi with North Korea’s leader ended early. North Korea’s envoy left.')).toEqual([
      ['Hanoi', 'event'],
      ['North Korea', 'mention'],
    ]);
    expect(places('Its struggle against Russia goes on, the minister said.')).toEqual([['Russia', 'mention']]);
    expect(places('Romania has banned hunting.')).toEqual([['Romania', 'mention']]);
  });
  it('is the place itself where another mention says so, and no currency or capital speaking', () => {
    expect(places('Romania has banned hunting. Birds died in Romania.')).toEqual([['Romania', 'event']]);
    expect(places('Malaysia gave US$1 million to the fund.')).toEqual([['Malaysia', 'mention']]);
    expect(places('Malaysia sold 20 US dollars of bonds.')).toEqual([['Malaysia', 'mention']]);
    // A national team is no place (gold/README.md: a team named after a place).
    expect(places('Kazakhstan comfortably got past Jordan 3-0.')).toEqual([]);
    expect(places('Salah helped fire Egypt to a first World Cup appearance.')).toEqual([]);
    expect(places('Moscow said it would respond.')).toEqual([]);
  });
});

describe('regions of large countries and former states with the shipped gazetteer', () => {
  it('finds states and provinces, keeps the city a division is named after, and places former states', () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const text = 'Floods hit Rajasthan and Borno State, officials in Lagos said. He was born in the Soviet Union.';
    const found = Object.fromEntries(findPlaces(makeArticle(text), g).map((p) => [p.name, [p.kind, p.country]]));
    expect(found).toEqual({
      Rajasthan: ['region', 'IN'],
      'Borno State': ['region', 'NG'],
      Lagos: ['city', 'NG'],
      'Soviet Union': ['region', null],
    });
  });
  it('places lands named by their land or history, former empires, straits and seas', () => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const text =
      'Fires spread across Anatolia and Transylvania. He fled Nazi Germany. A tanker was seized in the Strait of ' +
      'Hormuz, and measles spread in the Americas.';
    expect(resolveMentions(text, g).map((m) => entry(g, m.id).name)).toEqual([
      'Anatolia',
      'Transylvania',
      'Nazi Germany',
      'Strait of Hormuz',
      'Americas',
    ]);
  });
});

describe('a place whose name opens with "The", with the shipped gazetteer', () => {
  it('reads "at The Hague" and "in the Bronx" as the places, not a small town called "The Colony"', () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const text = 'The court at The Hague ruled. Police raided a house in the Bronx. He joined the Colony of artists.';
    const found = findPlaces(makeArticle(text), g).map((p) => [p.name, p.country]);
    expect(found).toEqual([
      ['The Hague', 'NL'],
      ['The Bronx', 'US'],
    ]);
  });
  it('reaches no region by "the <name>": "the Marches" is a borderland, not The Marches (Italy)', () => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const text = 'He walked the length of the Marches, the old borderland between England and Wales.';
    expect(findPlaces(makeArticle(text), g).map((p) => p.name)).toEqual(['England', 'Wales']);
  });
});

describe("a name's first word and a site's own town, with the shipped gazetteer", () => {
  const g = () => loadGazetteer(readFileSync(REAL, 'utf8'));
  const found = (text: string) => findPlaces(makeArticle(text), g()).map((p) => p.name);
  it('reads no small town in the first word of "<Word> of the <Name>"', () => {
    expect(found('Leaders met at the Summit of the Americas in Lima.')).not.toContain('Summit');
  });
  it("places a site whose name holds a town at that town, not at the state's possessive", () => {
    expect(found("The senator toured Ohio's Cleveland Clinic on Monday.")).toContain('Cleveland Clinic, Cleveland');
    expect(found("The fire reached California's Yosemite National Park.")).toContain(
      'Yosemite National Park, California',
    );
  });
});

describe('sites and towns named by their form, with the shipped gazetteer', () => {
  const g = () => loadGazetteer(readFileSync(REAL, 'utf8'));
  const found = (text: string) => {
    const gz = g();
    return resolveMentions(text, gz).map((m) => [
      text.slice(m.candidate.start, m.candidate.end),
      m.unplaced ? null : entry(gz, m.id).name,
    ]);
  };
  it('reads a ballpark named "Field", but not an actor so named', () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(found('The Steelers lost at Acrisure Field in Pittsburgh.')).toEqual([
      ['Acrisure Field', 'Pittsburgh'],
      ['Pittsburgh', 'Pittsburgh'],
    ]);
    expect(found('Sally Field won an award in Boston.')).toEqual([['Boston', 'Boston']]);
  });
  it('reads a military post the gazetteer lacks from its opening "Fort"; a town so named stays the town', () => {
    expect(found('The unit moved to Fort Drumlin in Maryland.')).toEqual([
      ['Fort Drumlin', 'Maryland'],
      ['Maryland', 'Maryland'],
    ]);
    expect(found('He died at Fort Sanders Medical Center in Knoxville.').map(([n]) => n)).toEqual([
      'Fort Sanders Medical Center',
      'Knoxville',
    ]);
  });
  it('reads a town the gazetteer lacks from the state code after it, where a town is written', () => {
    expect(found('June 29 – Quillbury, NJ @ the county fair')).toEqual([
      ['Quillbury', 'New Jersey'],
      ['NJ', 'New Jersey'],
    ]);
    expect(found('A man, 22, of Quillbury, La., was stopped.')).toEqual([
      ['Quillbury', 'Louisiana'],
      ['La.', 'Louisiana'],
    ]);
    // A person's name with a title before it is no town.
    expect(found('Gov. Jerry Quill, CA, said so.')).toEqual([]);
  });
});

describe('regions news names as places, with the shipped gazetteer', () => {
  it('reads regions of countries and parts of continents whole, at their own points', () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const text = 'Shelling hit South Ossetia and the North Caucasus, and drought spread across East Africa.';
    const found = resolveMentions(text, g).map((m) => [
      text.slice(m.candidate.start, m.candidate.end),
      entry(g, m.id).country,
    ]);
    expect(found).toEqual([
      ['South Ossetia', 'GE'],
      ['North Caucasus', 'RU'],
      // The US regions (East Coast, Midwest) only in a US story: see "reads a US coast only in a US story".
      ['East Africa', 'ET'],
    ]);
  });
});

describe('a country holding an event town, with the shipped gazetteer', () => {
  it('is an event when a demonym names its land, not when its name only modifies a noun', () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const roles = (text: string) => Object.fromEntries(findPlaces(makeArticle(text), g).map((p) => [p.name, p.role]));
    expect(roles('Protests began in Kyiv and spread to other Ukrainian cities.')).toEqual({
      Kyiv: 'event',
      Ukraine: 'event',
    });
    expect(roles('Protests began in Kyiv. The total Ukraine population is 40 million.')).toEqual({
      Kyiv: 'event',
      Ukraine: 'mention',
    });
  });
});

describe('names joined by "and", people from places and titles of works, with the shipped gazetteer', () => {
  const names = (text: string) => {
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).map((p) => `${p.name} ${p.role}`);
  };
  it('reads a country whose name holds "and" as one place', () => {
    expect(names('Teams from Bosnia and Herzegovina and Trinidad and Tobago arrived.')).toEqual([
      'Bosnia and Herzegovina mention',
      'Trinidad and Tobago mention',
    ]);
  });
  it('reads "Given Surname of Place" as a person and where they are from', () => {
    expect(names('Charlotte Smith of North Carolina was among the winners.')).toEqual(['North Carolina mention']);
    expect(names('The Bank of England raised rates.')).toEqual([]);
  });
  it('reads a first name of either gender before "of" as a person too', () => {
    // "Terry", "Jodi" are in neither gender's list (SHARED_GIVEN_NAMES).
    expect(names('Terry Walsh of McLean and Jodi Mahler of Bellmore were guests.')).toEqual([
      'McLean mention',
      'Bellmore mention',
    ]);
  });
  it('reads where a person lives as a place though a speech verb follows', () => {
    expect(names('Jimmy Philmont, 39, of Fairfield told reporters he was not worried.')).toEqual(['Fairfield mention']);
    expect(names('Mark Kitsmore of Tyler said he was not worried.')).toEqual(['Tyler mention']);
    // Not after an office: "the Mayor of" is no person's name.
    expect(names('The Mayor of Tyler said he was not worried.')).toEqual([]);
  });
  it('does not read the title of a film, musical or song as a place', () => {
    expect(names('The film Casablanca and the musical “Oklahoma!” were shown in Paris.')).toEqual(['Paris event']);
  });
});

describe('the state rows of a gazetteer (stateId)', () => {
  /** The gazetteer of `rows`, and a count of the place rows read from it since. */
  function counted(rows: Row[]) {
    const g = loadGazetteer(gazetteerText(rows, {}));
    const reads = { n: 0 };
    g.starts = new Proxy(g.starts, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
        return Reflect.get(target, key, receiver);
      },
    });
    return { g, reads };
  }
  const houston: Row = [['Houston'], 29.76, -95.36, 'US', 'PPLA2', 2_300_000, 'TX'];
  const texas: Row = [['Texas'], 31.5, -99.3, 'US', 'ADM1', 30_000_000, 'TX'];
  it('finds a state by its admin-1 code, reading the rows up to the first town', () => {
    const { g, reads } = counted([texas, houston]);
    expect(stateId(g, 'US', 'TX')).toBe(0);
    expect(reads.n).toBe(2);
  });
  it('reads the rows once, even when no state stands before the first town', () => {
    const { g, reads } = counted([houston, texas]);
    expect(stateId(g, 'US', 'TX')).toBeUndefined();
    expect(stateId(g, 'US', 'TX')).toBeUndefined();
    expect(reads.n).toBe(1);
  });
});

describe('review 17 guards (lead)', () => {
  it('a street named before a shared plural head is shown with the head ("State Street")', () => {
    const text = 'He collapsed at the corner of State and Hubbard streets in Chicago, police said.';
    const names = findPlaces(makeArticle(text), US).map((p) => p.name);
    expect(names.some((n) => n.startsWith('State Street'))).toBe(true);
    expect(names.some((n) => n.startsWith('Hubbard Street'))).toBe(true);
  });
});

describe('review 17 guards with the shipped gazetteer (lead)', () => {
  const real = () => loadGazetteer(readFileSync(REAL, 'utf8'));
  const shown = (text: string, g: ReturnType<typeof real>) =>
    Object.fromEntries(findPlaces(makeArticle(text), g).map((p) => [p.name, p.country]));

  it('keeps the cities of "Cairo and Alexandria streets" and a country over a county-mate town', () => {
    const g = real();
    expect(shown('Thousands of protesters filled Cairo and Alexandria streets on Friday.', g)).toMatchObject({
      Cairo: 'EG',
      Alexandria: 'EG',
    });
    expect(
      shown('A Warren County man who fought for a militia in Lebanon and Syria was charged on Monday.', g),
    ).toMatchObject({ Lebanon: 'LB', Syria: 'SY' });
  });

  it('lists no person, period, metonymic street or system as a site (a Main Street with its town is one)', () => {
    const g = real();
    const names = Object.keys(
      shown(
        'The film by Michael Bay starred Tom Ridge. Earnings rose in the Fourth Quarter. Traders on Dalal Street ' +
          'worried. Activists protested the Prison Industrial Complex. Officials in Boston said so.',
        g,
      ),
    );
    expect(names).toEqual(['Boston']);
  });
});

describe('review 17 H1 guards: what is called off, what is only wished (lead)', () => {
  const roles = (text: string) =>
    Object.fromEntries(
      findPlaces(makeArticle(text), loadGazetteer(readFileSync(REAL, 'utf8'))).map((p) => [p.name, p.role]),
    );

  it('a cancelled service is news where it was cancelled; a called-off gathering is not', () => {
    expect(
      roles('Classes in Denver were canceled on Monday as a heavy snowstorm dumped snow on the city.'),
    ).toMatchObject({ Denver: 'event' });
    expect(roles('Talks planned in Almaty this week had been postponed, officials said on Monday.')).toMatchObject({
      Almaty: 'mention',
    });
  });

  it('a wish to go somewhere is no happening there', () => {
    expect(roles('The mayor of Boston said on Monday that she hopes to visit Paris one day.')).toMatchObject({
      Paris: 'mention',
    });
  });
});

describe('review 17 M1 guard (lead)', () => {
  it('a radio station ("Kiss FM 100") is no farm-to-market road; "FM 645" is', () => {
    const text = 'Fans listened to Kiss FM 100 all night, while others drove home on FM 645, police in Austin said.';
    const names = findPlaces(makeArticle(text), US).map((p) => p.name);
    expect(names).toContain('FM 645');
    expect(names).not.toContain('FM 100');
  });
});

describe('review 17 H3 guard: teams and works the names table read (lead)', () => {
  it('reads no site inside a team or a work the names table typed', () => {
    const text = 'Nottingham Forest beat the visitors 2-1 on Saturday, police in Houston said.';
    const span = { start: 0, end: 'Nottingham Forest'.length };
    const without = findPlaces(makeArticle(text), US).map((p) => p.name);
    const withTeam = findPlaces(makeArticle(text), US, { words: new Set(), spans: [], things: [span] }).map(
      (p) => p.name,
    );
    expect(without).toContain('Nottingham Forest');
    expect(withTeam).not.toContain('Nottingham Forest');
  });
});

describe('review 17b guard: an island named for a person is still a place (lead)', () => {
  it('"Stewart Island" is listed, "Michael Bay" is not', () => {
    const text = 'Visitors flew to Stewart Island on Monday in a film by Michael Bay, officials in Houston said.';
    const names = findPlaces(makeArticle(text), US).map((p) => p.name);
    expect(names).toContain('Stewart Island');
    expect(names).not.toContain('Michael Bay');
  });
});

describe('review 17b guards (lead)', () => {
  const real = () => loadGazetteer(readFileSync(REAL, 'utf8'));
  const shown = (text: string) =>
    Object.fromEntries(findPlaces(makeArticle(text), real()).map((p) => [p.name, [p.role, p.country]]));

  it('streets named for states or towns with their town written after are streets; wishes only right before', () => {
    const found = shown(
      'A man was shot at the corner of Madison and Washington streets in Chicago on Sunday. A fire destroyed two ' +
        'shops on Main Street in Lewisburg. Investigators want to know why the small plane crashed in Denver.',
    );
    const names = Object.keys(found);
    expect(names.some((n) => n.startsWith('Madison Street'))).toBe(true);
    expect(names.some((n) => n.startsWith('Washington Street'))).toBe(true);
    expect(names).toContain('Main Street, Lewisburg');
    expect(found.Denver).toEqual(['event', 'US']);
    expect(found.Madison).toBeUndefined();
  });

  it('a county list holds one "and"; a county beside a country of the same name does not make it a town', () => {
    const found = shown(
      'Schools in Lincoln, Omaha, and Sarpy and Cass counties closed on Monday in Nebraska. A Warren County man ' +
        'who fought for a militia in Lebanon last year was charged on Monday.',
    );
    expect(found.Lincoln).toEqual([expect.any(String), 'US']);
    expect(found.Lebanon).toEqual(['event', 'LB']);
  });
});

describe('GeoWebNews recognition kinds (issue 12) with the shipped gazetteer', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const real = () => (g ??= loadGazetteer(readFileSync(REAL, 'utf8')));
  const spans = (text: string) =>
    resolveMentions(text, real()).map((m) => text.slice(m.candidate.start, m.candidate.end));

  it("a demonym before its country's land or market names the country; before its people or goods it does not", () => {
    expect(spans('Refugees are stuck on the Greek islands. ICON serves the Turkish feed industry.')).toEqual([
      'Greek',
      'Turkish',
    ]);
    // Not a state's things, as "U.S. exports" are: the market and economy of the country.
    expect(spans('Trump has righted the American economy. It serves the growing Peruvian export market.')).toEqual([
      'American',
      'Peruvian',
    ]);
    expect(spans('Mexican farmers protested tariffs on Chinese imports. The French capital was quiet.')).toEqual([]);
  });

  it('the panel names a country read from its demonym by its own name, and by the name the text writes', () => {
    const names = (text: string) => findPlaces(makeArticle(text), real()).map((p) => p.name);
    expect(names('Refugees are stuck on the Greek islands, aid workers said.')).toEqual(['Greece']);
    expect(names('Refugees are stuck on the Greek islands, aid workers in Greece said.')).toEqual(['Greece']);
  });

  it("a demonym's own noun or a verb between it and the land keeps it a demonym; a shared demonym names no country", () => {
    expect(spans('Russian drones struck cities overnight. American tourists visiting islands were stranded.')).toEqual(
      [],
    );
    expect(spans('A Mexican farmers market opened in Denver. The Russian army entered cities.')).toEqual(['Denver']);
    expect(spans('The Chinese housing market and the Russian gas industry slowed.')).toEqual(['Chinese', 'Russian']);
    // Dominica and the Dominican Republic share "Dominican" (and both Congos "Congolese").
    expect(spans('Tourists crowded Dominican beaches and Congolese waters.')).toEqual([]);
    // Nor is it a vote for either in the story's context: Portsmouth stays in England.
    const story = 'Tourists crowded Dominican beaches near Portsmouth.';
    expect(resolveMentions(story, real()).map((m) => entry(real(), m.id).country)).toEqual(['GB']);
  });

  it("a small town's team acting reads the same with a curly apostrophe as with a straight one", () => {
    expect(spans('Fans in Atlanta said Clemson didn’t beat Georgia by enough.')).toEqual(
      spans("Fans in Atlanta said Clemson didn't beat Georgia by enough."),
    );
    expect(spans('Fans in Atlanta said Clemson didn’t beat Georgia by enough.')).not.toContain('Clemson');
  });

  it('"Much" is a quantity only where it opens a sentence', () => {
    expect(spans('She grew up in Much, near Cologne.')).toEqual(['Much', 'Cologne']);
  });

  it('a quantity opening a sentence and a byline before a dateline in capitals are no part of the place name', () => {
    expect(spans("Much of Mexico's crop is exported.")).toEqual(['Mexico']);
    expect(spans('By JANE ROE, Associated Press WASHINGTON (AP) — The vote was close.')).toEqual(['WASHINGTON']);
  });

  it('a place named like a demonym is the place after a preposition of place, with no noun after it', () => {
    expect(spans('One copy was erected in Vatican, and another in Gibraltar.')).toEqual(['Vatican', 'Gibraltar']);
    expect(spans('Somali pirates ate at Thai restaurants.')).toEqual([]);
  });

  it('a small town shown to be a place once (after "in", "at", "near") is one in every mention', () => {
    expect(
      spans('A barn burned down in Scottdale on Monday. Volunteers cleared the creek that runs through Scottdale.'),
    ).toEqual(['Scottdale', 'Scottdale']);
    // Alone, the bare mention is too weak to report.
    expect(spans('Volunteers cleared the creek that runs through Scottdale.')).toEqual([]);
  });

  it('a word opening a sentence that begins a longer place name stays in it, though the text writes it in lower case', () => {
    expect(spans('The new plan failed. New York was busy.')).toEqual(['New York']);
    expect(spans('They swam in the lake. Lake Manassas is a reservoir.')).toEqual(['Lake Manassas']);
    // A plain word opening a sentence is still dropped.
    expect(spans('The rain came. Rain fell on Boston.')).toEqual(['Boston']);
  });

  it('a person written with a middle initial and "of" a place leaves the place its own', () => {
    expect(spans('Teresa K. Webb of Danbury, 41, was charged.')).toEqual(['Danbury']);
    expect(spans('Mary J. Blige of Yonkers sang.')).toEqual(['Yonkers']);
    expect(spans('He banks with Bank of America.')).toEqual([]);
  });

  it('a small town joined by a hyphen to a word that names no place is a double-barrelled name', () => {
    expect(spans('“It sold well,” Green-Karol said. Traffic in the Dallas-Fort Worth area was slow.')).toEqual([
      'Dallas',
      'Fort Worth',
    ]);
  });
});

describe('review 21 guards: place roles, with the shipped gazetteer', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // #7: a bare comma ends an opening phrase only when the sentence opens with one
    ['a borough, then its city', 'A shooting in Brooklyn, New York left two people dead.', 'New York', 'event'],
    ['a borough, then its city (2)', 'A fire in Queens, New York killed three people.', 'New York', 'event'],
    ['an opening phrase still ends at the comma', 'After protests in Almaty, Aktau was quiet.', 'Aktau', 'mention'],
    // #3: a happening "of" the place that is only foreseen
    [
      'an invasion prepared for',
      'China is preparing for an invasion of Taiwan, the admiral warned.',
      'Taiwan',
      'mention',
    ],
    ['an invasion feared', 'Fears of an invasion of Taiwan have grown, analysts said.', 'Taiwan', 'mention'],
    ['a blockade threatened', 'Israel threatened a blockade of Lebanon if the attacks continue.', 'Lebanon', 'mention'],
    ['a past invasion', 'Since the invasion of Iraq in 2003, prices rose.', 'Iraq', 'event'],
    // #4: the harm's people, not a "with" phrase or a relative clause naming others
    [
      'relatives after "with"',
      'Iran detained a British-Iranian woman with relatives in London, her lawyer said.',
      'London',
      'mention',
    ],
    [
      'relatives after "whose"',
      'The attack killed a 19-year-old soldier whose relatives in Ohio said he loved the army.',
      'Ohio',
      'mention',
    ],
    ['the harmed residents', 'Gunmen killed five residents in Zamfara on Sunday.', 'Zamfara', 'event'],
    // #9: a possessive before the place asks for a home or a site after it
    ['a strategy', 'The company announced a change in its Russia strategy after the invasion.', 'Russia', 'mention'],
    ['remarks', 'Critics pointed to a shift in his Ukraine remarks.', 'Ukraine', 'mention'],
    ['a drawl', 'He spoke in his Texas drawl about the drought.', 'Texas', 'mention'],
    ['a resort', 'Trump stayed at his Florida resort over Easter.', 'Florida', 'event'],
    ['citizens taken from the place', 'Spain evacuated its citizens from Sudan on Sunday.', 'Sudan', 'event'],
    // #8: a wave of something that is no happening; living on the outskirts
    ['a wave of sanctions', 'Russia has been hit by a wave of sanctions since February.', 'Russia', 'mention'],
    ['a wave of criticism', 'Germany was hit by a wave of criticism after the vote.', 'Germany', 'mention'],
    ['a wave of strikes', 'France has been hit by a wave of strikes over the pension reform.', 'France', 'event'],
    ['living on the outskirts', 'He lives on the outskirts of Kabul with his family.', 'Kabul', 'mention'],
    ['growing up on the outskirts', 'She grew up on the outskirts of Lagos.', 'Lagos', 'mention'],
    [
      'roads closed on the outskirts',
      'Police closed roads on the outskirts of Kyiv after the strike.',
      'Kyiv',
      'event',
    ],
    // #10: a participle after the list describes it
    ['hit by shelling', 'Troops were deployed in Kharkiv and Sumy hit by shelling overnight.', 'Sumy', 'event'],
    ['affected by the strike', 'Schools were closed in Paris and Lyon affected by the strike.', 'Lyon', 'event'],
    ['described as', 'Protests were held in Tehran and Isfahan described as the largest in years.', 'Isfahan', 'event'],
    ['a new clause after "and"', 'Fighting raged in Sudan and Egypt closed its border.', 'Egypt', 'mention'],
    // #18: stolen from a country
    [
      'secrets stolen from a country',
      'China stole trade secrets from the United States for years.',
      'United States',
      'mention',
    ],
    // #11: "on" as "about"
    ['a documentary on a road', 'The documentary on Route 66 premiered in Chicago.', 'Route 66', 'mention'],
    [
      'a bill on road tolls',
      'Lawmakers argued over a bill on Interstate 5 tolls in Olympia.',
      'Interstate 5',
      'mention',
    ],
    ['wrecks on a road', 'There were several wrecks on Interstate 70 in Texas on Monday.', 'Interstate 70', 'event'],
    // #19: a ranking before "of"
    ['a top-10 ranking', "He finished in the top 10 of Britain's richest people.", 'Britain', 'mention'],
    ['a block before "of"', 'A fire broke out in the 400 block of Main Street.', 'Main Street', 'event'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('event recall kinds (issue 12, stop 22): place roles with the shipped gazetteer', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // a share of a place's people killed
    ['half of a place wiped out', 'The plague wiped out half of Europe in the 14th century.', 'Europe', 'event'],
    [
      "a share of a place's population killed",
      "The Black Death spread, killing up to 60 percent of Europe's total population.",
      'Europe',
      'event',
    ],
    [
      'a share as a statistic',
      "A new report shows that more than 20 percent of North Carolina's workers are poor.",
      'North Carolina',
      'mention',
    ],
    // entering and crossing a place
    ['entering a place', 'More than 800 Venezuelans are entering Brazil each day.', 'Brazil', 'event'],
    [
      'crossing a road',
      'Police say the women were crossing Browns Bridge Road at night.',
      'Browns Bridge Road',
      'event',
    ],
    ['sneaking into a place', 'They were deported after trying to sneak into Canada.', 'Canada', 'event'],
    // a market's standing at a time of the trading day
    ['an index starting in the red', "Japan's Nikkei 225 started in the red on Tuesday.", 'Japan', 'event'],
    ['an index trading up', "South Korea's Kospi Index was last trading up about 1%.", 'South Korea', 'event'],
    ['an index gaining by a figure', "Britain's FTSE 100 gained 0.4% on Monday.", 'Britain', 'event'],
    ['a party closing ranks is no market', "Britain's Labour Party closed ranks after the vote.", 'Britain', 'mention'],
    ["a company's shares closing higher", "Japan's Toyota shares closed higher on Monday.", 'Japan', 'mention'],
    // two qualifiers, or one after "of"
    ['two qualifiers', 'The victim was killed in north west London.', 'London', 'event'],
    ['two qualifiers after an origin', 'He lives in north west London.', 'London', 'mention'],
    ['a qualifier after "of"', 'The heaviest snow had fallen in parts of southwest Kansas.', 'Kansas', 'event'],
    // a kind of place in apposition before the name
    ['a capital in apposition', 'Protests erupted in the Afghan capital Kabul on Monday.', 'Kabul', 'event'],
    ['a closed apposition with commas', 'Protests erupted in the capital, Kabul, on Monday.', 'Kabul', 'event'],
    ['a comma that opens a clause', 'In the region, China has grown fast.', 'China', 'mention'],
    ['an origin through an apposition', 'He was born in the capital, Kabul, in 1970.', 'Kabul', 'mention'],
    // a ranked happening
    ['a ranked happening', 'The largest protest in Paris drew thousands.', 'Paris', 'event'],
    ['a ranked holder', 'It is the largest company in the United States.', 'United States', 'mention'],
    // a storm or a flood going on
    ['a storm battering a place', 'Hurricane Irma is battering Florida.', 'Florida', 'event'],
    ['rains flooding a place', 'Heavy rains are flooding areas of India and Nepal.', 'India', 'event'],
    ['marching into a place', 'Troops were marching into Kabul.', 'Kabul', 'event'],
    ['driving somewhere instead', 'Instead of driving to Nelson, people can visit the office.', 'Nelson', 'mention'],
    // a force going on needs a hazard: goods, tariffs, a scandal or money doing it make a market or a party
    [
      'goods flooding a market',
      'Cheap Chinese steel is flooding Europe, the industry group said.',
      'Europe',
      'mention',
    ],
    ['tariffs hitting a country', 'New tariffs hitting China will raise prices, economists said.', 'China', 'mention'],
    [
      'a scandal rocking a country',
      'A corruption scandal rocking Brazil has reached the presidency.',
      'Brazil',
      'mention',
    ],
    ['investors rushing somewhere', 'Investors were rushing to Switzerland for safety.', 'Switzerland', 'mention'],
    ['winds battering a place', 'Strong winds were battering Florida on Sunday.', 'Florida', 'event'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('review 22 guards: narrowed event kinds of stop 22, with the shipped gazetteer', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // killed-share: the share must be of the place or of its people, and the killing no forecast
    [
      'a forecast killing exports',
      "The new tariffs could kill 20 percent of Mexico's exports to the US.",
      'Mexico',
      'mention',
    ],
    ['rules wiped out', "The court ruling wiped out half of Texas's new voting rules.", 'Texas', 'mention'],
    [
      'a plan killed',
      "Critics said the bill would kill much of California's high-speed rail plan.",
      'California',
      'mention',
    ],
    ['a quota killed', "The senator said the deal kills two-thirds of Canada's dairy quota.", 'Canada', 'mention'],
    ['plants killed by 2030', "The plan would kill half of Britain's coal plants by 2030.", 'Britain', 'mention'],
    ["a share of a place's people killed", "The famine killed a quarter of Ireland's people.", 'Ireland', 'event'],
    ['a population infected', "The virus infected a third of Italy's population within months.", 'Italy', 'event'],
    ['a hedged share killed', "The earthquake killed nearly a tenth of Haiti's people.", 'Haiti', 'event'],
    // cross / entering: not a place owning the object, not "cross … off"
    [
      'crossing unions',
      "Few lawmakers are willing to cross Pennsylvania's powerful unions.",
      'Pennsylvania',
      'mention',
    ],
    ['crossing a lobby', "Few Republicans dare to cross Texas's oil lobby.", 'Texas', 'mention'],
    ['crossing a legislature', "The measure crossed Ohio's legislature with bipartisan votes.", 'Ohio', 'mention'],
    ['crossed off a list', 'The plan would cross Ohio off the list of swing states.', 'Ohio', 'mention'],
    ['entering a market', "The company is entering Brazil's crowded mobile market next year.", 'Brazil', 'mention'],
    ['crossing a country on foot', 'Refugees are crossing Serbia on foot to reach Hungary.', 'Serbia', 'event'],
    ['crossing on a train', 'Migrants crossed Mexico on a freight train.', 'Mexico', 'event'],
    ['crossing a border', "The men were caught crossing Mexico's northern border at night.", 'Mexico', 'event'],
    // a market opening up to foreigners is no trading-day move
    ['a market opened up to carmakers', "China's market opened up to foreign carmakers in 2018.", 'China', 'mention'],
    [
      'an exchange opened up to funds',
      "Vietnam's Stock Exchange opened up to foreign funds in 2015.",
      'Vietnam',
      'mention',
    ],
    ['an index closed higher', "Britain's FTSE 100 closed higher on Friday.", 'Britain', 'event'],
    ['an index closed by a figure', "Germany's DAX closed 0.5% higher on Friday.", 'Germany', 'event'],
    ['an index ended up', "India's Sensex index ended up 300 points.", 'India', 'event'],
    ['an index last down', "France's CAC 40 was last down 0.2%.", 'France', 'event'],
    ['an index closed down by a figure', "Japan's Nikkei 225 closed down 1.2% on Monday.", 'Japan', 'event'],
    ['entering airspace', "The drone entered Syria's airspace from the north.", 'Syria', 'event'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('mention cues through qualifiers; what a place owns is no place acted on, with the shipped gazetteer', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // a mention cue reads through the qualifiers a locative reads through
    ['holders in a part', 'The firm has offices in southern California and Texas.', 'California', 'mention'],
    ['a career record in a part', 'She studied painting in northern Italy before the war.', 'Italy', 'mention'],
    ['a comparison with a part', 'Rents there are higher than in northern Europe.', 'Europe', 'mention'],
    ['an institution in a part', 'He teaches at Rice University in southern Texas.', 'Texas', 'mention'],
    ['a happening in a part', 'Protests broke out in southern Iraq on Friday.', 'Iraq', 'event'],
    [
      '"most" as a hedge',
      'A small quake that most likely was not felt struck in south Santa Clara County.',
      'Santa Clara County',
      'event',
    ],
    // acted on: the place, a part of it or a site in it; not what it owns
    ['exports hit', "The new tariffs hit China's exports hard.", 'China', 'mention'],
    ['a governor visited', "The senator visited Nevada's governor on Monday.", 'Nevada', 'mention'],
    ['a law attacked', "Critics attacked Ohio's new voting law.", 'Ohio', 'mention'],
    ['a coast struck', "The quake struck Japan's northeast coast on Friday.", 'Japan', 'event'],
    ['hospitals bombed', "Jets bombed Gaza's hospitals overnight.", 'Gaza', 'event'],
    ['a hospital left', "The patient left Rome's Gemelli hospital today.", 'Rome', 'event'],
    ['a province seized', "Rebels seized Syria's Idlib province in March.", 'Syria', 'event'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe("a town's own police or firefighters: where they act is the story's ground, with the shipped gazetteer", () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    ['police', 'A man was found dead in Minnesota on Sunday. Winona police have identified him.', 'Winona', 'event'],
    [
      'firefighters',
      'A house burned in Connecticut on Sunday. Hopkinton firefighters called in two other companies.',
      'Hopkinton',
      'event',
    ],
    [
      "sheriff's deputies",
      "A lab was found in Minnesota. Stearns County sheriff's deputies seized it on Friday.",
      'Stearns County',
      'event',
    ],
    [
      'a former chief: a career record',
      'A man sued in Minnesota on Sunday. A former Winona police chief assaulted him, the suit says.',
      'Winona',
      'mention',
    ],
    // the gazetteer reads "Duma" as a Syrian town: a parliament's deputies do not make it the story's ground
    ["a parliament's deputies", 'Talks in Russia went on. The envoy met Duma deputies on Friday.', 'Dūmā', 'mention'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('what befell a place, read past where it lies; a hazard affecting a place, with the shipped gazetteer', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    ['hard hit, no agent', 'Ohio has been hard hit, officials said.', 'Ohio', 'event'],
    [
      'a province between',
      'The outbreak spread fast. The city of Fuyang in Anhui province was especially hard-hit by the outbreak.',
      'Fuyang',
      'event',
    ],
    [
      'a relative clause between, an adverb in the auxiliary',
      'Cholera killed 208 people in Harare. The town of Beitbridge, which lies on the border, has also been hard hit.',
      'Beitbridge',
      'event',
    ],
    ['hit by tariffs: a party', 'Canada was hit by tariffs last year.', 'Canada', 'mention'],
    [
      'a hazard affecting a place',
      'Flooding has also affected the neighbouring countries of Benin and Ghana.',
      'Ghana',
      'event',
    ],
    ['tariffs affecting a place: a party', 'The tariffs affected Canada badly.', 'Canada', 'mention'],
    ['a hazard affecting what a place owns', "The outbreak affected Italy's economy badly.", 'Italy', 'mention'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('a part of a name that takes "the"; "the north of" is a part, no bearing, with the shipped gazetteer', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    ['parts of the', 'Protests erupted in parts of the United States on Friday.', 'United States', 'event'],
    ['much of the', 'Snow fell across much of the Middle East.', 'Middle East', 'event'],
    ['the north of the', 'Fighting raged in the north of the Gaza Strip.', 'Gaza Strip', 'event'],
    ['the north of', 'Fighting raged in the north of England.', 'England', 'event'],
    ['a bearing still', 'The town lies 20 miles north of the Gaza Strip.', 'Gaza Strip', 'mention'],
    ['the hands of the', 'The fiscal fate is in the hands of the U.S. and China.', 'United States', 'mention'],
    [
      'the days of the',
      'Unlike in the days of the Soviet Union, the country trades with all.',
      'Soviet Union',
      'mention',
    ],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('holders at a place to whom something happens there; a rough count harmed, with the shipped gazetteer', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    ['voters who voted', 'Voters in Georgia went to the polls on Tuesday.', 'Georgia', 'event'],
    [
      'schools closed',
      'All schools and universities in Mexico City have been closed indefinitely.',
      'Mexico City',
      'event',
    ],
    [
      'a rough count sickened',
      'The outbreak killed three people and sickened nearly 200 in the United States.',
      'United States',
      'event',
    ],
    ['residents who complain', 'Residents in Florida have complained about the water.', 'Florida', 'mention'],
    [
      "a town's residents marching",
      'About 55 Gainesville residents marched Friday near City Hall, Florida officials said.',
      'Gainesville',
      'event',
    ],
    [
      "a town's man: where he lives",
      'A Chapin man died early Tuesday in a collision in South Carolina.',
      'Chapin',
      'mention',
    ],
    ['coordinated qualifiers', 'Protests spread across southern and central Sudan.', 'Sudan', 'event'],
    ['start-ups growing', 'Hotel start-ups in the US are growing fast.', 'United States', 'mention'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe("a journey's start after a walk or a drive, with the shipped gazetteer", () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    ['walked from', 'Migrants walked from Honduras to the US border.', 'Honduras', 'event'],
    ['drove from', 'She drove from Dallas to Houston.', 'Dallas', 'event'],
    ['traveled from: where fans are from', 'Fans who traveled from Dallas filled the stadium.', 'Dallas', 'mention'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('review 23 guards: owned objects, superlatives through qualifiers, forces acting elsewhere (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    ['a named part struck', "Israeli jets struck Lebanon's Bekaa Valley overnight.", 'Lebanon', 'event'],
    ['a physical part hit', "Russian missiles hit Kyiv's energy infrastructure overnight.", 'Kyiv', 'event'],
    ['a region hit', "The hurricane hit Florida's Panhandle on Wednesday.", 'Florida', 'event'],
    ['a share, no ranking', 'Most of the attacks took place in northern Nigeria last year.', 'Nigeria', 'event'],
    ['"only in", no ranking', 'Fighting continued only in eastern Ukraine on Sunday.', 'Ukraine', 'event'],
    ['a loose superlative', 'The fighting was the most intense in eastern Ukraine since March.', 'Ukraine', 'event'],
    [
      'residents marching elsewhere',
      'About 200 Gainesville residents marched in Washington on Saturday.',
      'Gainesville',
      'mention',
    ],
    [
      'firefighters sent elsewhere',
      'A fire broke out in Colorado. Denver firefighters were sent to help battle the blaze in California.',
      'Denver',
      'mention',
    ],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('event recall: counted tolls had, units after the name, "where there were", examples of a kind (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // a place having a counted toll, as one recording it
    ['a counted toll had', 'Argentina has 512 deaths from the virus.', 'Argentina', 'event'],
    ['a first case had', 'Kenya has had its first case of the disease.', 'Kenya', 'event'],
    ['a case of a party, no toll', 'Australia has a case against China at the WTO.', 'Australia', 'mention'],
    ['a stock, no toll', 'Gaza has around 1,000 vaccine doses.', 'Gaza', 'mention'],
    ['counted incidents', 'New York has confirmed 28 incidents of the flu.', 'New York', 'event'],
    // the kind of unit after the name, before what befell it
    ['a unit word after the name', 'Sindh province has reported 40 new cases.', 'Sindh', 'event'],
    // a toll there was at the place, in a "where" relative
    [
      'where there were cases',
      'Officials are watching Turkey, where there have been 12 confirmed cases.',
      'Turkey',
      'event',
    ],
    ['where there is a lasting state', 'Analysts praised Texas, where there is a large market.', 'Texas', 'mention'],
    // names given as examples of a kind of place, after a preposition
    ['examples after a locative', 'People promoted safe sex in cities like Beijing and Shanghai.', 'Beijing', 'event'],
    ['the next example', 'People promoted safe sex in cities like Beijing and Shanghai.', 'Shanghai', 'event'],
    [
      'examples with a holder before them',
      'Health officials in other countries such as Mexico and Brazil also report cases.',
      'Mexico',
      'event',
    ],
    ['relatives in examples: residence', 'He has relatives in countries such as Germany.', 'Germany', 'mention'],
    ['voters in examples: holders', 'The plan appeals to voters in key states like Ohio.', 'Ohio', 'mention'],
    ['a comparison still', 'Prices are higher than in cities such as Lyon.', 'Lyon', 'mention'],
    // a journey on a plane
    ['on a plane to', 'She was soon on a plane to Nashville.', 'Nashville', 'event'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('event recall: called to, parts of a site (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name.startsWith(name))?.role;
  };
  it.each([
    // called or summoned there, as a motion's goal
    ['crews called to a block', 'Crews were called to the 200 block of River Avenue.', 'River Avenue', 'event'],
    ['a squad called to a side', "Bomb squad called to Richmond's east side.", 'Richmond', 'event'],
    ['summoned to', 'The ambassador was summoned to Moscow on Friday.', 'Moscow', 'event'],
    // a site's parts
    [
      'in the parking lot of the',
      'Two men were arrested in the parking lot of the Henry County Courthouse.',
      'Henry County Courthouse',
      'event',
    ],
    ['on the steps of the', 'Protesters gathered on the steps of the Texas Capitol.', 'Texas Capitol', 'event'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('event recall: kinds of place a hazard struck listed, a ranked toll had (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    ['affected by a hazard are', 'Other cities affected by the flu are Kisumu and Mombasa.', 'Kisumu', 'event'],
    ['the next item', 'Other cities affected by the flu are Kisumu and Mombasa.', 'Mombasa', 'event'],
    ['hardest hit by include', 'The provinces hardest hit by the floods include Sindh and Punjab.', 'Sindh', 'event'],
    ['affected by a party', 'The countries affected by the tariffs are Canada and Mexico.', 'Canada', 'mention'],
    ['a ranked toll had', 'The village of Pongpong had the largest number of casualties.', 'Pongpong', 'event'],
    ['a ranked count, no toll', 'Texas has the most lawyers in the country.', 'Texas', 'mention'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('review24 findings 2 and 3 guards: a court\'s cases, "has" as an auxiliary, no toll there was (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // 'has' before another verb's participle is its auxiliary, not a having
    ['has filed cases', 'Texas has filed two cases before the Supreme Court this term.', 'Texas', 'mention'],
    // cases before a court, or overturned, are a court's
    [
      'cases before a court',
      'Texas has two cases before the Supreme Court, the attorney general said.',
      'Texas',
      'mention',
    ],
    ['cases overturned', 'Ohio has had three death penalty cases overturned since 2010.', 'Ohio', 'mention'],
    // still a disease's toll
    ['counted confirmed cases had', 'Ohio has had 12 confirmed cases of the flu.', 'Ohio', 'event'],
    // no toll there was
    [
      'where there were no cases',
      'Vermont, where there have been no cases, will reopen schools on Monday.',
      'Vermont',
      'mention',
    ],
    [
      'where there were no deaths',
      'Officials praised Oregon, where there were no deaths during the heat.',
      'Oregon',
      'mention',
    ],
    [
      'where there were cases',
      'Vermont, where there have been 12 cases, will close schools on Monday.',
      'Vermont',
      'event',
    ],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('examples of a kind read through only when their sentence reports a happening; rates, squads, feared tolls (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // a present state, a plan or what an organisation has: the names are examples of a kind, compared
    ['a state in examples', 'Gun laws are stricter in countries like Japan and Britain.', 'Japan', 'mention'],
    ['the next example of a state', 'Gun laws are stricter in countries like Japan and Britain.', 'Britain', 'mention'],
    [
      'a plan in examples',
      'The campaign will begin polling in battleground states like Ohio and Florida.',
      'Ohio',
      'mention',
    ],
    ['what a group has in examples', 'The group has affiliates in countries like Libya and Yemen.', 'Libya', 'mention'],
    ['a saying is no happening', 'Analysts said prices are lower in countries such as Poland.', 'Poland', 'mention'],
    // a past, a perfect, or a toll: what happened there
    ['an irregular past', 'Snow fell in cities like Denver and Boise on Tuesday.', 'Denver', 'event'],
    ['a perfect', 'The virus has spread to countries including Italy and Iran.', 'Iran', 'event'],
    ['a past in -ed', 'Wildfires burned in states such as Oregon and California last week.', 'Oregon', 'event'],
    // a rate a place has is a state of it (review24 finding 11); a counted toll had stays one
    ['a ranked rate had', 'Kenya has the highest infection rates in the region.', 'Kenya', 'mention'],
    ['a counted rate had', 'Japan has a 2% death rate among the infected.', 'Japan', 'mention'],
    ['a counted toll had, no rate', 'Kenya has 40 new infections this week.', 'Kenya', 'event'],
    // called to a national team, no place one went
    ['called to a team', 'She was called to the Ireland team for the Six Nations.', 'Ireland', 'mention'],
    ['called to a side of a place', 'Police were called to the Ohio side of the river.', 'Ohio', 'event'],
    // a toll only called for or feared, in a "where there were" relative, did not happen
    ['calls for a toll', 'Iowa, where there have been calls for protests, votes on Monday.', 'Iowa', 'mention'],
    [
      'fears of a toll',
      'Officials are watching Kenya, where there have been fears of an outbreak.',
      'Kenya',
      'mention',
    ],
    ['reports of a toll', 'They flew to Lagos, where there were reports of clashes.', 'Lagos', 'event'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('review25 finding 5: examples read in the clause holding them; a participle after a copula is a state (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // a modal in another clause does not make the examples' happening a possibility
    [
      'a forecast joined by ", and"',
      'Riots broke out in cities like Paris and Lyon overnight, and the president will speak on Monday.',
      'Paris',
      'event',
    ],
    [
      'a saying with a modal joined by ", and"',
      'Protesters marched in cities like Chicago and Boston on Saturday, and organizers said more rallies would follow.',
      'Chicago',
      'event',
    ],
    [
      'a perfect beside a forecast',
      'The virus has spread to countries including Italy and Iran, and experts warn it could reach Africa.',
      'Italy',
      'event',
    ],
    [
      'a modal in a relative clause',
      'Thousands of people died in countries such as Sierra Leone and Liberia during the outbreak, which could return.',
      'Liberia',
      'event',
    ],
    [
      'a list closed by ", and"',
      'Riots broke out in cities like Paris, Lyon, and Marseille overnight.',
      'Marseille',
      'event',
    ],
    // a past inside a relative clause set off by commas is not the examples' clause
    [
      'a past in a relative clause',
      'In states like Ohio, where the plant closed in 2019, workers can still find jobs.',
      'Ohio',
      'mention',
    ],
    // a participle after a copula is a state; with an agent or a time it is an act
    ['a state after "is"', 'Unemployment is concentrated in states like Ohio and Michigan.', 'Ohio', 'mention'],
    [
      'a state after "are"',
      'Students in countries like Finland are required to learn two languages.',
      'Finland',
      'mention',
    ],
    [
      'an act with a time',
      'Protesters were arrested in cities like Chicago and Boston on Saturday.',
      'Chicago',
      'event',
    ],
    [
      'a past "there were" after ", but"',
      'Few votes were cast, but in states like Ohio and Iowa there were reports of long lines.',
      'Ohio',
      'event',
    ],
    // "are expected to" forecasts as a modal does
    ['a forecast toll', 'Heat deaths are expected to rise in cities such as Phoenix and Tucson.', 'Phoenix', 'mention'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe("review25 L1: a world city inside a site's name is its town in a story set elsewhere (shipped gazetteer)", () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const sites = (text: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g)
      .filter((p) => p.kind === 'site')
      .map((p) => p.name);
  };
  it.each([
    [
      'an airport of a capital',
      'The senator from Ohio landed at Brussels Airport on Monday.',
      'Brussels Airport, Brussels',
    ],
    [
      'a city hall of a capital',
      'Protesters gathered outside Seoul City Hall on Saturday as officials in Washington watched.',
      'Seoul City Hall, Seoul',
    ],
    [
      'an airport of a city of millions',
      'The delegation from Texas met at Dubai International Airport on Monday.',
      'Dubai International Airport, Dubai',
    ],
  ])('%s', (_label, text, name) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(sites(text)).toContain(name);
  });
  it("still reads no smaller namesake town abroad, nor a world city with a namesake town in the story's country", () => {
    expect(sites('Storms hit England on Friday. Police closed Westminster Bridge for two hours.')).not.toContain(
      'Westminster Bridge, Westminster',
    );
    const paris = findPlaces(
      makeArticle('Police in Ohio said the injured were taken to Paris Regional Medical Center.'),
      (g ??= loadGazetteer(readFileSync(REAL, 'utf8'))),
    ).find((p) => p.kind === 'site');
    expect(paris?.country).not.toBe('FR');
  });
});

describe("review24 findings 8 and 11 guards: called to the bar, at the foot of, a court's ranked cases (shipped gazetteer)", () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // admission to practise law, no place one went
    ['called to the bar', 'She was called to the Ohio bar in 1998.', 'Ohio', 'mention'],
    ['called to a house', 'Firefighters were called to a house in Dayton on Monday.', 'Dayton', 'event'],
    // where a thing lasts
    ['at the foot of', 'The stadium sits at the foot of the Andes in Chile.', 'Andes', 'mention'],
    // a court's cases, ranked
    ['the most court cases', 'Texas has the most death penalty cases in the country.', 'Texas', 'mention'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe("event recall: what befell a place set off by a comma, counted kinds, contests won, a relative clause's object, an institution as a venue (shipped gazetteer)", () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    // a participle of what befell the place, with its agent or time
    [
      'captured by, set off',
      'Palestinians want East Jerusalem, captured by Israel in 1967, for a state.',
      'East Jerusalem',
      'event',
    ],
    ['seized in a year', 'The rebels still hold Mosul, seized in 2014.', 'Mosul', 'event'],
    ['struck by a quake, set off', 'Aid flowed to Nepal, struck by an earthquake in April.', 'Nepal', 'event'],
    ['a bare participle describes', 'Crimea, occupied territory, is Ukraine’s.', 'Crimea', 'mention'],
    // places of a kind counted before the name
    [
      'counted states and',
      'The drug has been legalized in 11 states and the District of Columbia.',
      'District of Columbia',
      'event',
    ],
    ['all counted states and', 'The virus has been found in all 50 states and Puerto Rico.', 'Puerto Rico', 'event'],
    [
      'a holding through a count',
      'The firm has offices in 12 countries and the United States.',
      'United States',
      'mention',
    ],
    // leaving a place
    ['departs', 'Obama departs the UK for Germany on Monday.', 'United Kingdom', 'event'],
    ['"leaves" as results in', 'That leaves the Idaho court with one judge until then.', 'Idaho', 'mention'],
    // a contest won or lost there
    ['won a state', 'Bush won Florida by 20 points in 1988.', 'Florida', 'event'],
    ['lost a state', 'Sanders lost Ohio to Clinton on Tuesday.', 'Ohio', 'event'],
    ["won a place's possession", 'She won Britain’s first gold medal.', 'Britain', 'mention'],
    ['won a state twice', 'Obama carried Ohio twice, aides in Chicago said.', 'Ohio', 'event'],
    [
      'carried a place as modifier',
      'The truck carried Texas license plates, police in Oklahoma said.',
      'Texas',
      'mention',
    ],
    ['lost a place as modifier', 'The company lost Ohio customers to a rival last year.', 'Ohio', 'mention'],
    ['a condition past a title', 'If Sen. Marco Rubio wins Florida, he will be the nominee.', 'Florida', 'mention'],
    ['a visit on a condition past a title', 'If Sen. Marco Rubio visits Iowa, he will win there.', 'Iowa', 'mention'],
    // the object of a relative clause's act or contest
    [
      'which a name won',
      'North Carolina, which President Barack Obama won in 2008, is close.',
      'North Carolina',
      'event',
    ],
    [
      'which plural forces recaptured',
      'Aleppo, which government forces recaptured in December, is quiet.',
      'Aleppo',
      'event',
    ],
    ['which the place did elsewhere', 'Syria, which has attacked Israel, denied it.', 'Syria', 'mention'],
    ['which, an adverb, then its act', 'Iran, which recently attacked Saudi oil fields, denied it.', 'Iran', 'mention'],
    [
      'which took a hit',
      'They pointed to Indiana, which took a hit to its reputation last year.',
      'Indiana',
      'mention',
    ],
    // an institution as the venue of what happened, not the seat of a career
    ['spoke at a university in', 'Trump spoke at Liberty University in Lynchburg on Monday.', 'Lynchburg', 'event'],
    ['a day at a university in', 'Tuesday at Baldwin Wallace University in Berea, Kasich said so.', 'Berea', 'event'],
    [
      'a rally at a university in',
      'He held a rally at Pennsylvania State University in State College.',
      'State College',
      'event',
    ],
    ['a professor at', 'She is a professor at Rice University in Houston.', 'Houston', 'mention'],
    ['taught at', 'He taught at Rice University in Houston for years.', 'Houston', 'mention'],
    [
      'coached at',
      'Tom Baker coached at Ohio State University in Columbus for a decade before he retired.',
      'Columbus',
      'mention',
    ],
    [
      'interned at',
      'She interned at Georgetown University in Washington and now works as a lawyer.',
      'Washington',
      'mention',
    ],
    ['played at', 'He played at Duke University in Durham, then spent ten years in the NBA.', 'Durham', 'mention'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('event recall: a place\'s jury, its voters\' decisions, leaving it by a noun, a list before "where" (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    ["a county's jury", 'On March 17, a Navarro County jury found the defendant guilty.', 'Navarro County', 'event'],
    ["a borough's grand jury", 'A Manhattan grand jury indicted him on Friday.', 'Manhattan', 'event'],
    ['a former juror', 'A former Texas jury foreman spoke on Monday.', 'Texas', 'mention'],
    ["a state's jurors, no verdict", 'Texas jurors are paid six dollars a day, a study found.', 'Texas', 'mention'],
    ["a state's voters approved", 'Florida voters approved the measure on Tuesday.', 'Florida', 'event'],
    ['voters in a state rejected', 'Voters in Kansas rejected the amendment on Tuesday.', 'Kansas', 'event'],
    ['voters yet to decide', 'Ohio voters will decide in November.', 'Ohio', 'mention'],
    ['an envoy backed', 'The envoy in Brussels backed the plan.', 'Brussels', 'mention'],
    ['takeoff from', 'The plane crashed shortly after takeoff from Addis Ababa.', 'Addis Ababa', 'event'],
    ['the evacuation from', 'The evacuation from Kabul ended on Monday.', 'Kabul', 'event'],
    [
      'the first of two before "where"',
      'Specimens from Tacloban and Babatngon, where 270 swine deaths were reported, were examined.',
      'Tacloban',
      'event',
    ],
    [
      'the first of three before "where"',
      'He praised Kenya, Uganda and Tanzania, where protests broke out.',
      'Kenya',
      'event',
    ],
    ['a life step after "where"', 'He praised Berlin and Paris, where he began his career.', 'Berlin', 'mention'],
    [
      'a person\'s own act after "where" is said of the last place only',
      'The suspect had lived in Chicago, Denver and Dallas, where he was arrested on Monday.',
      'Denver',
      'mention',
    ],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('event recall: a journey flown from a place to another (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const roleOf = (text: string, name: string) => {
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).find((p) => p.name === name)?.role;
  };
  it.each([
    ['flown from', 'The bodies were flown from the port city of Odesa to Kyiv.', 'Odesa', 'event'],
    ['to, after a long start', 'The bodies were flown from the port city of Odesa to Kyiv.', 'Kyiv', 'event'],
    ['goods from a place to another', 'Exports from China to Russia rose.', 'Russia', 'mention'],
    [
      'goods flown from their origin',
      'The restaurant in Boston serves fresh fish flown from Japan every week.',
      'Japan',
      'mention',
    ],
    ['a person flown from', 'The man was flown from Kabul to Doha on Monday.', 'Kabul', 'event'],
  ])('%s', (_label, text, name, role) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    expect(roleOf(text, name)).toBe(role);
  });
});

describe('precision (issue 12, stop 27): affiliations are no places (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const names = (text: string) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    const article = makeArticle(text);
    const people = peopleOf(readNames(readText(article), { kb: null, gazetteer: g }), article.text);
    return findPlaces(article, g, people).map((p) => p.name);
  };
  it.each([
    ['a doctor’s degree after the name', '“It is groundbreaking,” says Katie Allen, MD, PhD, of the team.', 'Maryland'],
    ['a master’s degree', 'Nuts help, states Lauren Slayton, MS, RD, a registered dietitian.', 'Mississippi'],
    [
      'a site as a post’s workplace',
      'Dr. Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary in the UK, took a look.',
      'Aberdeen Royal Infirmary, Aberdeen',
    ],
    [
      'a site after researchers out of it',
      "A team led by researchers out of NASA's Goddard Space Flight Center in Greenbelt, Maryland, found water.",
      "NASA's Goddard Space Flight Center, Greenbelt",
    ],
    [
      'a site after a post heading a unit of it',
      'said Elizabeth Hoge, director of the Anxiety Disorders Research Program at Georgetown University Medical Center.',
      'Georgetown University Medical Center, Georgetown',
    ],
  ])('%s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });
  it.each([
    ['a state after a town', 'The clinic opened in Baltimore, MD, on Monday.', 'Maryland'],
    [
      'a site where something happened, though a doctor works there',
      'The victim was taken to the Aberdeen Royal Infirmary, where a surgeon at the Aberdeen Royal Infirmary operated.',
      'Aberdeen Royal Infirmary, Aberdeen',
    ],
    [
      'the place a workplace lies in',
      'Dr. Owen Dempsey, a pulmonologist at the Aberdeen Royal Infirmary in Aberdeen, said so.',
      'Aberdeen',
    ],
  ])('kept: %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('precision (issue 12, stop 27): Chinese names in syllables, bodies named after a building (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const names = (text: string) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).map((p) => p.name);
  };
  it('two spaced syllables of a Chinese town written in one word are a person', () => {
    expect(names('Trump met Chinese vice-premier Liu He in Washington on Friday.')).toEqual(['Washington']);
    expect(names('said Jing Zhou, Professor of Management at Rice University in Texas.')).toEqual(['Texas']);
  });
  it('the town written in one word stays a place', () => {
    expect(names('Floods hit Jingzhou and Liuhe on Monday.')).toEqual(['Jingzhou', 'Liuhe']);
  });
  it("a body's word after a building's head is no town there", () => {
    expect(names('The office referred the call to U.S. Capitol Police, who worked with the FBI.')).toEqual([]);
  });
});

describe('precision (issue 12, stop 27): land and roads named by the places they join (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const names = (text: string) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    return findPlaces(makeArticle(text), g).map((p) => p.name);
  };
  it('a road named by its two towns is one place, its towns parts of its name', () => {
    expect(names('The base lies inside a zone on the Baghdad-Damascus (M2) highway.')).toEqual([
      'Baghdad-Damascus highway',
    ]);
  });
  it('so is land named by two regions', () => {
    expect(names('Remote regions like Yunnan and the Qinghai-Tibet plateau are vulnerable.')).toEqual([
      'Yunnan',
      'Qinghai-Tibet plateau',
    ]);
  });
  it('a border keeps its sides, and towns joined by no such head stay places', () => {
    expect(names('Flights between Baghdad and Damascus resumed; the Baghdad-Damascus route is busy.')).toEqual([
      'Baghdad',
      'Damascus',
    ]);
    expect(names('Troops massed at the Iraq-Syria border.')).toEqual(expect.arrayContaining(['Iraq', 'Syria']));
  });
  it('two countries name the parties of a project, and a road to an aim is none (review27 finding 23)', () => {
    expect(names('Germany has halted work on the Russia-Germany pipeline.')).toEqual(
      expect.arrayContaining(['Germany', 'Russia']),
    );
    expect(names('Diplomats said the Damascus-Baghdad road to peace runs through Amman.')).toEqual(
      expect.arrayContaining(['Damascus', 'Baghdad', 'Amman']),
    );
  });
});

describe('precision (issue 12, stop 27): a speaker with the channel of the words set off before the verb', () => {
  it('"Richardson, via USA Today, said" is a person speaking, not the town', () => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    const g = loadGazetteer(readFileSync(REAL, 'utf8'));
    const names = (text: string) => findPlaces(makeArticle(text), g).map((p) => p.name);
    expect(names('Richardson, via USA Today, said that the game in Pittsburgh was rough.')).toEqual(['Pittsburgh']);
    expect(names('Fans in Richardson, via the highway, drove to Pittsburgh.')).toContain('Richardson');
  });
});

describe('review 6 (stop 27): a given name and a place word is a person (shipped gazetteer)', () => {
  let g: ReturnType<typeof loadGazetteer> | undefined;
  const names = (text: string) => {
    expect(existsSync(REAL), `${REAL} is missing: run \`npx tsx scripts/build-data.ts\``).toBe(true);
    g ??= loadGazetteer(readFileSync(REAL, 'utf8'));
    const article = makeArticle(text);
    const people = peopleOf(readNames(readText(article), { kb: null, gazetteer: g }), article.text);
    return findPlaces(article, g, people).map((p) => p.name);
  };
  it('both words of "Mary Jackson" are her name, not Mary (Turkmenistan) and Jackson', () => {
    expect(names("The concert ended early, said Mary Jackson, the band's manager.")).toEqual([]);
    expect(names('The tour will end in Lancaster, PA, said Mary Jackson, the band’s manager.')).toEqual([
      'Lancaster',
      'Pennsylvania',
    ]);
  });
  it('a town and its state or country stay places; a hashtag is no given name', () => {
    expect(names('Fans in Jackson Mississippi and Florence Italy cheered.')).toEqual([
      'Jackson',
      'Mississippi',
      'Florence',
      'Italy',
    ]);
    expect(names('The tweet reads, “#Hamilton Chicago show interrupted.”')).toContain('Chicago');
  });
});
