// Golden files for every export format: a change in output shows up as a diff in tests/fixtures/notes/.
import { describe, expect, it } from 'vitest';
import type { Note } from '../model';
import { noteCitation } from './citation';
import { notesToCsv } from './csv';
import { notesToJson } from './json';
import { notesToMarkdown, notesToMarkdownFiles } from './markdown';

const GOLDEN = '../../../tests/fixtures/notes/';
const AT = new Date('2026-03-01T12:00:00.000Z');

function note(id: string, quote: string, speaker: string | null, comment: string, tags: string[], title: string): Note {
  const url = `https://news.example/${title.toLowerCase().replace(/\W+/g, '-')}`;
  return {
    id,
    key: `${url}#${id}`,
    quote,
    partial: false,
    speaker,
    speakerRole: speaker ? 'spokesperson' : null,
    article: { title, outlet: 'Example News', url, publishedTime: '2026-02-27T08:00:00.000Z' },
    pinnedAt: '2026-02-28T09:30:00.000Z',
    comment,
    tags,
    link: `${url}#:~:text=${encodeURIComponent(quote.slice(0, 12))}`,
    selector: { exact: quote, prefix: 'said: ', suffix: ' He added', offset: 120 },
    status: 'ok',
  };
}

const NOTES: Note[] = [
  note(
    'n1',
    'We confirm that talks resume on Monday, "without conditions"',
    'Ana Silva',
    'key line',
    ['talks'],
    'Talks: resume',
  ),
  note(
    'n2',
    '=SUM(A1) is not a formula, it is a quote',
    null,
    '+check, "quoted"\nsecond line',
    ['csv', 'safety'],
    'Talks: resume',
  ),
  note('n3', 'Prices – and wages – will rise', 'Li Wei', '', [], 'Economy & prices'),
];

describe('export golden files', () => {
  it('CSV', async () => {
    await expect(notesToCsv(NOTES)).toMatchFileSnapshot(GOLDEN + 'export.csv');
  });
  it('JSON', async () => {
    await expect(notesToJson(NOTES, AT)).toMatchFileSnapshot(GOLDEN + 'export.json');
  });
  it('Markdown, one file for all', async () => {
    await expect(notesToMarkdown(NOTES, AT)).toMatchFileSnapshot(GOLDEN + 'export-all.md');
  });
  it('Markdown, one file per article', async () => {
    const files = notesToMarkdownFiles(NOTES);
    expect(files).toHaveLength(2);
    for (const [i, file] of files.entries())
      await expect(file.content).toMatchFileSnapshot(GOLDEN + `export-article-${i + 1}.md`);
  });
  it('citation', async () => {
    await expect(NOTES.map(noteCitation).join('\n')).toMatchFileSnapshot(GOLDEN + 'citations.txt');
  });
});
