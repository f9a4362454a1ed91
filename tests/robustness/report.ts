// What the robustness run prints: one line per page as it finishes (with a running tally), then per-kind tables.
import type { Outcome, PageResult } from './run-page';

const OUTCOMES: readonly Outcome[] = ['analysed', 'no article', 'invalid', 'crash', 'timeout'];
/** Outcomes that fail the run: a crash, a hang (timeout) or an analysis that breaks its own invariants. */
export const FAILURES: readonly Outcome[] = ['invalid', 'crash', 'timeout'];

export function isFailure(result: PageResult): boolean {
  return FAILURES.includes(result.outcome);
}

export function countOutcomes(results: readonly PageResult[]): Record<Outcome, number> {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of results) counts[r.outcome]++;
  return counts;
}

function tallyText(counts: Record<Outcome, number>): string {
  return OUTCOMES.map((o) => `${o} ${counts[o]}`).join(', ');
}

/** One finished page: `[  12/1184] gen-11-name-soup  analysed  575 ms  2.1 MB | analysed 10, no article 2, …`. */
export function formatLine(result: PageResult, done: number, total: number, counts: Record<Outcome, number>): string {
  const width = String(total).length;
  const size = result.bytes ? `${(result.bytes / 1e6).toFixed(2)} MB` : '';
  const head = `[${String(done).padStart(width)}/${total}] ${result.name.padEnd(30)} ${result.outcome.padEnd(10)} ${`${result.ms.toFixed(0)} ms`.padStart(9)} ${size.padStart(9)}`;
  const note = isFailure(result) ? `  !! ${result.detail}` : '';
  return `${head} | ${tallyText(counts)}${note}`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Per kind: pages, each outcome, median and slowest time; then the slowest pages and every failure. */
export function summarize(results: readonly PageResult[], slowest = 10): string {
  const kinds = [...new Set(results.map((r) => r.kind))].sort();
  const header =
    'kind'.padEnd(22) +
    'pages'.padStart(6) +
    OUTCOMES.map((o) => o.padStart(11)).join('') +
    'median ms'.padStart(11) +
    'max ms'.padStart(9);
  const row = (kind: string, rs: readonly PageResult[]) => {
    const counts = countOutcomes(rs);
    const ms = rs.map((r) => r.ms);
    return (
      kind.padEnd(22) +
      String(rs.length).padStart(6) +
      OUTCOMES.map((o) => String(counts[o]).padStart(11)).join('') +
      median(ms).toFixed(0).padStart(11) +
      Math.max(0, ...ms)
        .toFixed(0)
        .padStart(9)
    );
  };
  const lines = [
    header,
    ...kinds.map((k) =>
      row(
        k,
        results.filter((r) => r.kind === k),
      ),
    ),
    row('ALL', results),
  ];
  lines.push('', `slowest ${slowest}:`);
  for (const r of [...results].sort((a, b) => b.ms - a.ms).slice(0, slowest)) {
    const size = r.bytes ? `${(r.bytes / 1e6).toFixed(2)} MB` : '';
    lines.push(
      `  ${r.name.padEnd(30)} ${r.outcome.padEnd(10)} ${r.ms.toFixed(0).padStart(7)} ms ${size.padStart(9)}  ${r.detail.slice(0, 80)}`,
    );
  }
  const failures = results.filter(isFailure);
  lines.push('', failures.length ? `failures (${failures.length}):` : 'failures: none');
  for (const r of failures) lines.push(`  ${r.outcome.toUpperCase()} ${r.name} (${r.kind}): ${r.detail.slice(0, 160)}`);
  return lines.join('\n');
}
