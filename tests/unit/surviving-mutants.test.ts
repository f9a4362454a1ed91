// One named case per mutant that survived the audit of issue 18 (a one-point change in lib/ that changed real
// output while every test still passed). Each case fails on its mutant (checked by hand: mutate, run, revert);
// the mutant is named in the test title. Shapes of the data, not one page's answers.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { heardNames, salience } from '../../lib/entities/salience';
import { findEntities } from '../../lib/entities';
import { testArticle, testKnowledgeBase } from '../../lib/entities/test-kb';
import { applyOperation, EMPTY_NOTES, noteFromQuote, notesToJson, parseNotesImport, type Note } from '../../lib/notes';
import { findPlaces, loadGazetteer, type Gazetteer } from '../../lib/places';
import { analyzeQuotes } from '../../lib/quotes';
import { indexPeople } from '../../lib/quotes/people';
import type { Analysis, Quote, Speaker } from '../../lib/types';
import { articleFromText } from '../../scripts/eval/corpus';
import { parseDocument } from '../../scripts/node/dom';
import { makeQuote } from '../factories';

const TEXT = 'The mayor spoke on Monday. "We confirm that the bridge will reopen in May," Ana Silva said.';

const quote = (text: string): Quote =>
  makeQuote(text, TEXT, { speaker: 'Ana Silva', speakerType: 'person', speakerRole: 'mayor' });

const ANALYSIS: Analysis = {
  article: { ...articleFromText(TEXT, 'Bridge to reopen'), url: 'https://news.example/bridge' },
  quotes: [],
  speakers: [],
  reported: [],
  places: [],
  entities: [],
};
const note = (id: string, text: string): Note =>
  noteFromQuote(ANALYSIS, quote(text), new Date('2026-01-02T03:04:05Z'), id);

describe('notes', () => {
  const a = note('n1', 'We confirm that the bridge will reopen in May,');

  it('mutant "re-check never resets to ok": a changed note found again on the page is ok again', () => {
    let state = applyOperation(EMPTY_NOTES, { op: 'pin', note: a });
    state = applyOperation(state, { op: 'check', articleUrl: a.article.url, foundKeys: [], checkedKeys: [a.key] });
    expect(state.notes[0].status).toBe('changed');
    state = applyOperation(state, { op: 'check', articleUrl: a.article.url, foundKeys: [a.key], checkedKeys: [a.key] });
    expect(state.notes[0].status).toBe('ok');
  });

  const exported = JSON.parse(notesToJson([a], new Date(0)));
  const withNote = (patch: Record<string, unknown>) =>
    JSON.stringify({ ...exported, notes: [{ ...exported.notes[0], ...patch }] });

  it('mutant "import does not check the status": an unknown status is refused', () => {
    expect(parseNotesImport(withNote({ status: 'ok' })).ok).toBe(true);
    expect(parseNotesImport(withNote({ status: 'lost' }))).toEqual({
      ok: false,
      error: 'Note 1 has an unknown status. Nothing was imported.',
    });
  });

  it('mutant "import accepts an empty quote": a quote of white space only is refused', () => {
    expect(parseNotesImport(withNote({ quote: ' \n\t ' }))).toEqual({
      ok: false,
      error: 'Note 1 has an empty quote. Nothing was imported.',
    });
  });
});

describe('entity ranking', () => {
  const speaker = (name: string): Speaker => ({
    name,
    type: 'person',
    role: null,
    aliases: [],
    quotes: [0],
    reported: [],
  });

  it('mutant "salience weights": mentions count one each, an early first mention up to two, speaking three', () => {
    const twoEarly = {
      name: 'A',
      aliases: [],
      mentions: [
        { start: 0, end: 1 },
        { start: 600, end: 601 },
      ],
    };
    expect(salience(twoEarly, 1000, heardNames([]))).toBe(4);
    const oneLate = { name: 'B', aliases: ['Bee'], mentions: [{ start: 750, end: 751 }] };
    expect(salience(oneLate, 1000, heardNames([]))).toBe(1.5);
    expect(salience(oneLate, 1000, heardNames([speaker('Bee')]))).toBe(4.5);
    expect(salience(oneLate, 1000, heardNames([{ ...speaker('Bee'), quotes: [] }]))).toBe(1.5);
  });

  it('mutant "ranking order": entities come most salient first', () => {
    const article = testArticle(
      'Japan said little. Barack Obama met Kassym-Jomart Tokayev. Tokayev thanked Obama. Obama spoke to Tokayev again, and Tokayev left.',
    );
    const entities = findEntities(article, testKnowledgeBase([]), { quotes: [], speakers: [], places: [] });
    expect(entities.length).toBeGreaterThanOrEqual(3);
    const scores = entities.map((e) => e.salience);
    expect(scores).toEqual([...scores].sort((x, y) => y - x));
    expect(entities[0].wikipedia).toBe('Kassym-Jomart_Tokayev');
  });
});

