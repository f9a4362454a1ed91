// Picks one gazetteer entry for one name (stage 4 calls it for each name): size and rank, then coherence with the
// story context (lib/places/3-story-context.ts: the countries the story names, the states its other names agree
// on, towns nearby), then the state or country written after the name ("Aktau, Mangystau").
import { entry, kindOf, ownsItsName, plainName, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import { distanceKm } from './distance';
import { prior } from './prior';
import {
  areaKey,
  areaSupport,
  countyPair,
  countrySupport,
  nearSupport,
  storyState,
  type Anchor,
  type StoryContext,
} from './3-story-context';

/**
 * The ids worth scoring: a country's, region's or ocean's own name means it (Mexico, Atlantic), unless the story
 * is local to a namesake town.
 */
function contenders(c: Candidate, index: PlaceIndex, ctx: StoryContext): number[] {
  const areas = c.ids.filter((id) => ownsItsName(entry(index, id)) && ownName(entry(index, id), c.key));
  if (areas.length === 0) return c.ids;
  // "Palestine" next to Elkhart and Grapeland (Texas), with nothing else in the Middle East: the Texan town.
  if (areas.some((id) => countrySupport(ctx.votes, c.key, entry(index, id).country) > 0)) return areas;
  // Only small neighbours count here: Houston does not make "China" a Texan town.
  // A county of the story that a namesake town lies in is not enough against a country's own name: "a Warren County
  // man fought in Lebanon and Syria" is the country, though Lebanon, Ohio lies in Warren County.
  const local = c.ids.filter(
    (id) => kindOf(entry(index, id)) === 'city' && nearSupport(ctx.towns, c.key, entry(index, id), SMALL_TOWN) >= 1,
  );
  return local.length ? local : areas;
}

/** The entry a name most likely means in this story. `container` = the place named right after a comma. */
export function pickEntry(c: Candidate, index: PlaceIndex, ctx: StoryContext, container?: GazetteerEntry): number {
  const { countries } = ctx;
  // Read only for a name of several readings (most have one): not gathered for the others.
  const several = c.ids.length > 1;
  const anchors = several ? ctx.anchors.filter((a) => a.key !== c.key) : [];
  const state = several ? storyState(ctx.stated) : undefined;
  const written = plainName(c.key);
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
    if (plainName(e.name) === written) score += 1;
    // World cities are meant even in stories about another country (London, not London, Kentucky).
    if (e.population >= 1_000_000) score += 1.5;
    if (several) score += localSupport(c.key, e, ctx, anchors);
    // A town and a county of the story that lie together outweigh a world city of the town's name (Paris and Edgar
    // County, Illinois), as a written state does.
    if (several && countyPair(ctx, c.key, e)) score += COUNTY_PAIR;
    if (several && inStoryState(e, c.ids, index, state)) score += STORY_STATE;
    if (score > bestScore) {
      bestScore = score;
      bestId = id;
    }
  }
  return container ? bestId : worldCityOver(bestId, c, index, ctx);
}

/**
 * The state a story names again and again is where its bare towns lie, as news writes the state of any other town
 * (Plymouth in a story naming Massachusetts twice and no other state); but a big city of the country stands alone
 * in any story (Louisville in an Ohio story about college basketball).
 */
function inStoryState(e: GazetteerEntry, ids: number[], index: PlaceIndex, state: string | undefined): boolean {
  if (state === undefined || areaKey(e) !== state) return false;
  return !ids.some((id) => {
    const o = entry(index, id);
    return o.country === e.country && areaKey(o) !== state && kindOf(o) === 'city' && o.population >= SMALL_TOWN;
  });
}

/** A world city is this many times bigger than a village that shares its name. */
const WORLD_OVER_VILLAGE = 100;
/** A national capital is named in stories from anywhere: this many times bigger than a village is enough. */
const CAPITAL_OVER_VILLAGE = 20;

/** A big city abroad, this many times bigger than a village that shares its name (Glasgow, Kentucky). */
const BIG_OVER_VILLAGE = 30;
/** A city this big is named in stories from abroad ("Glasgow", "Lyon"). */
const BIG_CITY = 500_000;
/** Another city of the story this near a world city sets the story in its part of the world. */
const SAME_PART_OF_THE_WORLD_KM = 3_000;

/**
 * "the Polish capital of Warsaw" in a US story: a city of a million, or a national capital ("Washington" in a
 * story that names Iowa towns), or a big city far bigger than the village (Glasgow, Scotland), in a country the
 * story names, is meant over a village of its name that neighbours made likely; only a written state ("Warsaw,
 * Ky.") picks the village. A story that names a big city abroad near it, in that part of the world, means it too
 * ("talks in Warsaw" beside Kyiv and Brussels; "via Moscow and Paris").
 */
