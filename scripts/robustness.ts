// npm run robustness -- <corpus-dir> [--generated N] [--seed S] [--limit-ms MS] [--workers W] [--kinds a,b] [--pages 1,10] [--no-corpus]
// Every corpus page and N generated malformed pages through extraction + analysis; each page gets an outcome.
// One line per page as it finishes (so a long run can be watched and a killed run still tells something),
// then tables per kind. Exit code 1 on any crash, time-out (hang) or invalid analysis.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { KIND_NAMES, kindOf } from '../tests/robustness/generate-pages';
import { countOutcomes, formatLine, isFailure, summarize } from '../tests/robustness/report';
import { runJobs, type Job } from '../tests/robustness/runner';
import type { PageResult } from '../tests/robustness/run-page';

const USAGE =
  'usage: npm run robustness -- <corpus-dir> [--generated N] [--seed S] [--limit-ms MS] [--workers W] [--kinds a,b] [--pages 1,10] [--no-corpus]';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    generated: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20261125' },
    'limit-ms': { type: 'string', default: '30000' },
    workers: { type: 'string', default: '2' },
    kinds: { type: 'string' },
    pages: { type: 'string' },
    'no-corpus': { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  console.error(USAGE);
  process.exit(2);
}
const kinds = values.kinds?.split(',').map((k) => k.trim());
// --pages 1,10,16 reruns just those generated pages (the numbers in `gen-<n>-<kind>`), e.g. a run's failures.
const pages = values.pages?.split(',').map((n) => Number(n.replace(/^gen-/, '').split('-')[0]));
const unknown = kinds?.filter((k) => !KIND_NAMES.includes(k)) ?? [];
if (pages?.some((n) => !Number.isInteger(n) || n < 0)) {
  console.error(`--pages takes page numbers (1,10 or gen-1-huge-text,…)\n${USAGE}`);
  process.exit(2);
}
if (unknown.length) {
  console.error(`unknown kinds: ${unknown.join(', ')}\nkinds: ${KIND_NAMES.join(', ')}`);
  process.exit(2);
}

const pagesDir = join(positionals[0], 'pages');
const corpus: Job[] = values['no-corpus']
  ? []
  : readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html'))
      .sort()
      .map((f) => ({ name: f.replace(/\.html$/, ''), kind: 'corpus', file: join(pagesDir, f) }));
const seed = Number(values.seed);
// --kinds and --pages keep the page indexes (and so the very pages) of the full run, only fewer of them.
const generated: Job[] = (pages ?? Array.from({ length: Number(values.generated) }, (_, index) => index))
  .filter((index) => !kinds || kinds.includes(kindOf(index)))
  .map((index) => ({ seed, index }));
const limitMs = Number(values['limit-ms']);
const workers = Number(values.workers);
const jobs = [...corpus, ...generated];
console.log(
  `${corpus.length} corpus pages + ${generated.length} generated pages (seed ${seed}), ${workers} workers, limit ${limitMs} ms a page`,
);

const started = performance.now();
const finished: PageResult[] = [];
const results = await runJobs(jobs, {
  workers,
  limitMs,
  onResult: (result) => {
    finished.push(result);
    console.log(formatLine(result, finished.length, jobs.length, countOutcomes(finished)));
  },
});
const minutes = (performance.now() - started) / 60_000;
if (corpus.length)
  console.log(`\n=== corpus pages (${positionals[0]}) ===\n${summarize(results.slice(0, corpus.length))}`);
if (generated.length)
  console.log(`\n=== generated pages (seed ${seed}) ===\n${summarize(results.slice(corpus.length))}`);
const failures = results.filter(isFailure).length;
console.log(`\n${jobs.length} pages in ${minutes.toFixed(1)} min: ${failures} failures (crash, time-out or invalid)`);
process.exitCode = failures ? 1 : 0;
