// The facts a citation is written from, rule by rule (named cases for survivors of `npm run mutation` on
// lib/notes/export/bibliographic.ts): "Family, Given" authors from structured data, the publication date from the
// page or the URL, the access date, and the citation key.
import { describe, expect, it } from 'vitest';
import type { Note, NoteArticle } from '../model';
import { citationFacts, citationKey } from './bibliographic';

const note = (article: Partial<NoteArticle>, pinnedAt = '2026-11-02T08:00:00Z'): Note => ({
  id: 'n',
  key: 'k',
  quote: 'q',
  partial: false,
  speaker: null,
  speakerRole: null,
  article: { title: 'T', outlet: 'Example News', url: 'https://news.example/a', publishedTime: null, ...article },
  pinnedAt,
  comment: '',
  tags: [],
  link: 'https://news.example/a',
  selector: { exact: 'q', prefix: '', suffix: '', offset: 0 },
  status: 'ok',
});
const authors = (...names: string[]) => citationFacts(note({ authors: names })).authors;

describe('authors from structured data', () => {
  it('reads "Family, Given" as one person, with or without a space, apostrophes and a second given name', () => {
    expect(authors('Silva, Ana')).toEqual([{ given: 'Ana', family: 'Silva' }]);
    expect(authors('Silva,Ana Maria')).toEqual([{ given: 'Ana Maria', family: 'Silva' }]);
    expect(authors("O'Neil, Ann")).toEqual([{ given: 'Ann', family: "O'Neil" }]);
    expect(authors('Silva, A.')).toEqual([{ given: 'A.', family: 'Silva' }]);
  });

  it('reads other shapes as a byline: lower case, a role after the comma, three given names', () => {
    expect(authors('silva, Ana')).toEqual([{ literal: 'silva' }, { literal: 'Ana' }]);
    expect(authors('Silva, Staff Writer')).toEqual([{ literal: 'Silva' }]);
    expect(authors('Silva, Ana Maria Luisa')).toEqual([{ literal: 'Silva' }, { given: 'Ana Maria', family: 'Luisa' }]);
  });
});

describe('dates', () => {
  it('takes the publication date from the page only when it starts with one, else from the URL path', () => {
    const facts = (publishedTime: string | null, url = 'https://news.example/2022/01/15/story') =>
      citationFacts(note({ publishedTime, url })).published;
    expect(facts('2021-12-31T23:00:00-05:00')).toEqual([2021, 12, 31]);
    expect(facts('on 2021-12-31')).toEqual([2022, 1, 15]);
    expect(facts(null, 'https://news.example/2022-01-29-story')).toEqual([2022, 1, 29]);
    expect(facts(null, 'https://news.example/2022/01/35/story')).toBeNull();
  });

  it('gives the pinning day as the access date, 1970-01-01 when it is unreadable', () => {
    expect(citationFacts(note({}, '2026-11-02T23:30:00Z')).accessed).toEqual([2026, 11, 2]);
    expect(citationFacts(note({}, 'never')).accessed).toEqual([1970, 1, 1]);
  });
});

describe('the citation key', () => {
  const key = (article: Partial<NoteArticle>) => citationKey(citationFacts(note(article)));

  it('is the first family name in ASCII letters, or the outlet, or "article", and the year', () => {
    expect(key({ byline: 'Zoë Łukasiewicz', publishedTime: '2022-01-12' })).toBe('ukasiewicz2022');
    expect(key({ outlet: 'Le Monde', publishedTime: '2022-01-12' })).toBe('lemonde2022');
    expect(key({ outlet: null })).toBe('article');
    expect(key({ byline: '東京 新聞', outlet: null, publishedTime: '2022-01-12' })).toBe('article2022');
  });
});
