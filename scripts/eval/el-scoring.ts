// Scoring for the public entity-linking sets (../shared/corpus/el): end-to-end, mention level, strong match
// (same span, same title after normalisation), gold NIL mentions ignored as ELEVANT's IGNORED mode does.
import { RENAMED } from './el-renames';

export interface GoldMention {
  start: number;
  end: number;
  surface: string;
  wikipedia: string | null;
}

export interface PredictedMention {
  start: number;
  end: number;
  title: string;
}

/** Why a gold link was missed. */
export type MissKind = 'notInKb' | 'wrongTitle' | 'otherSpan' | 'notRecognised';

export interface DocScore {
  tp: number;
  fp: number;
  fn: number;
  misses: Record<MissKind, number>;
  /** Missed gold titles and wrong predictions, for the error listing. */
  missed: { surface: string; gold: string; kind: MissKind; got?: string }[];
  wrong: { surface: string; title: string }[];
}

const strip = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * One form for a title: spaces as underscores, percent escapes decoded, diacritics dropped, case folded (titles
 * differing only in case are the same page or a redirect to it), then old titles mapped to today's (el-renames.ts).
 */
export function canonicalTitle(title: string): string {
  // Some N3 titles keep Java-style escapes ("C\\u00F3rdoba").
  let t = title
    .trim()
    .replace(/ /g, '_')
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  try {
    t = decodeURIComponent(t);
  } catch {
    // A stray "%" is part of the title.
  }
  const folded = strip(t).toLowerCase();
  return RENAMED.get(folded) ?? folded;
}

const key = (m: { start: number; end: number }) => `${m.start}:${m.end}`;

/** Scores one document. `inKb` says whether the knowledge base has a title at all (for the error table). */
export function scoreDocument(
  gold: GoldMention[],
  predicted: PredictedMention[],
  inKb: (title: string) => boolean,
): DocScore {
  const goldBySpan = new Map(gold.map((g) => [key(g), g]));
  const predBySpan = new Map(predicted.map((p) => [key(p), p]));
  const score: DocScore = {
    tp: 0,
    fp: 0,
    fn: 0,
    misses: { notInKb: 0, wrongTitle: 0, otherSpan: 0, notRecognised: 0 },
    missed: [],
    wrong: [],
  };
  for (const p of predBySpan.values()) {
    const g = goldBySpan.get(key(p));
    if (g && g.wikipedia === null) continue;
    if (g && canonicalTitle(g.wikipedia!) === canonicalTitle(p.title)) score.tp++;
    else {
      score.fp++;
      if (!g) score.wrong.push({ surface: `@${p.start}`, title: p.title });
    }
  }
  for (const g of gold) {
    if (g.wikipedia === null) continue;
    const p = predBySpan.get(key(g));
    if (p && canonicalTitle(p.title) === canonicalTitle(g.wikipedia)) continue;
    score.fn++;
    const kind = missKind(g, p, predicted, inKb);
    score.misses[kind]++;
    score.missed.push({ surface: g.surface, gold: g.wikipedia, kind, got: p?.title });
  }
  return score;
}

function missKind(
  g: GoldMention,
  p: PredictedMention | undefined,
  predicted: PredictedMention[],
  inKb: (t: string) => boolean,
): MissKind {
  if (p) return 'wrongTitle';
  const title = canonicalTitle(g.wikipedia!);
  if (predicted.some((q) => q.start < g.end && g.start < q.end && canonicalTitle(q.title) === title))
    return 'otherSpan';
  return inKb(title) ? 'notRecognised' : 'notInKb';
}

/** Per-document sets of titles (the links section's measure): every predicted title against the non-NIL gold titles. */
export function titleSetCounts(
  gold: GoldMention[],
  predicted: PredictedMention[],
): { tp: number; fp: number; fn: number } {
  const g = new Set(gold.flatMap((m) => (m.wikipedia ? [canonicalTitle(m.wikipedia)] : [])));
  const p = new Set(predicted.map((m) => canonicalTitle(m.title)));
  const tp = [...p].filter((t) => g.has(t)).length;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}
