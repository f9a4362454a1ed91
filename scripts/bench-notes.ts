// Notes at scale: 10,000 synthetic notes → index build, search, grouping, each export, import. Prints a table.
// Usage: npx tsx scripts/bench-notes.ts [count]
import { performance } from 'node:perf_hooks';
import {
  buildNotesIndex,
  groupNotes,
  notesToCsv,
  notesToJson,
  notesToMarkdown,
  notesToMarkdownFiles,
  parseNotesImport,
  NOTES_SCHEMA_VERSION,
  type Note,
} from '../lib/notes';

const WORDS = (
  'government protest minister economy election border ceasefire inflation court ruling police ' +
  'energy climate health vaccine market strike union parliament budget reform'
).split(' ');
const SPEAKERS = ['Ana Silva', 'John Reeves', 'Li Wei', 'Fatima Khan', 'Olaf Berg', null];

function syntheticNote(i: number): Note {
  const pick = (n: number) => WORDS[(i * 7 + n * 13) % WORDS.length];
  const quote = `We will ${pick(1)} the ${pick(2)} before the ${pick(3)} and ${pick(4)} number ${i}`;
  const url = `https://news.example/article-${i % 500}`;
  return {
    id: `n${i}`,
    key: `${url}#${i.toString(16)}`,
    quote,
    partial: false,
    speaker: SPEAKERS[i % SPEAKERS.length],
    speakerRole: i % 3 ? 'minister' : null,
    article: {
      title: `Story ${i % 500} on ${pick(5)}`,
      outlet: 'Example News',
      url,
      publishedTime: '2026-01-02T00:00:00Z',
    },
    pinnedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
    comment: i % 4 ? `check ${pick(6)}` : '',
    tags: [pick(7)],
    link: `${url}#:~:text=We%20will`,
    selector: { exact: quote, prefix: '', suffix: '', offset: i },
    status: 'ok',
  };
}

/** Median of `runs` timings in ms. */
function time(runs: number, fn: () => unknown): number {
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const count = Number(process.argv[2] ?? 10_000);
const notes = Array.from({ length: count }, (_, i) => syntheticNote(i));
const at = new Date(0);
let index = buildNotesIndex(notes);
const json = notesToJson(notes, at);
const queries = ['protest', 'minister', 'reeves', 'ceasefire court', 'infla', 'number 4242'];

const rows: [string, number, string][] = [
  ['build search index', time(3, () => (index = buildNotesIndex(notes))), '(first search; built lazily)'],
  ['search (mean per query, 6)', time(5, () => queries.map((q) => index.search(q))) / queries.length, '< 50 ms'],
  ['group by article', time(5, () => groupNotes(notes, 'article')), '(Notes page open: data step, < 500 ms)'],
  ['group by speaker', time(5, () => groupNotes(notes, 'speaker')), ''],
  ['export JSON', time(3, () => notesToJson(notes, at)), '< 1000 ms'],
  ['export CSV', time(3, () => notesToCsv(notes)), '< 1000 ms'],
  ['export Markdown (one file)', time(3, () => notesToMarkdown(notes, at)), '< 1000 ms'],
  ['export Markdown (per article)', time(3, () => notesToMarkdownFiles(notes)), '< 1000 ms'],
  ['import + validate JSON', time(3, () => parseNotesImport(json)), ''],
];

console.log(`notes: ${count}, schema v${NOTES_SCHEMA_VERSION}, export JSON ${(json.length / 1e6).toFixed(1)} MB`);
console.log('step'.padEnd(32) + 'ms'.padStart(10) + '  target');
for (const [name, ms, target] of rows) console.log(name.padEnd(32) + ms.toFixed(2).padStart(10) + '  ' + target);
