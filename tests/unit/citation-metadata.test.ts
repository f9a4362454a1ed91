// Citation metadata on the fixture pages, end to end (page → extraction → note → citation facts): the authors a
// citation names (structured authors first, else the printed byline split into people, never the publisher),
// the publication date (the page's, else the one in its URL) and the outlet.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { noteFromQuote } from '../../lib/notes';
import { citationFacts } from '../../lib/notes/export/bibliographic';
import type { Analysis, Quote } from '../../lib/types';
import { parseDocument } from '../../scripts/node/dom';

function facts(id: string, url = 'https://example.invalid/article') {
  const html = readFileSync(resolve(__dirname, `../fixtures/pages/${id}/source.html`), 'utf8');
  const article = extractArticle(parseDocument(html), url, { disposable: true })!;
  const quote = {
    text: article.text.slice(0, 10),
    start: 0,
    end: 10,
    partial: false,
    speaker: null,
    speakerRole: null,
  } as Quote;
  return citationFacts(noteFromQuote({ article } as Analysis, quote, new Date('2026-01-01T00:00:00Z'), 'n'));
}

describe('citation metadata on the fixture pages', () => {
  it('a JSON-LD author string that is a whole byline is split into its people, the agency dropped as publisher', () => {
    expect(facts('aeb-a6968f427cdb7865')).toMatchObject({
      authors: [
        { given: 'MEG', family: 'KINNARD' },
        { given: 'ERRIN', family: 'HAINES' },
      ],
      outlet: 'Associated Press',
      published: [2019, 11, 20],
    });
  });

  it('a wire service named as author stays an organisation; the outlet is the site', () => {
    expect(facts('aeb-06e5123e4ef7cfb4')).toMatchObject({
      authors: [{ literal: 'Reuters' }],
      outlet: 'VentureBeat',
      published: [2019, 11, 19],
    });
  });

  it('"Agency / Outlet" bylines keep the agency, drop the outlet', () => {
    expect(facts('seed-kazakhstan')).toMatchObject({
      authors: [{ literal: 'Sputnik' }],
      outlet: 'Pakistan Point News',
      published: [2022, 1, 12],
    });
  });

  it('co-writers in parentheses are authors too; without a page date, the date in the URL is used', () => {
    const lemonde = facts('rdb-lemonde-1', 'https://www.lemonde.fr/pixels/article/2015/05/04/x.html');
    expect(lemonde.authors).toEqual([
      { given: 'Martin', family: 'Untersinger' },
      { given: 'Damien', family: 'Leloup' },
      { given: 'Morgane', family: 'Tual' },
    ]);
    expect(lemonde.published).toEqual([2015, 5, 4]);
  });

  it('a page with no author gives none rather than a guess', () => {
    expect(facts('hostile').authors).toEqual([]);
  });
});
