// Quote and speaker scoring as ../shared/corpus/quote-scoring.md defines it: normalised token F1 ≥ 0.5,
// greedy one-to-one matching, quotes of ≥ 3 words, name rule (project gold) and mention rule (PolNeAR).
import { repairMojibake, withoutFillers } from '../../lib/text/mojibake';
import { GENERATIONAL_SUFFIXES } from '../../lib/lexicon/en/names';

export function normalizeQuote(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟«»″]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/^[\s"']+|[\s"']+$/g, '')
    .replace(/\s*\n\s*"?\s*/g, ' ')
    .replace(/\s+/g, ' ');
}

export function quoteTokens(text: string): string[] {
  return normalizeQuote(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? [];
}

export function tokenF1(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const t of a) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of b) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  if (!common) return 0;
  const p = common / b.length;
  const r = common / a.length;
  return (2 * p * r) / (p + r);
}

/** Greedy one-to-one matching in descending similarity; returns [goldIndex, predIndex] pairs. */
export function matchQuotes(gold: string[], predicted: string[], threshold = 0.5): [number, number][] {
  const g = gold.map(quoteTokens);
  const p = predicted.map(quoteTokens);
  const candidates: [number, number, number][] = [];
  g.forEach((gt, i) =>
    p.forEach((pt, j) => {
      const f = tokenF1(gt, pt);
      if (f >= threshold) candidates.push([f, i, j]);
    }),
  );
  candidates.sort((a, b) => b[0] - a[0]);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [number, number][] = [];
  for (const [, i, j] of candidates) {
    if (usedG.has(i) || usedP.has(j)) continue;
    usedG.add(i);
    usedP.add(j);
    pairs.push([i, j]);
  }
  return pairs;
}

const TITLES =
  /^(?:(?:mr|mrs|ms|dr|sen|rep|gov|gen|prof|rev|president|prime minister|minister|senator|governor|secretary|chancellor|king|queen|pope|judge)\.?\s+)+/i;

// "Charles Elliott Jr.", "Brent Bozell III": a generational suffix is no surname, so the surname rule reads the word before.
const SUFFIX = new RegExp(`\\s+(?:${GENERATIONAL_SUFFIXES.join('|')})\\.?$`);

export function normalizeName(name: string): string {
  // A gold mention copies the page's mis-decoded letters ("PeÃ±a", "JesÃÂos"); the engine shows them repaired.
  return withoutFillers(repairMojibake(name))
    .split(',')[0]
    .replace(/['’]s$/, '')
    .trim()
    .toLowerCase()
    .replace(TITLES, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SUFFIX, '');
}

/** Name rule: equal after normalising (or equal to an alias), or the same last word. */
export function speakerMatchesName(predicted: string | null, gold: string, aliases: string[] = []): boolean {
  if (!predicted) return false;
  const p = normalizeName(predicted);
  const names = [gold, ...aliases].map(normalizeName);
  if (names.includes(p)) return true;
  const last = (s: string) => s.split(' ').pop();
  return names.some((n) => last(n) === last(p));
}

/** Mention rule: the predicted mention span overlaps the gold source span, or the name's last token is in it. */
export function speakerMatchesMention(
  predicted: { speaker: string | null; speakerMention: { start: number; end: number } | null },
  gold: { start: number; end: number; text: string },
): boolean {
  const m = predicted.speakerMention;
  if (m) return m.start < gold.end && gold.start < m.end;
  const last = predicted.speaker ? quoteTokens(predicted.speaker).pop() : undefined;
  return !!last && quoteTokens(gold.text).includes(last);
}

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
