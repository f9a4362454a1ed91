// extractArticle's own rules on small made-up pages: when an extraction is an article (its size, its type, whether
// the page reads as one), and where each field comes from when Readability leaves it empty (issue 18: these were
// checked only through the whole-page suites).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../scripts/node/dom';
import { extractArticle, repairedBlocks, type ExtractOptions } from './extract';

const NEWS_ARTICLE = '<script type="application/ld+json">{"@type":"NewsArticle"}</script>';
const page = (body: string, head = '', htmlAttrs = '') =>
  `<!doctype html><html${htmlAttrs}><head>${head}</head><body><article>${body}</article></body></html>`;
const extract = (html: string, options?: ExtractOptions) =>
  extractArticle(parseDocument(html), 'https://news.example/story', options);

describe('extractArticle: what counts as an article', () => {
  // Distinct words, so no repair takes a paragraph for a repeat: 15 + 15 + 15 + the rest.
  const words = (n: number, from: number) => Array.from({ length: n }, (_, i) => `word${from + i}`).join(' ');
  const ofWords = (n: number) =>
    [words(15, 0), words(15, 15), words(15, 30), words(n - 45, 45)].map((p) => `<p>${p}.</p>`).join('');

  it('sixty words make an article; fifty-nine are a stub', () => {
    expect(extract(page(ofWords(60), NEWS_ARTICLE))?.wordCount).toBe(60);
    expect(extract(page(ofWords(59), NEWS_ARTICLE))).toBeNull();
  });

  // Short paragraphs (under Readability's 140 characters each): the page does not read as an article.
  const short = 'We all saw the big red bus go by the old mill on the hill at ten.';
  const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${short} ${short}</p>`).join('');

  it('fewer than four paragraphs on a page that does not read as an article and is not typed as one: none', () => {
    expect(extract(page(paragraphs(3)))).toBeNull();
    expect(extract(page(paragraphs(3)), { disposable: true })).toBeNull();
  });

  it('typed as a news story (JSON-LD or og:type), or four paragraphs, and the same text is an article', () => {
    expect(extract(page(paragraphs(3), NEWS_ARTICLE))?.paragraphs).toHaveLength(3);
    expect(extract(page(paragraphs(3), NEWS_ARTICLE), { disposable: true })?.paragraphs).toHaveLength(3);
    expect(extract(page(paragraphs(3), '<meta property="og:type" content="article">'))?.wordCount).toBe(102);
    expect(extract(page(paragraphs(4)))?.paragraphs).toHaveLength(4);
    expect(extract(page(paragraphs(4)), { disposable: true })?.paragraphs).toHaveLength(4);
  });

  it('a document with no body, no root or no document at all is no article, not a crash', () => {
    const noBody = parseDocument(page(paragraphs(6)));
    noBody.body.remove();
    expect(extractArticle(noBody, 'https://news.example/story')).toBeNull();
    const noRoot = parseDocument(page(paragraphs(6)));
    noRoot.documentElement.remove();
    expect(extractArticle(noRoot, 'https://news.example/story')).toBeNull();
    expect(extractArticle(null as unknown as Document, 'https://news.example/story')).toBeNull();
  });

  it('the word count is a reader’s: "don’t" and "well-known" are one word each', () => {
    const sentence = "Don't stop the well-known ferry's run, the harbour master said on Monday morning.";
    const article = extract(page(Array.from({ length: 8 }, (_, i) => `<p>${sentence} ${i}</p>`).join('')));
    // 13 words and the number, in each of 8 paragraphs.
    expect(article?.wordCount).toBe(8 * 14);
  });
});

describe('extractArticle: repairs', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
  const root = (html: string) =>
    parseDocument(`<html><body><div id="r">${html}</div></body></html>`).getElementById('r')!;

  it('repairs may take up to 35 % of the words: exactly 35 % is applied, a little more is refused', () => {
    const credit = '<p>Photo: a b c d e f</p>';
    expect(repairedBlocks(root(`<p>${words(13)}</p>${credit}`))).toEqual([words(13)]);
    expect(repairedBlocks(root(`<p>${words(12)}</p>${credit}`))).toEqual([words(12), 'Photo: a b c d e f']);
  });

  it('a furniture box Readability keeps is found by its class name (Readability is asked to keep class names)', () => {
    const story = Array.from(
      { length: 12 },
      (_, i) => `<p>The council voted on the budget for the harbour district after debate number ${i}.</p>`,
    );
    const box = '<div class="newsletter-box"><p>Get our daily briefing by email.</p><p>Sign up today.</p></div>';
    const html = page([...story.slice(0, 6), box, ...story.slice(6)].join(''));
    const article = extract(html);
    expect(article?.text).toContain('debate number 11.');
    expect(article?.text).not.toContain('daily briefing');
  });
});

describe('extractArticle: the fields', () => {
  const sentence = 'The council voted on the new budget for the harbour district after a long debate in the hall.';
  const body = Array.from({ length: 6 }, () => `<p>${sentence} ${sentence}</p>`).join('');
  const fields = (head: string, htmlAttrs = '') => {
    const article = extract(page(body, head, htmlAttrs));
    expect(article).not.toBeNull();
    return article!;
  };

  it('the title is the page title with its white space collapsed; a page with none has an empty title', () => {
    expect(fields('<title>Budget\npasses</title>').title).toBe('Budget passes');
    expect(fields('').title).toBe('');
  });

  it('Readability’s byline and outlet, cleaned and trimmed; the dates and author list from the metadata', () => {
    const head =
      '<meta name="author" content="By Rui Costa | Updated 3 Feb 2023">' +
      '<meta property="og:site_name" content=" Harbour Times ">' +
      '<meta property="article:published_time" content=" 2026-01-02 ">' +
      '<meta name="citation_author" content="Costa, Rui">' +
      '<meta property="article:modified_time" content="2026-02-02">';
    expect(fields(head)).toMatchObject({
      byline: 'Rui Costa',
      siteName: 'Harbour Times',
      publishedTime: '2026-01-02',
      authors: ['Costa, Rui'],
      modifiedTime: '2026-02-02',
    });
  });

  it('what Readability does not read comes from the page metadata, the byline cleaned the same way', () => {
    const head =
      '<meta name="byl" content="By ANA SILVA, Associated Press">' +
      '<meta name="application-name" content="Harbour App">' +
      '<meta name="pubdate" content="2026-01-03">' +
      '<meta property="og:locale" content="en_GB">';
    expect(fields(head)).toMatchObject({
      byline: 'ANA SILVA, Associated Press',
      siteName: 'Harbour App',
      publishedTime: '2026-01-03',
      lang: 'en_GB',
    });
  });

  it('with no metadata: no byline, outlet, date or language, and no author list or update date at all', () => {
    const article = fields('<title>Budget</title>');
    expect(article).toMatchObject({ byline: null, siteName: null, publishedTime: null, lang: null, dir: null });
    expect(article).not.toHaveProperty('authors');
    expect(article).not.toHaveProperty('modifiedTime');
  });

  it('the language from <html lang> (trimmed); the direction only when it is rtl or ltr', () => {
    expect(fields('', ' lang=" pt " dir="ltr"')).toMatchObject({ lang: 'pt', dir: 'ltr' });
    expect(fields('', ' dir="rtl"').dir).toBe('rtl');
    expect(fields('', ' dir="auto"').dir).toBeNull();
  });

  it('a canonical link that is no URL leaves the page URL', () => {
    expect(fields('<link rel="canonical" href="http://[bad">').url).toBe('https://news.example/story');
  });

  it('the excerpt is the description, trimmed, else the opening text', () => {
    expect(fields('<meta name="description" content="  Council passes the budget.  ">').excerpt).toBe(
      'Council passes the budget.',
    );
    expect(fields('').excerpt).toBe(`${sentence} ${sentence}`);
  });

  it('an article with no paragraph element and no description has no excerpt', () => {
    const items = Array.from({ length: 8 }, (_, i) => `<li>${sentence} ${i}</li>`).join('');
    expect(extract(page(`<ul>${items}</ul>`, NEWS_ARTICLE))?.excerpt).toBeNull();
  });
});
