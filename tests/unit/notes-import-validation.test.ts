// parseNotesImport refuses every malformed field with its own message and changes nothing (mutation survivors of
// `npm run mutation` in lib/notes/import.ts: each check below was removable without a test failing).
import { describe, expect, it } from 'vitest';
import { noteFromQuote, notesToJson, parseNotesImport } from '../../lib/notes';
import type { Analysis, Quote } from '../../lib/types';
import { articleFromText } from '../../scripts/eval/corpus';

const TEXT = '"We confirm that the bridge will reopen in May," Ana Silva said.';
const quote: Quote = {
  text: 'We confirm that the bridge will reopen in May,',
  start: 1,
  end: 47,
  paragraph: 0,
  partial: false,
  multiParagraph: false,
  speaker: 'Ana Silva',
  speakerType: 'person',
  speakerRole: 'mayor',
  speakerMention: null,
};
const analysis: Analysis = {
  article: { ...articleFromText(TEXT, 'Bridge'), url: 'https://news.example/bridge' },
  quotes: [],
  speakers: [],
  reported: [],
  places: [],
  entities: [],
};
const exported = JSON.parse(
  notesToJson([noteFromQuote(analysis, quote, new Date('2026-01-02T03:04:05Z'), 'n1')], new Date(0)),
);
const good = exported.notes[0];
const withNote = (note: unknown) => JSON.stringify({ ...exported, notes: [note] });
const refusal = (problem: string) => ({ ok: false, error: `Note 1 ${problem}. Nothing was imported.` });
const check = {
  at: '2026-01-03T00:00:00Z',
  fate: 'edited',
  now: 'We confirm',
  speakerNow: null,
  diff: [{ value: 'We', change: 'same' }],
};

describe('notes import: field checks', () => {
  it.each([
    ['a note that is no object', 5, 'is not an object'],
    ['a null note', null, 'is not an object'],
    ['a numeric speaker', { ...good, speaker: 5 }, 'has an invalid speaker'],
    ['a numeric speaker role', { ...good, speakerRole: 5 }, 'has an invalid speaker'],
    ['no article', { ...good, article: null }, 'has no article title and URL'],
    ['an article without title', { ...good, article: { ...good.article, title: 7 } }, 'has no article title and URL'],
    [
      'an article without URL',
      { ...good, article: { ...good.article, url: undefined } },
      'has no article title and URL',
    ],
    ['a numeric outlet', { ...good, article: { ...good.article, outlet: 1 } }, 'has invalid article details'],
    ['a numeric date', { ...good, article: { ...good.article, publishedTime: 1 } }, 'has invalid article details'],
    ['a numeric byline', { ...good, article: { ...good.article, byline: 1 } }, 'has an invalid byline'],
    ['no selector', { ...good, selector: null }, 'has no selector'],
    ['a selector without exact text', { ...good, selector: { ...good.selector, exact: 1 } }, 'has no selector'],
    ['a selector without offset', { ...good, selector: { ...good.selector, offset: '12' } }, 'has no selector'],
    ['an edit check of unknown fate', { ...good, check: { ...check, fate: 'lost' } }, 'has an invalid edit check'],
    ['an edit check without time', { ...good, check: { ...check, at: 3 } }, 'has an invalid edit check'],
    ['an edit check with a numeric text', { ...good, check: { ...check, now: 3 } }, 'has an invalid edit check'],
    [
      'an edit check with a numeric speaker',
      { ...good, check: { ...check, speakerNow: 3 } },
      'has an invalid edit check',
    ],
    [
      'an edit check with a bad diff',
      { ...good, check: { ...check, diff: [{ value: 'We', change: 'moved' }] } },
      'has an invalid edit check',
    ],
    [
      'an edit check with a diff that is no list',
      { ...good, check: { ...check, diff: 'x' } },
      'has an invalid edit check',
    ],
  ])('refuses %s', (_name, note, problem) => {
    expect(parseNotesImport(withNote(note))).toEqual(refusal(problem as string));
  });

  it('accepts nulls where a field may be empty, a valid edit check, and keeps optional flags', () => {
    const note = {
      ...good,
      speaker: null,
      speakerRole: null,
      article: { ...good.article, outlet: null, publishedTime: null, byline: null },
      check,
      paraphrase: true,
      speakerDisputed: true,
    };
    const result = parseNotesImport(withNote(note));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.notes[0]).toMatchObject({
      speaker: null,
      check,
      paraphrase: true,
      speakerDisputed: true,
      article: { byline: null },
    });
    const plain = parseNotesImport(withNote(good));
    expect(plain.ok && plain.notes[0]).not.toHaveProperty('paraphrase');
    expect(plain.ok && plain.notes[0]).not.toHaveProperty('speakerDisputed');
  });

  it('refuses a document that is null, too large, or whose version is not a number', () => {
    expect(parseNotesImport('null')).toEqual({
      ok: false,
      error: 'This JSON file is not a News Lens notes export. Nothing was imported.',
    });
    expect(parseNotesImport(JSON.stringify({ ...exported, version: '2' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/newer version/),
    });
    expect(parseNotesImport(' '.repeat(50 * 1024 * 1024 + 1))).toEqual({
      ok: false,
      error: 'This file is too large to be a News Lens export.',
    });
  });
});
