// Test factories: an Article or a Quote with every field set, so a test states only what it is about.
import type { Article, Quote } from '../lib/types';

/**
 * An article from its paragraphs (one string is one paragraph), joined by blank lines with their offsets kept.
 * `overrides` sets any other field (lang, url, title…).
 */
export function makeArticle(paragraphs: string | readonly string[], overrides: Partial<Article> = {}): Article {
  const list = typeof paragraphs === 'string' ? [paragraphs] : paragraphs;
  const text = list.join('\n\n');
  let at = 0;
  const spans = list.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  return {
    title: '',
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: 'ltr',
    url: 'https://example.invalid/',
    excerpt: null,
    text,
    paragraphs: spans,
    wordCount: text.split(/\s+/).filter(Boolean).length,
    readingMinutes: 1,
    ...overrides,
  };
}

/** The quote `text` where it stands in `within` (the article's text), by default unattributed. */
export function makeQuote(text: string, within: string, overrides: Partial<Quote> = {}): Quote {
  const start = within.indexOf(text);
  if (start < 0) throw new Error(`makeQuote: "${text}" is not in the text`);
  return {
    text,
    start,
    end: start + text.length,
    paragraph: 0,
    partial: false,
    multiParagraph: false,
    speaker: null,
    speakerType: 'unknown',
    speakerRole: null,
    speakerMention: null,
    ...overrides,
  };
}
