// Stage 4 of the places engine: one gazetteer entry for each reported name, read against the story context, and
// each site placed at its town. Names are read in two rounds: the second also counts each name's first choice as a
// neighbour (Columbus, Nebraska, once chosen next to Norfolk, vouches for Norfolk, Nebraska in turn).
import type { Candidate } from './1-recognize';
import { lies, type NameCandidate } from './2-candidates';
import { areaKey, countyPair, nearSupport, type StoryContext } from './3-story-context';
import { entry, kindOf, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import { pickEntry } from './pick-entry';
import { distanceKm } from './distance';
import { siteHost, storyTown, type SiteHost } from './site-host';
import { stateOverCity } from './state-namesake';
import { placeLonelyTowns } from './lonely-town';
import { listedWithoutPoint } from './unplaced-sites';
import { alternation, capitalise } from '../lexicon/build';
import { PLACE_QUALIFIERS, SITING_PREPOSITIONS, TOWN_PREPOSITIONS } from '../lexicon/en/events';
import { REGIONS_NAMED_ELSEWHERE } from './3-story-context';

export interface ResolvedMention {
  candidate: Candidate;
  id: number;
  /** Fixed by a state or country written after it ("Nashville, TN"); for a site, its town was named beside it. */
  contained?: boolean;
  /** A site or facility: `id` is the town it lies in. */
  site?: boolean;
  /** A site placed at the town the story names most, nothing in the text saying it lies there. */
  guessed?: boolean;
  /**
   * A town the gazetteer lacks in the state written after it ("Grantville, Pennsylvania"): `id` is that state; or a
   * village the gazetteer lacks (settlements.ts): `id` is the town or area it lies in.
   */
  inState?: boolean;
  /** A site no town is written beside nor can be told from the story: listed by name, with no map point (`id` -1). */
  unplaced?: boolean;
}

/** The `id` of a mention with no gazetteer entry (an unplaced site). */
export const NO_POINT = -1;

/**
 * Stage 4. `names` and `sites` in text order; `report` says which names are reported (the others still count as
 * context above, and as neighbours in the first round).
 */
export function resolveNames(
  names: NameCandidate[],
  sites: Candidate[],
  context: StoryContext,
  text: string,
  gazetteer: PlaceIndex,
  report: (c: Candidate) => boolean,
): ResolvedMention[] {
  const ctx = withFirstChoices(names, context, gazetteer);
  const written = new Map<string, Omit<ResolvedMention, 'candidate'>>();
  for (const { candidate: c, container, containerId, fixed } of names) {
    if (c.veto || c.ids.length === 0 || written.has(c.key)) continue;
    if (fixed !== undefined) written.set(c.key, { id: fixed, contained: true });
    else if (container) written.set(c.key, withContainer(c, container, containerId, gazetteer, ctx));
  }
  const earned = earnedNames(names);
  const times = new Map<string, number>();
  for (const { candidate: c } of names) times.set(c.key, (times.get(c.key) ?? 0) + 1);
  const out: ResolvedMention[] = [];
  for (const { candidate: c, container, containerId, fixed } of names) {
    if (!report(c) || c.ids.length === 0 || coastAbroad(c, ctx)) continue;
    if (fixed !== undefined) {
      out.push({ candidate: c, id: fixed, contained: true });
      continue;
    }
    if (container) {
      out.push({ candidate: c, ...withContainer(c, container, containerId, gazetteer, ctx) });
      continue;
    }
    // One place per name and story: "Scott County, Indiana" once written, a later bare "Scott County" is that one.
    const pinned = c.veto ? undefined : written.get(c.key);
    if (pinned) {
      out.push({ candidate: c, id: pinned.id, contained: false, inState: pinned.inState });
      continue;
    }
    const id = pickEntry(c, gazetteer, ctx);
    if (!c.veto && !earned.has(c.key) && isWeak(c, entry(gazetteer, id), ctx)) continue;
    if (!c.veto && !earned.has(c.key) && wordOpening(c, entry(gazetteer, id), ctx, times.get(c.key) ?? 0)) {
      if (farFromTheRest(c, entry(gazetteer, id), names, gazetteer)) continue;
    }
    out.push({ candidate: c, id, contained: false });
  }
  const placed = placeLonelyTowns(stateOverCity(out, text, gazetteer), gazetteer, ctx);
  return withSites(sites.filter(report), placed, text, gazetteer, ctx);
}

const OF_A_PLACE = /^\s+of\s+(?:the\s+)?\p{Lu}/u;

/**
 * "the East Coast of Australia", a Scottish story's "West Coast": a US region's name (US_REGIONS_NAMED_ELSEWHERE) is
 * the US's only when the story's leading country is the US, and never when it is the coast "of" another place.
 */
function coastAbroad(c: Candidate, ctx: StoryContext): boolean {
  if (!REGIONS_NAMED_ELSEWHERE.has(c.key)) return false;
  if (OF_A_PLACE.test(c.after)) return true;
  const us = ctx.countries.get('US') ?? 0;
  return us === 0 || otherLeads(ctx, us);
}

const otherLeads = (ctx: StoryContext, us: number): boolean =>
  [...ctx.countries].some(([country, n]) => country !== 'US' && n >= us);

/** Round one: each ambiguous name's choice, added to the towns it can vouch for. */
function withFirstChoices(names: NameCandidate[], context: StoryContext, gazetteer: PlaceIndex): StoryContext {
  const chosen = new Map<string, number>();
  for (const { candidate: c, container } of names)
    if (!c.veto && c.ids.length > 1 && !chosen.has(c.key))
      chosen.set(c.key, pickEntry(c, gazetteer, context, container));
  const towns = new Map(context.towns);
  for (const [key, id] of chosen) {
    const e = entry(gazetteer, id);
    const list = towns.get(key) ?? [];
    if (kindOf(e) === 'city' && !list.includes(e)) towns.set(key, [...list, e]);
  }
  return { ...context, towns };
}

/** A name written with the state or country it lies in ("Nashville, TN"). */
function withContainer(
  c: Candidate,
  container: GazetteerEntry,
  containerId: number | undefined,
  gazetteer: PlaceIndex,
  ctx: StoryContext,
): Omit<ResolvedMention, 'candidate'> {
  const id = pickEntry(c, gazetteer, ctx, container);
  if (containerId !== undefined && stateLacking(entry(gazetteer, id), container))
    return { id: containerId, contained: true, inState: true };
  return { id, contained: true };
}

/**
 * A town named with its state or country ("Greenwood, W. Va.", "Fife, Scotland") but no town of that name lies in
 * it: placing it in the state or country beats a namesake hundreds of kilometres away.
 */
function stateLacking(e: GazetteerEntry, container: GazetteerEntry): boolean {
  if (kindOf(e) !== 'city' || (container.code !== 'ADM1' && kindOf(container) !== 'country')) return false;
  return !lies(e, container);
}

/**
 * Names a story has shown to be places: one mention written where something is ("a barn burned down in Scottdale"),
 * or with its state, vouches for the bare ones ("the creek that runs through Scottdale").
 */
function earnedNames(names: NameCandidate[]): Set<string> {
  const out = new Set<string>();
  for (const { candidate: c, container, fixed } of names) {
    if (c.veto || c.person || c.ids.length === 0 || out.has(c.key)) continue;
    // Not "ate at McDonald's": a shop named for its founder.
    if (container || fixed !== undefined || c.filed || (SITED_BEFORE.test(c.before) && !/^['’]/.test(c.after)))
      out.add(c.key);
  }
  return out;
}

/**
 * "a barn burned down in Scottdale", "arrested near Albany": where something is; not "of" or "to" ("a phase of El
 * Niño"), nor a capitalised word inside a name ("on the Near North Side").
 */
const SITED_BEFORE = afterPreposition(SITING_PREPOSITIONS);

/** As SITED_BEFORE, and "to", "of": "a flight to Aktau", "the mayor of Aktau". */
const LOCATIVE_BEFORE = afterPreposition(TOWN_PREPOSITIONS);

/**
 * Text ending in one of `words`: lower case anywhere, capitalised only opening a sentence. A word narrowing the place
 * may follow ("in downtown Pineville", "near suburban Columbus", "in neighboring Sharon"): the preposition still
 * says the name is where something is.
 */
function afterPreposition(words: readonly string[]): RegExp {
  return new RegExp(
    `(?:\\b(?:${alternation(words)})|(?:^|[.!?]["”’]?\\s+)(?:${alternation(words.map(capitalise))}))\\s+` +
      `(?:(?:${alternation(PLACE_QUALIFIERS)})\\s+)?$`,
    'u',
  );
}

/**
 * A word opening a sentence with a possessive and a lower-case noun after it ("“Man’s greed is hurting the whales”"):
 * a common noun capitalised by its place, as likely as a town's name.
 */
const OPENS_SENTENCE = /(?:^|[.!?]["”’]?\s+|["“‘]\s*)$/u;
const POSSESSIVE_BEFORE_NOUN = /^['’]s?\s+\p{Ll}/u;

/**
 * A one-word town of under a million people, not a capital, opening a sentence as a possessive before a lower-case
 * noun, in a country the story names only by this name (each mention of a big town counts for its country: `times`)
 * while it names another, and no other name of the story near it: most likely the word ("“Man’s greed is hurting the
 * whales”" in a story about New Zealand is no town in Côte d'Ivoire).
 */
function wordOpening(c: Candidate, e: GazetteerEntry, ctx: StoryContext, times: number): boolean {
  if (kindOf(e) !== 'city' || e.code === 'PPLC' || e.population >= 1_000_000 || c.key.includes(' ')) return false;
  if (!OPENS_SENTENCE.test(c.before) || !POSSESSIVE_BEFORE_NOUN.test(c.after)) return false;
  const elsewhere = [...ctx.countries].some(([country, n]) => country !== e.country && n > 0);
  return elsewhere && (ctx.countries.get(e.country) ?? 0) <= times && nearSupport(ctx.towns, c.key, e) < 1;
}

/** How far a word-like town must lie from every reading of the story's other names to be read as the word. */
const FAR_KM = 2000;

function farFromTheRest(c: Candidate, e: GazetteerEntry, names: NameCandidate[], gazetteer: PlaceIndex): boolean {
  return names.every(
    ({ candidate: o }) =>
      o.veto ||
      o.key === c.key ||
      o.ids.every((id) => {
        const x = entry(gazetteer, id);
        return distanceKm(x.lat, x.lon, e.lat, e.lon) > FAR_KM;
      }),
  );
}

/** Towns must earn a bare mention: a small foreign town named once without "in"/"at" is likely a person or a word. */
function isWeak(c: Candidate, e: GazetteerEntry, ctx: StoryContext): boolean {
  if (kindOf(e) !== 'city' || e.code === 'PPLC' || e.population >= 100_000) return false;
  // "in Zhanaozen" earns it; "of the Yerba Buena theater" does not: towns take no article.
  // Lower case, or opening a sentence: "on the Near North Side" is a longer name, not "near".
  if (LOCATIVE_BEFORE.test(c.before)) return false;
  // Another name of the story that could be a town nearby, the county it lies in, or its state named anywhere,
  // vouches for it (Palestine next to Elkhart; Alexandria and Rapides Parish; Richmond and the Indiana State Police).
  const state = areaKey(e);
  if (nearSupport(ctx.towns, c.key, e) >= 1 || countyPair(ctx, c.key, e) || (state && ctx.stated.has(state)))
    return false;
  return (ctx.countries.get(e.country) ?? 0) === 0;
}

/** Sites placed at their town (lib/places/site-host.ts), merged into the mentions in text order. */
function withSites(
  sites: Candidate[],
  out: ResolvedMention[],
  text: string,
  gazetteer: PlaceIndex,
  ctx: StoryContext,
): ResolvedMention[] {
  if (sites.length === 0) return out;
  const placed: ResolvedMention[] = [];
  const town = storyTown(out, gazetteer);
  const inner = (i: Candidate) => pickEntry(i, gazetteer, ctx);
  const villages = villageHosts(sites, (c) => siteHost(c, out, text, gazetteer, ctx.dateline, inner, town));
  for (const c of sites) {
    const host =
      c.site?.kind === 'village' ? villages.get(c.key) : siteHost(c, out, text, gazetteer, ctx.dateline, inner, town);
    // Named, but nothing says where: the reader still sees the site, off the map ("fireworks inside Anfield").
    if (!host) {
      if (listedWithoutPoint(c)) placed.push({ candidate: c, id: NO_POINT, site: true, unplaced: true });
      continue;
    }
    // A village is a town the gazetteer lacks, shown at the place it lies in.
    if (c.site?.kind === 'village') placed.push({ candidate: c, id: host.id, contained: host.near, inState: true });
    else placed.push({ candidate: c, id: host.id, contained: host.near, site: true, guessed: host.guessed });
  }
  return [...out, ...placed].sort((a, b) => a.candidate.start - b.candidate.start);
}

/** One host per village and story: the one written beside a mention if any, else the first mention's. */
function villageHosts(sites: Candidate[], host: (c: Candidate) => SiteHost | null): Map<string, SiteHost | null> {
  const out = new Map<string, SiteHost | null>();
  for (const c of sites) {
    if (c.site?.kind !== 'village' || out.get(c.key)?.near) continue;
    const h = host(c);
    if (h && (h.near || !out.get(c.key))) out.set(c.key, h);
    else if (!out.has(c.key)) out.set(c.key, h);
  }
  return out;
}
