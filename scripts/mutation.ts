// `npm run mutation`: StrykerJS (stryker.config.mjs) over lib/, one part at a time, then the score per folder.
//   npm run mutation                          every folder of lib/ in turn (hours on a shared 2-core machine)
//   npm run mutation -- lib/notes lib/article  those folders (or files; a comma-separated list of files is one part)
//   npm run mutation -- --table                only the table of what was measured so far
//   npm run mutation -- --sample [--n 400] [--seed 18]   all of lib/ estimated from a uniform random sample of its
//                                              mutants (scripts/mutation-sample.ts), labelled as such with its 95 % CI;
//                                              the sample is kept (mutation/sample/picked.json) until --redraw;
//   npm run mutation -- --sample lib/lexicon --force   runs the sample's lexicon mutants again (after new tests)
//   other arguments go to Stryker:  npm run mutation -- lib/notes --concurrency 2
// Each part keeps its own incremental report in mutation/parts/ (Stryker's JSON report format, committed: a fresh
// machine then re-tests only what changed since the last measurement), so a
// re-run tests only mutants whose code or tests changed, and parts measured at different times add up. The
// table reads every part; a file measured by two parts counts once, from the newer part.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { folderOf, sampledLine, sampleRun, savedEstimate } from './mutation-sample.ts';

const ROOT = resolve(import.meta.dirname, '..');
const PARTS = join(ROOT, 'mutation/parts');

type Status = 'Killed' | 'Timeout' | 'Survived' | 'NoCoverage' | 'CompileError' | 'RuntimeError' | 'Ignored' | string;
interface Report {
  files: Record<string, { mutants: { status: Status; mutatorName: string; location: { start: { line: number } } }[] }>;
}
interface Count {
  killed: number;
  timeout: number;
  survived: number;
  noCoverage: number;
  ignored: number;
}

const partFile = (target: string) => join(PARTS, `${target.replace(/\.ts(?=,|$)/g, '').replace(/[/\\,]/g, '-')}.json`);

/** The mutate pattern for a folder, a file or a comma-separated list of files of lib/. */
function mutatePattern(target: string): string {
  const clean = target.replace(/\/$/, '');
  return clean.endsWith('.ts') ? clean : `${clean}/**/*.ts,!${clean}/**/*.test.ts,!${clean}/**/test-*.ts`;
}

const testFilesIn = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `${dir}/${name}`);

/** The word lists: every engine reads them, so the engines' tests are theirs (their own tests check the data). */
const READ_BY_EVERY_ENGINE = ['lexicon'];

/**
 * The test files a part runs: those that import the target's folder directly (its own tests, tests/unit files aimed
 * at it, other folders' tests that call it). Tests that reach it only through another engine (the places and
 * quotes suites read a reference article through the whole pipeline) are left out: each costs seconds per surviving
 * mutant on this machine, and leaving tests out can only lower the score. Top-level files of lib/ and lib/lexicon run
 * every test.
 */
export function testFilesFor(target: string, files = [...testFilesIn('lib'), ...testFilesIn('tests/unit')]): string[] {
  const parts = target.split(',')[0].split('/');
  if (parts.length < 2 || parts[1].endsWith('.ts') || READ_BY_EVERY_ENGINE.includes(parts[1])) return [];
  const folder = parts[1];
  return files.filter((file) => {
    if (file.startsWith(`lib/${folder}/`)) return true;
    const source = readFileSync(join(ROOT, file), 'utf8');
    return [...source.matchAll(/from '([^']+)'/g)].some(([, from]) => {
      const resolved = join(file, '..', from);
      return resolved === `lib/${folder}` || resolved.startsWith(`lib/${folder}/`);
    });
  });
}

function run(target: string, passThrough: string[]): boolean {
  mkdirSync(PARTS, { recursive: true });
  console.log(`\n=== mutation: ${target} ===`);
  const args = [
    'stryker',
    'run',
    '--mutate',
    mutatePattern(target),
    '--incrementalFile',
    partFile(target),
    ...passThrough,
  ];
  // Read by vitest.mutation.config.ts in Stryker's test process. Not Stryker's --testFiles: with it Stryker 9.5
  // activates a static mutant (one in code run at import) only after the import, so every one survived.
  const env = { ...process.env, MUTATION_TEST_FILES: testFilesFor(target).join(',') };
  const result = spawnSync('npx', args, { cwd: ROOT, stdio: 'inherit', env });
  return result.status === 0;
}

const libFolders = () =>
  readdirSync(join(ROOT, 'lib'))
    .filter((name) => statSync(join(ROOT, 'lib', name)).isDirectory())
    .map((name) => `lib/${name}`);

function count(mutants: { status: Status }[]): Count {
  const c: Count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0 };
  for (const m of mutants) {
    if (m.status === 'Killed') c.killed++;
    else if (m.status === 'Timeout') c.timeout++;
    else if (m.status === 'Survived') c.survived++;
    else if (m.status === 'NoCoverage') c.noCoverage++;
    else if (m.status === 'Ignored') c.ignored++;
  }
  return c;
}

