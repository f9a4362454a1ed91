// Stage 3 of the places engine: what the whole story says about where it is, built once from every recognised
// name and read by each name in stage 4 (lib/places/4-resolve.ts).
// - countries the story names (a country, or a big city of one country), with how often;
// - area votes: a local story names several towns of one state; each ambiguous name votes for every state it
//   could be in, split evenly, so "Texas" gives Texas a whole vote and "Springfield" (22 namesakes) a sliver to
//   each of its states. A candidate in a state the other names agree on is likely meant;
// - the towns each name could be, and the towns whose name has one entry only (anchors);
// - the counties it names anywhere, also inside the name of a body or a building ("the Butler County Coroner's
//   Office"): a town and a county that lie together are the pair meant;
// - the dateline's range.
import { distanceKm } from './distance';
import { entry, kindOf, ownsItsName, plainName, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import { likeliest } from './prior';
import type { Range } from '../text/datelines';
import { wordSet } from '../lexicon/build';
import { US_REGIONS_NAMED_ELSEWHERE } from '../lexicon/en/place-words';

/** US regions whose names other countries use (see the list): no vote for the US, read only in a US story. */
export const REGIONS_NAMED_ELSEWHERE = wordSet(US_REGIONS_NAMED_ELSEWHERE);

/** A town this big is named in stories from anywhere (New York City in a Boston story). */
const WORLD_CITY = 300_000;
/** A namesake this many times smaller than a name's main place is no evidence for its neighbours. */
const NAMESAKE_RATIO = 20;

/** Votes per area key ("US.TX") from each distinct name, kept per name so a name never votes for itself. */
export interface AreaVotes {
  total: Map<string, number>;
  byName: Map<string, Map<string, number>>;
  /** The same for countries (ISO2): each name's vote split over the countries it could be in. */
  countryTotal: Map<string, number>;
  countryByName: Map<string, Map<string, number>>;
}

export function areaKey(e: GazetteerEntry): string | null {
  return e.admin1 && e.country ? `${e.country}.${e.admin1}` : null;
}

/** Candidates that name a place here (or its government) cast votes; repeated names vote once. */
export function areaVotes(cands: Candidate[], index: PlaceIndex): AreaVotes {
  const total = new Map<string, number>();
  const byName = new Map<string, Map<string, number>>();
  const countryTotal = new Map<string, number>();
  const countryByName = new Map<string, Map<string, number>>();
  for (const c of cands) {
    // "Kentucky lawmakers" is no place in the story, but it tells where the story is; so does a state or county inside
    // the name of its court, police or agency ("Platte County District Court", "the Indiana State Police").
    if ((c.veto && c.veto !== 'metonymy' && !countyBody(c, index)) || byName.has(c.key) || c.ids.length === 0) continue;
    const entries = c.ids.map((id) => entry(index, id));
    // A world city is named in stories from anywhere: no sign that the story is local to its state.
    const world = entries.some((e) => kindOf(e) === 'city' && e.population >= WORLD_CITY);
    // "Brazil", "Montana": a country's or a state's own name means it, so its namesake towns (Brazil, Indiana) cast
    // no vote.
    const own = c.ids.filter((id) => ownAreaName(entry(index, id), c.key));
    const ids = own.length ? own : c.ids;
    countryByName.set(c.key, split(new Set(ids.map((id) => entry(index, id).country).filter(Boolean)), countryTotal));
    const areas = new Set<string>();
    for (const id of ids) {
      const e = entry(index, id);
      // A country's name says nothing about its states.
      if (kindOf(e) === 'country') continue;
      const k = areaKey(e);
      if (k) areas.add(k);
    }
    byName.set(c.key, split(world ? new Set() : areas, total));
  }
  return { total, byName, countryTotal, countryByName };
}

/**
 * A state's or county's name inside a longer name: a body of its government, or a firm local to it. A state's own
 * name counts though a town shares it ("the Indiana State Police": Indiana, Pennsylvania).
 */
function countyBody(c: Candidate, index: PlaceIndex): boolean {
  if (c.veto !== 'embedded' || c.ids.length === 0) return false;
  const entries = c.ids.map((id) => entry(index, id));
  return (
    entries.every((e) => e.code === 'ADM2' || e.code === 'ADM1') ||
    entries.some((e) => e.code === 'ADM1' && ownAreaName(e, c.key))
  );
}

/** One vote split evenly over `areas`, added to `total`; returns this name's share per area. */
function split(areas: Set<string>, total: Map<string, number>): Map<string, number> {
  const votes = new Map<string, number>();
  for (const a of areas) {
    votes.set(a, 1 / areas.size);
    total.set(a, (total.get(a) ?? 0) + 1 / areas.size);
  }
  return votes;
}

/** How strongly the story's other names point to the area `e` lies in. */
export function areaSupport(votes: AreaVotes, key: string, e: GazetteerEntry): number {
  const k = areaKey(e);
  if (!k) return 0;
  return (votes.total.get(k) ?? 0) - (votes.byName.get(key)?.get(k) ?? 0);
}

/** How strongly the story's other names point to a country. */
export function countrySupport(votes: AreaVotes, key: string, country: string): number {
  return (votes.countryTotal.get(country) ?? 0) - (votes.countryByName.get(key)?.get(country) ?? 0);
}

/**
 * Towns each distinct name of the story could plausibly be, as evidence for its neighbours.
 * Left out: names that are not places here, names of countries and regions (Mexico, Peru: in a
 * story naming both, a town in Maine is no evidence), and namesakes far smaller than the name's
 * main place (Liverpool, New York says little next to Liverpool, England).
 */
export function townsByName(cands: Candidate[], index: PlaceIndex): Map<string, GazetteerEntry[]> {
  const out = new Map<string, GazetteerEntry[]>();
  for (const c of cands) {
    if (c.veto || out.has(c.key)) continue;
    const entries = c.ids.map((id) => entry(index, id));
    if (entries.some((e) => ownsItsName(e) && plainName(e.name) === c.key)) {
      out.set(c.key, []);
      continue;
    }
    const biggest = Math.max(...entries.map((e) => (kindOf(e) === 'city' ? e.population : 0)));
    out.set(
      c.key,
      entries.filter((e) => kindOf(e) === 'city' && e.population * NAMESAKE_RATIO >= biggest),
    );
  }
  return out;
}

/** A country's or region's own name ("Brazil"), not a namesake town's. */
function ownAreaName(e: GazetteerEntry, key: string): boolean {
  return ownsItsName(e) && plainName(e.name) === key;
}

/** Degrees of latitude in NEAR_KM: a cheap first filter before the great-circle distance. */
const NEAR_KM = 150;
const NEAR_LAT = NEAR_KM / 111;

/**
 * How many of the story's other names could be a town near `e`. Two names that both have a
 * namesake within 150 km rarely do so by chance, even when one of them has many namesakes
 * (Columbus and Norfolk: both in Nebraska), so each such name counts, a little less when it has many.
 */
export function nearSupport(
  towns: Map<string, GazetteerEntry[]>,
  key: string,
  e: GazetteerEntry,
  maxPopulation = Infinity,
): number {
  let support = 0;
  // forEach, not for…of: a for…of walk of a Map makes a [key, value] array per name, and this runs for every name
  // read against every other.
  towns.forEach((entries, other) => {
    if (other === key || entries.length === 0) return;
    // A loop, not `some` with a closure: this runs for every pair of the story's town names.
    for (const o of entries) {
      const near =
        o !== e &&
        o.population < maxPopulation &&
        Math.abs(o.lat - e.lat) < NEAR_LAT &&
        distanceKm(o.lat, o.lon, e.lat, e.lon) < NEAR_KM;
      if (near) {
        support += 1 / (1 + 0.05 * (entries.length - 1));
        break;
      }
    }
  });
  return support;
}

/** Countries (ISO2) the story is about, with how often they are named. */
export type StoryAreas = Map<string, number>;

/** What the whole story says about where it is, gathered once and read by every name. */
export interface StoryContext {
  countries: StoryAreas;
  anchors: Anchor[];
  votes: AreaVotes;
  towns: Map<string, GazetteerEntry[]>;
  /** The range of the story's dateline place (lib/text/datelines.ts), if it has one. */
  dateline: Range | null;
  /** Each county name of the story with its namesakes ("butler county" → 8 entries). */
  counties: Map<string, GazetteerEntry[]>;
  /**
   * How often the story names each state by its name, area key → mentions ("US.WV" → 4); 0 for a state named only
   * inside a longer name.
   */
  stated: Map<string, number>;
}

/**
 * `names`: every recognised name but sites, in text order, vetoed ones included (they still tell where); `sites`:
 * the sites, whose names may hold a county ("Anderson County Courthouse").
 */
export function storyContext(
  read: Candidate[],
  dateline: Range | null,
  index: PlaceIndex,
  sites: Candidate[] = [],
): StoryContext {
  // "Rep. Brian Babin (R-TX)": a lawmaker's seat is named in stories from anywhere; it tells nothing of where this is.
  const names = read.filter((c) => !c.seat);
  return {
    countries: storyCountries(names, index),
    anchors: anchorsOf(
      names.filter((c) => !c.veto),
      index,
    ),
    votes: areaVotes(names, index),
    towns: townsByName(names, index),
    dateline,
    counties: countiesOf([...names, ...sites.flatMap((s) => s.site?.inner ?? [])], index),
    stated: statedAreas(names, index),
  };
}

/**
 * Each mention of a state by its name or abbreviation, as a place or standing for its government; inside the name
 * of its police or agency ("the Indiana State Police") it is listed with no count, for a team or a university is
 * named so too ("Mississippi State"). "Georgia" is no state here: a country has that name too.
 */
function statedAreas(cands: Candidate[], index: PlaceIndex): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of cands) {
    if (c.person || (c.veto && c.veto !== 'metonymy' && c.veto !== 'embedded')) continue;
    const entries = c.ids.map((id) => entry(index, id));
    const states = entries.filter((e) => e.code === 'ADM1');
    if (states.length !== 1 || entries.some((e) => kindOf(e) === 'country')) continue;
    if (entries.length > 1 && !ownAreaName(states[0], c.key)) continue;
    const k = areaKey(states[0]);
    if (k) out.set(k, (out.get(k) ?? 0) + (c.veto === 'embedded' ? 0 : 1));
  }
  return out;
}

