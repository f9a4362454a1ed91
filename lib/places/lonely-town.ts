// A small town that nothing else in the story is near: "The Shops at Stonewall" in a story whose other places are
// all in Virginia, read as Stonewall, Mississippi. Local stories name local places the gazetteer lacks (villages
// under its size floor, shopping centres, estates), and a namesake of one a thousand kilometres away is a wrong
// pin on the map. Such a town is placed in the one state the story's other places lie in, as a town the
// gazetteer lacks there ("Grantville, Pennsylvania"); when they lie in several, it is not reported.
import { distanceKm } from './distance';
import { entry, kindOf, stateId, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { StoryContext } from './3-story-context';

interface Mention {
  /** `seat`: a lawmaker's state ("(R-TX)"), named in stories from anywhere: no neighbour of the story's towns. */
  candidate: { key: string; seat?: boolean };
  id: number;
  contained?: boolean;
  site?: boolean;
  inState?: boolean;
}

/**
 * Below this a town is local texture: a story names it for being near its other places. Population 0 means
 * unknown: the build keeps seats without a figure (scripts/data/build-gazetteer.ts SEATS; about 5,000 rows, nearly
 * all PPLA2 county seats, some 100 PPLA). They count as small here, so such a seat far from the story's other
 * places and outside their states is read as lonely too.
 */
const SMALL_TOWN = 20_000;
/** Farther than this from every other place of the story, a small town is no neighbour of theirs. */
const FAR_KM = 500;
/** Other places of the story, at least, that the town must lie far from. */
const MIN_OTHERS = 2;

/** The mentions with each lonely small town moved into the story's one state, or left out. */
export function placeLonelyTowns<M extends Mention>(
  mentions: M[],
  index: PlaceIndex,
  ctx: Pick<StoryContext, 'countries'>,
): M[] {
  // Each name's places once: a long story names its towns again and again.
  const byName = new Map<string, Set<GazetteerEntry>>();
  for (const m of mentions) {
    if (m.candidate.seat) continue;
    const set = byName.get(m.candidate.key) ?? new Set();
    byName.set(m.candidate.key, set.add(entry(index, m.id)));
  }
  const decided = new Map<string, number | null | undefined>();
  const out: M[] = [];
  for (const m of mentions) {
    if (m.contained || m.site || m.inState) {
      out.push(m);
      continue;
    }
    const key = m.candidate.key;
    if (!decided.has(key)) decided.set(key, lonelyTown(entry(index, m.id), key, byName, index, ctx));
    const state = decided.get(key);
    if (state === undefined) out.push(m);
    else if (state !== null) out.push({ ...m, id: state, inState: true });
  }
  return out;
}

/**
 * undefined: the town stays as it is; a state's id: the town is placed there; null: the town is left out.
 * Not lonely: a bigger town, one in a state another place of the story lies in, one near another place, or one in
 * a country the story names while none of its other places lies there ("born in Flumeri, in southern Italy").
 */
function lonelyTown(
  e: GazetteerEntry,
  key: string,
  byName: Map<string, Set<GazetteerEntry>>,
  index: PlaceIndex,
  ctx: Pick<StoryContext, 'countries'>,
): number | null | undefined {
  if (kindOf(e) !== 'city' || e.population >= SMALL_TOWN) return undefined;
  const areas = [...byName].flatMap(([other, set]) => (other === key ? [] : [...set]));
  const points = areas.filter((o) => kindOf(o) === 'city' || o.code === 'ADM1' || o.code === 'ADM2');
  // One other place is no story's centre: the town may be it ("Laconia" six times, and "Alaska").
  if (new Set(points).size < MIN_OTHERS) return undefined;
  if (areas.some((o) => o.country === e.country && o.admin1 === e.admin1)) return undefined;
  if (points.some((o) => distanceKm(o.lat, o.lon, e.lat, e.lon) < FAR_KM)) return undefined;
  const sameCountry = points.some((o) => o.country === e.country);
  if ((ctx.countries.get(e.country) ?? 0) > 0 && !sameCountry) return undefined;
  return oneState(points, index) ?? null;
}

/** The state all the points lie in, if they lie in one the gazetteer has. */
function oneState(points: GazetteerEntry[], index: PlaceIndex): number | undefined {
  const states = new Set(points.map((p) => `${p.country}.${p.admin1}`));
  if (states.size !== 1 || !points[0].admin1) return undefined;
  return stateId(index, points[0].country, points[0].admin1);
}
