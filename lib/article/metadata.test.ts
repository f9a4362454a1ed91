// readPageMetadata field by field: which source wins for each field, what counts as a news story, how JSON-LD is
// read (graphs, @id references, broken blocks) and which author names are refused (issue 18: rules only the
// whole-page suites touched).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/node/dom';
import { readPageMetadata } from './metadata';

const page = (head: string, htmlAttrs = '') =>
  parseDocument(`<html${htmlAttrs}><head>${head}</head><body><p>Text.</p></body></html>`);
const ld = (json: unknown) => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;
const metaTag = (key: string, content: string, attr = 'name') => `<meta ${attr}="${key}" content="${content}">`;
const read = (head: string, htmlAttrs = '') => readPageMetadata(page(head, htmlAttrs));

describe('readPageMetadata: what is a news story', () => {
  it.each([
    'NewsArticle',
    'Article',
    'ReportageNewsArticle',
    'AnalysisNewsArticle',
    'OpinionNewsArticle',
    'BlogPosting',
    'LiveBlogPosting',
    'Report',
  ])('a JSON-LD %s is one, and its headline is the title', (type) => {
    expect(read(ld({ '@type': type, headline: 'Port reopens' }))).toMatchObject({
      isArticleType: true,
      title: 'Port reopens',
    });
  });

  it('the type may be one of several; other types, and names that only contain "Article", are not stories', () => {
    expect(read(ld({ '@type': ['WebPage', 'NewsArticle'] })).isArticleType).toBe(true);
    expect(read(ld({ '@type': 'WebPage', headline: 'Home' }))).toMatchObject({ isArticleType: false, title: null });
    expect(read(ld({ '@type': 'ScholarlyArticle' })).isArticleType).toBe(false);
    expect(read(ld({ '@type': 'NewsArticleSeries' })).isArticleType).toBe(false);
    expect(read(ld({ '@type': 7 })).isArticleType).toBe(false);
  });

  it('an og:type that names an article, in any case, makes one too; another og:type does not', () => {
    expect(read(metaTag('og:type', 'Article', 'property')).isArticleType).toBe(true);
    expect(read(metaTag('og:type', 'website', 'property')).isArticleType).toBe(false);
  });
});

describe('readPageMetadata: JSON-LD blocks', () => {
  it('a broken block is skipped and the next one read; other script types are not JSON-LD', () => {
    const head =
      '<script type="application/ld+json">{ not json</script>' +
      `<script type="application/json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Wrong' })}</script>` +
      ld({ '@type': 'NewsArticle', headline: 'Right' });
    expect(read(head).title).toBe('Right');
  });

  it('a block may hold a list of nodes; empty items and strings in it are passed over', () => {
    expect(read(ld([null, 'text', { '@type': 'NewsArticle', headline: 'Listed' }])).title).toBe('Listed');
  });

  it('the story may sit in a @graph beside the nodes it points at', () => {
    const graph = ld({
      '@graph': [
        'stray',
        { '@id': '#org', '@type': 'Organization', name: 'Harbour Times' },
        { '@type': 'NewsArticle', headline: 'Graphed', publisher: { '@id': '#org' } },
      ],
    });
    expect(read(graph)).toMatchObject({ title: 'Graphed', siteName: 'Harbour Times', isArticleType: true });
  });

  it('an @id reference to no named node stays unresolved and names nobody', () => {
    const graph = ld({
      '@graph': [
        { '@id': '#org', '@type': 'Organization' },
        { '@type': 'NewsArticle', publisher: { '@id': '#org' } },
      ],
    });
    expect(read(graph + metaTag('og:site_name', 'From the tags', 'property')).siteName).toBe('From the tags');
  });

  it('a reference is resolved to the node with that @id, never to another named node', () => {
    const graph = ld({
      '@graph': [
        { '@id': '#other', '@type': 'Organization', name: 'Other Outlet' },
        { '@id': '#org', '@type': 'Organization' },
        { '@type': 'NewsArticle', publisher: { '@id': '#org' } },
      ],
    });
    expect(read(graph + metaTag('og:site_name', 'From the tags', 'property')).siteName).toBe('From the tags');
  });

  it('a type that is not a string (a nested list) is not read', () => {
    expect(read(ld({ '@type': [['NewsArticle']] })).isArticleType).toBe(false);
  });

  it('a reference that carries its own name is not looked up', () => {
    const graph = ld({
      '@graph': [
        { '@id': '#org', name: 'Looked up' },
        { '@type': 'NewsArticle', publisher: { '@id': '#org', name: 'Own name' } },
      ],
    });
    expect(read(graph).siteName).toBe('Own name');
  });
});

