// `npm run mutation -- --sample [--n 400] [--seed 18]`: an estimate of the mutation score over ALL of lib/ from a
// uniform random sample of its mutants, for when a full run does not fit (≈19,000 mutants, hours on this machine).
// Every mutant Stryker's instrumenter makes in lib/ (the frame `npm run mutation` would test, directive-ignored
// mutants left out) is listed in a fixed order; a seeded shuffle picks n of them (the first n of one permutation, so
// a larger n with the same seed extends the sample). A picked mutant already measured by a full part
// (mutation/parts, same file, place, mutator and replacement) keeps that verdict; the others run under Stryker,
// one folder at a time with that folder's test files (as a part would), only the picked nodes mutated
// (stryker.sample.config.mjs + scripts/mutation-sample-ignorer.mjs). Verdicts accumulate in mutation/sample/.
// The estimate is labelled as sampled, with its 95 % Wilson interval and n; the table prints it (--table).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Instrumenter } from '@stryker-mutator/instrumenter';

const ROOT = resolve(import.meta.dirname, '..');
export const SAMPLE_DIR = join(ROOT, 'mutation/sample');
const ESTIMATE = join(SAMPLE_DIR, 'estimate.json');
const PICKED = join(SAMPLE_DIR, 'picked.json');

interface Position {
  line: number;
  column: number;
}
/** A mutant as the instrumenter gives it: lines and columns 0-based. */
export interface Mutant {
  fileName: string;
  location: { start: Position; end: Position };
  mutatorName: string;
  replacement: string;
}
/** A mutant of a Stryker JSON report: lines and columns 1-based. */
interface ReportMutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: Position; end: Position };
}
interface Report {
  files: Record<string, { mutants: ReportMutant[] }>;
}
export interface Estimate {
  seed: number;
  n: number;
  frame: number;
  detected: number;
  valid: number;
  score: number;
  low: number;
  high: number;
  fromParts: number;
  /** How many were drawn, and at which commit (those without a verdict were gone from the code since). */
  picked: number;
  drawnAt: string;
  /** Per folder: picked mutants with a verdict, and how many of them were detected (a rough view: few each). */
  byFolder?: Record<string, [number, number]>;
  /** Files measured in full count exactly, the rest of lib/ from the picked mutants in it (a tighter interval). */
  stratified: Stratified;
  commit: string;
  date: string;
}

export interface Stratified {
  score: number;
  low: number;
  high: number;
  /** Mutants of the files measured in full, and how many of them were detected. */
  measured: number;
  measuredDetected: number;
  /** Mutants of the other files, and the picked ones among them. */
  rest: number;
  restN: number;
  restDetected: number;
}

/**
 * The score of all mutants when `measured` of them are known exactly and the `rest` are estimated from `restN`
 * picked uniformly among them: the Wilson interval of the rest, weighted by its share.
 */
