// Decides whether a knowledge-base hit inside a name run is a confident link. A wrong link is
// worse than none: a place word inside a longer name ("Pakistan Point News", "Jordan Henderson",
// "Bank of England") is not that place, and bare title-list words may be ordinary words.
import type { KbHit } from './knowledge-base';
import type { Token, WordSet } from './name-runs';
import { isCorporateSuffix, isHonorific, isRole, isStopWord } from '../lexicon/en/name-words';

const JOINING = new Set(['and']);

// Built once: under tsx (esbuild, node20 target) a `\p{…}` literal inside a function is a new RegExp on every call.
const OPENS_LOWER = /^\p{Ll}/u;
const CAPITAL_DASH = /^\p{Lu}-/u;

/** A country, city or bare title inside a bigger name is that name's part ("Aberdeen Royal Infirmary"). */
function standsAlone(tokens: Token[], i: number, end: number, company: boolean): boolean {
  const next = tokens[end];
  const suffix = company && next && isCorporateSuffix(next.text);
  if (next && !suffix && !isRole(next.text) && !JOINING.has(next.text)) return false;
  if (i === 0) return true; // asked first: tokens[-1] is a slow property look-up (V8), not an element read
  const prev = tokens[i - 1];
  if (isHonorific(prev.text)) return false;
  // A lower-case word inside the run is a connector of a longer name ("Center for Health").
  if (OPENS_LOWER.test(prev.text) && !JOINING.has(prev.text)) return false;
  // A sentence's first word before a name describes it ("Founder Adam Neumann", "A Kazakh bank").
  return isRole(prev.text) || JOINING.has(prev.text) || isStopWord(prev.text) || prev.sentenceStart;
}

/** Bare titles carry no type, so they must look like names where they stand. */
function titleLooksLikeName(lowerWords: WordSet, tokens: Token[], i: number, end: number): boolean {
  const words = tokens.slice(i, end);
  if (words.every((t) => isRole(t.text) || isStopWord(t.text))) return false;
  if (words.length > 1) return true;
  const word = words[0];
  // "X-ray", "T-shirt": capitalised by spelling, not names.
  if (word.text.length < 4 || word.sentenceStart || CAPITAL_DASH.test(word.text)) return false;
  // The same word written in lower case elsewhere is a common noun, not a name.
  return !lowerWords.has(word.text.toLowerCase());
}

export function keepHit(lowerWords: WordSet, tokens: Token[], i: number, end: number, hit: KbHit): boolean {
  if (end - i === 1 && (isRole(tokens[i].text) || isStopWord(tokens[i].text))) return false;
  // A contextual name inside a longer one is that name's part ("Irish Republican Army").
  const placeLike = hit.type === 'country' || hit.type === 'place' || hit.source !== 'known';
  if (placeLike && !standsAlone(tokens, i, end, hit.source === 'title')) return false;
  // A one-word place the text also writes in lower case is the word ("Male", "Reading", "Nice").
  if (hit.type === 'place' && end - i === 1 && lowerWords.has(tokens[i].text.toLowerCase())) return false;
  if (hit.source === 'title') return titleLooksLikeName(lowerWords, tokens, i, end);
  return true;
}