describe('readPageMetadata: each field and its fallbacks', () => {
  it('the title: JSON-LD headline (trimmed), else og:title, else twitter:title; blank values fall through', () => {
    expect(read(ld({ '@type': 'NewsArticle', headline: '  Spaced  ' })).title).toBe('Spaced');
    const tags = metaTag('og:title', 'From og', 'property') + metaTag('twitter:title', 'From twitter');
    expect(read(ld({ '@type': 'NewsArticle', headline: '   ' }) + tags).title).toBe('From og');
    expect(read(ld({ '@type': 'NewsArticle', headline: 42 }) + metaTag('twitter:title', 'Tweet')).title).toBe('Tweet');
  });

  it('the byline: JSON-LD author names joined, strings or objects, blanks dropped; else the author tags', () => {
    const authors = [{ name: ' Ana Silva ' }, 'Li Wei', { name: '  ' }, { name: 3 }, null];
    expect(read(ld({ '@type': 'NewsArticle', author: authors })).byline).toBe('Ana Silva, Li Wei');
    expect(read(ld({ '@type': 'NewsArticle', author: 'Rui Costa' })).byline).toBe('Rui Costa');
    expect(read(metaTag('article:author', 'From article', 'property') + metaTag('byl', 'From byl')).byline).toBe(
      'From article',
    );
    expect(read(metaTag('byl', 'By Someone')).byline).toBe('By Someone');
    expect(read(ld({ '@type': 'NewsArticle', author: [{ name: ' ' }] }) + metaTag('author', 'Tagged')).byline).toBe(
      'Tagged',
    );
  });

  it('the outlet: JSON-LD publisher, else og:site_name, a journal title, a Dublin Core publisher, the app name', () => {
    expect(read(ld({ '@type': 'NewsArticle', publisher: 'Plain Name' })).siteName).toBe('Plain Name');
    const order = [
      ['og:site_name', 'Site'],
      ['citation_journal_title', 'Journal'],
      ['dc.publisher', 'DC'],
      ['dcterms.publisher', 'DCTerms'],
      ['application-name', 'App'],
    ];
    for (let i = 0; i < order.length; i++) {
      const head = order
        .slice(i)
        .map(([key, value]) => metaTag(key, value))
        .join('');
      expect(read(head).siteName).toBe(order[i][1]);
    }
  });

  it('the publication date: JSON-LD first, then the tags in their order of trust', () => {
    expect(
      read(ld({ '@type': 'NewsArticle', datePublished: ' 2026-01-02 ' }) + metaTag('date', '1999-01-01')).publishedTime,
    ).toBe('2026-01-02');
    const keys = [
      'article:published_time',
      'datePublished',
      'pubdate',
      'date',
      'citation_publication_date',
      'citation_date',
      'dc.date.issued',
      'dcterms.issued',
      'dcterms.created',
      'dc.date',
    ];
    for (let i = 0; i < keys.length; i++) {
      const head = keys
        .slice(i)
        .map((key, j) => metaTag(key, `2026-01-${String(i + j + 1).padStart(2, '0')}`))
        .join('');
      expect(read(head).publishedTime).toBe(`2026-01-${String(i + 1).padStart(2, '0')}`);
    }
  });

  it('the update date: JSON-LD first, then the tags in their order', () => {
    expect(read(ld({ '@type': 'NewsArticle', dateModified: '2026-02-01' })).modifiedTime).toBe('2026-02-01');
    const keys = ['article:modified_time', 'og:updated_time', 'dateModified', 'dc.date.modified', 'dcterms.modified'];
    for (let i = 0; i < keys.length; i++) {
      const head = keys
        .slice(i)
        .map((key, j) => metaTag(key, `2026-03-0${i + j + 1}`))
        .join('');
      expect(read(head).modifiedTime).toBe(`2026-03-0${i + 1}`);
    }
    expect(read('').modifiedTime).toBeNull();
  });

  it('the canonical address: the first rel=canonical link (any case, trimmed), else og:url, else none', () => {
    const links =
      '<link rel="stylesheet" href="/s.css"><link rel=" Canonical " href=" /story "><link rel="canonical" href="/2nd">';
    expect(read(links + metaTag('og:url', 'https://x.example/og', 'property')).canonicalUrl).toBe('/story');
    expect(read(metaTag('og:url', 'https://x.example/og', 'property')).canonicalUrl).toBe('https://x.example/og');
    expect(read('<link rel="canonical" href="">').canonicalUrl).toBeNull();
    expect(read('').canonicalUrl).toBeNull();
  });

  it('a link without rel is passed over; a canonical link without href leaves og:url; no root, no metadata', () => {
    const og = metaTag('og:url', 'https://x.example/og', 'property');
    expect(read(`<link href="/a.css"><link rel="canonical">${og}`).canonicalUrl).toBe('https://x.example/og');
    expect(read('<link href="/a.css"><link rel="canonical" href="/story">').canonicalUrl).toBe('/story');
    const doc = page(metaTag('og:locale', 'fr_FR', 'property'), ' lang="de"');
    doc.documentElement.remove();
    expect(readPageMetadata(doc)).toMatchObject({ lang: null, title: null, canonicalUrl: null });
  });

  it('the language: the <html lang> (trimmed), else og:locale, else a language tag', () => {
    expect(read(metaTag('og:locale', 'fr_FR', 'property'), ' lang=" de "').lang).toBe('de');
    expect(read(metaTag('og:locale', 'fr_FR', 'property'), ' lang=" "').lang).toBe('fr_FR');
    expect(read(metaTag('language', 'pt')).lang).toBe('pt');
    expect(read('').lang).toBeNull();
  });

  it('a tag is read by property, name or itemprop, and its key without regard to case', () => {
    expect(read('<meta itemprop="OG:TITLE" content="Upper">').title).toBe('Upper');
    expect(read('<meta content="No key"><meta name="og:title" content="Keyed">').title).toBe('Keyed');
  });
});

