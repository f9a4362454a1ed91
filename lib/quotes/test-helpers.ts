// Helpers for lib/quotes' tests only (no shipped module imports this file): the speakers an invented story gives.
import { analyzeQuotes } from '.';
import { attributeQuotes } from './attribute';
import { detectQuotes } from './detect';
import { readNames } from '../names';
import type { Gazetteer } from '../places';
import { readText } from '../text';
import { makeArticle } from '../../tests/factories';

interface NamedOptions {
  /** A gazetteer for the names table (default none), so that it can type a word as a place. */
  gazetteer?: Gazetteer | null;
  /** Words the names table is told are people's names (lower-cased as the table keys them). */
  persons?: readonly string[];
}

/**
 * Per quote, the speaker shown, as the extension reads a story: text layer, names table (no knowledge base) and
 * analyzeQuotes (shown roles included).
 */
export function speakersNamed(paragraphs: readonly string[], options: NamedOptions = {}): (string | null)[] {
  const article = makeArticle(paragraphs);
  const layer = readText(article);
  const names = readNames(layer, { kb: null, gazetteer: options.gazetteer ?? null });
  for (const p of options.persons ?? []) names.types.set(p.toLowerCase(), new Set(['person']));
  return analyzeQuotes(article, layer, names).quotes.map((q) => q.speaker);
}

/** Per quote, the speaker attribution alone gives: detectQuotes, then attributeQuotes with no names table. */
export function speakersAttributed(paragraphs: readonly string[]): (string | null)[] {
  const article = makeArticle(paragraphs);
  return attributeQuotes(article, detectQuotes(article)).quotes.map((q) => q.speaker);
}
