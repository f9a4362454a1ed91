// Decides whether a knowledge-base hit inside a name run is a confident link. A wrong link is
// worse than none: a place word inside a longer name ("Pakistan Point News", "Jordan Henderson",
// "Bank of England") is not that place, and bare title-list words may be ordinary words.
import type { KbHit } from './knowledge-base';
import type { Token } from './name-runs';
import { isHonorific, isRole, isStopWord } from './words';

const JOINING = new Set(['and']);

/** A country or city named inside a bigger name is that name's part, not the place. */
function placeStandsAlone(tokens: Token[], i: number, end: number): boolean {
  const next = tokens[end];
  if (next && !isRole(next.text) && !JOINING.has(next.text)) return false;
  const prev = tokens[i - 1];
  if (!prev) return true;
  if (isHonorific(prev.text)) return false;
  return isRole(prev.text) || JOINING.has(prev.text);
}

/** Bare titles carry no type, so they must look like names where they stand. */
function titleLooksLikeName(text: string, tokens: Token[], i: number, end: number): boolean {
  const words = tokens.slice(i, end);
  if (words.every((t) => isRole(t.text) || isStopWord(t.text))) return false;
  if (words.length > 1) return true;
  const word = words[0];
  if (word.text.length < 4 || word.sentenceStart) return false;
  // The same word written in lower case elsewhere is a common noun, not a name.
  const escaped = word.text.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const common = new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'u');
  return !common.test(text);
}

export function keepHit(text: string, tokens: Token[], i: number, end: number, hit: KbHit): boolean {
  if (end - i === 1 && (isRole(tokens[i].text) || isStopWord(tokens[i].text))) return false;
  if ((hit.type === 'country' || hit.type === 'place') && !placeStandsAlone(tokens, i, end)) return false;
  if (hit.source === 'title') return titleLooksLikeName(text, tokens, i, end);
  return true;
}
