// The facts every citation format is written from, read once from a note: who wrote the article, where, when.
import type { Note } from '../model';
import { authorsFromByline, type Author } from './authors';

export interface ArticleCitation {
  title: string;
  outlet: string | null;
  url: string;
  authors: Author[];
  /** [year, month, day] of publication, when known. */
  published: [number, number, number] | null;
  /** The day the quote was pinned: "accessed" for citation styles. */
  accessed: [number, number, number];
}

export function citationFacts(note: Note): ArticleCitation {
  return {
    title: note.article.title,
    outlet: note.article.outlet,
    url: note.article.url,
    authors: authorsFromByline(note.article.byline, note.article.outlet),
    published: dateParts(note.article.publishedTime) ?? dateInUrl(note.article.url),
    accessed: dateParts(note.pinnedAt) ?? [1970, 1, 1],
  };
}

/** The calendar date as the page wrote it: "2022-01-12T16:50:00+05:00" is 12 January, whatever the reader's zone. */
function dateParts(iso: string | null | undefined): [number, number, number] | null {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/** Many outlets put the date in the path (/2022/01/12/…); a date there beats none. */
function dateInUrl(url: string): [number, number, number] | null {
  const match = url.match(/\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|-|$)/);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

export const isoDate = (parts: [number, number, number]) =>
  parts.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');

/** A short stable key: first author's family name (or the outlet) and the year. */
export function citationKey(facts: ArticleCitation): string {
  const first = facts.authors[0];
  const who = first?.family ?? first?.literal ?? facts.outlet ?? 'article';
  const ascii = who.normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '').replace(/[^\x20-\x7e]/g, '').toLowerCase();
  return `${ascii || 'article'}${facts.published?.[0] ?? ''}`;
}
