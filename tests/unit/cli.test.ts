// The analysis CLI on a folder: a JSON file per page, a clear stderr line for a page that fails, the rest still runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const work = mkdtempSync(resolve(tmpdir(), 'news-lens-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run analyze', () => {
  it('writes <name>.json per page with --out; a page without an article gets one stderr line', () => {
    const input = resolve(work, 'in');
    const out = resolve(work, 'out');
    execFileSync('mkdir', ['-p', input]);
    copyFileSync(resolve(ROOT, 'tests/fixtures/pages/seed-kazakhstan/source.html'), resolve(input, 'seed.html'));
    writeFileSync(resolve(input, 'empty.html'), '<html><body><p>Nothing here.</p></body></html>');
    const run = spawnSync('npx', ['tsx', 'scripts/analyze.ts', input, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('empty:'))).toEqual([
      'empty: no article found on this page',
    ]);
    expect(readdirSync(out).sort()).toEqual(['empty.json', 'seed.json']);
    const seed = JSON.parse(readFileSync(resolve(out, 'seed.json'), 'utf8'));
    expect(seed.article.title).toMatch(/^Kazakh President Arrives In Almaty/);
    expect(seed.quotes.map((q: { speaker: string }) => q.speaker)).toContain('Berik Uali');
    expect(seed.places.find((p: { name: string }) => p.name === 'Almaty')).toMatchObject({
      role: 'event',
      country: 'KZ',
    });
    expect(
      seed.entities.some(
        (e: { wikipedia: string | null }) => e.wikipedia === 'Collective_Security_Treaty_Organization',
      ),
    ).toBe(true);
    expect(JSON.parse(readFileSync(resolve(out, 'empty.json'), 'utf8'))).toEqual({
      article: null,
      error: 'no article found on this page',
    });
  }, 60_000);

  it('--json --text adds article.text, the body the engines read; without --text there is none', () => {
    const page = resolve(ROOT, 'tests/fixtures/pages/seed-kazakhstan/source.html');
    const run = (...flags: string[]) =>
      JSON.parse(
        execFileSync('npx', ['tsx', 'scripts/analyze.ts', page, '--json', ...flags], { cwd: ROOT, encoding: 'utf8' }),
      );
    const withText = run('--text');
    expect(withText.article.text).toMatch(/^Kazakh President Kassym-Jomart Tokayev has arrived in Almaty/);
    expect(withText.article.text).toContain('\n\nNUR-SULTAN (Pakistan Point News / Sputnik - 12th January, 2022)');
    expect(withText.article.text.split(/\s+/).length).toBeGreaterThan(300);
    expect(run().article.text).toBeUndefined();
  }, 60_000);

  it('prints one clear line on stderr for a page that does not exist and exits non-zero', () => {
    let failed = false;
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/analyze.ts', resolve(work, 'missing.html')], {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      failed = true;
      stderr = String((error as { stderr?: Buffer }).stderr ?? '');
    }
    expect(failed).toBe(true);
    expect(stderr).toMatch(/missing/);
  }, 60_000);
});
