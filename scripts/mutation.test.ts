// The score table of `npm run mutation` (scripts/mutation.ts) on reports shaped as Stryker writes them.
import { describe, expect, it } from 'vitest';
import { measuredFiles, score, table, testFilesFor } from './mutation';

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
    expect(text).toContain('Not measured yet: lib/article.');
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

  it('top-level files of lib/ run every test (no list)', () => {
    expect(testFilesFor('lib/analyze.ts')).toEqual([]);
  });
});
