// Article copies and backups: the checks that keep a damaged copy or comparison out, and the budget's exact edges,
// one named case each (issue 18: mutants backup.test.ts let survive).
import { describe, expect, it } from 'vitest';
import type { Article } from '../types';
import {
  COPY_BUDGET_PER_ARTICLE,
  COPY_BUDGET_TOTAL,
  copyBudgetProblem,
  copyOf,
  isStoredCopy,
  parseArticleCopy,
  totalCopyBytes,
  type StoredCopy,
} from './article-copy';
import { backupFileName, notesSinceBackup, notesToBackup, parseBackup, planRestore } from './backup';
import type { Note } from './model';

const stored: StoredCopy = {
  url: 'https://news.example/a',
  storedAt: '2026-03-01T10:00:00.000Z',
  bytes: 10,
  gzipBase64: 'H4sI+/9=',
};

describe('copyOf', () => {
  it('keeps the words a comparison needs, under the normalised URL', () => {
    const article = {
      url: 'https://news.example/a?utm_source=x#top',
      title: 'T',
      byline: 'Ana Silva',
      publishedTime: '2026-01-01',
      text: 'Body.',
      siteName: 'S',
      lang: 'en',
      dir: null,
      excerpt: null,
      paragraphs: [],
      wordCount: 1,
      readingMinutes: 1,
    } as Article;
    expect(copyOf(article)).toEqual({
      url: 'https://news.example/a',
      title: 'T',
      byline: 'Ana Silva',
      publishedTime: '2026-01-01',
      text: 'Body.',
    });
  });
});

describe('copy budget', () => {
  it('a copy of exactly the per-article budget fits; one byte more does not', () => {
    expect(copyBudgetProblem({}, 'u', COPY_BUDGET_PER_ARTICLE)).toBeNull();
    expect(copyBudgetProblem({}, 'u', COPY_BUDGET_PER_ARTICLE + 1)).not.toBeNull();
  });

  it('copies filling the total budget exactly fit; over it, the message gives the size it would take', () => {
    const index = { a: { bytes: COPY_BUDGET_TOTAL - 2048, storedAt: '' } };
    expect(copyBudgetProblem(index, 'u', 2048)).toBeNull();
    expect(copyBudgetProblem(index, 'u', 3072)).toBe(
      'Stored article copies would take 32769 KB, over the 32768 KB budget, so this copy was not kept. ' +
        'Delete notes of old articles to make room; quotes are still checked.',
    );
  });

  it('totalCopyBytes adds every copy', () => {
    expect(totalCopyBytes({ a: { bytes: 5, storedAt: '' }, b: { bytes: 7, storedAt: '' } })).toBe(12);
    expect(totalCopyBytes({})).toBe(0);
  });
});

describe('parseArticleCopy refuses what is not a copy', () => {
  const good = { url: 'u', title: 'T', text: 'x', byline: 'B', publishedTime: '2026-01-01' };

  it('keeps string bylines and dates, nulls anything else', () => {
    expect(parseArticleCopy(JSON.stringify(good))).toEqual(good);
    expect(parseArticleCopy(JSON.stringify({ ...good, byline: 5, publishedTime: {} }))).toMatchObject({
      byline: null,
      publishedTime: null,
    });
  });

  it.each([
    ['null', 'null'],
    ['a number', '5'],
    ['a string', '"u"'],
    ['no url', JSON.stringify({ ...good, url: 1 })],
    ['no title', JSON.stringify({ ...good, title: null })],
    ['no text', JSON.stringify({ ...good, text: [] })],
  ])('%s → null', (_what, json) => {
    expect(parseArticleCopy(json)).toBeNull();
  });
});

describe('isStoredCopy', () => {
  it('accepts a complete copy with base64 content', () => {
    expect(isStoredCopy(stored)).toBe(true);
    expect(isStoredCopy({ ...stored, gzipBase64: '' })).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'copy'],
    ['no url', { ...stored, url: undefined }],
    ['no storedAt', { ...stored, storedAt: 1 }],
    ['bytes as text', { ...stored, bytes: '10' }],
    ['no content', { ...stored, gzipBase64: null }],
    ['content that is not base64', { ...stored, gzipBase64: 'ab$c' }],
    ['base64 with three pad characters', { ...stored, gzipBase64: 'abc===' }],
  ])('refuses %s', (_what, value) => {
    expect(isStoredCopy(value)).toBe(false);
  });
});

function note(id: string, pinnedAt: string): Note {
  return {
    id,
    key: `k${id}`,
    quote: `Quote ${id}`,
    partial: false,
    speaker: null,
    speakerRole: null,
    article: { title: 'T', outlet: null, url: `https://news.example/${id}`, publishedTime: null },
    pinnedAt,
    comment: '',
    tags: [],
    link: '',
    selector: { exact: '', prefix: '', suffix: '', offset: 0 },
    status: 'ok',
  };
}

describe('backups', () => {
  it('the file name carries the UTC date', () => {
    expect(backupFileName(new Date('2026-03-01T23:30:00-05:00'))).toBe('news-lens-backup-2026-03-02.json');
  });

  it('only comparisons that exist are written; a damaged comparison is not restored, the copy is', () => {
    const index = { 'https://news.example/a': { bytes: 10, storedAt: stored.storedAt } };
    const doc = JSON.parse(notesToBackup([], [stored], index, new Date('2026-03-01T00:00:00Z')));
    expect(doc.articleChecks).toEqual({});
    const damaged = { at: '2026-03-02', changes: { title: null, paragraphsAdded: '1', paragraphsRemoved: 0 } };
    for (const check of [
      damaged,
      { ...damaged, at: 5 },
      { at: '2026-03-02', changes: null },
      { at: '2026-03-02' },
      null,
    ]) {
      const raw = JSON.stringify({ ...doc, articleChecks: { [stored.url]: check } });
      const parsed = parseBackup(raw);
      expect(parsed.ok && parsed.index[stored.url]).toEqual({ bytes: 10, storedAt: stored.storedAt });
    }
    const removedOnly = { at: '2026-03-02', changes: { title: null, paragraphsAdded: 0, paragraphsRemoved: '2' } };
    const parsed = parseBackup(JSON.stringify({ ...doc, articleChecks: { [stored.url]: removedOnly } }));
    expect(parsed.ok && parsed.index[stored.url].lastCheck).toBeUndefined();
    const nullChecks = parseBackup(JSON.stringify({ ...doc, articleChecks: null }));
    expect(nullChecks.ok && nullChecks.index[stored.url]).toEqual({ bytes: 10, storedAt: stored.storedAt });
  });

  it('a file that is not an export is refused with the import message', () => {
    expect(parseBackup('{"format":"other"}')).toEqual({
      ok: false,
      error: expect.stringMatching(/not a News Lens notes export/),
    });
  });

  it('restore plans skip notes already here by id or by quote key', () => {
    const here = [note('1', '2026-01-01')];
    const plan = planRestore(
      here,
      { notes: [note('1', 'x'), { ...note('2', 'x'), key: 'k1' }, note('3', 'x')], copies: [] },
      new Set(),
    );
    expect(plan.add.map((n) => n.id)).toEqual(['3']);
    expect(plan.alreadyHere).toBe(2);
  });

  it('a note pinned at the very moment of the last backup was in it', () => {
    const notes = [note('1', '2026-03-01T10:00:00.000Z'), note('2', '2026-03-01T10:00:00.001Z')];
    expect(notesSinceBackup(notes, '2026-03-01T10:00:00.000Z')).toBe(1);
    expect(notesSinceBackup(notes, null)).toBe(2);
  });
});