export function stratify(
  measured: number,
  measuredDetected: number,
  rest: number,
  restN: number,
  restDetected: number,
) {
  const [low, high] = wilson(restDetected, restN);
  const at = (p: number) => (100 * (measuredDetected + rest * p)) / (measured + rest);
  const p = restN ? restDetected / restN : rest ? 0 : 1;
  const stratified: Stratified = {
    score: at(p),
    low: at(rest ? low : 1),
    high: at(rest ? high : 1),
    measured,
    measuredDetected,
    rest,
    restN,
    restDetected,
  };
  return stratified;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

/** One key for the same mutant in the instrumenter's list and in a report (0-based there, 1-based here). */
export function mutantKey(file: string, m: Mutant | ReportMutant, oneBased = false): string {
  const d = oneBased ? 1 : 0;
  const { start, end } = m.location;
  return `${file}:${start.line - d}:${start.column - d}-${end.line - d}:${end.column - d} ${m.mutatorName} ${m.replacement}`;
}

/** mulberry32: a small seeded generator (the same sample on every machine). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The first n items of a seeded Fisher–Yates shuffle: uniform without replacement, a prefix for any larger n. */
export function sample<T>(items: T[], n: number, seed: number): T[] {
  const next = random(seed);
  const pool = [...items];
  const k = Math.min(n, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, k);
}

/** Wilson score interval for k successes in n trials (z = 1.96: 95 %), as fractions. */
export function wilson(k: number, n: number, z = 1.96): [number, number] {
  if (n === 0) return [0, 1];
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / (1 + (z * z) / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

const sourceFiles = (root: string) =>
  readdirSync(join(root, 'lib'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !/(^|\/)test-[^/]*$/.test(name))
    .map((name) => `lib/${name}`)
    .sort();

/** Every mutant of lib/ in a fixed order (file, place, mutator, replacement), directive-ignored ones left out. */
export async function listMutants(root = ROOT): Promise<Mutant[]> {
  const quiet = () => false;
  const logger = { debug() {}, info() {}, trace() {}, warn: console.warn, error: console.error, fatal: console.error };
  const log = { ...logger, isDebugEnabled: quiet, isTraceEnabled: quiet, isInfoEnabled: quiet, isWarnEnabled: quiet };
  const instrumenter = new Instrumenter(log as never);
  const files = sourceFiles(root).map((name) => ({
    name,
    mutate: true as const,
    content: readFileSync(join(root, name), 'utf8'),
  }));
  const result = await instrumenter.instrument(files, { plugins: null, excludedMutations: [], ignorers: [] } as never);
  return result.mutants
    .filter((m) => m.status !== 'Ignored')
    .map(({ fileName, location, mutatorName, replacement }) => ({ fileName, location, mutatorName, replacement }))
    .sort((a, b) => (mutantKey(a.fileName, a) < mutantKey(b.fileName, b) ? -1 : 1));
}

/** Verdicts (mutant key → status) in the reports of a folder, newer reports first winning. */
function verdicts(dir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!existsSync(dir)) return found;
  const paths = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && !name.startsWith('estimate') && !name.startsWith('picked'))
    .map((name) => join(dir, name))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  for (const path of paths) {
    const report = JSON.parse(readFileSync(path, 'utf8')) as Report;
    for (const [name, file] of Object.entries(report.files)) {
      const rel = name.startsWith('/') ? relative(ROOT, name) : name;
      for (const m of file.mutants) {
        const key = mutantKey(rel, m, true);
        if (VALID.has(m.status) && !found.has(key)) found.set(key, m.status);
      }
    }
  }
  return found;
}

/** lib/notes/export/csv.ts → lib/notes; lib/analyze.ts → lib (top level). */
export function folderOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : parts[0];
}

/** Runs the picked mutants of one folder under Stryker (only their nodes mutated), verdicts into mutation/sample/. */
function runFolder(folder: string, picked: Mutant[], testFiles: string[], passThrough: string[]): boolean {
  const name = folder.replace(/\//g, '-');
  // The run's input (Stryker's ranges and the ignore-plugin's list): a scratch file, not kept.
  mkdirSync(join(ROOT, 'reports/mutation'), { recursive: true });
  const pickedFile = join(ROOT, 'reports/mutation', `sample-${name}.json`);
  const locations: Record<string, number[][]> = {};
  const ranges = new Set<string>();
  for (const {
    fileName,
    location: { start, end },
  } of picked) {
    (locations[fileName] ??= []).push([start.line, start.column, end.line, end.column]);
    // Stryker's ranges: lines 1-based, columns 0-based.
    ranges.add(`${fileName}:${start.line + 1}:${start.column}-${end.line + 1}:${end.column}`);
  }
  writeFileSync(pickedFile, JSON.stringify({ ranges: [...ranges], locations }, null, 1));
  console.log(`\n=== mutation sample: ${folder} (${picked.length} picked mutants) ===`);
  const args = ['stryker', 'run', 'stryker.sample.config.mjs', '--incrementalFile', join(SAMPLE_DIR, `${name}.json`)];
  const env = { ...process.env, MUTATION_SAMPLE_FILE: pickedFile, MUTATION_TEST_FILES: testFiles.join(',') };
  return spawnSync('npx', [...args, ...passThrough], { cwd: ROOT, stdio: 'inherit', env }).status === 0;
}

interface Draw {
  seed: number;
  n: number;
  frame: number;
  commit: string;
  mutants: Mutant[];
  /** Later extensions of the draw (a larger --n): from the mutants not yet picked, at that commit. */
  extended?: { commit: string; frame: number; added: number }[];
}

/** Extends a kept draw to n: the new picks are drawn uniformly from the frame's mutants not already picked. */
export function extendDraw(kept: Draw, all: Mutant[], n: number, at: string): Draw {
  if (n <= kept.mutants.length) return { ...kept, n, mutants: kept.mutants.slice(0, n) };
  const taken = new Set(kept.mutants.map((m) => mutantKey(m.fileName, m)));
  const rest = all.filter((m) => !taken.has(mutantKey(m.fileName, m)));
  const added = sample(rest, n - kept.mutants.length, kept.seed + kept.mutants.length);
  const extended = [...(kept.extended ?? []), { commit: at, frame: all.length, added: added.length }];
  return { ...kept, n, mutants: [...kept.mutants, ...added], extended };
}

/**
 * The picked mutants: drawn once and kept in mutation/sample/picked.json with the commit they were drawn at, so that
 * other people's changes to lib/ (which move mutants and so change the frame's order) do not change the sample. A
 * larger --n extends the kept draw, a smaller one reads its first n; another seed needs --redraw. A picked mutant
 * whose code has changed since gets no verdict and is left out (counted in the output).
 */
function drawn(all: Mutant[], options: { n: number; seed: number; redraw?: boolean }): Draw | null {
  if (existsSync(PICKED) && !options.redraw) {
    const kept = JSON.parse(readFileSync(PICKED, 'utf8')) as Draw;
    if (kept.seed !== options.seed) {
      console.error(
        `the kept sample was drawn with seed ${kept.seed}; pass --redraw to draw anew with ${options.seed}`,
      );
      return null;
    }
    console.log(`sample drawn at ${kept.commit} from ${kept.frame} mutants (mutation/sample/picked.json)`);
    if (options.n === kept.mutants.length) return kept;
    const draw = extendDraw(kept, all, options.n, commit());
    if (options.n > kept.mutants.length) writeFileSync(PICKED, JSON.stringify(draw, null, 1) + '\n');
    return draw;
  }
  const draw: Draw = { seed: options.seed, n: options.n, frame: all.length, commit: commit(), mutants: [] };
  draw.mutants = sample(all, options.n, options.seed);
  writeFileSync(PICKED, JSON.stringify(draw, null, 1) + '\n');
  return draw;
}

const commit = () => spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();

/** Picks the sample, runs what is not yet measured (with `run`), prints and saves the estimate. */
export async function sampleRun(
  options: { n: number; seed: number; run: boolean; redraw?: boolean; rerun?: string[]; passThrough: string[] },
  testFilesFor: (folder: string) => string[],
  partsDir: string,
): Promise<Estimate | null> {
  mkdirSync(SAMPLE_DIR, { recursive: true });
  const all = await listMutants();
  const draw = drawn(all, options);
  if (!draw) return null;
  const { mutants: picked, frame: frameSize, commit: drawnAt } = draw;
  const fromParts = verdicts(partsDir);
  const todo = picked.filter((m) => !fromParts.has(mutantKey(m.fileName, m)));
  let sampled = verdicts(SAMPLE_DIR);
  const now = new Set(all.map((m) => mutantKey(m.fileName, m)));
  // Folders named again (after new tests; with --force for module-level mutants) run their picked mutants again.
  const again = (m: Mutant) => (options.rerun ?? []).some((f) => m.fileName.startsWith(`${f.replace(/\/$/, '')}/`));
  const unjudged = todo.filter((m) => again(m) || !sampled.has(mutantKey(m.fileName, m)));
  // A picked mutant no longer in the code (its line was changed since the draw) cannot be run: it is left out.
  const open = unjudged.filter((m) => now.has(mutantKey(m.fileName, m)));
  console.log(
    `${frameSize} mutants in lib/ when drawn; sample of ${picked.length} (seed ${options.seed}): ` +
      `${picked.length - todo.length} measured by full parts, ${todo.length - unjudged.length} by earlier sample ` +
      `runs, ${open.length} to run, ${unjudged.length - open.length} gone from the code since the draw (left out)`,
  );
  // A Stryker run that fails leaves its picks without verdicts: the estimate would rest on fewer mutants unsaid.
  const failed: string[] = [];
  if (options.run && open.length) {
    const byFolder = new Map<string, Mutant[]>();
    for (const m of open) byFolder.set(folderOf(m.fileName), [...(byFolder.get(folderOf(m.fileName)) ?? []), m]);
    for (const [folder, mutants] of [...byFolder].sort((a, b) => a[1].length - b[1].length))
      if (!runFolder(folder, mutants, testFilesFor(folder), options.passThrough)) failed.push(folder);
    sampled = verdicts(SAMPLE_DIR);
  }
  const statusOf = (m: Mutant) => fromParts.get(mutantKey(m.fileName, m)) ?? sampled.get(mutantKey(m.fileName, m));
  const judged = picked.filter((m) => statusOf(m) !== undefined);
  const missing = picked.length - judged.length;
  if (missing) console.log(`${missing} picked mutants have no verdict (gone from the code, or not run yet)`);
  const detected = judged.filter((m) => DETECTED.has(statusOf(m)!)).length;
  const [low, high] = wilson(detected, judged.length);
  // Files whose every mutant has a verdict from a full part are known exactly.
  const unknown = new Set(all.filter((m) => !fromParts.has(mutantKey(m.fileName, m))).map((m) => m.fileName));
  const full = all.filter((m) => !unknown.has(m.fileName));
  const restPicked = judged.filter((m) => unknown.has(m.fileName));
  const fullDetected = full.filter((m) => DETECTED.has(fromParts.get(mutantKey(m.fileName, m))!)).length;
  const restDetected = restPicked.filter((m) => DETECTED.has(statusOf(m)!)).length;
  const estimate: Estimate = {
    seed: options.seed,
    n: judged.length,
    frame: frameSize,
    detected,
    valid: judged.length,
    score: judged.length ? (100 * detected) / judged.length : 0,
    low: 100 * low,
    high: 100 * high,
    fromParts: picked.length - todo.length,
    picked: picked.length,
    drawnAt,
    byFolder: Object.fromEntries(
      [...new Set(judged.map((m) => folderOf(m.fileName)))].sort().map((f) => {
        const inFolder = judged.filter((m) => folderOf(m.fileName) === f);
        return [f, [inFolder.length, inFolder.filter((m) => DETECTED.has(statusOf(m)!)).length]];
      }),
    ),
    stratified: stratify(full.length, fullDetected, all.length - full.length, restPicked.length, restDetected),
    commit: commit(),
    date: new Date().toISOString(),
  };
  if (failed.length) console.log(`Stryker failed on ${failed.join(', ')}: the estimate is not saved`);
  else if (!open.length || options.run) writeFileSync(ESTIMATE, JSON.stringify(estimate, null, 1) + '\n');
  console.log(sampledLine(estimate));
  const survivors = judged.filter((m) => !DETECTED.has(statusOf(m)!));
  for (const m of survivors)
    console.log(`  ${statusOf(m)}: ${m.fileName}:${m.location.start.line + 1} ${m.mutatorName} → ${m.replacement}`);
  return estimate;
}

/** The all-lib lines of the table, labelled as a sample with their intervals and sizes. */
export function sampledLine(e: Estimate): string {
  const f = (x: number) => x.toFixed(1);
  const s = e.stratified;
  return [
    `all of lib/, SAMPLED (not a full run; seed ${e.seed}, ${e.commit}, ${e.date.slice(0, 16)} UTC):`,
    `  uniform sample: ${f(e.score)} % detected, 95 % CI ${f(e.low)}–${f(e.high)} %: ${e.detected} of ${e.n} ` +
      `mutants (${e.picked} drawn at ${e.drawnAt} from ${e.frame}; ${e.picked - e.n} gone from the code since; ` +
      `${e.fromParts} verdicts from full parts)`,
    `  stratified: ${f(s.score)} %, 95 % CI ${f(s.low)}–${f(s.high)} %: ${s.measured} mutants of files measured in ` +
      `full (${s.measuredDetected} detected) + ${s.rest} others estimated from ${s.restN} picked among them ` +
      `(${s.restDetected} detected)`,
    ...(e.byFolder
      ? [
          `  per folder (detected / picked): ` +
            Object.entries(e.byFolder)
              .map(([f, [n, d]]) => `${f} ${d}/${n}`)
              .join(', '),
        ]
      : []),
  ].join('\n');
}

export function savedEstimate(): Estimate | null {
  return existsSync(ESTIMATE) ? (JSON.parse(readFileSync(ESTIMATE, 'utf8')) as Estimate) : null;
}
