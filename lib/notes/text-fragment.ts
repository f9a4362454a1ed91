// Links to an exact sentence: `#:~:text=[prefix-,]start[,end][,-suffix]` per the WICG Text Fragments spec.
// The browser scrolls to and highlights the first match, so ambiguous quotes get a prefix and suffix.

/** Beyond this many characters the link uses textStart,textEnd instead of the whole quote. */
const MAX_EXACT_CHARS = 120;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encodes a directive term: what encodeURIComponent does, plus '-' (',' and '&' it already encodes). */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

// Stryker disable next-line Regex: /\s/ splits into more empty pieces, which the filter drops: the same words
const words = (s: string) => s.split(/\s+/).filter(Boolean);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

function countOccurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

/** Text directive for text[start, end) of an article text. */
export function textDirective(text: string, start: number, end: number): string {
  const exact = collapse(text.slice(start, end));
  const flat = collapse(text);
  const parts: string[] = [];
  const crossesParagraph = text.slice(start, end).includes('\n\n');
  if (exact.length > MAX_EXACT_CHARS || crossesParagraph) {
    const all = words(exact);
    parts.push(
      encodeFragmentTerm(all.slice(0, EDGE_WORDS).join(' ')),
      encodeFragmentTerm(all.slice(-EDGE_WORDS).join(' ')),
    );
  } else {
    parts.push(encodeFragmentTerm(exact));
  }
  if (countOccurrences(flat, exact) !== 1) {
    // split() returns at least one piece: the paragraph before the quote is the last one, the one after the first.
    const before = words(
      text
        .slice(Math.max(0, start - 200), start)
        .split('\n\n')
        .pop()!,
    ).slice(-CONTEXT_WORDS);
    const after = words(text.slice(end, end + 200).split('\n\n')[0]).slice(0, CONTEXT_WORDS);
    if (before.length) parts.unshift(`${encodeFragmentTerm(before.join(' '))}-`);
    if (after.length) parts.push(`-${encodeFragmentTerm(after.join(' '))}`);
  }
  return `text=${parts.join(',')}`;
}

export function textFragmentUrl(url: string, text: string, start: number, end: number): string {
  const base = url.split('#')[0];
  return `${base}#:~:${textDirective(text, start, end)}`;
}
