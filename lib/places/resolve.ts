// Picks one gazetteer entry per recognised name: size and rank, then coherence with the
// countries the story names (and its dateline), then the "Aktau, Mangystau" hierarchy.
import { entry, kindOf, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { Candidate } from './recognize';
import { distanceKm } from './distance';
import { areaSupport, areaVotes, countrySupport, nearSupport, townsByName, type AreaVotes } from './context';

function prior(e: GazetteerEntry): number {
  const kind = kindOf(e);
  // A country or a region (ocean, continent) outranks any namesake town (Mexico, Atlantic).
  if (kind === 'country') return 13;
  if (kind === 'region') return Math.max(9.5, Math.log10(e.population + 10)) + 0.5;
  let score = Math.log10(e.population + 10);
  if (e.code === 'PPLC') score += 1.5;
  else if (e.code === 'PPLA') score += 0.7;
  else if (e.code === 'PPLA2') score += 0.3;
  else if (e.code === 'PPLX' || e.code === 'PPLH') score -= 1;
  return score;
}

/** Countries (ISO2) the story is about, with how often they are named (states: lib/places/context.ts). */
export type StoryAreas = Map<string, number>;

/**
 * Evidence is a country or region, or a big city, whose name belongs to one country; a small town cannot vouch
 * for itself.
 */
export function storyCountries(cands: Candidate[], index: PlaceIndex): StoryAreas {
  const counts: StoryAreas = new Map();
  const bump = (area: string) => counts.set(area, (counts.get(area) ?? 0) + 1);
  for (const c of cands) {
    if (c.veto === 'embedded' || c.veto === 'name-part' || c.veto === 'common-word') continue;
    if (c.veto === 'demonym') {
      bump(index.demonyms.get(c.key) ?? '');
      continue;
    }
    const entries = c.ids.map((id) => entry(index, id));
    const best = best1(entries);
    // "Georgia" (the country, the state): an ambiguous big name is no evidence.
    if (entries.some((e) => e.country !== best.country && kindOf(e) !== 'city')) continue;
    if (kindOf(best) === 'city' && (best.population < 100_000 || new Set(entries.map((e) => e.country)).size > 1))
      continue;
    bump(best.country);
  }
  counts.delete('');
  return counts;
}

function best1(entries: GazetteerEntry[]): GazetteerEntry {
  return entries.reduce((a, b) => (prior(b) > prior(a) ? b : a));
}

/** What the whole story says about where it is, gathered once and read by every name. */
export interface StoryContext {
  countries: StoryAreas;
  anchors: Anchor[];
  votes: AreaVotes;
  towns: Map<string, GazetteerEntry[]>;
}

export function storyContext(cands: Candidate[], index: PlaceIndex): StoryContext {
  return {
    countries: storyCountries(cands, index),
    anchors: anchorsOf(
      cands.filter((c) => !c.veto),
      index,
    ),
    votes: areaVotes(cands, index),
    towns: townsByName(cands, index),
  };
}

/** The context with each name's first-pass choice added to the towns it can vouch for. */
export function withChoices(ctx: StoryContext, chosen: Map<string, number>, index: PlaceIndex): StoryContext {
  const towns = new Map(ctx.towns);
  for (const [key, id] of chosen) {
    const e = entry(index, id);
    const list = towns.get(key) ?? [];
    if (kindOf(e) === 'city' && !list.includes(e)) towns.set(key, [...list, e]);
  }
  return { ...ctx, towns };
}

/**
 * The ids worth scoring: a country's, region's or ocean's own name means it (Mexico, Atlantic), unless the story
 * is local to a namesake town.
 */
function contenders(c: Candidate, index: PlaceIndex, ctx: StoryContext): number[] {
  const areas = c.ids.filter((id) => kindOf(entry(index, id)) !== 'city' && ownName(entry(index, id), c.key));
  if (areas.length === 0) return c.ids;
  // "Palestine" next to Elkhart and Grapeland (Texas), with nothing else in the Middle East: the Texan town.
  if (areas.some((id) => countrySupport(ctx.votes, c.key, entry(index, id).country) > 0)) return areas;
  // Only small neighbours count here: Houston does not make "China" a Texan town.
  const local = c.ids.filter(
    (id) => kindOf(entry(index, id)) === 'city' && nearSupport(ctx.towns, c.key, entry(index, id), SMALL_TOWN) >= 1,
  );
  return local.length ? local : areas;
}

/** The entry a name most likely means in this story. `container` = the place named right after a comma. */
export function resolve(c: Candidate, index: PlaceIndex, ctx: StoryContext, container?: GazetteerEntry): number {
  const { countries } = ctx;
  const anchors = ctx.anchors.filter((a) => a.key !== c.key);
  let bestId = c.ids[0];
  let bestScore = -Infinity;
  for (const id of within(contenders(c, index, ctx), index, container)) {
    const e = entry(index, id);
    let score = prior(e);
    const inStory = countries.get(e.country) ?? 0;
    if (inStory > 0) score += 3 + Math.min(2, inStory * 0.5);
    if (container && container.country === e.country && container !== e)
      score += container.admin1 && container.admin1 === e.admin1 ? 6 : 4;
    // Alternate names hold oddities (Franklin for Columbus): a place's own name counts for more.
    if (plain(e.name) === plain(c.key)) score += 1;
    // World cities are meant even in stories about another country (London, not London, Kentucky).
    if (e.population >= 1_000_000) score += 1.5;
    if (c.ids.length > 1) score += localSupport(c.key, e, ctx, anchors);
    if (score > bestScore) {
      bestScore = score;
      bestId = id;
    }
  }
  return container ? bestId : worldCityOver(bestId, c.ids, index, countries);
}

/** A world city is this many times bigger than a village that shares its name. */
const WORLD_OVER_VILLAGE = 100;

/**
 * "the Polish capital of Warsaw" in a US story: a city of a million, in a country the story names, is meant over a
 * village of its name that neighbours made likely; only a written state ("Warsaw, Ky.") picks the village.
 */
function worldCityOver(bestId: number, ids: number[], index: PlaceIndex, countries: StoryAreas): number {
  const best = entry(index, bestId);
  if (kindOf(best) !== 'city') return bestId;
  const world = ids.find((id) => {
    const e = entry(index, id);
    // The story must name the city's country too (or its people: "the Polish capital").
    return (
      kindOf(e) === 'city' &&
      e.population >= 1_000_000 &&
      e.population >= WORLD_OVER_VILLAGE * Math.max(1, best.population) &&
      (countries.get(e.country) ?? 0) > 0
    );
  });
  return world ?? bestId;
}

/**
 * "Mountain View, California", "Toronto, ON": a town written with its state or country is one of the namesakes
 * there when there is one; neighbours elsewhere in the story cannot pull it out.
 */
function within(ids: number[], index: PlaceIndex, container?: GazetteerEntry): number[] {
  if (!container) return ids;
  const inside = (e: GazetteerEntry) =>
    e !== container &&
    e.country === container.country &&
    (kindOf(container) === 'country' || !container.admin1 || e.admin1 === container.admin1);
  const kept = ids.filter((id) => inside(entry(index, id)));
  return kept.length ? kept : ids;
}

/** Below this a town is local texture, not a place named in stories from anywhere. */
const SMALL_TOWN = 100_000;

/**
 * Points for agreeing with the story's other names: the same state (2 per whole vote), a namesake
 * nearby (1.5 per name) and an unambiguous town nearby, capped together so that context alone
 * cannot carry a village past a world city (Moscow, Pennsylvania, next to Scranton).
 */
function localSupport(key: string, e: GazetteerEntry, ctx: StoryContext, anchors: Anchor[]): number {
  let points = 2 * Math.min(2, areaSupport(ctx.votes, key, e));
  if (kindOf(e) === 'city') {
    points += 1.5 * Math.min(2, nearSupport(ctx.towns, key, e));
    // Near the story's unambiguous towns (Alexandria next to Fargo is Alexandria, Minnesota).
    const near = Math.min(Infinity, ...anchors.map((a) => distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon)));
    if (near < 150) points += 3;
    else if (near < 500) points += 1.5;
  }
  return Math.min(5, points);
}

export interface Anchor {
  key: string;
  entry: GazetteerEntry;
}

/** Towns whose name has one entry only: fixed points that the other names are read near. */
export function anchorsOf(cands: Candidate[], index: PlaceIndex): Anchor[] {
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

/** An area's own name, or a sea's without "Ocean"/"Sea" ("Atlantic", "Mediterranean"), not a town's namesake. */
function ownName(e: GazetteerEntry, key: string): boolean {
  const name = plain(e.name);
  return name === plain(key) || (!e.country && e.code === 'RGN' && name.startsWith(`${plain(key)} `));
}

function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "Aktau, Mangystau" / "Columbia, South Carolina": the entry the following name most likely is. */
export function containerOf(c: Candidate, next: Candidate | undefined, index: PlaceIndex): GazetteerEntry | undefined {
  if (!next || next.veto === 'embedded' || !/^,\s*$/.test(c.after.slice(0, next.start - c.end))) return undefined;
  const entries = next.ids.map((id) => entry(index, id)).filter((e) => kindOf(e) !== 'city');
  return entries.length ? best1(entries) : undefined;
}
