// Roads named by their number ("a crash on Highway 19", "northbound Interstate 45", "I-75"): where news reports
// crashes, closures and chases. Read from the text layer's tokens; a road has no point of its own (off the map).
import { wordSet } from '../lexicon/build';
import { NUMBERED_ROAD_HEADS } from '../lexicon/en/sites';
import type { Token } from '../text/tokens';
import type { Candidate } from './1-recognize';
import { spanCandidate } from './span-candidate';

const HEADS = wordSet(NUMBERED_ROAD_HEADS);
/** The road's number, with a letter or a direction's letter after it ("Highway 30A"). */
const NUMBER = /^\d{1,4}[A-Z]?$/;
/** "I-75", "I-95": an interstate written short, one token. */
const SHORT_INTERSTATE = /^I-\d{1,3}$/;
const DIGIT = /\d/;
/** A capitalised word right before "FM" inside a sentence ("Kiss FM 100"); "On FM 645" opens one. */
const BRAND_BEFORE = /(?<![.!?]\s*|^\s*)\b(?!(?:On|Along|Near|At|In|From|To|Off|Via|The)\s+$)\p{Lu}[\p{L}'’]*\s+$/u;

/** A numbered road's name as the recognizer reads it ("Highway 30", "Interstate 70", "I-75"): for the roles' "on". */
export function isNumberedRoad(name: string): boolean {
  // Both forms hold a number: a name without a digit (most) is none, told before a pattern or a split.
  if (!DIGIT.test(name)) return false;
  if (SHORT_INTERSTATE.test(name)) return true;
  const [head, number, ...rest] = name.split(' ');
  return rest.length === 0 && number !== undefined && HEADS.has(head.toLowerCase()) && NUMBER.test(number);
}

const [CAPITAL_I, HYPHEN] = [73, 45];
const isDigit = (c: number) => c >= 48 && c <= 57;

/** The numbered roads the tokens name, as site candidates of kind 'road'. */
export function roadsIn(tokens: Token[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // SHORT_INTERSTATE opens with "I-", and a road's number with a digit: most words are turned away by their first
    // characters before a pattern or a lower-case copy.
    if (t.text.charCodeAt(0) === CAPITAL_I && t.text.charCodeAt(1) === HYPHEN && SHORT_INTERSTATE.test(t.text)) {
      out.push(road(text, t.start, t.end));
      continue;
    }
    const next = tokens[i + 1];
    if (!t.upper || !next || !isDigit(next.text.charCodeAt(0))) continue;
    if (!HEADS.has(t.text.toLowerCase()) || !NUMBER.test(next.text)) continue;
    // One space between ("Highway 19"), not a list or a score ("Route, 19").
    if (text.slice(t.end, next.start) !== ' ') continue;
    // "FM", "CR" are written in capitals; the others capitalised.
    if (t.text.length === 2 && t.text !== t.text.toUpperCase()) continue;
    // "Kiss FM 100", "Magic FM 105": a radio station's name and frequency (87–108), not a farm-to-market road
    // ("Spring Cypress FM 2920" is one).
    const radio = Number(next.text) >= 87 && Number(next.text) <= 108;
    if (t.text === 'FM' && radio && BRAND_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start))) continue;
    // "FM 100.3": a frequency, not a road.
    if (/^\.\d/.test(text.slice(next.end, next.end + 2))) continue;
    out.push(road(text, t.start, next.end));
    i++;
  }
  return out;
}

function road(text: string, start: number, end: number): Candidate {
  return spanCandidate(text, start, end, text.slice(start, end).toLowerCase(), [], { site: { kind: 'road' } });
}
