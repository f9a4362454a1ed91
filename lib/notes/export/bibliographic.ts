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
    authors: authorsOf(note),
    published: dateParts(note.article.publishedTime) ?? dateInUrl(note.article.url),
    accessed: dateParts(note.pinnedAt) ?? [1970, 1, 1],
  };
}

/**
 * Who wrote it, by one rule per disagreement: authors named in the page's structured data win over the printed
 * byline (which may be the outlet, or carry job titles); each is still read as a name, so the publisher, a job title
 * or an organisation is handled as in a byline. Without them, the byline is split into people.
 */
function authorsOf(note: Note): Author[] {
  const { authors, byline, outlet } = note.article;
  const structured = (authors ?? []).flatMap((name) => invertedName(name) ?? authorsFromByline(name, outlet));
  return structured.length ? structured : authorsFromByline(byline, outlet);
}

/** Highwire and Dublin Core write one author per tag as "Family, Given": that comma is not a list. */
function invertedName(name: string): Author[] | null {
  const match = name.match(/^([\p{Lu}][\p{L}'’-]*),\s*([\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*)?)$/u);
  if (!match || !authorsFromByline(match[2], null).length) return null; // "Silva, Staff Writer" is a role
  return [{ given: match[2].trim(), family: match[1].trim() }];
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
  const ascii = who
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .replace(/[^\x20-\x7e]/g, '')
    .toLowerCase();
  return `${ascii || 'article'}${facts.published?.[0] ?? ''}`;
}
