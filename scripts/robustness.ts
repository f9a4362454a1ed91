// npm run robustness -- <corpus-dir> [--generated N] [--seed S] [--limit-ms MS] [--workers W]
// Every corpus page and N generated malformed pages through extraction + analysis; each page gets an outcome.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runJobs, summarize } from '../tests/robustness/runner';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    generated: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '20261125' },
    'limit-ms': { type: 'string', default: '30000' },
    workers: { type: 'string', default: '2' },
  },
});
if (positionals.length !== 1) {
  console.error('usage: npm run robustness -- <corpus-dir> [--generated N] [--seed S] [--limit-ms MS] [--workers W]');
  process.exit(2);
}
const pagesDir = join(positionals[0], 'pages');
const corpus = readdirSync(pagesDir).filter((f) => f.endsWith('.html') && !f.endsWith('.expected.html')).sort().map((f) => ({ name: f.replace(/\.html$/, ''), file: join(pagesDir, f) }));
const seed = Number(values.seed);
const generated = Array.from({ length: Number(values.generated) }, (_, index) => ({ name: `gen-${index}`, seed, index }));
const started = performance.now();
let done = 0;
const total = corpus.length + generated.length;
const results = await runJobs([...corpus, ...generated], {
  workers: Number(values.workers),
  limitMs: Number(values['limit-ms']),
  onResult: () => ++done % 100 === 0 && console.error(`${done}/${total}…`),
});
console.log(`corpus pages:\n${summarize(results.slice(0, corpus.length))}\n`);
console.log(`generated pages (seed ${seed}):\n${summarize(results.slice(corpus.length))}\n`);
console.log(`total ${(performance.now() - started) / 1000} s`);
process.exitCode = results.some((r) => r.outcome === 'crash' || r.outcome === 'timeout' || r.outcome === 'invalid') ? 1 : 0;