function worldCityOver(bestId: number, c: Candidate, index: PlaceIndex, ctx: StoryContext): number {
  const best = entry(index, bestId);
  if (kindOf(best) !== 'city') return bestId;
  // "Deputies in Paris … the Henry County sheriff": a county the story names, with the village in it, outweighs a
  // big city abroad near it or a big city of its own country; only the nation's own capital is named from anywhere in
  // it ("Washington" in a Morris County, New Jersey story). The city's country named in the story still wins
  // ("flown from Paris after a holiday in France", told by the Lamar County sheriff).
  const countyHeld = countyPair(ctx, c.key, best);
  const village = Math.max(1, best.population);
  const world = c.ids.find((id) => {
    const e = entry(index, id);
    if (kindOf(e) !== 'city') return false;
    const capital = e.code === 'PPLC' && e.population >= CAPITAL_OVER_VILLAGE * village;
    const million = e.population >= 1_000_000 && e.population >= WORLD_OVER_VILLAGE * village;
    // Within one country the story's own towns and states tell namesakes apart (Columbus, Nebraska, by Norfolk).
    const big = e.country !== best.country && e.population >= BIG_CITY && e.population >= BIG_OVER_VILLAGE * village;
    // The story must name the city's country too (or its people: "the Polish capital").
    if ((capital || million || big) && (ctx.countries.get(e.country) ?? 0) > 0) return true;
    if (countyHeld && !(capital && e.country === best.country)) return false;
    // Nashville, Tennessee, in a story that names Little Rock and Arkansas once: a big city a hundred times the
    // village is meant unless the story keeps naming the village's state or names its county (above: "Austin, in
    // Scott County, Indiana").
    if (e.country === best.country && e.population >= BIG_CITY && e.population >= WORLD_OVER_VILLAGE * village)
      return areaKey(best) !== storyState(ctx.stated);
    // A state's name is no such sign against a big city abroad: a state's stories name London, Paris and Moscow for
    // trade and travel ("Kentucky distillers showed their bourbon in London and Paris").
    return (capital || million) && e.country !== best.country && bigCityNear(e, c.key, best.country, ctx);
  });
  return world ?? bestId;
}

/** The story names another big city outside `country`, near `e` (a reading of the name `key`). */
function bigCityNear(e: GazetteerEntry, key: string, country: string, ctx: StoryContext): boolean {
  for (const [name, entries] of ctx.towns) {
    if (name === key) continue;
    const near = entries.some(
      (o) =>
        o.country !== country &&
        o.population >= SMALL_TOWN &&
        distanceKm(o.lat, o.lon, e.lat, e.lon) <= SAME_PART_OF_THE_WORLD_KM,
    );
    if (near) return true;
  }
  return false;
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

/** Points for a town and a county of the story that lie together: more than a world city's size and fame. */
const COUNTY_PAIR = 5;

/** Points for a town in the state the story names most (3-story-context.ts storyState). */
const STORY_STATE = 2;

/** Most points the story's other names can give a namesake (localSupport). */
const CONTEXT_CAP = 5;

/** Below this a town is local texture, not a place named in stories from anywhere. */
const SMALL_TOWN = 100_000;

/**
 * Points for agreeing with the story's other names: the same state (2 per whole vote), a namesake
 * nearby (1.5 per name) and an unambiguous town nearby, capped together so that context alone
 * cannot carry a village past a world city (Moscow, Pennsylvania, next to Scranton). Namesakes that both reach the
 * cap are still told apart by their states' votes (Lewisburg, West Virginia, in a story naming that state four
 * times, over Lewisburg, Tennessee, next to a Greenbrier there).
 */
function localSupport(key: string, e: GazetteerEntry, ctx: StoryContext, anchors: Anchor[]): number {
  const area = areaSupport(ctx.votes, key, e);
  let points = 2 * Math.min(2, area);
  if (kindOf(e) === 'city') {
    points += 1.5 * Math.min(2, nearSupport(ctx.towns, key, e));
    // Near the story's unambiguous towns (Alexandria next to Fargo is Alexandria, Minnesota).
    // A loop, not a spread of a mapped array (this runs for every reading of every name of several readings).
    let near = Infinity;
    for (const a of anchors) near = Math.min(near, distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon));
    if (near < 150) points += 3;
    else if (near < 500) points += 1.5;
  }
  return points > CONTEXT_CAP ? CONTEXT_CAP + 0.5 * Math.min(4, area) : points;
}

/** An area's own name, or a sea's without "Ocean"/"Sea" ("Atlantic", "Mediterranean"), not a town's namesake. */
function ownName(e: GazetteerEntry, key: string): boolean {
  const name = plainName(e.name);
  return name === plainName(key) || (!e.country && e.code === 'RGN' && name.startsWith(`${plainName(key)} `));
}
