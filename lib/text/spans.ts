// Spans in text order (paragraphs, quotes, tokens): which one an offset falls in, by binary search, since a linear
// find per lookup makes long pages quadratic.

/** The index of the last span that starts at or before `at` (spans sorted by start), or -1 when none does. */
export function lastStartingBy(spans: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
