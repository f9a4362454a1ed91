// The note model's small rules one by one: the article URL a note is keyed by, the quote text it is keyed by, the
// key's hash, what a new note copies from the article, and tag parsing. Named cases for survivors of
// `npm run mutation -- lib/notes/model.ts`.
import { describe, expect, it } from 'vitest';
import type { Analysis, Article, Quote } from '../types';
import { noteFromQuote, normalizeArticleUrl, normalizeQuoteText, parseTags, quoteKey } from './model';

describe('the article URL of a note', () => {
  it('drops the fragment and the tracking parameters (utm_*, mc_*, fbclid, gclid, ref, cmpid)', () => {
    const url = 'https://news.example/a?id=7&utm_source=x&UTM_MEDIUM=y&mc_cid=1&fbclid=2&gclid=3&ref=4&cmpid=5#top';
    expect(normalizeArticleUrl(url)).toBe('https://news.example/a?id=7');
  });

  it('keeps parameters that only begin like a tracking one (the whole name must match)', () => {
    const url = 'https://news.example/a?reference=1&fbclidx=2&gclid2=3&refresh=4&cmpids=5&sutm_x=6&xmc_y=7';
    expect(normalizeArticleUrl(url)).toBe(url);
  });

  it('gives text that is no URL back trimmed', () => {
    expect(normalizeArticleUrl('  not a url  ')).toBe('not a url');
  });
});

describe('the quote text a note is keyed by', () => {
  it('folds compatibility forms, curly quotes, white space and case', () => {
    expect(normalizeQuoteText(' \uFB01ne,  ‘so’\n„they“ «said»  ')).toBe(`fine, 'so' "they" "said"`);
  });

  it('keys by URL and a 32-bit FNV-1a hash of the folded text (the published test vectors for "" and "a")', () => {
    expect(quoteKey('https://news.example/a#x', { text: '' })).toBe('https://news.example/a#811c9dc5');
    expect(quoteKey('https://news.example/a', { text: ' A ' })).toBe('https://news.example/a#e40c292c');
    expect(quoteKey('https://news.example/a', { text: 'foobar' })).toBe('https://news.example/a#bf9cf968');
  });

  it('writes the hash as eight hex digits, leading zeros kept ("how" hashes below 0x10000000)', () => {
    expect(quoteKey('https://news.example/a', { text: 'How' })).toMatch(/^https:\/\/news\.example\/a#0[0-9a-f]{7}$/);
  });
});

const article = (extra: Partial<Article>): Article => ({
  title: 'T',
  byline: 'By Jane Roe',
  siteName: 'Example News',
  publishedTime: '2026-11-01T10:00:00Z',
  lang: 'en',
  dir: null,
  url: 'https://news.example/a',
  excerpt: null,
  text: 'She said: "We  will\n win." Then she left.',
  paragraphs: [],
  wordCount: 8,
  readingMinutes: 1,
  ...extra,
});
const quote: Quote = {
  text: 'We  will\n win.',
  start: 11,
  end: 25,
  paragraph: 0,
  partial: false,
  multiParagraph: false,
  speaker: 'Jane Roe',
  speakerType: 'person',
  speakerRole: null,
  speakerMention: null,
};
const analysisOf = (a: Article): Analysis => ({
  article: a,
  quotes: [quote],
  speakers: [],
  reported: [],
  places: [],
  entities: [],
});
const at = new Date('2026-11-02T08:00:00Z');

describe('a new note', () => {
  it('stores the quote on one line, trimmed, with no comment or tags, status ok', () => {
    const note = noteFromQuote(analysisOf(article({})), quote, at, 'n1');
    expect(note).toMatchObject({ id: 'n1', quote: 'We will win.', comment: '', tags: [], status: 'ok' });
    expect(noteFromQuote(analysisOf(article({})), { ...quote, text: ' We win. ' }, at, 'n2').quote).toBe('We win.');
    expect(note.pinnedAt).toBe('2026-11-02T08:00:00.000Z');
  });

  it('copies the author list and the update time when the article has them, and only then', () => {
    const authors = ['Jane Roe', 'John Doe'];
    const full = noteFromQuote(analysisOf(article({ authors, modifiedTime: '2026-11-01T12:00:00Z' })), quote, at, 'n');
    expect(full.article.authors).toEqual(authors);
    expect(full.article.authors).not.toBe(authors);
    expect(full.article.modifiedTime).toBe('2026-11-01T12:00:00Z');
    const bare = noteFromQuote(analysisOf(article({ authors: [] })), quote, at, 'n');
    expect('authors' in bare.article).toBe(false);
    expect('modifiedTime' in bare.article).toBe(false);
  });
});

describe('tags', () => {
  it('drops only a leading #, splits at commas and white space, folds case, removes repeats', () => {
    expect(parseTags('#c#, C#  ,,#news\tNews')).toEqual(['c#', 'news']);
    expect(parseTags(' , # ')).toEqual([]);
  });
});