const add = (a: Count, b: Count): Count => ({
  killed: a.killed + b.killed,
  timeout: a.timeout + b.timeout,
  survived: a.survived + b.survived,
  noCoverage: a.noCoverage + b.noCoverage,
  ignored: a.ignored + b.ignored,
});
const EMPTY: Count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0 };

/** Stryker's mutation score: detected (killed or timed out) over all valid mutants (compile errors left out). */
export function score(c: Count): number | null {
  const valid = c.killed + c.timeout + c.survived + c.noCoverage;
  return valid ? (100 * (c.killed + c.timeout)) / valid : null;
}

/** Every measured file, each from the newest part that covers it. */
export function measuredFiles(reports: { report: Report; mtime: number }[]): Map<string, Count> {
  const newest = new Map<string, { mtime: number; count: Count }>();
  for (const { report, mtime } of reports) {
    for (const [path, file] of Object.entries(report.files)) {
      const rel = path.startsWith('/') ? relative(ROOT, path) : path;
      const seen = newest.get(rel);
      if (!seen || seen.mtime < mtime) newest.set(rel, { mtime, count: count(file.mutants) });
    }
  }
  return new Map([...newest].map(([path, { count: c }]) => [path, c]));
}

const pct = (c: Count) => (score(c) === null ? '—' : `${score(c)!.toFixed(1)} %`);
const row = (name: string, c: Count, files?: number) =>
  `| ${name} | ${files ?? ''} | ${pct(c)} | ${c.killed} | ${c.timeout} | ${c.survived} | ${c.noCoverage} | ${c.ignored} |`;

export function table(files: Map<string, Count>, allFolders: string[]): string {
  const byFolder = new Map<string, { count: Count; files: number }>();
  for (const [path, c] of files) {
    const f = byFolder.get(folderOf(path)) ?? { count: EMPTY, files: 0 };
    byFolder.set(folderOf(path), { count: add(f.count, c), files: f.files + 1 });
  }
  const lines = [
    '| folder | files | score | killed | timeout | survived | no coverage | ignored |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const folder of [...byFolder.keys()].sort())
    lines.push(row(folder, byFolder.get(folder)!.count, byFolder.get(folder)!.files));
  const total = [...files.values()].reduce(add, EMPTY);
  lines.push(row('**all measured**', total, files.size));
  const missing = allFolders.filter((f) => !byFolder.has(f));
  if (missing.length) lines.push('', `Not measured in full yet: ${missing.join(', ')}.`);
  const survivors = [...files]
    .filter(([, c]) => c.survived + c.noCoverage > 0)
    .sort((a, b) => b[1].survived - a[1].survived);
  if (survivors.length) {
    lines.push('', '| file | score | survived | no coverage |', '| --- | --- | --- | --- |');
    for (const [path, c] of survivors) lines.push(`| ${path} | ${pct(c)} | ${c.survived} | ${c.noCoverage} |`);
  }
  return lines.join('\n');
}

function readParts(): { report: Report; mtime: number }[] {
  if (!existsSync(PARTS)) return [];
  return readdirSync(PARTS)
    .filter((name) => name.endsWith('.json'))
    .map((name) => join(PARTS, name))
    .map((path) => ({ report: JSON.parse(readFileSync(path, 'utf8')) as Report, mtime: statSync(path).mtimeMs }));
}

/** `--name value` from the arguments (removed from them), or the fallback. */
function option(argv: string[], name: string, fallback: number): number {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const [, value] = argv.splice(at, 2);
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} takes a positive whole number, not "${value ?? ''}"`);
  return n;
}

async function main(argv: string[]): Promise<number> {
  const tableOnly = argv.includes('--table');
  const sampling = argv.includes('--sample');
  const n = option(argv, '--n', 400);
  const seed = option(argv, '--seed', 18);
  // Targets are paths under lib/; anything else goes to Stryker (e.g. --concurrency 2, --force).
  const targets = argv.filter((a) => a.startsWith('lib'));
  const ours = ['--table', '--sample', '--redraw'];
  const passThrough = argv.filter((a) => !a.startsWith('lib') && !ours.includes(a));
  let ok = true;
  if (sampling)
    ok =
      (await sampleRun(
        { n, seed, run: !tableOnly, redraw: argv.includes('--redraw'), rerun: targets, passThrough },
        testFilesFor,
        PARTS,
      )) !== null;
  else if (!tableOnly)
    for (const target of targets.length ? targets : libFolders()) ok = run(target, passThrough) && ok;
  const topLevel = readdirSync(join(ROOT, 'lib')).some((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'));
  console.log(`\nMutation score per folder (mutation/parts; bars: lib/notes and lib/article ≥ 80 %, lib/ ≥ 65 %)\n`);
  console.log(table(measuredFiles(readParts()), [...libFolders(), ...(topLevel ? ['lib'] : [])]));
  const estimate = savedEstimate();
  if (estimate) console.log(`\n${sampledLine(estimate)}`);
  return ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename))
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 2;
    },
  );