/** A state is the story's when it is named at least this often, and twice as often as any other. */
const STORY_STATE_MENTIONS = 2;

/** The state the story names far more than any other, if there is one ("US.WV"). */
export function storyState(stated: Map<string, number>): string | undefined {
  // The two highest counts, by one walk (pickEntry asks for every name): on a tie for first the answer is none
  // whichever state is taken first, so the order of equal counts does not matter.
  let first: string | undefined;
  let most = -1;
  let next = -1;
  stated.forEach((count, state) => {
    if (count > most) {
      next = most;
      most = count;
      first = state;
    } else if (count > next) next = count;
  });
  if (first === undefined || most < STORY_STATE_MENTIONS || (next >= 0 && most < 2 * next)) return undefined;
  return first;
}

/** A town this near a county's point lies in it or by it (as "Paris, Henry County" is read in 2-candidates.ts). */
const COUNTY_KM = 60;

/**
 * Names whose every reading is a county, wherever they stand: a county is named in local news for being the
 * story's, also inside the name of its court, sheriff or hospital.
 */
function countiesOf(cands: Candidate[], index: PlaceIndex): Map<string, GazetteerEntry[]> {
  const out = new Map<string, GazetteerEntry[]>();
  for (const c of cands) {
    if (c.person || out.has(c.key) || c.ids.length === 0) continue;
    const entries = c.ids.map((id) => entry(index, id));
    if (entries.every((e) => e.code === 'ADM2')) out.set(c.key, entries);
  }
  return out;
}

