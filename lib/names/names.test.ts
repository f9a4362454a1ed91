import { describe, expect, it } from 'vitest';
import { peopleOf, readNames, namesNoPerson, type NameTable } from './index';
import { NAME_RULES } from './rules';
import { readRuns } from './runs';
import { readText } from '../text';
import { testKnowledgeBase } from '../entities/test-kb';
import { loadGazetteer } from '../places';
import { analyzeQuotes } from '../quotes';
import { indexPeople } from '../quotes/people';
import { makeArticle } from '../../tests/factories';

type Row = [name: string, lat: number, lon: number, cc: string, code: string, pop: number];

/** A tiny gazetteer in the shipped format (see lib/places/gazetteer.ts). */
function gazetteer(rows: Row[]) {
  const names = rows.map(([n], id) => [n.toLowerCase(), id] as const).sort(([a], [b]) => (a < b ? -1 : 1));
  return loadGazetteer(
    [
      `#places\t${rows.length}\t3`,
      ...rows.map((r) => r.join('\t') + '\t'),
      `#names\t${names.length}`,
      ...names.map(([n, id]) => `${n}\t${id}`),
      '#demonyms\t0',
    ].join('\n'),
  );
}

const lookups = {
  kb: testKnowledgeBase(),
  gazetteer: gazetteer([
    ['Pakistan', 30, 70, 'PK', 'PCLI', 0],
    ['Jordan', 31, 36, 'JO', 'PCLI', 0],
    ['Almaty', 43.25, 76.92, 'KZ', 'PPLA', 2_000_000],
    ['Zhanaozen', 43.34, 52.86, 'KZ', 'PPL', 50_000],
    ['Mangystau', 44, 53.5, 'KZ', 'ADM1', 700_000],
    ['Sioux Falls', 43.54, -96.73, 'US', 'PPL', 90_000],
  ]),
};

const tableOf = (text: string) => readNames(readText({ text }), lookups);
const nameIn = (table: NameTable, text: string) => table.names.find((n) => n.text === text);

describe('name rules: each rule types its own example', () => {
  for (const rule of NAME_RULES) {
    it(`${rule.id}: "${rule.example.name}" in "${rule.example.text}" is ${rule.example.type}`, () => {
      const name = nameIn(tableOf(rule.example.text), rule.example.name);
      expect(name).toMatchObject({ type: rule.example.type, reason: rule.id });
    });
  }
  it('every rule has its own id', () => {
    expect(new Set(NAME_RULES.map((r) => r.id)).size).toBe(NAME_RULES.length);
  });
});

