// Global patterns that open with `\b` and a word of a list, tried only where such a word opens. Compiled late, V8
// runs them unoptimised (once a process has generated 1 MB of regexp code, which this project's patterns pass in the
// first article), and a global scan then tries the list word by word at every word edge of the article.

/** The ASCII letters each word of a list opens with ("fianc" of "fiancé"), and their first characters' codes. */
export interface Openings {
  words: ReadonlySet<string>;
  firstCodes: Uint8Array;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The openings of `words` as written (the patterns using them have no i flag). */
export function wordOpenings(words: readonly string[]): Openings {
  const opening = words.map((word) => /^[A-Za-z]*/.exec(word)![0]);
  const empty = words.find((_, i) => !opening[i]);
  if (empty !== undefined) throw new Error(`wordOpenings: "${empty}" opens with no ASCII letter`);
  const firstCodes = new Uint8Array(128);
  for (const o of opening) firstCodes[o.charCodeAt(0)] = 1;
  return { words: new Set(opening), firstCodes };
}

/**
 * The matches of `re` (sticky, no i flag) that a global scan of it finds, from the left and not overlapping, when
 * every match opens at a run of ASCII letters that is one of `openings` (`\b`, then a list word that no letter
 * follows): it is tried only at such runs.
 */
export function matchesOpenedBy(re: RegExp, openings: Openings, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (!isAsciiLetter(code)) continue;
    let end = at + 1;
    while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
    let m: RegExpExecArray | null = null;
    if (openings.firstCodes[code] === 1 && openings.words.has(text.slice(at, end))) {
      re.lastIndex = at;
      m = re.exec(text);
    }
    if (m) found.push(m);
    at = (m ? Math.max(end, at + m[0].length) : end) - 1;
  }
  return found;
}