describe('readPageMetadata: the author list', () => {
  const article = (author: unknown, extra = {}) => ld({ '@type': 'NewsArticle', author, ...extra });

  it('names are cleaned of extra white space and each kept once, compared without case or punctuation', () => {
    expect(read(article(['Ana  Silva', 'ana silva.', ' Li Wei '])).authors).toEqual(['Ana Silva', 'Li Wei']);
  });

  it('profile links and handles are not names', () => {
    const notNames = [
      'http://x.example/ana',
      'https://x.example/li',
      'www.example.com/rui',
      '@anasilva',
      'x.example//a',
      'http:x.example',
    ];
    expect(read(article([...notNames, 'Ana Silva'])).authors).toEqual(['Ana Silva']);
  });

  it('a name that only contains a handle is a name; "the" is dropped only at the start when names are compared', () => {
    expect(read(article(['Ana Silva (@anasilva)'])).authors).toEqual(['Ana Silva (@anasilva)']);
    expect(read(article(['Blythe Smith', 'Bly Smith'])).authors).toEqual(['Blythe Smith', 'Bly Smith']);
  });

  it('the outlet named as author is dropped, with or without "The"; a name with nothing alphanumeric too', () => {
    const authors = ['Harbour Times', 'the harbour times', '—', 'Ana Silva'];
    expect(read(article(authors, { publisher: { name: 'The Harbour Times' } })).authors).toEqual(['Ana Silva']);
    // With no outlet known, a name is only compared with the other names.
    expect(read(article(['Harbour Times'])).authors).toEqual(['Harbour Times']);
  });

  it('JSON-LD authors win; citation_author tags come next, then Dublin Core creators (both spellings)', () => {
    const tags = metaTag('citation_author', 'Tag Author') + metaTag('dc.creator', 'DC Author');
    expect(read(article('JSON Author') + tags).authors).toEqual(['JSON Author']);
    expect(read(article('https://x.example/profile') + tags).authors).toEqual(['Tag Author']);
    expect(read(metaTag('DC.creator', 'One') + metaTag('DCTERMS.creator', 'Two')).authors).toEqual(['One', 'Two']);
    expect(read('').authors).toEqual([]);
  });

  it('repeated author tags all count; other repeated keys keep their first value', () => {
    const head =
      metaTag('citation_author', 'First') +
      metaTag('citation_author', 'Second') +
      metaTag('og:title', 'Title one', 'property') +
      metaTag('og:title', 'Title two', 'property');
    expect(read(head)).toMatchObject({ authors: ['First', 'Second'], title: 'Title one' });
  });
});
