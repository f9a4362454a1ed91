// Page metadata from <meta> tags: read in one pass, with the order of precedence the fields promise.
import { describe, expect, it } from 'vitest';
import { readPageMetadata } from '../../lib/article/metadata';
import { parseDocument } from '../../scripts/node/dom';

const head = (metas: string) => parseDocument(`<html><head>${metas}</head><body><p>x</p></body></html>`);

describe('readPageMetadata from <meta> tags', () => {
  it('takes the first tag carrying a key, whether as property, name or itemprop', () => {
    const doc = head(
      '<meta itemprop="og:title" content=" First "><meta property="og:title" content="Second"><meta name="author" content="A. Writer">',
    );
    expect(readPageMetadata(doc)).toMatchObject({ title: 'First', byline: 'A. Writer' });
  });

  it('falls through to the next key when the first key is empty or missing', () => {
    const doc = head(
      '<meta property="og:title" content="  "><meta name="twitter:title" content="Tweet title"><meta name="byl" content="By Someone"><meta property="og:site_name">',
    );
    expect(readPageMetadata(doc)).toMatchObject({ title: 'Tweet title', byline: 'By Someone', siteName: null });
  });

  it('reads dates, types and locale, and a page without <meta> gives nulls', () => {
    const doc = head(
      '<meta property="og:type" content="article"><meta name="pubdate" content="2024-05-01"><meta property="og:locale" content="en_GB">',
    );
    expect(readPageMetadata(doc)).toMatchObject({ publishedTime: '2024-05-01', isArticleType: true, lang: 'en_GB' });
    expect(readPageMetadata(head(''))).toMatchObject({
      title: null,
      byline: null,
      siteName: null,
      publishedTime: null,
      isArticleType: false,
    });
  });
});

describe('readPageMetadata: citation metadata', () => {
  const ld = (json: unknown, metas = '') =>
    head(`${metas}<script type="application/ld+json">${JSON.stringify(json)}</script>`);

  it('reads JSON-LD authors one by one, resolving @id references, and the update date', () => {
    const doc = ld({
      '@graph': [
        {
          '@type': 'NewsArticle',
          author: [{ '@id': '#ana' }, { '@type': 'Person', name: 'Li Wei' }],
          publisher: { name: 'Example News' },
          dateModified: '2026-03-02T10:00:00Z',
        },
        { '@id': '#ana', '@type': 'Person', name: 'Ana Silva' },
      ],
    });
    expect(readPageMetadata(doc)).toMatchObject({
      authors: ['Ana Silva', 'Li Wei'],
      siteName: 'Example News',
      modifiedTime: '2026-03-02T10:00:00Z',
    });
  });

  it('a publisher is not an author; a profile URL is not a name', () => {
    const doc = ld({
      '@type': 'NewsArticle',
      author: [{ '@type': 'Organization', name: 'The Example News' }, 'https://news.example/staff/ana'],
      publisher: { name: 'Example News' },
    });
    expect(readPageMetadata(doc).authors).toEqual([]);
  });

  it('falls back to citation_author tags (all of them), then Dublin Core creators, any case', () => {
    const highwire = head(
      '<meta name="citation_author" content="Silva, Ana"><meta name="citation_author" content="Wei, Li"><meta name="citation_publication_date" content="2026/03/01"><meta name="citation_journal_title" content="Example Journal">',
    );
    expect(readPageMetadata(highwire)).toMatchObject({
      authors: ['Silva, Ana', 'Wei, Li'],
      publishedTime: '2026/03/01',
      siteName: 'Example Journal',
    });
    const dc = head(
      '<meta name="DC.creator" content="Ana Silva"><meta name="DC.date.issued" content="2026-03-01"><meta name="DCTERMS.modified" content="2026-03-04">',
    );
    expect(readPageMetadata(dc)).toMatchObject({
      authors: ['Ana Silva'],
      publishedTime: '2026-03-01',
      modifiedTime: '2026-03-04',
    });
  });
});
