import { describe, expect, it } from 'vitest';
import type { Entity, Speaker } from '../types';
import { findEntities } from './index';
import { testArticle, testKnowledgeBase } from './test-kb';

const none = { quotes: [], speakers: [], places: [] };
const run = (text: string): Entity[] => findEntities(testArticle(text), testKnowledgeBase(), none);
const titles = (text: string) =>
  run(text)
    .flatMap((e) => (e.wikipedia ? [e.wikipedia] : []))
    .sort();
const byName = (text: string, name: string) => run(text).find((e) => e.name === name);

describe('findEntities: links', () => {
  it.each([
    ['country by name', 'Protests spread across Kazakhstan last week.', ['Kazakhstan']],
    [
      'country by demonym next to a role',
      'Kazakh President Kassym-Jomart Tokayev arrived.',
      ['Kassym-Jomart_Tokayev', 'Kazakhstan'],
    ],
    ['demonym used twice counts', 'A Kazakh bank and a Kazakh court were named.', ['Kazakhstan']],
    ['a lone adjective is not the story', 'It sold the shares to a Japanese bank.', []],
    ['acronym known to the KB', 'The UN said it was worried.', ['United_Nations']],
    ['title + surname known to the KB', 'President Obama said so.', ['Barack_Obama']],
    ['three-part name titled by first and last', 'Omar Hassan al-Bashir was ousted.', ['Omar_al-Bashir']],
    ['bare title with legal suffix', 'It belongs to SoftBank Group Corp now.', ['SoftBank_Group']],
  ])('%s', (_label, text, expected) => {
    expect(titles(text)).toEqual(expected);
  });
});

describe('findEntities: wrong-link traps', () => {
  it.each([
    [
      'outlet named after a country',
      'NUR-SULTAN (Pakistan Point News / Sputnik) - Talks went on.',
      ['Sputnik_(news_agency)'],
    ],
    ['person named like a country', 'The goal came from Jordan Henderson in the second half.', []],
    ['honorific before a country name', 'The coach praised Mr. Jordan on Tuesday.', []],
    ['country after "of" inside a name', 'A report by the Bank of England was cited.', []],
    ['bare title after "for" inside a name', 'He works at the Bagnoud Center for Harvard and Growth Studies.', []],
    ['city inside a hospital name', 'He was treated at Aberdeen Royal Infirmary in March.', []],
    ['a city named like a common word that the text also uses', 'Nice weather. It was nice to be home.', []],
    ['that city where the word is not used otherwise', 'The summit opened in Nice on Monday.', ['Nice']],
    ['spelling capitals are not names', 'Doctors took an X-ray of his chest.', []],
    ['sentence-initial bare titles are not names', 'Harvard is old. Yes.', []],
    ['bare title mid-sentence, named twice', 'He studied at Harvard before that. He left Harvard later.', ['Harvard']],
    ['bare single word named only once', 'He studied at Harvard before that.', []],
    ['bare title also written in lower case', 'Doctors saw the Growth. Growth is slow, growth is good.', []],
  ])('%s', (_label, text, expected) => {
    expect(titles(text)).toEqual(expected);
  });

  it('keeps the unknown outlet, unlinked', () => {
    const outlet = byName('NUR-SULTAN (Pakistan Point News / Sputnik) - Talks.', 'Pakistan Point News');
    expect(outlet).toMatchObject({ type: 'outlet', wikipedia: null });
  });
});

