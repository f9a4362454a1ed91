// A candidate for a span of the text, with the words around it that the vetoes and role cues read.
import type { Candidate } from './1-recognize';

/** How much text before and after a name its candidate keeps. */
const CONTEXT = 60;

/** The candidate for text[start, end) under `key`, with its context; `more` adds a site, a veto, … */
export function spanCandidate(
  text: string,
  start: number,
  end: number,
  key: string,
  ids: number[] = [],
  more: Partial<Candidate> = {},
): Candidate {
  return {
    key,
    start,
    end,
    ids,
    after: text.slice(end, end + CONTEXT),
    before: text.slice(Math.max(0, start - CONTEXT), start),
    ...more,
  };
}
