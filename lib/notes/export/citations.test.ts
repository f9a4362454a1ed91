// Citation exports: authors read right from bylines, and golden files for CSL-JSON, BibTeX and {{cite news}}.
import { describe, expect, it } from 'vitest';
import type { Note } from '../model';
import { authorsFromByline } from './authors';
import { noteToBibtex, notesToBibtex } from './bibtex';
import { noteToCiteNews } from './cite-news';
import { notesToCslJson } from './csl';

const GOLDEN = '../../../tests/fixtures/notes/';

function note(id: string, quote: string, byline: string | null, url: string, publishedTime: string | null): Note {
  return {
    id,
    key: `${url}#${id}`,
    quote,
    partial: false,
    speaker: 'Ana Silva',
    speakerRole: 'mayor',
    article: { title: 'Bridge {to} reopen | 50% done', outlet: 'Example News', url, publishedTime, byline },
    pinnedAt: '2026-02-28T09:30:00.000Z',
    comment: '',
    tags: [],
    link: `${url}#:~:text=x`,
    selector: { exact: quote, prefix: '', suffix: '', offset: 0 },
    status: 'ok',
  };
}

const NOTES: Note[] = [
  note(
    'n1',
    'The bridge will reopen in March & not before',
    'By Ana Silva and Ludwig van Beethoven',
    'https://news.example/bridge',
    '2026-02-27T23:30:00-05:00',
  ),
  note('n2', 'Nobody | was hurt {{really}}', 'Example News', 'https://news.example/2025/11/03/fire', null),
  note(
    'n3',
    'Second quote, same article',
    'By Ana Silva and Ludwig van Beethoven',
    'https://news.example/bridge',
    '2026-02-27T23:30:00-05:00',
  ),
];

describe('authors from bylines', () => {
  it('drops the publisher and job titles, splits people, keeps particles and organisations', () => {
    expect(authorsFromByline('By Ana Silva, Staff Writer', 'Example News')).toEqual([
      { given: 'Ana', family: 'Silva' },
    ]);
    expect(authorsFromByline('Example News', 'Example News')).toEqual([]);
    expect(authorsFromByline('The Example News', 'Example News')).toEqual([]);
    expect(authorsFromByline('Li Wei & Martin Luther King Jr.', null)).toEqual([
      { given: 'Li', family: 'Wei' },
      { given: 'Martin Luther', family: 'King Jr.' },
    ]);
    expect(authorsFromByline('Associated Press; Ana Silva', 'Example')).toEqual([
      { literal: 'Associated Press' },
      { given: 'Ana', family: 'Silva' },
    ]);
    expect(authorsFromByline('Charles de Gaulle', null)).toEqual([{ given: 'Charles', family: 'de Gaulle' }]);
    expect(authorsFromByline('staff and agencies', null)).toEqual([{ literal: 'agencies' }]);
  });
});

describe('citation exports', () => {
  it('CSL-JSON: one article-newspaper item per article, the page date, a date from the URL, no publisher as author', async () => {
    const items = JSON.parse(notesToCslJson(NOTES));
    expect(items).toHaveLength(2);
    expect(items[0].issued).toEqual({ 'date-parts': [[2026, 2, 27]] });
    expect(items[1].issued).toEqual({ 'date-parts': [[2025, 11, 3]] });
    expect(items[1].author).toBeUndefined();
    await expect(notesToCslJson(NOTES)).toMatchFileSnapshot(GOLDEN + 'export.csl.json');
  });

  it('BibTeX: @article with journal = outlet, TeX specials escaped, one entry per article', async () => {
    const all = notesToBibtex(NOTES);
    expect(all.match(/@article\{/g)).toHaveLength(2);
    expect(all).toContain('journal = {Example News}');
    expect(all).toContain('title = {{Bridge \\{to\\} reopen | 50\\% done}}');
    await expect(all + '\n' + noteToBibtex(NOTES[0])).toMatchFileSnapshot(GOLDEN + 'export.bib');
  });

  it('{{cite news}} with quote=, pipes and braces that cannot break the template', async () => {
    const cite = noteToCiteNews(NOTES[1]);
    expect(cite).toContain('|quote=Nobody {{!}} was hurt &#123;&#123;really&#125;&#125;');
    expect(cite.match(/\|/g)?.length).toBe(6); // title, work, date, url, access-date, quote
    await expect(NOTES.map(noteToCiteNews).join('\n') + '\n').toMatchFileSnapshot(GOLDEN + 'cite-news.txt');
  });
});
