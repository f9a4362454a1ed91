// Sentence boundaries, found once per article on the masked text (see abbreviations.ts) and shared by the engines.
//
// One regex, not Intl.Segmenter: a full stop, "!" or "?" (and a closing quote) then white space and a capital or an
// opening quote. ICU's segmenter is very slow on huge paragraphs and breaks after "Mr." and "U.S."; this is linear,
// and masking has already turned abbreviation points ("Mr.", "Sen.", "U.S.", "J.") into U+2024. A number's point
// ("100.000", "3.5") has no space after it, and "Jan. 5" no capital, so neither ends a sentence.
const BOUNDARY = /[.!?]["”’]?\s+(?=[\p{Lu}"“])/gu;

/** Sentences are looked for this far back at most, so a huge paragraph full of quotes stays linear. */
const MAX_LOOKBACK = 1500;

export interface Sentences {
  /** Where each boundary's punctuation stands, in text order. */
  readonly marks: number[];
  /** Where the sentence after each boundary starts (marks[i] < starts[i]). */
  readonly starts: number[];
}

export interface Range {
  start: number;
  end: number;
}

export function splitSentences(masked: string): Sentences {
  const marks: number[] = [];
  const starts: number[] = [];
  for (const m of masked.matchAll(BOUNDARY)) {
    marks.push(m.index);
    starts.push(m.index + m[0].length);
  }
  return { marks, starts };
}

/** Index of the last boundary whose next sentence starts before `at` (-1 if none). */
function lastBoundaryBefore(s: Sentences, at: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s.starts[mid] < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Start of the sentence `at` stands in, looking back no further than `from` (nor MAX_LOOKBACK). */
export function sentenceStartBefore(s: Sentences, from: number, at: number): number {
  from = Math.max(from, at - MAX_LOOKBACK);
  const i = lastBoundaryBefore(s, at);
  return i >= 0 && s.marks[i] >= from ? s.starts[i] : from;
}

/** The sentence before the one a quote opens in: in its paragraph, else the previous paragraph's last sentence. */
export function previousSentence(s: Sentences, paragraphStart: number, quoteStart: number, previous: Range | null) {
  const from = sentenceStartBefore(s, paragraphStart, quoteStart);
  if (from > paragraphStart) return { start: sentenceStartBefore(s, paragraphStart, from - 1), end: from };
  if (!previous) return null;
  return { start: sentenceStartBefore(s, previous.start, previous.end), end: previous.end };
}

/** The sentence around `offset` inside its line (paragraph), trimmed. */
export function sentenceAt(s: Sentences, text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset) + 1;
  const lineBreak = text.indexOf('\n', offset);
  const lineEnd = lineBreak < 0 ? text.length : lineBreak;
  const i = lastBoundaryBefore(s, offset + 1);
  const start = i >= 0 && s.marks[i] >= lineStart ? s.starts[i] : lineStart;
  const next = i + 1 < s.starts.length ? s.starts[i + 1] : text.length;
  return text.slice(start, Math.min(next, lineEnd)).trim();
}

/** The sentences of one range (a paragraph), each with its trailing white space trimmed. */
export function sentencesIn(s: Sentences, text: string, range: Range): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = range.start;
  let i = lastBoundaryBefore(s, range.start + 1) + 1;
  for (; i < s.starts.length && s.starts[i] < range.end; i++) {
    if (s.marks[i] < range.start) continue;
    out.push({ text: text.slice(start, s.starts[i]).trimEnd(), start });
    start = s.starts[i];
  }
  if (start < range.end) out.push({ text: text.slice(start, range.end).trimEnd(), start });
  return out;
}
