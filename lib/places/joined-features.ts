// Land and roads named by the two places they join or span ("the Baghdad-Damascus (M2) highway", "the Qinghai-Tibet
// plateau"): one feature named as a whole, listed off the map as land and roads are (unplaced-sites.ts); the places
// inside its name are parts of that name, not places of the story (gold: a name cut from a longer name is none). A
// border keeps its sides (borders.ts): it lies on both of them.
import { entry, kindOf, lookup, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import type { SiteKind } from './sites';
import { spanCandidate } from './span-candidate';
import { isSpace } from '../text/chars';

/** Heads of a feature named by the places at its ends or inside it, with the kind of site each is. */
const JOINED_HEADS: Record<string, SiteKind> = {
  // roads and lines between two towns ("the Baghdad-Damascus highway", "the Lahore-Islamabad motorway")
  highway: 'road',
  road: 'road',
  motorway: 'road',
  expressway: 'road',
  railway: 'road',
  railroad: 'road',
  pipeline: 'road',
  // land spanning two regions ("the Qinghai-Tibet plateau")
  plateau: 'feature',
};
/** A side's name: one capitalised word or two ("Baghdad", "Abu Dhabi"). */
const SIDE = '\\p{Lu}[\\p{L}]+(?:\\s\\p{Lu}[\\p{L}]+)?';
/**
 * Two sides joined by a hyphen or a dash, a road's number in brackets perhaps, then the head (group 3). Sticky: it is
 * tried only at the word starts just before a hyphen or a dash (joinedMatches), not at every position of the text.
 */
const JOINED = new RegExp(
  `(?<![\\p{L}.-])(${SIDE})[-–](${SIDE})(?:\\s+\\([^)\\s]{1,8}\\))?\\s+(${Object.keys(JOINED_HEADS).join('|')})\\b`,
  'uy',
);
const BRACKETED = /\s+\([^)]*\)/u;

/** A road leading to an aim, not a place ("the Russia-Ukraine road to peace", "the road map"). */
const FIGURATIVE_ROAD = /^\s+(?:to|map)\b/u;

/**
 * The joined features the text names, as site candidates; both sides must be places the gazetteer knows, and no
 * country: two countries before a pipeline or a railway name the parties of a project ("the Russia-Germany
 * pipeline", "the China-Laos railway"), each a place of the story's.
 */
export function joinedFeaturesIn(text: string, index: PlaceIndex): Candidate[] {
  const out: Candidate[] = [];
  const country = (ids: number[]) => ids.some((id) => kindOf(entry(index, id)) === 'country');
  for (const m of joinedMatches(text)) {
    const sides = [m[1], m[2]].map((side) => lookup(index, side.toLowerCase()));
    if (!sides.every((ids) => ids && !country(ids))) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (m[3] === 'road' && FIGURATIVE_ROAD.test(text.slice(end, end + 8))) continue;
    const shown = m[0].replace(BRACKETED, '');
    const kind = JOINED_HEADS[m[3]];
    out.push(spanCandidate(text, start, end, shown.toLowerCase(), [], { site: { kind, shown } }));
  }
  return out;
}

/** The hyphens and dashes of the text, in order (two indexOf scans, merged). */
function joins(text: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf('-'); i >= 0; i = text.indexOf('-', i + 1)) out.push(i);
  const hyphens = out.length;
  for (let i = text.indexOf('–'); i >= 0; i = text.indexOf('–', i + 1)) out.push(i);
  return out.length > hyphens ? out.sort((a, b) => a - b) : out;
}

/** Where the word ending right before `at` begins: after the last white space before it, or at `floor`. */
function tokenStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * JOINED's matches, as a global scan of the text finds them, left to right without overlaps. A match's first side
 * (one word or two, letters and one space) ends at a hyphen or a dash and holds none, so it opens in the two words
 * before one: the pattern is tried there only, at each character that may be a capital (an ASCII one, or any other
 * but the second half of a surrogate pair), in order. A match found for one hyphen opens before any found for a
 * later one.
 */
export function joinedMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let done = 0; // where the last match ended: a global scan goes on from there
  // The side holds no hyphen or dash: it opens after the one before (a long hyphenated token is read once).
  let floor = 0;
  for (const h of joins(text)) {
    const second = tokenStart(text, h, floor);
    const first =
      second - 1 > floor && isSpace(text.charCodeAt(second - 1)) ? tokenStart(text, second - 1, floor) : second;
    for (let p = Math.max(first, done); p < h; p++) {
      const c = text.charCodeAt(p);
      if (c < 128 ? c < 65 || c > 90 : c >= 0xdc00 && c <= 0xdfff) continue;
      JOINED.lastIndex = p;
      const m = JOINED.exec(text);
      if (!m) continue;
      out.push(m);
      done = p + m[0].length;
      break;
    }
    floor = h + 1;
  }
  return out;
}

/** The places inside a joined feature's name are parts of it ('embedded'); the features join the candidates. */
export function withJoinedFeatures(cands: Candidate[], features: Candidate[]): void {
  for (const f of features) {
    for (const c of cands) if (!c.site && c.start >= f.start && c.end <= f.end) c.veto = 'embedded';
    cands.push(f);
  }
}
