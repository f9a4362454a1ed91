// The runner's time limit: a page over it is reported as a time-out (a hang) with its name and kind, its worker
// is terminated, and the pages after it still run.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLine, countOutcomes, summarize } from '../robustness/report';
import { runJobs } from '../robustness/runner';

const SEED_PAGE = resolve(__dirname, '../fixtures/pages/seed-kazakhstan/source.html');

describe('robustness runner', () => {
  it('reports a page over the limit as a time-out, kills its worker and goes on', async () => {
    const streamed: string[] = [];
    // Page 1 of any run is a full-size "huge-text" page (10 MB): building and parsing it alone takes far
    // longer than 300 ms. One worker, so the next page can only run if the stuck worker was replaced.
    const results = await runJobs(
      [
        { seed: 1, index: 1 },
        { name: 'seed', kind: 'fixture', file: SEED_PAGE },
      ],
      {
        workers: 1,
        limitMs: 300,
        onResult: (r) => streamed.push(r.name),
      },
    );
    expect(results[0]).toMatchObject({ name: 'gen-1-huge-text', kind: 'huge-text', outcome: 'timeout' });
    // Where it was stuck: building the 10 MB page ("loading") or, on a fast machine, already parsing it; on a
    // loaded machine the worker may not even have picked the job up within 300 ms ("not started").
    expect(results[0].detail).toMatch(
      /^no answer within 300 ms \(while (not started|loading|parsing|extracting)\), worker terminated$/,
    );
    // Node's timers run on libuv's loop clock, which counts whole milliseconds: a 300 ms timer can fire up to 1 ms
    // before 300 ms have passed by performance.now() (the runner's stopwatch). Not earlier than that.
    expect(results[0].ms).toBeGreaterThanOrEqual(299);
    expect(streamed).toEqual(['gen-1-huge-text', 'seed']);
    // The fixture may itself exceed 300 ms on a loaded machine; what matters is that it got its own verdict.
    expect(['analysed', 'timeout']).toContain(results[1].outcome);
    const report = summarize(results);
    expect(report).toMatch(/^huge-text\s+1\s+0\s+0\s+0\s+0\s+1/m);
    expect(report).toContain('TIMEOUT gen-1-huge-text (huge-text)');
  }, 60_000);

  it('streams one line per page with a running tally', () => {
    const result = {
      name: 'gen-4-binary-junk',
      kind: 'binary-junk',
      outcome: 'no article' as const,
      ms: 12.4,
      bytes: 2_000_000,
      detail: '',
    };
    const line = formatLine(result, 7, 1184, countOutcomes([result]));
    expect(line).toBe(
      '[   7/1184] gen-4-binary-junk              no article     12 ms   2.00 MB | analysed 0, no article 1, invalid 0, crash 0, timeout 0',
    );
  });
});
