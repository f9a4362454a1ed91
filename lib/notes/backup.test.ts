// Backups read back losslessly (notes with their edit checks, article copies, last comparisons); restore plans
// add only what is new; the copy budget refuses a copy with a message, and the change summary reads right.
import { describe, expect, it } from 'vitest';
import type { Note } from './model';
import { BACKUP_SUGGEST_AFTER, notesSinceBackup, notesToBackup, parseBackup, planRestore } from './backup';
import {
  COPY_BUDGET_PER_ARTICLE,
  COPY_BUDGET_TOTAL,
  copyBudgetProblem,
  describeChanges,
  parseArticleCopy,
  type StoredCopy,
} from './article-copy';
import { notesToJson } from './export/json';

function note(id: string, pinnedAt = '2026-03-01T10:00:00.000Z'): Note {
  const url = `https://news.example/${id}`;
  return {
    id,
    key: `${url}#k${id}`,
    quote: `Quote ${id}`,
    partial: false,
    speaker: 'Ana Silva',
    speakerRole: 'mayor',
    article: { title: `Story ${id}`, outlet: 'Example', url, publishedTime: '2026-02-28', byline: 'By Ana Silva' },
    pinnedAt,
    comment: `comment ${id}`,
    tags: ['a', 'b'],
    link: `${url}#:~:text=Quote`,
    selector: { exact: `Quote ${id}`, prefix: 'before ', suffix: ' after', offset: 12 },
    status: 'changed',
    check: {
      at: '2026-03-02T10:00:00.000Z',
      fate: 'edited',
      now: `Quote ${id} now`,
      speakerNow: 'Li Wei',
      diff: [
        { value: `Quote ${id}`, change: 'same' },
        { value: ' now', change: 'added' },
      ],
    },
  };
}

const copy = (url: string, bytes = 1200): StoredCopy => ({
  url,
  storedAt: '2026-03-01T10:00:00.000Z',
  bytes,
  gzipBase64: 'H4sIAAAA',
});
const CHECK = {
  at: '2026-03-02T10:00:00.000Z',
  changes: { title: { before: 'A', after: 'B' }, paragraphsAdded: 1, paragraphsRemoved: 2 },
};

describe('backup', () => {
  it('reads back every note, check, copy and comparison exactly', () => {
    const notes = [note('1'), { ...note('2'), check: undefined, status: 'ok' as const }];
    delete notes[1].check;
    const copies = [copy('https://news.example/1')];
    const index = { 'https://news.example/1': { bytes: 1200, storedAt: copies[0].storedAt, lastCheck: CHECK } };
    const parsed = parseBackup(notesToBackup(notes, copies, index, new Date('2026-03-03T00:00:00Z')));
    expect(parsed).toEqual({ ok: true, notes, copies, index });
  });

  it('a plain JSON export restores too, without copies', () => {
    const parsed = parseBackup(notesToJson([note('1')], new Date()));
    expect(parsed.ok && parsed.notes.length === 1 && parsed.copies.length === 0).toBe(true);
  });

  it('refuses a damaged article copy instead of restoring half', () => {
    const raw = notesToBackup(
      [note('1')],
      [{ ...copy('https://x.example/'), gzipBase64: 'not base64!' }],
      {},
      new Date(),
    );
    expect(parseBackup(raw)).toEqual({
      ok: false,
      error: 'Article copy 1 in this backup is damaged. Nothing was restored.',
    });
  });

  it('plans to add only notes and copies that are not here yet', () => {
    const backup = {
      notes: [note('1'), note('2'), { ...note('3'), id: 'other-id', key: note('1').key }],
      copies: [copy('u1'), copy('u2')],
    };
    const plan = planRestore([note('1')], backup, new Set(['u1']));
    expect(plan.add.map((n) => n.id)).toEqual(['2']);
    expect(plan.alreadyHere).toBe(2);
    expect(plan.copies.map((c) => c.url)).toEqual(['u2']);
  });

  it('counts notes pinned since the last backup', () => {
    const notes = Array.from({ length: 12 }, (_, i) =>
      note(String(i), `2026-03-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`),
    );
    expect(notesSinceBackup(notes, null)).toBe(12);
    expect(notesSinceBackup(notes, '2026-03-05T12:00:00.000Z')).toBe(7);
    expect(notesSinceBackup(notes, '2026-03-05T12:00:00.000Z') >= BACKUP_SUGGEST_AFTER).toBe(false);
  });
});

describe('article copies', () => {
  it('keeps a copy within budget and says why when it does not', () => {
    expect(copyBudgetProblem({}, 'u', 20_000)).toBeNull();
    expect(copyBudgetProblem({}, 'u', COPY_BUDGET_PER_ARTICLE + 1)).toMatch(/over the 64 KB budget per article/);
    const full = { a: { bytes: COPY_BUDGET_TOTAL - 1000, storedAt: '' } };
    expect(copyBudgetProblem(full, 'u', 2000)).toMatch(/over the 32768 KB budget/);
    expect(copyBudgetProblem(full, 'a', 2000)).toBeNull(); // replacing its own copy does not count twice
  });

  it('reads only a well-formed copy', () => {
    expect(parseArticleCopy('{"url":"u","title":"T","text":"x","byline":null}')).toEqual({
      url: 'u',
      title: 'T',
      byline: null,
      publishedTime: null,
      text: 'x',
    });
    expect(parseArticleCopy('{"url":"u"}')).toBeNull();
    expect(parseArticleCopy('garbage')).toBeNull();
  });

  it('summarises the article changes in a sentence', () => {
    expect(describeChanges(CHECK.changes)).toBe(
      'Title changed from “A” to “B”; 1 paragraph added; 2 paragraphs removed since the first pin.',
    );
    expect(describeChanges({ title: null, paragraphsAdded: 0, paragraphsRemoved: 0 })).toBe(
      'No changes to the article since the first pin.',
    );
  });
});
