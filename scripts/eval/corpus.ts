// The corpus as evaluations see it: gold pages with their HTML, URL and annotations; plain texts as articles.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../lib/types';

export interface GoldPage<G> {
  id: string;
  html: string;
  url: string;
  gold: G;
}

/** The corpus's gold pages, or those of another gold folder (one JSON file per page, named by page id). */
export function goldPages<G>(corpusDir: string, goldDir = join(corpusDir, 'gold')): GoldPage<G>[] {
  const urls = new Map<string, string>();
  for (const line of readFileSync(join(corpusDir, 'manifest.jsonl'), 'utf8').split('\n').filter(Boolean)) {
    const row = JSON.parse(line) as { id: string; url: string | null };
    if (row.url) urls.set(row.id, row.url);
  }
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.json$/, '');
      const page = join(corpusDir, 'pages', `${id}.html`);
      const html = readFileSync(existsSync(page) ? page : join(corpusDir, `${id}.html`), 'utf8');
      return {
        id,
        html,
        url: urls.get(id) ?? `https://example.invalid/${id}`,
        gold: JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as G,
      };
    });
}

/** A plain text (paragraphs separated by blank lines) as an Article, offsets preserved. */
export function articleFromText(text: string, title = ''): Article {
  const paragraphs: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/[^\n]+(?:\n(?!\n)[^\n]*)*/g)) {
    const body = m[0];
    const lead = body.length - body.trimStart().length;
    const trimmed = body.trim();
    if (trimmed) paragraphs.push({ start: m.index! + lead, end: m.index! + lead + trimmed.length });
  }
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  return {
    title,
    byline: null,
    siteName: null,
    publishedTime: null,
    lang: 'en',
    dir: null,
    url: 'https://example.invalid/',
    excerpt: null,
    text,
    paragraphs,
    wordCount,
    readingMinutes: Math.ceil(wordCount / 230),
  };
}

export function readJsonl<T>(path: string, limit = 0): T[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
  return limit > 0 ? rows.slice(0, limit) : rows;
}
