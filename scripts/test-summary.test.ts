// The closing line of `npm test` (scripts/test-summary.ts) on vitest JSON reports shaped as vitest writes them:
// each way a run can go wrong without a failed test still gives a non-zero failed count and says what.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize, summaryLine, type VitestReport } from './test-summary';

type Status = 'passed' | 'failed' | 'skipped' | 'pending' | 'todo';

function report(files: Record<string, [string, Status][]>, extra: Partial<VitestReport> = {}): VitestReport {
  const testResults = Object.entries(files).map(([name, tests]) => ({
    name: `/repo/${name}`,
    status: tests.some(([, s]) => s === 'failed') ? 'failed' : 'passed',
    message: '',
    assertionResults: tests.map(([fullName, status]) => ({ fullName, status })),
  }));
  const all = Object.values(files).flat();
  const count = (s: Status) => all.filter(([, x]) => x === s).length;
  return {
    numTotalTests: all.length,
    numPassedTests: count('passed'),
    numFailedTests: count('failed'),
    success: count('failed') === 0,
    testResults,
    ...extra,
  };
}

const GREEN_UNIT = report({
  'lib/a.test.ts': [
    ['a works', 'passed'],
    ['b works', 'passed'],
  ],
});
const GREEN_E2E = report({ 'tests/e2e/panel.e2e.test.ts': [['panel opens', 'passed']] });
/** Exactly what vitest 4 writes when its include patterns match no file. */
const NO_FILES: VitestReport = {
  numTotalTests: 0,
  numPassedTests: 0,
  numFailedTests: 0,
  success: false,
  testResults: [],
};

describe('test summary', () => {
  it('all green: the passed tests, 0 failed', () => {
    const s = summarize(
      [
        { name: 'unit', report: GREEN_UNIT },
        { name: 'e2e', report: GREEN_E2E },
      ],
      false,
    );
    expect(summaryLine(s)).toBe('3 passed, 0 failed');
    expect(s.problems).toEqual([]);
  });

  it('a runner that finds no test file (its tests removed) counts as failed', () => {
    const s = summarize(
      [
        { name: 'unit', report: GREEN_UNIT },
        { name: 'e2e', report: NO_FILES },
      ],
      false,
    );
    expect(summaryLine(s)).toBe('2 passed, 1 failed');
    expect(s.problems).toEqual(['e2e: no tests found']);
  });

  it('a deleted golden file fails its golden test, and the summary names it', () => {
    const unit = report({
      'tests/unit/golden-pages.test.ts': [
        ['golden pages hostile: the analysis equals expected.json', 'failed'],
        ['golden pages seed', 'passed'],
      ],
    });
    const s = summarize(
      [
        { name: 'unit', report: unit },
        { name: 'e2e', report: GREEN_E2E },
      ],
      false,
    );
    expect(summaryLine(s)).toBe('2 passed, 1 failed');
    expect(s.problems).toEqual([
      'unit: failed: tests/unit/golden-pages.test.ts > golden pages hostile: the analysis equals expected.json',
    ]);
  });

  it('a suite skipped for a missing prerequisite (../shared absent) counts each skipped test as failed', () => {
    const e2e = report({
      'tests/e2e/timing.e2e.test.ts': [
        ['reference article', 'passed'],
        ['the largest corpus pages (needs ../shared)', 'skipped'],
      ],
    });
    const s = summarize(
      [
        { name: 'unit', report: GREEN_UNIT },
        { name: 'e2e', report: e2e },
      ],
      false,
    );
    expect(summaryLine(s)).toBe('3 passed, 1 failed');
    expect(s.problems).toEqual([
      'e2e: skipped (counted as failed): tests/e2e/timing.e2e.test.ts > the largest corpus pages (needs ../shared)',
    ]);
  });

  it('a test that passed only on its retry counts as passed and is named with its first failure', () => {
    const flaky = report({ 'tests/e2e/views.e2e.test.ts': [['places list', 'passed']] });
    // What vitest writes when a retry passes: status passed, the failed try's message kept.
    flaky.testResults[0].assertionResults[0].failureMessages = ['AssertionError: expected 3 to be 4\n  at …'];
    const s = summarize([{ name: 'e2e', report: flaky }], false);
    expect(summaryLine(s)).toBe('1 passed, 0 failed');
    expect(s.problems).toEqual([
      'e2e: passed on a retry (flaky): tests/e2e/views.e2e.test.ts > places list: AssertionError: expected 3 to be 4',
    ]);
  });

  it('a test file that cannot load, a crashed run, an unhandled error and a failed build each count once', () => {
    const broken = report({ 'lib/a.test.ts': [['a works', 'passed']] });
    broken.testResults.push({
      name: '/repo/lib/b.test.ts',
      status: 'failed',
      message: "Error: Cannot find module './gone'\n  at …",
      assertionResults: [],
    });
    const unhandled = { ...GREEN_E2E, success: false };
    const s = summarize(
      [
        { name: 'unit', report: broken },
        { name: 'e2e', report: unhandled },
        { name: 'extra', report: null },
      ],
      true,
    );
    expect(summaryLine(s)).toBe('2 passed, 4 failed');
    expect(s.problems).toEqual([
      'build failed (the e2e tests use it)',
      "unit: lib/b.test.ts could not run: Error: Cannot find module './gone'",
      'e2e: the run reported failure without a failed test (an unhandled error?)',
      'extra: no report (the run crashed before writing one)',
    ]);
  });

  it('the command prints the problems, then the line, and exits non-zero on any failure', () => {
    const dir = mkdtempSync(join(tmpdir(), 'summary-'));
    writeFileSync(join(dir, 'unit.json'), JSON.stringify(GREEN_UNIT));
    writeFileSync(join(dir, 'e2e.json'), JSON.stringify(NO_FILES));
    const script = resolve(__dirname, 'test-summary.ts');
    const tsx = resolve(__dirname, '..', 'node_modules', '.bin', 'tsx');
    const run = (...args: string[]) => spawnSync(tsx, [script, ...args], { encoding: 'utf8' });
    const bad = run('0', `unit=${join(dir, 'unit.json')}`, `e2e=${join(dir, 'e2e.json')}`);
    expect(bad.stdout.trim().split('\n')).toEqual(['e2e: no tests found', '2 passed, 1 failed']);
    expect(bad.status).toBe(1);
    const good = run('0', `unit=${join(dir, 'unit.json')}`);
    expect(good.stdout.trim()).toBe('2 passed, 0 failed');
    expect(good.status).toBe(0);
  });
});
