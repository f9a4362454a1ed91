// Names written with lower-case words inside ("Dow Jones industrial average", "Nikkei stock average") never form one
// capitalised run, so the knowledge base lists them as written and they are found in running text instead.
import type { Span } from '../types';
import type { KnowledgeBase } from './knowledge-base';
import type { Candidate } from './recognize';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Every written-phrase name of the knowledge base in the text, word-bounded, one candidate per title. */
export function findPhrases(text: string, kb: KnowledgeBase): Candidate[] {
  const found = new Map<string, Candidate>();
  for (const [phrase, entry] of kb.phrases) {
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
  }
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