/**
 * Whether `e` and another name of the story are a town and a county that lie together (Paris and Edgar County,
 * Illinois; Hamilton County and Cincinnati): of ten Butler Counties and sixteen Hamiltons, the pair in one state
 * within COUNTY_KM of each other is meant. The other name's reading must be one the story's other names favour
 * as much as any of its readings: McLean County in a Kentucky story is no partner for Atlanta, Illinois.
 */
export function countyPair(
  ctx: Pick<StoryContext, 'counties' | 'towns' | 'votes'>,
  key: string,
  e: GazetteerEntry,
): boolean {
  const kind = kindOf(e);
  if (kind !== 'city' && e.code !== 'ADM2') return false;
  const others = kind === 'city' ? ctx.counties : ctx.towns;
  for (const [other, entries] of others) {
    if (other === key) continue;
    for (const o of favoured(entries, other, key, ctx.votes)) {
      if (o === e || o.country !== e.country || o.admin1 !== e.admin1) continue;
      if (Math.abs(o.lat - e.lat) < 1 && distanceKm(o.lat, o.lon, e.lat, e.lon) < COUNTY_KM) return true;
    }
  }
  return false;
}

/**
 * The readings of name `key` whose area the story's other names support most, leaving out `asking`'s votes: a
 * name cannot vouch for a partner with its own vote.
 */
