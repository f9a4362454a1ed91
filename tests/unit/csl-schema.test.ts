// The CSL-JSON export validates against the Citation Style Language's own input schema (tests/fixtures/csl, with
// its source), for the golden notes and for notes made from every fixture page; a wrong field name fails.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv'; // draft-07 validator, the version ESLint also uses
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/article/extract';
import { noteFromQuote, notesToCslJson, type Note } from '../../lib/notes';
import type { Analysis, Quote } from '../../lib/types';
import { parseDocument } from '../../scripts/node/dom';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/csl/csl-data.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
const PAGES = resolve(__dirname, '../fixtures/pages');

function notesFromFixtures(): Note[] {
  return readdirSync(PAGES).flatMap((id) => {
    const article = extractArticle(
      parseDocument(readFileSync(resolve(PAGES, id, 'source.html'), 'utf8')),
      `https://example.invalid/${id}`,
      { disposable: true },
    );
    if (!article) return [];
    const quote = {
      text: article.text.slice(0, 12),
      start: 0,
      end: 12,
      partial: false,
      speaker: null,
      speakerRole: null,
    } as Quote;
    return [noteFromQuote({ article } as Analysis, quote, new Date('2026-01-01T00:00:00Z'), id)];
  });
}

describe('CSL-JSON against the CSL schema', () => {
  it('the golden export and every fixture page’s citation are valid CSL input', () => {
    const golden = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/notes/export.csl.json'), 'utf8'));
    expect(validate(golden), JSON.stringify(validate.errors)).toBe(true);
    const items = JSON.parse(notesToCslJson(notesFromFixtures()));
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the schema refuses what CSL does not define', () => {
    expect(validate([{ id: 'x', type: 'article-newspaper', journal: 'Example' }])).toBe(false);
    expect(validate([{ id: 'x', type: 'newspaper' }])).toBe(false);
  });
});
