// Stage 2 of the places engine: each recognised name with the area written right after it ("Aktau, Mangystau",
// "Columbia, South Carolina"), which fixes which of its gazetteer entries are in the running.
import { entry, kindOf, lookup, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import { prior } from './prior';
import { distanceKm } from './distance';
import { copyCandidate } from './span-candidate';

export interface NameCandidate {
  candidate: Candidate;
  /** The state or country written after a comma, most likely entry of the next name. */
  container?: GazetteerEntry;
  /** That entry's id (the next name's reading), where a town lacking in it may be placed; not in a list. */
  containerId?: number;
  /** The reading decided here: a county named with a town ("Paris and Henry County") is the one by the town. */
  fixed?: number;
}

/**
 * `names` in text order (sites left out): a container is read from the name that follows each one. The names of a
 * list of counties are read as the counties (see countyInList); the others are handed on as they are.
 */
export function candidatesOf(recognized: Candidate[], index: PlaceIndex): NameCandidate[] {
  const names = recognized.map((c) => countyInList(c, index) ?? c);
  const counties = names.map((c, i) => countyBeside(c, names[i + 1], index));
  return names.map((c, i) => {
    const county = counties[i];
    if (county) return { candidate: c, container: entry(index, county) };
    // The county named with a town is the one by that town.
    const fixed = i > 0 ? counties[i - 1] : undefined; // no counties[-1]: a slow property look-up (V8)
    if (fixed !== undefined) return { candidate: c, fixed };
    const { container, containerId } = containerOf(c, names[i + 1], index);
    // In a list ("Trips to Saipan, Guam, Alaska") the next name may be no container: no town is placed at it.
    return { candidate: c, container, containerId: inList(names, i + 1) ? undefined : containerId };
  });
}

/** A capitalised word of a name in a list ("Sarpy", "St. Clair"). */
const LIST_WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** Joins of a list: a comma, "and", or both. */
const LIST_JOIN = '(?:\\s*,\\s*(?:(?:and|&)\\s+)?|\\s+(?:and|&)\\s+)';
/** After a name in a list closed by the plural ("Douglas, Sarpy and Lancaster counties"): the rest of the list. */
const COUNTY_LIST_AFTER = new RegExp(
  `^(?:${LIST_JOIN}${LIST_WORD}(?:\\s+${LIST_WORD})?)*\\s+(counties|parishes)\\b`,
  'u',
);

/**
 * The gazetteer's county rows for a one-word name in a list closed by "counties" or "parishes" ("Otoe" of "Dakota,
 * Otoe and Washington counties"), read by the recogniser for a name the gazetteer has no row for alone; undefined if
 * no list follows or the gazetteer has no county of the name.
 */
export function countyOfListed(key: string, after: string, index: PlaceIndex): number[] | undefined {
  const list = COUNTY_LIST_AFTER.exec(after);
  if (!list || (list[0].match(/(?:^|\s)(?:and|&)\s/g) ?? []).length > 1) return undefined;
  const ids = lookup(index, `${key} ${list[1] === 'parishes' ? 'parish' : 'county'}`);
  return ids && ids.every((id) => entry(index, id).code === 'ADM2') ? ids : undefined;
}

/**
 * "Anderson and Cherokee counties", "Harvey, Harper and Kingman counties": each name of a list closed by
 * "counties" is the county of that name ("Cherokee County"), not the towns that share its bare name; the candidate
 * with the county's readings, or undefined when the gazetteer has no county of the name.
 */
function countyInList(c: Candidate, index: PlaceIndex): Candidate | undefined {
  const list = COUNTY_LIST_AFTER.exec(c.after);
  // A small town's name opening a sentence ("Dakota, Otoe and Washington counties") is no surname here.
  if (!list || (c.veto && c.veto !== 'weak') || c.person) return undefined;
  // One list has one "and", before its last name: "Lincoln, Omaha, and Sarpy and Cass counties" lists towns first.
  if ((list[0].match(/(?:^|\s)(?:and|&)\s/g) ?? []).length > 1) return undefined;
  // "Indiana counties" are the state's.
  if (c.ids.some((id) => entry(index, id).code === 'ADM1' || kindOf(entry(index, id)) === 'country')) return undefined;
  const ids = lookup(index, `${c.key} ${list[1] === 'parishes' ? 'parish' : 'county'}`) ?? [];
  if (ids.length === 0 || ids.some((id) => entry(index, id).code !== 'ADM2')) return undefined;
  const county = copyCandidate(c);
  county.ids = ids;
  county.veto = undefined;
  return county;
}

/** "Paris and Henry County", "the Paris-Henry County Rescue Squad", "Paris, Henry County": a town and its county. */
const COUNTY_JOIN = /^(?:\s+(?:and|&)\s+|\s*[-–]\s*|\s*,\s*)$/u;
/** A town this near a county's point lies in it or by it. */
const COUNTY_KM = 60;

/**
 * The county a town is named with, read where one of the town's namesakes lies by one of the county's (there are
 * 10 Henry Counties and 20 Parises: the pair that lie together is meant).
 */
function countyBeside(c: Candidate, next: Candidate | undefined, index: PlaceIndex): number | undefined {
  if (!next || next.veto || !COUNTY_JOIN.test(c.after.slice(0, next.start - c.end))) return undefined;
  if (next.ids.length === 0 || next.ids.some((id) => entry(index, id).code !== 'ADM2')) return undefined;
  let best: number | undefined;
  let bestKm = COUNTY_KM;
  for (const id of c.ids) {
    const town = entry(index, id);
    if (kindOf(town) !== 'city') continue;
    for (const countyId of next.ids) {
      const county = entry(index, countyId);
      const km = distanceKm(town.lat, town.lon, county.lat, county.lon);
      if (km < bestKm && town.country === county.country && town.admin1 === county.admin1)
        [best, bestKm] = [countyId, km];
    }
  }
  return best;
}

/** A list joiner: a comma, perhaps with "and"/"or" ("Saipan, Guam, Alaska and Hawaii"). */
const LIST_COMMA = /^,\s*(?:(?:and|or)\s+)?$/;

/** "Trips to Saipan, Guam, Alaska": a name followed by a comma and another name is one of a list. */
function inList(names: Candidate[], i: number): boolean {
  const name = names[i];
  const next = names[i + 1];
  return Boolean(name && next && LIST_COMMA.test(name.after.slice(0, next.start - name.end)));
}

/**
 * The area entry (not a town) the following name most likely is, when only a comma lies between: of its readings
 * that hold one of this name's places, the likeliest ("Atlanta, Georgia": the state, not the country), else the
 * likeliest of all.
 */
function containerOf(
  c: Candidate,
  next: Candidate | undefined,
  index: PlaceIndex,
): { container?: GazetteerEntry; containerId?: number } {
  if (!next || next.veto === 'embedded' || !/^,\s*$/.test(c.after.slice(0, next.start - c.end))) return {};
  const places = c.ids.map((id) => entry(index, id));
  let best: GazetteerEntry | undefined;
  let bestId: number | undefined;
  let bestHolds = false;
  for (const id of next.ids) {
    const e = entry(index, id);
    if (kindOf(e) === 'city') continue;
    const holds = places.some((p) => lies(p, e));
    if (!best || (holds && !bestHolds) || (holds === bestHolds && prior(e) > prior(best)))
      [best, bestId, bestHolds] = [e, id, holds];
  }
  return best ? { container: best, containerId: bestId } : {};
}

/** Whether `e` lies in the area `area` (a country, or a state of one). */
export function lies(e: GazetteerEntry, area: GazetteerEntry): boolean {
  return (
    e !== area && e.country === area.country && (kindOf(area) === 'country' || !area.admin1 || e.admin1 === area.admin1)
  );
}
