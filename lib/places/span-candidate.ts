// A candidate for a span of the text, with the words around it that the vetoes and role cues read.
import type { Candidate } from './1-recognize';

/** How much text before and after a name its candidate keeps. */
const CONTEXT = 60;

/** The candidate for text[start, end) under `key`, with its context; `more` gives a site or a veto. */
export function spanCandidate(
  text: string,
  start: number,
  end: number,
  key: string,
  ids: number[] = [],
  more: Pick<Candidate, 'veto' | 'site'> = {},
): Candidate {
  // Every field from birth, in one order, optional ones undefined: every candidate has one shape (V8 map), so the
  // engine's many reads of c.veto, c.site, c.ids stay monomorphic instead of going megamorphic on a dozen shapes.
  return {
    key,
    start,
    end,
    ids,
    veto: more.veto,
    after: text.slice(end, end + CONTEXT),
    before: text.slice(Math.max(0, start - CONTEXT), start),
    site: more.site,
    person: undefined,
    filed: undefined,
    seat: undefined,
  };
}

/** A copy of the candidate, of the same shape (an object spread `{ ...c }` makes another). */
export function copyCandidate(c: Candidate): Candidate {
  const { key, start, end, ids, veto, after, before, site, person, filed, seat } = c;
  return { key, start, end, ids, veto, after, before, site, person, filed, seat };
}
