// Test helper: an Article from paragraphs joined by blank lines, with their offsets.
import type { Article } from '../types';

export function articleOf(paragraphs: string[]): Article {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const spans = paragraphs.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  return { title: 't', byline: null, siteName: null, publishedTime: null, lang: 'en', dir: 'ltr', url: 'https://example.test/', excerpt: null, text, paragraphs: spans, wordCount: 0, readingMinutes: 1 };
}
