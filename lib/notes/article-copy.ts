// The copy of an article kept when one of its quotes is pinned: what the article said then, so a later visit can tell
// what changed (title, paragraphs added or removed). One copy per article URL, shared by its notes, gzip-compressed;
// a budget per article and overall keeps the notebook small. Pure: compression and storage live in services/.
import type { Article } from '../types';
import type { ArticleChanges } from './watch';
import { normalizeArticleUrl } from './model';

/** What is compressed: the words a citation and a comparison need, nothing of the page's markup. */
export interface ArticleCopy {
  url: string;
  title: string;
  byline: string | null;
  publishedTime: string | null;
  text: string;
}

/** One stored copy: the compressed ArticleCopy (base64 of gzip bytes) and its size. */
export interface StoredCopy {
  url: string;
  /** ISO 8601: when the copy was taken (the first pin on this article). */
  storedAt: string;
  /** Compressed size in bytes (before base64). */
  bytes: number;
  gzipBase64: string;
}

/** The last comparison of an article with its stored copy. */
export interface ArticleCheck {
  at: string;
  changes: ArticleChanges;
}

/** Per-article facts kept beside the copies: sizes for the budget, the last comparison for the Notes page. */
export interface CopyIndexEntry {
  bytes: number;
  storedAt: string;
  lastCheck?: ArticleCheck;
}

export type CopyIndex = Record<string, CopyIndexEntry>;

/** A long feature compresses to about 15 KB; four times that leaves room for the longest reads and live blogs. */
export const COPY_BUDGET_PER_ARTICLE = 64 * 1024;
/** About a thousand average articles: far below what extension storage holds with unlimitedStorage. */
export const COPY_BUDGET_TOTAL = 32 * 1024 * 1024;

export function copyOf(article: Article): ArticleCopy {
  return {
    url: normalizeArticleUrl(article.url),
    title: article.title,
    byline: article.byline,
    publishedTime: article.publishedTime,
    text: article.text,
  };
}

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Null when a copy of `bytes` fits; otherwise the message the reader sees (the note is pinned all the same). */
export function copyBudgetProblem(index: CopyIndex, url: string, bytes: number): string | null {
  if (bytes > COPY_BUDGET_PER_ARTICLE) {
    return (
      `The article copy for edit checks (${kb(bytes)} compressed) is over the ${kb(COPY_BUDGET_PER_ARTICLE)} ` +
      'budget per article, so it was not kept. Quotes are still checked, but title and paragraph changes are not.'
    );
  }
  const used = Object.entries(index).reduce((sum, [u, e]) => sum + (u === url ? 0 : e.bytes), 0);
  if (used + bytes > COPY_BUDGET_TOTAL) {
    return (
      `Stored article copies would take ${kb(used + bytes)}, over the ${kb(COPY_BUDGET_TOTAL)} budget, so this ` +
      'copy was not kept. Delete notes of old articles to make room; quotes are still checked.'
    );
  }
  return null;
}

export const totalCopyBytes = (index: CopyIndex) => Object.values(index).reduce((sum, e) => sum + e.bytes, 0);

/** The decompressed JSON, checked field by field: a damaged copy is treated as absent, never trusted. */
export function parseArticleCopy(json: string): ArticleCopy | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const c = value as Record<string, unknown> | null;
  if (typeof c !== 'object' || c === null) return null;
  if (typeof c.url !== 'string' || typeof c.title !== 'string' || typeof c.text !== 'string') return null;
  const nullable = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    url: c.url,
    title: c.title,
    byline: nullable(c.byline),
    publishedTime: nullable(c.publishedTime),
    text: c.text,
  };
}

export function isStoredCopy(value: unknown): value is StoredCopy {
  const c = value as Record<string, unknown> | null;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.url === 'string' &&
    typeof c.storedAt === 'string' &&
    typeof c.bytes === 'number' &&
    typeof c.gzipBase64 === 'string' &&
    /^[A-Za-z0-9+/]*={0,2}$/.test(c.gzipBase64)
  );
}

/** One line for the Notes page: "Title changed; 2 paragraphs added, 1 removed" or "No changes". */
export function describeChanges(changes: ArticleChanges): string {
  const parts: string[] = [];
  if (changes.title) parts.push(`title changed from “${changes.title.before}” to “${changes.title.after}”`);
  const plural = (n: number) => `${n} ${n === 1 ? 'paragraph' : 'paragraphs'}`;
  if (changes.paragraphsAdded) parts.push(`${plural(changes.paragraphsAdded)} added`);
  if (changes.paragraphsRemoved) parts.push(`${plural(changes.paragraphsRemoved)} removed`);
  if (!parts.length) return 'No changes to the article since the first pin.';
  const line = parts.join('; ');
  return `${line[0].toUpperCase()}${line.slice(1)} since the first pin.`;
}
