// Citation metadata against the page's own JSON-LD: on every corpus page whose JSON-LD has an article node,
// do our authors, publication date and outlet (as a note's citation would give them) agree with what the JSON-LD
// says? Authors are compared as sets of folded names; "before" splits the printed byline alone (the citation
// rule before structured authors), "after" is today's rule. Not in CI: `npx tsx scripts/metadata-agreement.ts [dir]`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extractArticle } from '../lib/article/extract';
import { noteFromQuote } from '../lib/notes';
import { citationFacts } from '../lib/notes/export/bibliographic';
import type { Author } from '../lib/notes/export/authors';
import type { Analysis, Article } from '../lib/types';
import { parseDocument } from './node/dom';

const DIR = resolve(process.argv[2] ?? '../shared/corpus/pages');
const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;
type Json = Record<string, unknown>;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
const fold = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');

/** The page's JSON-LD article node and every node (for @id references), read independently of lib/article. */
function jsonLd(html: string): { article: Json; nodes: Json[] } | null {
  const nodes: Json[] = [];
  for (const m of html.matchAll(/<script[^>]+application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      for (const item of list(JSON.parse(m[1]))) {
        if (item && typeof item === 'object') nodes.push(item as Json, ...(list((item as Json)['@graph']) as Json[]));
      }
    } catch {
      /* a malformed block says nothing */
    }
  }
  const article = nodes.find((n) => list(n['@type']).some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)));
  return article ? { article, nodes } : null;
}

function names(value: unknown, nodes: Json[]): string[] {
  return list(value).flatMap((v) => {
    if (typeof v === 'string') return [v];
    const o = v as Json | null;
    const node = o && typeof o['@id'] === 'string' && !o.name ? nodes.find((n) => n['@id'] === o['@id']) : o;
    return typeof node?.name === 'string' ? [node.name] : [];
  });
}

const authorName = (a: Author) => a.literal ?? `${a.given} ${a.family}`;
const sameSet = (a: string[], b: string[]) => {
  const x = new Set(a.map(fold)),
    y = new Set(b.map(fold));
  return x.size === y.size && [...x].every((n) => y.has(n));
};

function factsFor(article: Article) {
  const analysis = { article, quotes: [], speakers: [], reported: [], places: [], entities: [] } as unknown as Analysis;
  const quote = {
    text: article.text.slice(0, 20),
    start: 0,
    end: 20,
    partial: false,
    speaker: null,
    speakerRole: null,
  } as never;
  const note = noteFromQuote(analysis, quote, new Date('2026-01-01'), 'x');
  const { authors: _authors, ...bylineOnly } = note.article;
  return { after: citationFacts(note), before: citationFacts({ ...note, article: bylineOnly }) };
}

const count = {
  pages: 0,
  withAuthors: 0,
  publisherAsAuthor: 0,
  authorsBefore: 0,
  authorsAfter: 0,
  withDate: 0,
  date: 0,
  withOutlet: 0,
  outlet: 0,
};
const misses: string[] = [];
for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()) {
  const html = readFileSync(join(DIR, file), 'utf8');
  const ld = jsonLd(html);
  if (!ld) continue;
  const article = extractArticle(parseDocument(html), 'https://example.invalid/article', { disposable: true });
  if (!article) continue;
  count.pages++;
  const { before, after } = factsFor(article);
  const publisher = names(ld.article.publisher, ld.nodes)[0] ?? null;
  const given = names(ld.article.author, ld.nodes);
  // A publisher is not an author: where the JSON-LD names it as one, the reference is the other names.
  const expected = given.filter((n) => !publisher || fold(n) !== fold(publisher));
  if (given.length !== expected.length) count.publisherAsAuthor++;
  if (expected.length) {
    count.withAuthors++;
    if (sameSet(before.authors.map(authorName), expected)) count.authorsBefore++;
    if (sameSet(after.authors.map(authorName), expected)) count.authorsAfter++;
    else
      misses.push(
        `${file}: authors ${JSON.stringify(after.authors.map(authorName))} vs JSON-LD ${JSON.stringify(expected)}`,
      );
  }
  const day = typeof ld.article.datePublished === 'string' ? ld.article.datePublished.slice(0, 10) : null;
  if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) {
    count.withDate++;
    const ours = after.published?.map((n, i) => String(n).padStart(i ? 2 : 4, '0')).join('-');
    if (ours === day) count.date++;
    else misses.push(`${file}: date ${ours ?? 'none'} vs JSON-LD ${day}`);
  }
  if (publisher) {
    count.withOutlet++;
    if (after.outlet && fold(after.outlet) === fold(publisher)) count.outlet++;
    else misses.push(`${file}: outlet ${JSON.stringify(after.outlet)} vs JSON-LD ${JSON.stringify(publisher)}`);
  }
}

const pct = (n: number, d: number) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '–'}%)`;
console.log(`Pages with a JSON-LD article node and an extracted article: ${count.pages}`);
console.log(
  `Authors (pages whose JSON-LD names one): before ${pct(count.authorsBefore, count.withAuthors)}, after ${pct(count.authorsAfter, count.withAuthors)}`,
);
console.log(
  `  JSON-LD lists the publisher as an author on ${count.publisherAsAuthor} pages (not counted as an author by rule)`,
);
console.log(`Publication date (day): ${pct(count.date, count.withDate)}`);
console.log(`Outlet (JSON-LD publisher name): ${pct(count.outlet, count.withOutlet)}`);
if (process.argv.includes('--misses')) for (const m of misses) console.log(`  ${m}`);
