// Place-name tokens: the article's tokens (lib/text/tokens.ts), hyphenated words read as their parts.
import type { Token } from '../text/tokens';

/**
 * "US-based", "London-born", "Asia-Pacific": a hyphenated word that is not itself a name is read as its parts,
 * so a place name inside it is found. `isName` says whether the whole word is a known name (Nur-Sultan, Wilkes-Barre).
 */
export function splitHyphens(tokens: Token[], isName: (lower: string, word: string) => boolean): Token[] {
  // Copied from the first word split: a story with none reads the layer's own list (no one changes it).
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.text.includes('-') || !t.upper || isName(t.text.toLowerCase(), t.text)) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
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
  return out ?? tokens;
}
