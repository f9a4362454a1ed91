// Streets named together before one plural head ("at the corner of State and Hubbard streets", "Bourbon and Dauphine
// streets", "Lakeview, Elm and Harrison avenues"): each name is a street of its own, its span the name alone.
// Read from the text layer's tokens; placed like any street (site-host.ts).
import { wordSet } from '../lexicon/build';
import { PLURAL_STREET_HEADS } from '../lexicon/en/sites';
import type { Token } from '../text/tokens';
import type { Candidate } from './1-recognize';
import { spanCandidate } from './span-candidate';

const PLURAL_HEADS = wordSet(PLURAL_STREET_HEADS);
/** The heads' last letters, in both cases: a word ending otherwise is no head, told without a lower-case copy. */
const HEAD_ENDINGS = new Set(
  PLURAL_STREET_HEADS.flatMap((w) => [w.charCodeAt(w.length - 1), w.toUpperCase().charCodeAt(w.length - 1)]),
);
/** What joins the names: "and" or "&" between the last two, commas before. */
const LAST_JOIN = /^ (?:and|&) $/;
const COMMA = /^, $/;

/** The streets named before each plural head, as site candidates of kind 'street'. */
export function streetPairsIn(tokens: Token[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let h = 2; h < tokens.length; h++) {
    // The capital before the head is tested first: it costs less than a lower-cased word per token.
    const last = tokens[h - 1];
    const word = tokens[h].text;
    if (!last.upper || !HEAD_ENDINGS.has(word.charCodeAt(word.length - 1))) continue;
    if (!PLURAL_HEADS.has(word.toLowerCase())) continue;
    if (text.slice(last.end, tokens[h].start) !== ' ') continue;
    // "State and Hubbard": the name before "and" (the "and" is a token of its own, "&" is not).
    const and = tokens[h - 2].text === 'and' ? h - 2 : h - 1;
    const first = tokens[and - 1];
    if (!first?.upper || !LAST_JOIN.test(text.slice(first.end, last.start))) continue;
    const names = [first, last];
    for (let k = and - 2; k >= 0 && tokens[k].upper && COMMA.test(text.slice(tokens[k].end, names[0].start)); k--)
      names.unshift(tokens[k]);
    // Shown with its head in the singular ("State Street"): "State" alone tells a reader nothing.
    const head = tokens[h].text.replace(/s$/i, '');
    const Head = head[0].toUpperCase() + head.slice(1).toLowerCase();
    for (const t of names) {
      const site = { kind: 'street' as const, shown: `${t.text} ${Head}` };
      out.push(spanCandidate(text, t.start, t.end, t.text.toLowerCase(), [], { site }));
    }
  }
  return out;
}
