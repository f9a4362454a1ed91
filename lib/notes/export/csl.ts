// CSL-JSON (the Citation Style Language's data format, read by Zotero, Pandoc, Mendeley): one item per article.
import type { Note } from '../model';
import { citationFacts, citationKey, type ArticleCitation } from './bibliographic';

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: { given?: string; family?: string; literal?: string }[];
  issued?: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
}

export function cslItem(facts: ArticleCitation, id: string): CslItem {
  return {
    id,
    type: 'article-newspaper',
    title: facts.title,
    ...(facts.outlet ? { 'container-title': facts.outlet } : {}),
    ...(facts.authors.length ? { author: facts.authors.map((a) => ({ ...a })) } : {}),
    ...(facts.published ? { issued: { 'date-parts': [facts.published] } } : {}),
    accessed: { 'date-parts': [facts.accessed] },
    URL: facts.url,
  };
}

/** One item per distinct article, in the notes' order; ids stay unique ("silva2026", "silva2026b"). */
export function notesToCslJson(notes: Note[]): string {
  return (
    JSON.stringify(
      byArticle(notes).map(([facts, id]) => cslItem(facts, id)),
      null,
      2,
    ) + '\n'
  );
}

/** Each article once, with a unique citation key. Shared by the per-article formats. */
export function byArticle(notes: Note[]): [ArticleCitation, string][] {
  const seen = new Set<string>();
  const keys = new Map<string, number>();
  const out: [ArticleCitation, string][] = [];
  for (const note of notes) {
    if (seen.has(note.article.url)) continue;
    seen.add(note.article.url);
    const facts = citationFacts(note);
    const base = citationKey(facts);
    const n = (keys.get(base) ?? 0) + 1;
    keys.set(base, n);
    out.push([facts, n === 1 ? base : base + String.fromCharCode(96 + n)]);
  }
  return out;
}
