// Place-name tokens: the article's tokens (lib/text/tokens.ts), hyphenated words read as their parts.
import type { Token } from '../text/tokens';

/**
 * "US-based", "London-born", "Asia-Pacific": a hyphenated word that is not itself a name is read as its parts,
 * so a place name inside it is found. `isName` says whether the whole word is a known name (Nur-Sultan, Wilkes-Barre).
 */
export function splitHyphens(tokens: Token[], isName: (lower: string, word: string) => boolean): Token[] {
  const out: Token[] = [];
  for (const t of tokens) {
    if (!t.text.includes('-') || !t.upper || isName(t.text.toLowerCase(), t.text)) {
      out.push(t);
      continue;
    }
    let offset = 0;
    for (const part of t.text.split('-')) {
      if (part) {
        const first = part[0];
        out.push({
          text: part,
          start: t.start + offset,
          end: t.start + offset + part.length,
          upper: first !== first.toLowerCase(),
          sentenceStart: offset === 0 && t.sentenceStart,
        });
      }
      offset += part.length + 1;
    }
  }
  return out;
}
