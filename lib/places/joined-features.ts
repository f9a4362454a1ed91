// Land and roads named by the two places they join or span ("the Baghdad-Damascus (M2) highway", "the Qinghai-Tibet
// plateau"): one feature named as a whole, listed off the map as land and roads are (unplaced-sites.ts); the places
// inside its name are parts of that name, not places of the story (gold: a name cut from a longer name is none). A
// border keeps its sides (borders.ts): it lies on both of them.
import { entry, kindOf, lookup, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import type { SiteKind } from './sites';
import { spanCandidate } from './span-candidate';

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
/** Two sides joined by a hyphen or a dash, a road's number in brackets perhaps, then the head (group 3). */
const JOINED = new RegExp(
  `(?<![\\p{L}.-])(${SIDE})[-–](${SIDE})(?:\\s+\\([^)\\s]{1,8}\\))?\\s+(${Object.keys(JOINED_HEADS).join('|')})\\b`,
  'gu',
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
  // A hyphen or a dash stands in the text or the pattern cannot match.
  if (!/[-–]/u.test(text)) return out;
  const country = (ids: number[]) => ids.some((id) => kindOf(entry(index, id)) === 'country');
  for (const m of text.matchAll(JOINED)) {
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

/** The places inside a joined feature's name are parts of it ('embedded'); the features join the candidates. */
export function withJoinedFeatures(cands: Candidate[], features: Candidate[]): void {
  for (const f of features) {
    for (const c of cands) if (!c.site && c.start >= f.start && c.end <= f.end) c.veto = 'embedded';
    cands.push(f);
  }
}
