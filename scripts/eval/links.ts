// Background-link evaluation: P/R/F1 of predicted Wikipedia titles against corpus/gold/*.json,
// per page and overall (micro-averaged), offline. Also times the entity stage per article.
import { findEntities } from '../../lib/entities';
import type { Analysis } from '../../lib/types';
import { analyzeHtml } from '../node/pipeline';
import { goldPages } from './corpus';
import type { EvalOptions, Evaluator } from './types';
import { readText } from '../../lib/text';
import { readNames } from '../../lib/names';

interface GoldEntity {
  wikipedia: string | null;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Titles compare with spaces and underscores unified and the first letter case-insensitive. */
export function normalizeTitle(title: string): string {
  const t = title.trim().replace(/ /g, '_');
  return t.charAt(0).toLowerCase() + t.slice(1);
}

export function countLinks(predicted: Iterable<string>, gold: Iterable<string>): Counts {
  const p = new Set([...predicted].map(normalizeTitle));
  const g = new Set([...gold].map(normalizeTitle));
  const tp = [...p].filter((t) => g.has(t)).length;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}

export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Median time of the entity stage alone (recognise + look up + link + rank), warmed up, over 21 runs. */
function entityMs(analysis: Analysis, resources: EvalOptions['resources']): number {
  const now = resources.now ?? (() => 0);
  const inputs = { quotes: analysis.quotes, speakers: analysis.speakers, places: analysis.places };
  // The text layer is read once per article before any engine runs (lib/analyze.ts): not part of this stage.
  const layer = readText(analysis.article);
  // So is the name table (lib/names).
  const names = readNames(layer, { kb: resources.knowledgeBase, gazetteer: resources.gazetteer });
  const runs: number[] = [];
  for (let i = 0; i < 21; i++) {
    const started = now();
    findEntities(analysis.article, resources.knowledgeBase, { ...inputs, names }, layer);
    runs.push(now() - started);
  }
  return runs.sort((a, b) => a - b)[10];
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

async function run({ corpusDir, limit, resources }: EvalOptions): Promise<Record<string, number>> {
  let pages = goldPages<{ entities: GoldEntity[] }>(corpusDir);
  if (limit) pages = pages.slice(0, limit);
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const times: number[] = [];
  console.log(`${'page'.padEnd(28)}  gold  pred    P      R      F1`);
  for (const {
    id,
    html,
    url,
    gold: { entities: gold },
  } of pages) {
    const analysis = analyzeHtml(html, url, resources);
    const predicted = (analysis?.entities ?? []).flatMap((e) => (e.wikipedia ? [e.wikipedia] : []));
    if (analysis) times.push(entityMs(analysis, resources));
    const counts = countLinks(
      predicted,
      gold.flatMap((e) => (e.wikipedia ? [e.wikipedia] : [])),
    );
    total.tp += counts.tp;
    total.fp += counts.fp;
    total.fn += counts.fn;
    const s = prf(counts);
    console.log(
      `${id.padEnd(28)}  ${String(counts.tp + counts.fn).padStart(4)}  ${String(counts.tp + counts.fp).padStart(4)}  ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}`,
    );
  }
  const s = prf(total);
  console.log(
    `${'overall (micro)'.padEnd(28)}  ${String(total.tp + total.fn).padStart(4)}  ${String(total.tp + total.fp).padStart(4)}  ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}`,
  );
  const maxMs = times.length ? Math.max(...times) : 0;
  const meanMs = times.length ? times.reduce((a, b) => a + b, 0) / times.length : 0;
  console.log(
    `entity stage (median of 21 warm runs): mean ${meanMs.toFixed(2)} ms, max ${maxMs.toFixed(2)} ms per article`,
  );
  return { precision: s.p, recall: s.r, f1: s.f1, pages: pages.length, entityMsMean: meanMs, entityMsMax: maxMs };
}

export const linksEvaluator: Evaluator = { name: 'links', run };
