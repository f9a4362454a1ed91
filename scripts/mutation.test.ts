// The score table of `npm run mutation` (scripts/mutation.ts) on reports shaped as Stryker writes them.
import { describe, expect, it } from 'vitest';
import { measuredFiles, score, table, testFilesFor } from './mutation';
import { extendDraw, mutantKey, sample, stratify, wilson, type Mutant } from './mutation-sample';

const mutants = (...statuses: string[]) => ({
  mutants: statuses.map((status) => ({ status, mutatorName: 'X', location: { start: { line: 1 } } })),
});

describe('mutation score table', () => {
  it('scores as Stryker does: killed and timed-out over all valid mutants, ignored and compile errors left out', () => {
    expect(score({ killed: 6, timeout: 2, survived: 1, noCoverage: 1, ignored: 5 })).toBe(80);
    expect(score({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 3 })).toBeNull();
  });

  it('adds files up per folder, takes a file from its newest part, and lists folders not measured', () => {
    const older = { files: { 'lib/notes/a.ts': mutants('Survived', 'Survived') } };
    const newer = {
      files: {
        'lib/notes/a.ts': mutants('Killed', 'Survived'),
        'lib/notes/export/csv.ts': mutants('Killed', 'Timeout', 'CompileError'),
        'lib/analyze.ts': mutants('NoCoverage'),
      },
    };
    const files = measuredFiles([
      { report: newer, mtime: 2 },
      { report: older, mtime: 1 },
    ]);
    expect(files.get('lib/notes/a.ts')).toEqual({ killed: 1, timeout: 0, survived: 1, noCoverage: 0, ignored: 0 });
    const text = table(files, ['lib/article', 'lib/notes', 'lib']);
    expect(text).toContain('| lib/notes | 2 | 75.0 % | 2 | 1 | 1 | 0 | 0 |');
    expect(text).toContain('| lib | 1 | 0.0 % | 0 | 0 | 0 | 1 | 0 |');
    expect(text).toContain('| **all measured** | 3 | 60.0 % | 2 | 1 | 1 | 1 | 0 |');
    expect(text).toContain('Not measured in full yet: lib/article.');
    expect(text).toContain('| lib/notes/a.ts | 50.0 % | 1 | 0 |');
  });
});

describe('the test files a part runs', () => {
  it('a folder (or a file in it): its own tests and every test file that imports it directly, nothing else', () => {
    const files = testFilesFor('lib/article/byline.ts');
    expect(files).toEqual(testFilesFor('lib/article'));
    expect(files).toContain('lib/article/article-text.test.ts');
    expect(files).toContain('tests/unit/extract.test.ts');
    // Imports lib/article/extract as '../article/extract'.
    expect(files).toContain('lib/quotes/quotes.test.ts');
    // Reads its reference article through scripts/: not a direct user.
    expect(files).not.toContain('lib/places/places.test.ts');
    expect(files).not.toContain('lib/notes/notes.test.ts');
  });

  it('top-level files of lib/ and the word lists run every test (no list)', () => {
    expect(testFilesFor('lib/analyze.ts')).toEqual([]);
    // The word lists are reached through every engine, not by their own tests only.
    expect(testFilesFor('lib/lexicon/en/given-names.ts')).toEqual([]);
  });
});

describe('the sampled estimate of all of lib/ (scripts/mutation-sample.ts)', () => {
  const items = Array.from({ length: 1000 }, (_, i) => i);

  it('draws without replacement, the same for a seed, and a larger n extends a smaller one', () => {
    const a = sample(items, 50, 18);
    expect(new Set(a).size).toBe(50);
    expect(sample(items, 50, 18)).toEqual(a);
    expect(sample(items, 80, 18).slice(0, 50)).toEqual(a);
    expect(sample(items, 50, 19)).not.toEqual(a);
    expect(sample(items.slice(0, 3), 10, 18).sort()).toEqual([0, 1, 2]);
  });

  it('extends a kept draw with new picks only, and reads a smaller n as its first picks', () => {
    const mutant = (line: number): Mutant => ({
      fileName: 'lib/x.ts',
      mutatorName: 'M',
      replacement: '',
      location: { start: { line, column: 0 }, end: { line, column: 1 } },
    });
    const all = Array.from({ length: 60 }, (_, i) => mutant(i));
    const kept = { seed: 18, n: 10, frame: 60, commit: 'a', mutants: sample(all, 10, 18) };
    const more = extendDraw(kept, all, 25, 'b');
    expect(more.mutants.slice(0, 10)).toEqual(kept.mutants);
    expect(new Set(more.mutants.map((m) => m.location.start.line)).size).toBe(25);
    expect(more.extended).toEqual([{ commit: 'b', frame: 60, added: 15 }]);
    expect(extendDraw(kept, all, 4, 'b').mutants).toEqual(kept.mutants.slice(0, 4));
  });

  it('picks uniformly: each tenth of the frame gets about a tenth of a large sample', () => {
    const counts = new Array(10).fill(0);
    for (const i of sample(items, 500, 7)) counts[Math.floor(i / 100)]++;
    for (const c of counts) expect(c).toBeGreaterThan(30);
    for (const c of counts) expect(c).toBeLessThan(70);
  });

  it('gives the 95 % Wilson interval (textbook values for 81 of 263, 0 of 10, 10 of 10)', () => {
    const [low, high] = wilson(81, 263);
    expect(low).toBeCloseTo(0.2553, 3);
    expect(high).toBeCloseTo(0.3662, 3);
    expect(wilson(0, 10)[0]).toBe(0);
    expect(wilson(0, 10)[1]).toBeCloseTo(0.2775, 3);
    expect(wilson(10, 10)[1]).toBe(1);
  });

  it('keys a mutant the same in the instrumenter list (0-based) and in a report (1-based)', () => {
    const listed = { fileName: 'lib/a.ts', location: { start: { line: 4, column: 2 }, end: { line: 4, column: 9 } } };
    const reported = { location: { start: { line: 5, column: 3 }, end: { line: 5, column: 10 } } };
    const common = { mutatorName: 'ConditionalExpression', replacement: 'true', status: 'Killed' };
    expect(mutantKey('lib/a.ts', { ...listed, ...common })).toBe(
      mutantKey('lib/a.ts', { ...reported, ...common }, true),
    );
    expect(mutantKey('lib/a.ts', { ...listed, ...common, replacement: 'false' })).not.toBe(
      mutantKey('lib/a.ts', { ...reported, ...common }, true),
    );
  });
});

describe('the stratified estimate', () => {
  it('counts the measured mutants exactly and weights the sampled rest by its share', () => {
    // 1,000 measured (900 detected) + 3,000 others of which 60 of 100 picked were detected: (900 + 1,800) / 4,000.
    const s = stratify(1000, 900, 3000, 100, 60);
    expect(s.score).toBeCloseTo(67.5, 6);
    const [low, high] = wilson(60, 100);
    expect(s.low).toBeCloseTo((100 * (900 + 3000 * low)) / 4000, 6);
    expect(s.high).toBeCloseTo((100 * (900 + 3000 * high)) / 4000, 6);
    expect(s.high - s.low).toBeLessThan(100 * (high - low));
  });

  it('is exact when everything is measured', () => {
    expect(stratify(200, 150, 0, 0, 0)).toMatchObject({ score: 75, low: 75, high: 75 });
  });
});