describe('readNames', () => {
  it('reads a famous surname after a locative preposition as the town, not the person', () => {
    expect(nameIn(tableOf('Aides said Obama would not attend.'), 'Obama')?.reason).toBe('famous-surname');
    expect(nameIn(tableOf('Police in Obama searched the port.'), 'Obama')?.type).not.toBe('person');
  });

  it('takes the last part of a compound role before a name ("writer-director")', () => {
    const name = nameIn(tableOf('The writer-director Ann Kowalczyk spoke.'), 'Ann Kowalczyk');
    expect(name).toMatchObject({ type: 'person' });
    expect(nameIn(tableOf('The writer-director Blue Kowalczyk spoke.'), 'Blue Kowalczyk')).toMatchObject({
      type: 'person',
      reason: 'role-before',
    });
  });

  it('never takes a product model word for a surname, even after a given name ("Mac Pro")', () => {
    const table = tableOf('The Mac Pro is dear. Owen Jordan bought one. A Pro you are, Jordan said.');
    expect(nameIn(table, 'Pro')?.type).not.toBe('person');
    expect(table.names.filter((n) => n.text === 'Jordan').map((n) => n.type)).toEqual(['person']);
  });

  it('splits a title from the name it stands before, and keeps spans on the text', () => {
    const text = 'Kazakh President Kassym-Jomart Tokayev spoke in Almaty.';
    const table = tableOf(text);
    expect(table.names.map((n) => [n.text, n.type, n.reason])).toEqual([
      ['Kazakh', 'place', 'known-name'],
      ['Kassym-Jomart Tokayev', 'person', 'title-before'],
      ['Almaty', 'place', 'known-name'],
    ]);
    for (const n of table.names) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it('joins "of" and particles into a name, drops a possessive and a sentence-opening function word', () => {
    const table = tableOf("But Bank of England officials met. The Sioux Falls's mayor came.");
    expect(table.names.map((n) => n.text)).toEqual(['Bank of England', 'Sioux Falls']);
    expect(nameIn(table, 'Sioux Falls')).toMatchObject({ type: 'place', reason: 'gazetteer-name' });
  });

  it('a person noun types the name after it, but not "man" before a town\'s police nor an adjective-like noun', () => {
    expect(nameIn(tableOf('The coach thanked his son Zhanaozen today.'), 'Zhanaozen')?.type).toBe('person');
    expect(nameIn(tableOf('A man Zhanaozen police stopped was freed.'), 'Zhanaozen')?.type).toBe('unknown');
    expect(nameIn(tableOf('He is a supporter Zhanaozen police shot.'), 'Zhanaozen')?.type).toBe('unknown');
    expect(nameIn(tableOf('It is an official Zhanaozen rule.'), 'Zhanaozen')?.type).toBe('unknown');
  });

  it('leaves a name no rule knows unknown', () => {
    expect(nameIn(tableOf('We met Qwzx at noon.'), 'Qwzx')).toMatchObject({ type: 'unknown', reason: 'unmatched' });
  });
});

describe('namesNoPerson', () => {
  it('is true for a place or organisation never written as a person, false for a surname of a person', () => {
    const table = tableOf('Pakistan said so. The United Nations agreed. Owen Jordan spoke, then Jordan left.');
    expect(namesNoPerson(table, 'Pakistan')).toBe(true);
    expect(namesNoPerson(table, 'united nations')).toBe(true);
    expect(namesNoPerson(table, 'Jordan')).toBe(false);
    expect(namesNoPerson(table, 'Qwzx')).toBe(false);
  });

  it('is true for a word opening a body\'s name the base knows, written in lower case too, or before "Inc"', () => {
    const table = tableOf('The United Nations agreed. Owen Jordan spoke.');
    expect(namesNoPerson(table, 'United')).toBe(true);
    expect(namesNoPerson(table, 'Owen')).toBe(false);
    expect(namesNoPerson(tableOf('The Qwzx Council met. Qwzx said so. It was qwzx.'), 'Qwzx')).toBe(true);
    expect(namesNoPerson(tableOf('Qwzx Inc said it grew. Qwzx said so.'), 'Qwzx')).toBe(true);
  });

  it('is false for a surname opening a body named after the person ("Kowalczyk Institute … Kowalczyk said")', () => {
    const article = makeArticle(['The Kowalczyk Institute opened on Monday.', '“We will hire,” Kowalczyk said.']);
    const layer = readText(article);
    const table = readNames(layer, lookups);
    expect(namesNoPerson(table, 'Kowalczyk')).toBe(false);
    const found = analyzeQuotes(article, layer, table).quotes.map((q) => [q.speaker, q.speakerType]);
    expect(found).toEqual([['Kowalczyk', 'person']]);
    expect(namesNoPerson(tableOf('Morgan Stanley agreed. Morgan said so.'), 'Morgan')).toBe(false);
  });
});

describe('a work noun before a name', () => {
  it('types a title right after it, not an apposition after a comma ("the book, Owen Jordan")', () => {
    expect(nameIn(tableOf('She starred in the film Owen Jordan.'), 'Owen Jordan')?.type).toBe('work');
    // After "to" the noun is a verb: "to play Rose Lane" names the part, a person.
    expect(nameIn(tableOf('She agreed to play Rose Lane in the film.'), 'Rose Lane')?.type).toBe('person');
    expect(nameIn(tableOf('She went to a play Rose Lane wrote.'), 'Rose Lane')?.type).toBe('work');
    expect(nameIn(tableOf('The author of the book, Owen Jordan, said so.'), 'Owen Jordan')?.type).toBe('person');
  });

  it('types an apposition after a comma as the work unless it is a person\'s name or the noun follows "of"', () => {
    expect(nameIn(tableOf('He wrote a novel, Sharp Objects, in 2006.'), 'Sharp Objects')?.type).toBe('work');
    expect(nameIn(tableOf('She read the book, Owen Jordan, in 2006.'), 'Owen Jordan')?.type).not.toBe('work');
    const author = tableOf('The author of the book, Blue Kowalczyk, spoke.');
    expect(nameIn(author, 'Blue Kowalczyk')?.type).not.toBe('work');
  });
});

describe('runs at the start of the text (no token before them to read)', () => {
  const runsOf = (text: string) =>
    readRuns(text, readText({ text }).tokens).runs.map((r) => [r.words.join(' '), r.before, r.beforeAfterA]);

  it('a run opening the text, or one or two words in, reads only the words there are before it', () => {
    expect(runsOf('Ann Lee spoke to a fan Tom Reed.')).toEqual([
      ['Ann Lee', '', false],
      ['Tom Reed', 'fan', true],
    ]);
    expect(runsOf('fan Tom Reed spoke')).toEqual([['Tom Reed', 'fan', false]]);
    expect(runsOf('a fan Tom Reed')).toEqual([['Tom Reed', 'fan', true]]);
    expect(runsOf('N. Central Ave is shut')).toEqual([
      ['N', '', false],
      ['Central Ave', '', false],
    ]);
    expect(runsOf('Mr. Pope')).toEqual([]);
  });
});

describe('initials', () => {
  it('an initial\'s point joins the name ("Owen Q. Jordan", "J. K. Rowling"); "Plan B. Then" ends at the point', () => {
    const table = tableOf('He met Owen Q. Jordan and J. K. Rowling. It was plan B. Then we left.');
    expect(table.names.map((n) => n.text)).toEqual(['He', 'Owen Q. Jordan', 'J. K. Rowling', 'It', 'B']);
    expect(nameIn(table, 'Owen Q. Jordan')?.type).toBe('person');
  });

  it('a name that ends in a capital letter ends its sentence there ("World War I. Britain", "Plan B. Republicans")', () => {
    const table = tableOf('France was ruined after World War I. Britain gained. It was Plan B. Republicans left.');
    expect(table.names.map((n) => n.text)).toEqual(['France', 'World War I', 'Britain', 'It', 'Plan B', 'Republicans']);
    expect(nameIn(table, 'World War I')?.type).not.toBe('person');
  });

  it('"of" after a name with an initial says where the person is from; a compass letter opens no name', () => {
    const table = tableOf('State Sen. R. Quill Deeds of Almaty spoke. The shop is at N. Central Ave.');
    expect(table.names.map((n) => n.text)).toEqual(['State', 'R. Quill Deeds', 'Almaty', 'N', 'Central Ave']);
  });

  it('a compass letter opens a name unless a street word ends the run or a house number stands before it', () => {
    const table = tableOf('W. Kamau Bell met S. Epatha Merkerson at 1600 E. Quill and on W. Jordan Street.');
    expect(table.names.map((n) => n.text)).toEqual([
      'W. Kamau Bell',
      'S. Epatha Merkerson',
      'E',
      'Quill',
      'W',
      'Jordan Street',
    ]);
  });
});

describe('peopleOf', () => {
  it("gives the spans and words of people's names, not of places", () => {
    const text = 'Mr. Kaplan met Owen Jordan in Almaty.';
    const people = peopleOf(tableOf(text), text);
    expect(people.spans.map((s) => text.slice(s.start, s.end))).toEqual(['Kaplan']);
    expect([...people.words]).toEqual(['kaplan', 'owen', 'jordan']);
  });

  it('a surname alone after "in" is the place of that name, but not in "in Cairo’s words"', () => {
    const text = 'Owen Houston sang. Fans gathered in Houston on Sunday. Fans read out, in Houston’s words, his song.';
    const table = tableOf(text);
    const at = (from: number) => table.names.find((n) => n.start === text.indexOf('Houston', from))!;
    // The table reads every later "Houston" as the surname of the Owen Houston named first.
    expect([at(20), at(60)].map((n) => n.reason)).toEqual(['surname', 'surname']);
    const spans = peopleOf(table, text).spans.map((s) => s.start);
    expect(spans).toEqual([at(60).start]);
  });

  it('after a motion, "to" and "from" put the place of that name too; a letter "to Houston" is to the person', () => {
    const text = 'Owen Houston sang. The band flew to Houston on Sunday. Fans wrote to Houston about it.';
    const table = tableOf(text);
    const surname = (from: number) => table.names.find((n) => n.start === text.indexOf('Houston', from))!;
    const spans = peopleOf(table, text).spans.map((s) => s.start);
    expect(spans).not.toContain(surname(20).start);
    expect(spans).toContain(surname(60).start);
  });
});

describe('titles and "of"', () => {
  it('an abbreviated title is a title ("Sen.", "Rep."), not a name of its own', () => {
    const table = tableOf('Sen. Owen Jordan spoke. Rep. Kenneth Baker agreed.');
    expect(table.names.map((n) => `${n.text}/${n.reason}`)).toEqual([
      'Owen Jordan/title-before',
      'Kenneth Baker/title-before',
    ]);
  });

  it('"of" after a person\'s name says where they are from: the place stays a name of its own', () => {
    const table = tableOf('Mayor Owen Jordan of Almaty spoke. The Bank of Almaty fell.');
    expect(table.names.map((n) => n.text)).toEqual(['Owen Jordan', 'Almaty', 'Bank of Almaty']);
  });
});

describe('a given name opening a sentence', () => {
  it('stays part of the name though the text writes the word too ("bill", "mark")', () => {
    expect(nameIn(tableOf('Lawmakers passed the bill. Bill Foster voted for it.'), 'Bill Foster')?.type).toBe('person');
    expect(nameIn(tableOf('Mark Kelly spoke. Voters mark the date.'), 'Mark Kelly')?.type).toBe('person');
  });
  it('loses an adverb before a given name, though the text never writes it in lower case ("Yesterday", "-ly")', () => {
    const texts = (text: string) => tableOf(text).names.map((n) => n.text);
    expect(texts('The plan passed. Yesterday Tom Baker voted yes.')).toContain('Tom Baker');
    expect(texts('The plan passed. Normally Tom Baker votes no.')).toContain('Tom Baker');
    expect(texts('The vote is close. Tonight Maria Lopez will decide.')).toContain('Maria Lopez');
    // No given name after the word: the run is read as before.
    expect(texts('The crew met. Today Show hosts cheered.')).toContain('Today Show');
    // A name ending in "-ly" is a given name, and "-mily", "-zly" end nouns: they stay.
    expect(texts('The plan passed. Kelly Ward voted yes.')).toContain('Kelly Ward');
    // A given name the tables lack that ends like an adverb ("-rly"), listed as a name: it stays too.
    expect(texts('The plan passed. Carly Anne Brill voted yes.')).toContain('Carly Anne Brill');
    // Nor one no list holds: only an ending no name has, or a listed adverb, drops the word (review30 finding 23).
    expect(texts('The plan passed. Everly Anne Brill voted yes.')).toContain('Everly Anne Brill');
    expect(texts('The plan passed. Ainsly Tom Baker voted yes.')).toContain('Ainsly Tom Baker');
    expect(texts('The plan passed. Surprisingly Tom Baker voted yes.')).toContain('Tom Baker');
    expect(texts('The plan passed. Clearly Maria Lopez had changed her mind.')).toContain('Maria Lopez');
    expect(texts('The show ended. Family Guy fans wept.')).toContain('Family Guy');
  });
  it('loses a subordinator opening the sentence ("Though", "Because", "Unless"; review30 finding 16)', () => {
    const texts = (text: string) => tableOf(text).names.map((n) => n.text);
    expect(texts('The debate grew heated. Though Tom Baker spoke first, nothing changed.')).toEqual(['Tom Baker']);
    expect(texts('The plan failed. Because Ann Brill voted no, it died.')).toEqual(['Ann Brill']);
    expect(texts('The race goes on. Unless Maria Lopez quits, he cannot win.')).toEqual(['Maria Lopez']);
  });
  it('loses a trade or position before a given name at a sentence start ("Owner", "Pitcher"), not a name', () => {
    const texts = (text: string) => tableOf(text).names.map((n) => n.text);
    expect(texts('The store closed. Owner Betty Lang wept.')).toContain('Betty Lang');
    expect(texts('The team won. Pitcher Carlos Vega struck out six.')).toContain('Carlos Vega');
    expect(texts('The team lost. Dean Smith left early.')).toContain('Dean Smith');
    expect(texts('The paper folded. Star Tribune editors left.')).toContain('Star Tribune');
  });
});

describe('a title says a person only right before the name', () => {
  it('not across a paragraph break, nor from a lower-case role noun', () => {
    const table = tableOf('He met the President\n\nPakistan trip. It is a major Pakistan industry.');
    expect(table.names.filter((n) => n.text === 'Pakistan').map((n) => n.reason)).toEqual(['known-name', 'known-name']);
  });
});

describe('the quotes engine reads speaker types from the table', () => {
  it('"Pakistan said": a country speaking is an organisation, with no role', () => {
    const article = makeArticle([
      'Officials met in Almaty on Monday.',
      '“We will not accept these terms,” Pakistan said in a statement.',
    ]);
    const layer = readText(article);
    const found = analyzeQuotes(article, layer, readNames(layer, lookups));
    expect(found.quotes.map((q) => [q.speaker, q.speakerType, q.speakerRole])).toEqual([
      ['Pakistan', 'organization', null],
    ]);
    // Without the table the same words read as a person's name: the table is what types it.
    expect(analyzeQuotes(article, layer).quotes[0].speakerType).toBe('person');
  });

  it('a popular title of a person\'s form speaks as a person ("said Ekon Tokayev", "Kate DuBrene said")', () => {
    const article = makeArticle([
      '“We will not accept these terms,” said Ekon Tokayev.',
      '“The talks are over,” Kate DuBrene said on Monday.',
    ]);
    const layer = readText(article);
    const found = analyzeQuotes(article, layer, readNames(layer, lookups));
    expect(found.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ['Ekon Tokayev', 'person'],
      ['Kate DuBrene', 'person'],
    ]);
    // A title of a body's form stays one: no given name first, no known surname last.
    expect(nameIn(tableOf('Adam Neumann spoke. The Softbank Group said so.'), 'Softbank Group')?.type).not.toBe(
      'person',
    );
  });

  it('the people index leaves out a name the table reads as a place ("Sioux Falls")', () => {
    const layer = readText({ text: 'Owen Jordan spoke at the fair. A crowd from Sioux Falls cheered.' });
    const people = (names?: NameTable) => indexPeople(layer.masked, layer.tokens, names).people.map((p) => p.name);
    expect(people(readNames(layer, lookups))).toEqual(['Owen Jordan']);
    // Read without the table, the place's name is shaped like a person's.
    expect(people()).toEqual(['Owen Jordan', 'Sioux Falls']);
  });

  it('nor a longer name ending in such a name ("Gala Sioux Falls", as "One Home Depot")', () => {
    const layer = readText({ text: 'Owen Jordan spoke in Sioux Falls. Later Gala Sioux Falls cheered.' });
    const people = (names?: NameTable) => indexPeople(layer.masked, layer.tokens, names).people.map((p) => p.name);
    expect(people(readNames(layer, lookups))).toEqual(['Owen Jordan']);
    expect(people()).toContain('Gala Sioux Falls');
  });
});

describe('what the text says of a name wherever it stands (names/cues.ts)', () => {
  it('"who" after a one-word name makes it a person, and a full name ending in it too; not after "the"', () => {
    const table = tableOf('Fans cheered Zenlo Barrow. Barrow, who won, thanked them. Zenlo, who sang, left.');
    expect(nameIn(table, 'Zenlo')).toMatchObject({ type: 'person', reason: 'who-after' });
    expect(nameIn(table, 'Barrow')?.type).toBe('person');
    expect(nameIn(table, 'Zenlo Barrow')?.type).toBe('person');
    expect(nameIn(tableOf('He lectured on the Stoics, who argue so.'), 'Stoics')?.reason).not.toBe('who-after');
  });

  it('names listed after a plural noun for companies or bodies are organisations ("employers such as")', () => {
    const table = tableOf('Employers including Marrow and Quindle protested. Firms like Zorvex, which sued, lost.');
    for (const name of ['Marrow', 'Quindle', 'Zorvex'])
      expect(nameIn(table, name)).toMatchObject({ type: 'organization', reason: 'listed-organisation' });
    expect(nameIn(tableOf('Quindle, which sued, lost the case.'), 'Quindle')?.type).not.toBe('organization');
  });
});
