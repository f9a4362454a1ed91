// Names written with lower-case words inside ("Dow Jones industrial average", "Nikkei stock average") never form one
// capitalised run, so the knowledge base lists them as written and they are found in running text instead.
import type { Span } from '../types';
import type { KnowledgeBase } from './knowledge-base';
import type { Candidate } from './recognize';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The pair of characters at `i` as a bit's number: the low bytes of both (other pairs may share it). */
const pairAt = (s: string, i: number): number => ((s.charCodeAt(i) & 0xff) << 8) | (s.charCodeAt(i + 1) & 0xff);

/** The pairs of adjacent characters the text holds, as bits (pairAt). */
function pairsOf(text: string): Uint32Array {
  const bits = new Uint32Array(1 << 11);
  for (let i = 0; i + 1 < text.length; i++) {
    const p = pairAt(text, i);
    bits[p >>> 5] |= 1 << (p & 31);
  }
  return bits;
}

/** Every pair of adjacent characters of the phrase is in the text: a phrase the text holds passes. */
function mayHold(pairs: Uint32Array, phrase: string): boolean {
  for (let i = 0; i + 1 < phrase.length; i++) {
    const p = pairAt(phrase, i);
    if ((pairs[p >>> 5] & (1 << (p & 31))) === 0) return false;
  }
  return true;
}

/**
 * Every written-phrase name of the knowledge base in the text, word-bounded, one candidate per title. A phrase with a
 * pair of characters the text lacks is not looked for: most of the list is in no story, and a search reads the text.
 */
export function findPhrases(text: string, kb: KnowledgeBase): Candidate[] {
  const found = new Map<string, Candidate>();
  const pairs = pairsOf(text);
  // forEach, not for…of: a for…of walk of a Map makes a [key, value] array per phrase, for every article.
  kb.phrases.forEach((entry, phrase) => {
    if (!mayHold(pairs, phrase)) return;
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
      const end = at + phrase.length;
      if (WORD_CHAR.test(text[at - 1] ?? '') || WORD_CHAR.test(text[end] ?? '')) continue;
      let c = found.get(entry.title);
      if (!c) {
        c = {
          name: entry.name,
          type: entry.type,
          wikipedia: entry.title,
          aliases: new Set(),
          mentions: [],
          namedMentions: 0,
          guessedType: false,
        };
        found.set(entry.title, c);
      }
      c.aliases.add(phrase);
      c.mentions.push({ start: at, end });
      c.namedMentions++;
    }
  });
  return [...found.values()];
}

/** Drops other candidates' mentions inside a phrase ("Nikkei" inside "Nikkei stock average"); empty ones go. */
export function withoutInside(candidates: Candidate[], phrases: Candidate[]): Candidate[] {
  const spans: Span[] = phrases.flatMap((c) => c.mentions);
  if (spans.length === 0) return candidates;
  const inside = (m: Span) => spans.some((s) => s.start <= m.start && m.end <= s.end);
  for (const c of candidates) c.mentions = c.mentions.filter((m) => !inside(m));
  return candidates.filter((c) => c.mentions.length > 0);
}
