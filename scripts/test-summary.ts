// The closing line of `npm test` from the vitest JSON reports: "N passed, M failed". Besides failed tests, each
// of these counts as one failure and is named above the line: a run with no report (it crashed), a run that found
// no tests, a test file that could not run, a skipped test (a missing prerequisite is a failure, not a pass),
// a run that reported failure with no failed test (an unhandled error), a failed build.
// A test that passed only on its retry (the e2e config retries once: real browsers on a shared machine) counts as
// passed, and is named with its first failure, so a flaky test is seen and fixed rather than hidden.
// Usage: tsx scripts/test-summary.ts <build-failed 0|1> <name>=<report.json>...
import { existsSync, readFileSync } from 'node:fs';

interface Assertion {
  fullName: string;
  status: string;
  /** Kept by vitest from a failed try when a retry then passed. */
  failureMessages?: string[] | null;
}

interface FileResult {
  name: string;
  status: string;
  message?: string;
  assertionResults: Assertion[];
}

/** The parts of vitest's JSON report that the summary reads. */
export interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  success: boolean;
  testResults: FileResult[];
}

export interface Summary {
  passed: number;
  failed: number;
  problems: string[];
}

const NOT_RUN = new Set(['skipped', 'pending', 'todo', 'disabled']);
const firstLine = (s = '') =>
  s
    .split('\n')
    .find((l) => l.trim())
    ?.trim() ?? 'no message';
const short = (file: string) => file.replace(/^.*?\/(?=(tests|lib|components|services|scripts|entrypoints)\/)/, '');

/** What one run adds to the summary. */
function summarizeRun(name: string, report: VitestReport | null): Summary {
  if (!report) return { passed: 0, failed: 1, problems: [`${name}: no report (the run crashed before writing one)`] };
  const problems: string[] = [];
  let failed = report.numFailedTests;
  for (const file of report.testResults) {
    const tests = file.assertionResults;
    for (const t of tests.filter((a) => a.status === 'failed'))
      problems.push(`${name}: failed: ${short(file.name)} > ${t.fullName}`);
    for (const t of tests.filter((a) => a.status === 'passed' && a.failureMessages?.length))
      problems.push(
        `${name}: passed on a retry (flaky): ${short(file.name)} > ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`,
      );
    for (const t of tests.filter((a) => NOT_RUN.has(a.status))) {
      failed++;
      problems.push(`${name}: skipped (counted as failed): ${short(file.name)} > ${t.fullName}`);
    }
    if (file.status === 'failed' && !tests.some((a) => a.status === 'failed')) {
      failed++;
      problems.push(`${name}: ${short(file.name)} could not run: ${firstLine(file.message)}`);
    }
    if (tests.length === 0 && file.status !== 'failed') {
      failed++;
      problems.push(`${name}: ${short(file.name)} holds no tests`);
    }
  }
  if (report.numTotalTests === 0 && failed === 0) {
    failed++;
    problems.push(`${name}: no tests found`);
  }
  if (!report.success && failed === 0) {
    failed++;
    problems.push(`${name}: the run reported failure without a failed test (an unhandled error?)`);
  }
  return { passed: report.numPassedTests, failed, problems };
}

/** Adds up every run; `buildFailed` counts once. */
export function summarize(runs: { name: string; report: VitestReport | null }[], buildFailed: boolean): Summary {
  const total: Summary = {
    passed: 0,
    failed: buildFailed ? 1 : 0,
    problems: buildFailed ? ['build failed (the e2e tests use it)'] : [],
  };
  for (const { name, report } of runs) {
    const s = summarizeRun(name, report);
    total.passed += s.passed;
    total.failed += s.failed;
    total.problems.push(...s.problems);
  }
  return total;
}

export function readReport(path: string): VitestReport | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as VitestReport;
  } catch {
    return null;
  }
}

export const summaryLine = (s: Summary) => `${s.passed} passed, ${s.failed} failed`;

if (process.argv[1]?.endsWith('test-summary.ts')) {
  const [buildFailed, ...pairs] = process.argv.slice(2);
  const runs = pairs.map((pair) => {
    const [name, path] = pair.split('=');
    return { name, report: readReport(path) };
  });
  const summary = summarize(runs, buildFailed === '1');
  for (const p of summary.problems) console.log(p);
  console.log(summaryLine(summary));
  process.exitCode = summary.failed ? 1 : 0;
}
