// A city that shares its name with a state lying elsewhere ("Washington": the capital, or Washington State; the
// gazetteer answers the bare name with the city). The state is meant when the text says so ("Washington state",
// "the state of Washington", "central Washington", a list of states) or when at least half the story's towns lie in
// that state and none in the city's own.
import { entry, kindOf, lookup, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import { COMPASS_ADJECTIVES, FEDERAL_CAPITAL_SIGNS } from '../lexicon/en/place-words';
import { alternation } from '../lexicon/build';

/** "Washington state", "Washington State University" is an organisation's name (vetoed before this). */
const STATE_AFTER = /^\s+state\b/u;
const STATE_OF_BEFORE = /\bstate\s+of\s+$/iu;
/** Parts of a state, as news writes them ("central Washington"); a city is rarely so divided. */
const PART_BEFORE = new RegExp(`\\b(?:${[...COMPASS_ADJECTIVES, 'rural'].join('|')})\\s+$`, 'u');
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)$/u;
const FEDERAL_SIGN = new RegExp(`\\b(?:${alternation(FEDERAL_CAPITAL_SIGNS)})\\b`, 'iu');
/** A sentence ends at ".", "!" or "?" (and a closing quote) before white space and a capital, or at a line end. */
const SENTENCE_END = /[.!?]["”’]?\s+(?=[\p{Lu}"“])|\n/gu;
/** A sentence is looked at this far either side of the name at most. */
const SENTENCE_REACH = 400;

interface Placed {
  candidate: Candidate;
  id: number;
  site?: boolean;
}

/** The state row a city's name also means: "X State" in the same country, in another admin-1. */
function namesakeState(c: Candidate, city: GazetteerEntry, index: PlaceIndex): number | undefined {
  if (kindOf(city) !== 'city') return undefined;
  return lookup(index, `${c.key} state`)?.find((id) => {
    const e = entry(index, id);
    return e.code === 'ADM1' && e.country === city.country && e.admin1 !== city.admin1;
  });
}

/** Whether a neighbour in the text is a state of the same country, joined to `m` by a list comma or "and". */
function inListOfStates(ms: Placed[], i: number, text: string, index: PlaceIndex, country: string): boolean {
  const isState = (m: Placed | undefined): m is Placed => {
    if (!m || m.site) return false;
    const e = entry(index, m.id);
    return e.code === 'ADM1' && e.country === country;
  };
  const prev = i > 0 ? ms[i - 1] : undefined; // no ms[-1]: a slow property look-up (V8)
  const next = ms[i + 1];
  const c = ms[i].candidate;
  return (
    (isState(prev) && LIST_GAP.test(text.slice(prev.candidate.end, c.start))) ||
    (isState(next) && LIST_GAP.test(text.slice(c.end, next.candidate.start)))
  );
}

/** Whether at least half of the story's other towns in the country lie in the state, and none in the city's. */
function storyInState(ms: Placed[], key: string, index: PlaceIndex, state: GazetteerEntry, city: GazetteerEntry) {
  let inState = 0;
  let towns = 0;
  for (const m of ms) {
    if (m.site || m.candidate.key === key) continue;
    const e = entry(index, m.id);
    if (kindOf(e) !== 'city' || e.country !== city.country) continue;
    if (e.admin1 === city.admin1) return false;
    towns++;
    if (e.admin1 === state.admin1) inState++;
  }
  return inState > 0 && inState * 2 >= towns;
}

/** `ms` in text order; returns them with the state chosen where the text or the story's towns say so. */
export function stateOverCity<M extends Placed>(ms: M[], text: string, index: PlaceIndex): M[] {
  const storyState = new Map<string, boolean>();
  const states = ms.map((m) => (m.site ? undefined : namesakeState(m.candidate, entry(index, m.id), index)));
  // One place per name and story: once the text says the state ("Alaska, Hawaii and Washington"), its other bare
  // mentions are the state too ("at home in Washington").
  const says = ms.map((_, i) => states[i] !== undefined && saysState(ms, i, text, index));
  const said = new Set(ms.filter((_, i) => says[i]).map((m) => m.candidate.key));
  return ms.map((m, i) => {
    const state = states[i];
    if (state === undefined) return m;
    const c = m.candidate;
    const city = entry(index, m.id);
    if (!storyState.has(c.key)) storyState.set(c.key, storyInState(ms, c.key, index, entry(index, state), city));
    // A dateline in capitals ("WASHINGTON —") is the city the report was filed from, and a sentence about the
    // federal government ("lawmakers in Congress") means the capital; only the mention's own words outweigh them.
    const capitals = text.slice(c.start, c.end) === text.slice(c.start, c.end).toUpperCase();
    const own = !capitals && !FEDERAL_SIGN.test(sentenceAround(text, c.start, c.end));
    const spread = own && (said.has(c.key) || storyState.get(c.key));
    return says[i] || spread ? { ...m, id: state } : m;
  });
}

/** The sentence the text's span `start`..`end` stands in (within SENTENCE_REACH either side). */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  let head = from;
  for (const m of text.slice(from, start).matchAll(SENTENCE_END)) head = from + m.index + m[0].length;
  const tail = text.slice(end, end + SENTENCE_REACH);
  const stop = tail.search(SENTENCE_END);
  return text.slice(head, stop < 0 ? end + tail.length : end + stop);
}

function saysState(ms: Placed[], i: number, text: string, index: PlaceIndex): boolean {
  const c = ms[i].candidate;
  return (
    STATE_AFTER.test(c.after) ||
    STATE_OF_BEFORE.test(c.before) ||
    PART_BEFORE.test(c.before) ||
    inListOfStates(ms, i, text, index, entry(index, ms[i].id).country)
  );
}
