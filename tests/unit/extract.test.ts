// extractArticle on real pages kept in the repo (golden-page folders) and on pages that are not articles.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { parseDocument } from '../../scripts/node/dom';

const PAGES = resolve(__dirname, '../fixtures/pages');
const load = (name: string, url = `https://example.test/${name}`) =>
  extractArticle(parseDocument(readFileSync(resolve(PAGES, name, 'source.html'), 'utf8')), url);

describe('extractArticle: a live page or a disposable one', () => {
  const html = (name: string) => readFileSync(resolve(PAGES, name, 'source.html'), 'utf8');
  it.each(['seed-kazakhstan', 'rdb-lemonde-1', 'aeb-264dc3ae31249cb1'])(
    '%s: the same article either way; a live page is left as it was',
    (name) => {
      const live = parseDocument(html(name));
      const before = live.body.innerHTML;
      const fromLive = extractArticle(live, 'https://example.test/a');
      expect(live.body.innerHTML).toBe(before);
      const fromDisposable = extractArticle(parseDocument(html(name)), 'https://example.test/a', { disposable: true });
      expect(fromDisposable).toEqual(fromLive);
    },
  );
});

describe('extractArticle', () => {
  it('extracts the reference article with metadata and paragraph offsets', () => {
    const article = load('seed-kazakhstan');
    expect(article).not.toBeNull();
    expect(article!.title).toMatch(
      /^Kazakh President Arrives In Almaty To Meet With Counter-terrorism Task Force - Spokesman$/i,
    );
    expect(article!.siteName).toBe('Pakistan Point News');
    expect(article!.paragraphs.length).toBeGreaterThanOrEqual(8);
    const bodies = article!.paragraphs.map((p) => article!.text.slice(p.start, p.end));
    expect(bodies[0]).toMatch(/^Kazakh President Kassym-Jomart Tokayev has arrived in Almaty/);
    expect(bodies.some((b) => /^NUR-SULTAN \(Pakistan Point News \/ Sputnik - 12th January, 2022\)/.test(b))).toBe(
      true,
    );
    expect(article!.wordCount).toBeGreaterThan(300);
  });

  it.each(['rdb-guardian-1', 'rdb-lemonde-1', 'rdb-nytimes-1', 'aeb-06e5123e4ef7cfb4', 'aeb-264dc3ae31249cb1'])(
    '%s: paragraphs tile the text exactly',
    (name) => {
      const article = load(name)!;
      expect(article).not.toBeNull();
      expect(article.title.length).toBeGreaterThan(5);
      for (const [i, p] of article.paragraphs.entries()) {
        const body = article.text.slice(p.start, p.end);
        expect(body).toBe(body.trim());
        expect(body.length).toBeGreaterThan(0);
        if (i > 0) expect(article.text.slice(article.paragraphs[i - 1].end, p.start)).toBe('\n\n');
      }
      expect(article.text).not.toMatch(/<\/?(p|div|script)\b/);
    },
  );

  it('a bare HTML fragment (no <html>/<body>) is read like a browser would, not a crash', () => {
    const paragraph =
      '<p>The minister said the budget would be published in full next week, after the vote in parliament.</p>';
    expect(() =>
      extractArticle(parseDocument(`<div>${paragraph.repeat(8)}</div>`), 'https://example.test/f'),
    ).not.toThrow();
  });

  it('returns null for a page with no article', () => {
    expect(load('no-article')).toBeNull();
  });
});
