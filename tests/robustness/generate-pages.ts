// Malformed and hostile pages, rebuilt deterministically from (seed, index): pure, no I/O.
import { createRng, pageSeed } from './prng';
import { MARKUP_KINDS, type Limits, type PageBuilder } from './markup-kinds';
import { TEXT_KINDS } from './text-kinds';

export type { Limits } from './markup-kinds';

export interface GeneratedPage {
  /** Stable name for reports: `gen-<index>-<kind>`. */
  name: string;
  kind: string;
  html: string;
}

const KINDS: Record<string, PageBuilder> = { ...TEXT_KINDS, ...MARKUP_KINDS };
export const KIND_NAMES: readonly string[] = Object.keys(KINDS);

/** The kind of page `index` (kinds take turns), known without building the page. */
export function kindOf(index: number): string {
  return KIND_NAMES[index % KIND_NAMES.length];
}

/** Stable name for reports, also known without building the page (a page that times out is still named). */
export function generatedName(index: number): string {
  return `gen-${index}-${kindOf(index)}`;
}

/** What the issue asks for: 10 MB of text, 50,000 levels of nesting, thousands of paragraphs. */
export const FULL_LIMITS: Limits = { hugeBytes: 10 * 1024 * 1024, depth: 50_000, manyParagraphs: 20_000 };

/**
 * Page `index` of run `seed`. Kinds take turns so every kind appears in any run of KIND_NAMES.length pages;
 * the first round and one page in ten use the full limits, the rest a random fraction (keeps 1,000 pages affordable).
 */
export function generatePage(seed: number, index: number, limits: Limits = FULL_LIMITS): GeneratedPage {
  const kind = kindOf(index);
  const rng = createRng(pageSeed(seed, index));
  const full = index < KIND_NAMES.length || rng.chance(0.1);
  const factor = full ? 1 : 0.01 + rng.next() * 0.29;
  const scaled: Limits = {
    hugeBytes: Math.max(1000, Math.floor(limits.hugeBytes * factor)),
    depth: Math.max(10, Math.floor(limits.depth * factor)),
    manyParagraphs: Math.max(10, Math.floor(limits.manyParagraphs * factor)),
  };
  return { name: generatedName(index), kind, html: KINDS[kind](rng, scaled) };
}