describe('place resolution with the shipped gazetteer', () => {
  let gazetteer: Gazetteer;
  beforeAll(() => {
    gazetteer = loadGazetteer(readFileSync(resolve(__dirname, '../../public/data/gazetteer-v1.tsv'), 'utf8'));
  });
  const placesIn = (text: string) => findPlaces(articleFromText(text), gazetteer);

  it('mutant "comma container ignored": "Perth, Scotland" is the Scottish town, not the larger Australian city', () => {
    const perth = placesIn('Officials met in Perth, Scotland, on Tuesday to plan the new road.').find(
      (p) => p.name === 'Perth',
    );
    expect(perth).toMatchObject({ country: 'GB' });
    expect(perth!.lat).toBeCloseTo(56.4, 0);
  });

  it('mutant "nearby unambiguous towns ignored": an ambiguous town name is read near the story\'s other towns', () => {
    const places = placesIn('Farmers drove from Fargo and Moorhead to Alexandria on Friday for the grain market.');
    const alexandria = places.find((p) => p.name === 'Alexandria');
    // Alexandria, Minnesota (45.9 N, 95.4 W), 200 km from Fargo; not Egypt's or Virginia's.
    expect(alexandria).toMatchObject({ country: 'US' });
    expect(alexandria!.lat).toBeCloseTo(45.9, 0);
    expect(alexandria!.lon).toBeCloseTo(-95.4, 0);
  });
});

describe('speaker gender guess', () => {
  it('mutant "gender guess": "she said" goes to the woman named earlier, past a man named since', () => {
    const text =
      'Maria Lopez said her office would reopen next week. John Carter said his team agreed with the plan.\n\n' +
      '"We are ready to open the doors again and to welcome everyone," she said.';
    const { quotes } = analyzeQuotes(articleFromText(text));
    expect(quotes.map((q) => q.speaker)).toEqual(['Maria Lopez']);
    const his = text.replace('"We are', '"They are').replace('she said', 'he said');
    expect(analyzeQuotes(articleFromText(his)).quotes.map((q) => q.speaker)).toEqual(['John Carter']);
  });

  it('mutant "gender guess": the first pronoun after a name gives the gender; none gives none', () => {
    const genderOf = (text: string) => indexPeople(text).people.map((p) => [p.name, p.gender]);
    expect(genderOf('Maria Lopez said her office would reopen.')).toEqual([['Maria Lopez', 'f']]);
    expect(genderOf('John Carter said his team agreed.')).toEqual([['John Carter', 'm']]);
    expect(genderOf('Maria Lopez said her brother and his team agreed.')).toEqual([['Maria Lopez', 'f']]);
    expect(genderOf('John Carter said his sister and her team agreed.')).toEqual([['John Carter', 'm']]);
    // A first name the table leaves unknown (used for both genders): no pronoun, no gender.
    expect(genderOf('Leslie Silva arrived on Monday.')).toEqual([['Leslie Silva', null]]);
  });
});

describe('extracted article', () => {
  const sentence =
    'The council voted on the new budget for schools and roads after a long public debate in the town hall. ';
  const page = (body: string, head = '') =>
    `<!doctype html><html><head><title>Budget passes</title>${head}</head><body><article><h1>Budget passes</h1>${body}</article></body></html>`;
  const paragraphs = (n: number, words = sentence) =>
    Array.from({ length: n }, () => `<p>${words.repeat(3)}</p>`).join('');
  const extract = (html: string, url = 'https://news.example/amp/budget?utm_source=feed') =>
    extractArticle(parseDocument(html), url)!;

  it('mutant "canonical URL ignored": the article URL is the canonical link, resolved against the page URL', () => {
    expect(extract(page(paragraphs(6), '<link rel="canonical" href="/2026/budget-passes">')).url).toBe(
      'https://news.example/2026/budget-passes',
    );
    expect(extract(page(paragraphs(6))).url).toBe('https://news.example/amp/budget?utm_source=feed');
  });

  it('mutant "zero-width characters kept": zero-width spaces, joiners, word joiners, BOMs and soft hyphens go', () => {
    const hidden =
      'The coun\u200Bcil vo\u200Cted on the bud\u200Dget for sch\u2060ools and ro\uFEFFads after a long pub\u00ADlic debate in the town hall. ';
    const article = extract(page(paragraphs(6, hidden)));
    expect(article.text).toContain('The council voted on the budget for schools and roads after a long public debate');
    expect(article.text).not.toMatch(/[\u200B-\u200D\u2060\uFEFF\u00AD]/);
  });

  it('mutant "reading time": words / 230 rounded, at least one minute', () => {
    // 20 words a sentence, 3 a paragraph: 60 words a paragraph, plus the headline's words when Readability keeps it.
    const short = extract(page(paragraphs(3)));
    expect(short.readingMinutes).toBe(Math.max(1, Math.round(short.wordCount / 230)));
    expect(short.readingMinutes).toBe(1);
    // Under 115 words (half a minute) still reads as one minute, never zero.
    const tiny = extract(page(`<p>${sentence.repeat(3)}</p><p>${sentence.repeat(2)}</p>`));
    expect(tiny.wordCount).toBeLessThan(115);
    expect(tiny.readingMinutes).toBe(1);
    const long = extract(page(paragraphs(20)));
    expect(long.wordCount).toBeGreaterThan(1100);
    expect(long.readingMinutes).toBe(Math.round(long.wordCount / 230));
    expect(long.readingMinutes).toBe(5);
  });
});
