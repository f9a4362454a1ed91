// Not named build-*.ts: scripts/build-data.ts runs every such file as a builder.
// Builds the real knowledge base from the npm data packages and links the reference article with it.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_BASE_FILE, loadKnowledgeBase, type KnowledgeBase } from '../../lib/entities';
import { analyzeHtml } from '../node/pipeline';
import { build } from './build-knowledge-base';

const SEED = resolve(__dirname, '../../tests/fixtures/pages/seed-kazakhstan/source.html');
let raw = '';
let kb: KnowledgeBase;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-'));
  await build(dir);
  raw = readFileSync(join(dir, KNOWLEDGE_BASE_FILE), 'utf8');
  kb = loadKnowledgeBase(raw);
}, 60_000);

describe('knowledge base build', () => {
  it('stays within the 3 MB compressed budget', () => {
    expect(gzipSync(raw).length).toBeLessThan(3 * 1024 * 1024);
  });

  it('links the reference article offline, and not the outlet named after Pakistan', () => {
    const analysis = analyzeHtml(readFileSync(SEED, 'utf8'), 'https://example.test/seed', {
      gazetteer: null,
      knowledgeBase: kb,
    });
    const titles = analysis!.entities.flatMap((e) => (e.wikipedia ? [e.wikipedia] : []));
    expect(titles).toEqual(
      expect.arrayContaining([
        'Kazakhstan',
        'Collective_Security_Treaty_Organization',
        'Kassym-Jomart_Tokayev',
        'Almaty',
      ]),
    );
    expect(titles).not.toContain('Pakistan');
    expect(analysis!.entities.find((e) => e.wikipedia === 'Kazakhstan')?.aliases).toContain('Kazakh');
    for (const title of ['Kazakhstan', 'Collective_Security_Treaty_Organization', 'Kassym-Jomart_Tokayev', 'Almaty']) {
      const entity = analysis!.entities.find((e) => e.wikipedia === title);
      expect(entity?.descriptionSource, title).toBe('knowledge-base');
      expect(entity?.description, title).toMatch(/\w{4}/);
    }
  });

  it('describes entries from their sources', () => {
    expect(kb.byTitle.get('Kazakhstan')?.description).toBe('Country in Central Asia; capital Astana');
    expect(kb.byTitle.get('Almaty')?.description).toMatch(/^City in Kazakhstan/);
    expect(kb.byTitle.get('Kassym-Jomart_Tokayev')?.description).toMatch(/^President of Kazakhstan/);
  });

  it('maps demonyms and shared demonyms to the sovereign state', () => {
    expect(kb.names.get('kazakh')?.title).toBe('Kazakhstan');
    expect(kb.names.get('american')?.title).toBe('United_States');
    expect(kb.acronyms.get('CSTO')?.title).toBe('Collective_Security_Treaty_Organization');
  });

  it.each([
    ['london', 'London'],
    ['paris', 'Paris'],
    ['nur-sultan', 'Astana'],
    ['turkey', 'Turkey'],
    ['georgian', undefined],
    ['washington', undefined],
    ['san jose', undefined],
  ])('names %j → %j', (name, title) => {
    expect(kb.names.get(name)?.title).toBe(title);
  });

  it('keeps ambiguous words out of the bare title list', () => {
    expect(kb.titles.has('georgia')).toBe(false);
    expect(kb.titles.has('washington')).toBe(false);
  });
});