describe('findEntities: who counts as a person', () => {
  const people = (text: string, speakers: Speaker[] = []) =>
    findEntities(testArticle(text), testKnowledgeBase(), { ...none, speakers })
      .filter((e) => e.type === 'person')
      .map((e) => e.name);
  it.each([
    [
      'a capitalised run with no sign of a person is left out',
      'The Regional Operations team met the Google Doc users.',
      [],
    ],
    ['a known given name first makes a person', 'A pulmonologist, Owen Dempsey, took a look.', ['Owen Dempsey']],
    [
      'Mc and O’ surnames are name-like',
      'A pulmonologist, Owen McDowell, met Mary O’Brien.',
      ['Owen McDowell', 'Mary O’Brien'],
    ],
    ['a role just before the name makes a person', 'His spokesman Berik Uali confirmed it.', ['Berik Uali']],
    ['a title before the name makes a person', 'The report was read by Dr. Berik Uali on Monday.', ['Berik Uali']],
    ['a surname used alone later makes a person', 'Berik Uali arrived. Uali stayed.', ['Berik Uali']],
  ])('%s', (_label, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('a bare title opening with a given name is a person, linked', () => {
    expect(byName('The round was led by Adam Neumann in March.', 'Adam Neumann')).toMatchObject({
      type: 'person',
      wikipedia: 'Adam_Neumann',
    });
  });

  it('an unknown name the quotes engine heard speak is a person', () => {
    const speakers = [
      { name: 'Berik Uali', type: 'person' as const, role: null, aliases: [], quotes: [0], reported: [] },
    ];
    expect(people('Berik Uali arrived on Monday.', speakers)).toEqual(['Berik Uali']);
    expect(people('Berik Uali arrived on Monday.')).toEqual([]);
  });
});

describe('findEntities: aliases and coreference', () => {
  it('defines an acronym in the text and counts its later uses', () => {
    const text = 'The Collective Security Treaty Organization (CSTO) sent troops. The CSTO mission ended.';
    const e = byName(text, 'Collective Security Treaty Organization');
    expect(e?.aliases).toContain('CSTO');
    expect(e?.mentions.map((m) => text.slice(m.start, m.end))).toEqual([
      'Collective Security Treaty Organization',
      'CSTO',
      'CSTO',
    ]);
  });

  it('ignores a parenthesis whose letters do not start the name', () => {
    const e = byName(
      'The Collective Security Treaty Organization (XYZ) met.',
      'Collective Security Treaty Organization',
    );
    expect(e?.aliases ?? []).not.toContain('XYZ');
  });

  it('resolves a surname and "title + surname" to the full name', () => {
    const text = 'Berik Uali spoke first. Later Uali added more, and Mr. Uali left.';
    const e = byName(text, 'Berik Uali');
    expect(e).toMatchObject({ type: 'person', wikipedia: null, aliases: ['Uali'] });
    expect(e?.mentions).toHaveLength(3);
  });

  it('turns a bare title into a person once a surname refers back to it', () => {
    const e = byName('Founder Adam Neumann stepped down. Neumann was paid.', 'Adam Neumann');
    expect(e).toMatchObject({ type: 'person', wikipedia: 'Adam_Neumann' });
  });

  it('links a shorter later form to the earlier full name', () => {
    const text = 'Osama bin Laden lived there. Bin Laden left in 1996.';
    expect(run(text).filter((e) => /laden/i.test(e.name))).toHaveLength(1);
  });

  it('skips headline lines written in title case', () => {
    expect(titles('Kazakh President Arrives In Almaty To Meet With Task Force\n\nNothing else.')).toEqual([]);
  });

  it('ranks the most mentioned, earliest, speaking entity first', () => {
    const text =
      'Sputnik reported. Kazakhstan protests grew. Kassym-Jomart Tokayev spoke. Tokayev said more. Tokayev left.';
    const speakers = [
      {
        name: 'Kassym-Jomart Tokayev',
        type: 'person' as const,
        role: null,
        aliases: ['Tokayev'],
        quotes: [0],
        reported: [],
      },
    ];
    const entities = findEntities(testArticle(text), testKnowledgeBase(), { quotes: [], speakers, places: [] });
    expect(entities[0].wikipedia).toBe('Kassym-Jomart_Tokayev');
  });

  it('types a bare title as a place when the places engine found it', () => {
    const text = 'He campaigned in South Carolina on Tuesday.';
    const place = {
      name: 'South Carolina',
      role: 'event' as const,
      lat: 34,
      lon: -81,
      country: 'US',
      mentions: [{ start: 16, end: 30 }],
      sentence: null,
      kind: 'region' as const,
    };
    const [withPlaces] = findEntities(testArticle(text), testKnowledgeBase(), {
      quotes: [],
      speakers: [],
      places: [place],
    });
    expect(withPlaces).toMatchObject({ wikipedia: 'South_Carolina', type: 'place' });
    expect(run(text)[0]).toMatchObject({ wikipedia: 'South_Carolina', type: 'organization' });
  });

  it.each([
    ['a title or role before it', 'Afghan President Ashraf Ghani spoke on Monday.', 'ashraf ghani', 'Ashraf Ghani'],
    [
      'a given name and capitalised particles',
      'John Van Der Beek left the show on Monday.',
      'john van der beek',
      'John Van Der Beek',
    ],
  ])('types a bare title as a person with %s', (_label, text, title, name) => {
    const kb = testKnowledgeBase([title]);
    const found = findEntities(testArticle(text), kb, none).find((e) => e.name === name);
    expect(found).toMatchObject({ type: 'person' });
  });

  it('keeps a product named after its maker a thing when its last word is used alone', () => {
    const text = 'Google Stadia launched on Tuesday. Stadia costs ten dollars a month.';
    const found = findEntities(testArticle(text), testKnowledgeBase(['google', 'google stadia']), none);
    expect(found.find((e) => e.name === 'Google Stadia')).toMatchObject({ type: 'organization' });
  });

  it('never takes a bare model word ("Pro") for the product it ends', () => {
    const text = 'The MacBook Pro launched on Tuesday. The iMac Pro came later. The MacBook Pro costs more.';
    const found = findEntities(testArticle(text), testKnowledgeBase(['macbook pro']), none);
    const macBook = found.find((e) => e.name === 'MacBook Pro');
    expect(macBook?.mentions).toHaveLength(2);
    expect(macBook?.aliases).not.toContain('Pro');
  });

  it('keeps a bare title with no sign of a person an organisation', () => {
    const found = findEntities(
      testArticle('Stack Overflow grew again this year.'),
      testKnowledgeBase(['stack overflow']),
      none,
    );
    expect(found.find((e) => e.name === 'Stack Overflow')).toMatchObject({ type: 'organization' });
  });

  it('returns nothing without a knowledge base', () => {
    expect(findEntities(testArticle('Kazakhstan.'), null, none)).toEqual([]);
  });
});

describe('findEntities: mention spans', () => {
  const mentionText = (text: string, name: string) => {
    const e = run(text).find((x) => x.name === name);
    return e?.mentions.map((m) => text.slice(m.start, m.end));
  };

  it('takes a company legal form into the name, with its period', () => {
    expect(mentionText('It belongs to SoftBank Group Corp. now, and SoftBank Group grew.', 'SoftBank Group')).toEqual([
      'SoftBank Group Corp.',
      'SoftBank Group',
    ]);
  });

  it('takes a capitalised "The" inside a sentence into an organisation name, not a sentence-initial one', () => {
    expect(
      mentionText('Officials at The United Nations agreed. The United Nations said so.', 'United Nations'),
    ).toEqual(['The United Nations', 'United Nations']);
  });

  it('reads two names joined by "and" as two, so surnames still refer back', () => {
    expect(mentionText('Adam Neumann met Jane Doe. Later Neumann and Doe left.', 'Adam Neumann')).toEqual([
      'Adam Neumann',
      'Neumann',
    ]);
  });
});

describe('findEntities: names outside capitalised runs', () => {
  it('links an AP state abbreviation after a town, with its period', () => {
    const text = 'He grew up in Greenville, S.C. and later moved.';
    const e = run(text).find((x) => x.wikipedia === 'South_Carolina');
    expect(e?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['S.C.']);
  });

  it('leaves the state of a dateline unlinked: it says where the story was filed', () => {
    expect(titles('COLUMBIA, S.C. — Voters met on Tuesday.')).toEqual([]);
  });

  it('does not read an abbreviation-like word without a town before it as a state', () => {
    expect(titles('Mass. was said at noon.')).toEqual([]);
  });

  it('keeps "&" inside a run of capitalised words', () => {
    const found = findEntities(
      testArticle('He sold Procter & Gamble stock twice.'),
      testKnowledgeBase(['procter & gamble']),
      none,
    );
    expect(found.map((e) => e.wikipedia)).toEqual(['Procter_&_Gamble']);
  });
});

describe('findEntities: names that keep "The"', () => {
  it('finds a known name that opens with "The", and leaves bare titles alone', () => {
    const kb = testKnowledgeBase(['the times']);
    const found = findEntities(
      testArticle('It ran in The Times. It was first reported by The Hill on Monday.'),
      kb,
      none,
    );
    expect(found.flatMap((e) => (e.wikipedia ? [e.wikipedia] : []))).toEqual(['The_Hill_(newspaper)']);
  });
});

describe('findEntities: a club or its town, by the story', () => {
  it('reads the town name as the club in a match report', () => {
    const text =
      'Liverpool beat Everton 2-1 in the match on Sunday. The striker scored twice for Liverpool, and the ' +
      'Everton manager blamed a late penalty. It was the season’s first derby and both goals came late, with ' +
      'Everton pressing until Liverpool cleared the last corner.';
    expect(titles(text)).toEqual(['Everton_F.C.', 'Liverpool_F.C.']);
  });

  it('keeps the town in a story about the town', () => {
    expect(titles('She moved to Liverpool in 2019 and opened a bakery there. Liverpool has grown since.')).toEqual([
      'Liverpool',
    ]);
  });
});