function favoured(entries: GazetteerEntry[], key: string, asking: string, votes: AreaVotes): GazetteerEntry[] {
  if (entries.length < 2) return entries;
  const own = votes.byName.get(asking);
  const support = entries.map((e) => areaSupport(votes, key, e) - (own?.get(areaKey(e) ?? '') ?? 0));
  const best = Math.max(...support);
  return entries.filter((_, i) => support[i] >= best - 1e-9);
}

/**
 * Evidence is a country or region, or a big city, whose name belongs to one country; a small town cannot vouch
 * for itself.
 */
function storyCountries(cands: Candidate[], index: PlaceIndex): StoryAreas {
  const counts: StoryAreas = new Map();
  const bump = (area: string) => counts.set(area, (counts.get(area) ?? 0) + 1);
  for (const c of cands) {
    if (c.veto === 'embedded' || c.veto === 'name-part' || c.veto === 'common-word') continue;
    // "the West Coast" is no evidence the story is American: it decides only when the rest of the story is.
    if (REGIONS_NAMED_ELSEWHERE.has(c.key)) continue;
    if (c.veto === 'demonym') {
      // A demonym two states share ("Dominican") has no country (the gazetteer build): no vote for either.
      bump(index.demonyms.get(c.key) ?? '');
      continue;
    }
    if (!c.ids.length) continue;
    const entries = c.ids.map((id) => entry(index, id));
    const best = likeliest(entries);
    // "Georgia" (the country, the state): an ambiguous big name is no evidence.
    if (entries.some((e) => e.country !== best.country && kindOf(e) !== 'city')) continue;
    // "Norfolk" (the county, towns in Virginia and Nebraska): a county shares its name with towns abroad.
    if (best.code === 'ADM2' && entries.some((e) => e.country !== best.country)) continue;
    if (kindOf(best) === 'city' && (best.population < 100_000 || new Set(entries.map((e) => e.country)).size > 1))
      continue;
    bump(best.country);
  }
  counts.delete('');
  return counts;
}

export interface Anchor {
  key: string;
  entry: GazetteerEntry;
}

/** Towns whose name has one entry only: fixed points that the other names are read near. */
function anchorsOf(cands: Candidate[], index: PlaceIndex): Anchor[] {
  const seen = new Set<string>();
  const out: Anchor[] = [];
  for (const c of cands) {
    if (c.ids.length !== 1 || seen.has(c.key)) continue;
    seen.add(c.key);
    const e = entry(index, c.ids[0]);
    if (kindOf(e) === 'city') out.push({ key: c.key, entry: e });
  }
  return out;
}
