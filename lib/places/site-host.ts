// Where a site lies: the town named beside it, else the place named inside a building's name, else the story's
// dateline's town. Sites are not in the gazetteer; the panel shows them at their town ("Rogers Arena, Vancouver").
import { entry, kindOf, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import type { Range } from '../text/datelines';
import {
  LOCALITIES_AFTER,
  SETTLEMENTS_AFTER,
  SETTLEMENTS_BEFORE_OF,
  SUBDISTRICTS_AFTER,
} from '../lexicon/en/place-words';
import { TOWNS_ALSO_NAMESAKES } from '../lexicon/en/sites';

interface Mention {
  candidate: Candidate;
  id: number;
  site?: boolean;
}

export interface SiteHost {
  /** Gazetteer id of the town (or state) the site lies in. */
  id: number;
  /** The town was named beside or inside the site's name, not guessed from the story. */
  near: boolean;
  /** Placed at the town the story names most (see localSite). */
  guessed?: boolean;
}

// "Rogers Arena, Vancouver", "the Ryman Auditorium in Nashville", "Alder Hey hospital in the city of Liverpool",
// "Ameris Bank Amphitheatre (formerly Verizon Amphitheatre), Alpharetta".
const TOWN_AFTER = new RegExp(
  '^(?:\\s*\\([^()\\n]{1,60}\\))?' +
    '(?:\\s*,\\s*|,?\\s+(?:in|at|near(?:\\s+to)?|outside)\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?)$',
);
/** A list of dates may end a venue's name with a full stop before its town ("Gorge Amphitheatre. Seattle, WA"). */
const LISTED_TOWN_AFTER = /^\s*[,.]\s*$/;
/** "Nashville, TN @ Bridgestone Arena", "in Seoul's Jamsil Stadium": a town this close before, in the same clause. */
const BEFORE_WINDOW = 60;
/** A place's possessive right before a site's name. */
const POSSESSIVE_JOIN = /^['’]s?\s+$/;
const CLAUSE_END = /[.!?;]\s|\n/;
/** A city this big is named abroad for itself, not as a namesake. */
const WORLD_CITY = 1_000_000;
/** A town of the story's country this big may name its own sites after it (Paris, Texas; Dublin, Ohio). */
const NAMESAKE_TOWN = 10_000;

/**
 * Sites that local news names without their town, the town being the story's ("the 400 block of North State
 * Street", "pronounced dead at Northwestern Memorial Hospital", "married at South Ossett Church"). Venues and
 * buildings are left out: a story names them wherever they are (a tour's amphitheatres, a museum abroad).
 */
const LOCAL_KINDS = new Set(['street', 'institution', 'worship', 'village']);

const isTown = (e: GazetteerEntry): boolean => kindOf(e) === 'city';
const isTownOrState = (e: GazetteerEntry): boolean => kindOf(e) !== 'country' && e.code !== 'CONT';

/** The first place after the site is a country written beside it ("Weiswampach, Luxembourg"). */
function countryBeside(site: Candidate, places: Mention[], text: string, index: PlaceIndex): boolean {
  const next = places.find((m) => m.candidate.start >= site.end);
  return (
    next !== undefined &&
    TOWN_AFTER.test(text.slice(site.end, next.candidate.start)) &&
    kindOf(entry(index, next.id)) === 'country'
  );
}

/** "in Seoul's Jamsil Stadium", "Nashville, TN @ …": the town before a site is written as a place, not an actor. */
function placeBefore(town: Candidate, text: string): boolean {
  return (
    /\b(?:in|at|near|from|outside)\s+(?:the\s+)?$/i.test(town.before) ||
    /^(?:['’]s?\s|\s*[,@–—-])/.test(text.slice(town.end))
  );
}

export function siteHost(
  site: Candidate,
  mentions: Mention[],
  text: string,
  index: PlaceIndex,
  dateline: Range | null,
  resolveInner: (c: Candidate) => number,
  town: StoryTown | undefined,
): SiteHost | null {
  const places = mentions.filter((m) => !m.site);
  const after = places.find(
    (m) =>
      m.candidate.start >= site.end &&
      (TOWN_AFTER.test(text.slice(site.end, m.candidate.start)) ||
        (site.site?.listed === true && LISTED_TOWN_AFTER.test(text.slice(site.end, m.candidate.start)))) &&
      isTownOrState(entry(index, m.id)),
  );
  // Land, water and numbered roads span more than a town's point: listed off the map (unplaced-sites.ts).
  if (site.site?.kind === 'feature' || site.site?.kind === 'road') return null;
  // A border is placed only at a town written right after it ("the U.S.-Mexico border near McAllen").
  if (site.site?.kind === 'border')
    return after && isTown(entry(index, after.id)) ? { id: after.id, near: true } : null;
  if (after) return { id: after.id, near: true };
  const before = [...places]
    .reverse()
    .find(
      (m) =>
        m.candidate.end <= site.start && site.start - m.candidate.end <= BEFORE_WINDOW && isTown(entry(index, m.id)),
    );
  if (before && !CLAUSE_END.test(text.slice(before.candidate.end, site.start)) && placeBefore(before.candidate, text))
    return { id: before.id, near: true };
  // "Utah's Zion National Park", "Hawaii's Keck Observatory": a state or region owning the site says where it is,
  // unless the site's own name holds a town, which is more precise ("Ohio's Cleveland Clinic" is at Cleveland).
  const owner = places.find(
    (m) => POSSESSIVE_JOIN.test(text.slice(m.candidate.end, site.start)) && isTownOrState(entry(index, m.id)),
  );
  const innerTown = owner && innerHost(site, index, resolveInner);
  if (owner)
    return { id: innerTown !== undefined && isTown(entry(index, innerTown)) ? innerTown : owner.id, near: true };
  if (site.site?.kind === 'village') {
    const described = places.find(
      (m) =>
        m.candidate.start >= site.end &&
        VILLAGE_DESCRIBED.test(text.slice(site.end, m.candidate.start)) &&
        isTownOrState(entry(index, m.id)),
    );
    if (described) return { id: described.id, near: true };
    // "Attapeu, Laos; Binh Phuoc, Vietnam": the village's country is written beside it, no town before it is near.
    if (countryBeside(site, places, text, index)) return null;
    const near = placeBeforeVillage(site, places, text, index);
    if (near) return { id: near.id, near: false };
  }
  const inner = innerHost(site, index, resolveInner);
  // A town written after the head is where the site is, wherever the story's others are ("British Embassy Moscow").
  const written = site.site?.inner !== undefined && site.site.inner.end >= site.end;
  const dated = dateline
    ? places.filter((m) => m.candidate.start >= dateline.start && m.candidate.end <= dateline.end)
    : [];
  if (inner !== undefined && (written || !abroad(entry(index, inner), places, index, site, dated)))
    return { id: inner, near: true };
  // "Weiswampach, Luxembourg", "Taji, Iraq": a country written beside the site says where it is, though no point
  // of it does: no town of the story is guessed for it.
  if (countryBeside(site, places, text, index)) return null;
  // A report filed from a town about a site no town is named beside is most likely about a site there.
  const filed = dated.find((m) => isTown(entry(index, m.id)));
  if (filed) return { id: filed.id, near: false };
  // Else a local site is in the town the story names most; any site is in the only town a story names.
  // "The Square" alone is a title more often than a street.
  if (!town || /^the\s+\S+$/.test(site.key)) return null;
  return LOCAL_KINDS.has(site.site?.kind ?? '') || town.only ? { id: town.id, near: false, guessed: true } : null;
}

/**
 * "Westminster Bridge" in a story set in London: the town inside a site's name, as the gazetteer reads it, lies in a
 * country none of the story's other places lies in (Westminster, Colorado), so it does not say where the site is.
 */
function abroad(e: GazetteerEntry, places: Mention[], index: PlaceIndex, site: Candidate, filed: Mention[]): boolean {
  const others = places.map((m) => entry(index, m.id)).filter((o) => o !== e && o.country);
  // A capital or a city of a million names its own sites in stories from anywhere ("Brussels Airport", "Seoul City
  // Hall" in a US story), unless a town of its name lies in the story's country ("Paris Regional Medical Center" in a
  // Texas story); a smaller town abroad is likely a namesake's reading (Westminster, Colorado; Windsor, Ontario).
  const world =
    (e.code === 'PPLC' || e.population >= WORLD_CITY) &&
    !(site.site?.inner?.ids ?? []).some((id) => {
      const n = entry(index, id);
      return n.population >= NAMESAKE_TOWN && others.some((o) => o.country === n.country);
    });
  if (others.length > 0 && !others.some((o) => o.country === e.country) && !world) return true;
  const memorial = memorialOf(site);
  if (!memorial) return false;
  // "Jackson Memorial Hospital" in a Miami story: a memorial's first word may be a person's name (Andrew Jackson)
  // as well as a town's, so the town counts only in the state the story's other places lie in ("Glendale Memorial
  // Hospital" in a Los Angeles story, or in a story that names no other town).
  const states = places
    .map((m) => entry(index, m.id))
    .filter((o) => o.country === e.country && o.admin1 && kindOf(o) !== 'country');
  const inState = (o: GazetteerEntry): boolean => o.admin1 === e.admin1;
  if (!WORDS_ALSO_NAMESAKES.has(memorial)) return states.length > 0 && !states.some(inState);
  // "Lincoln Memorial Bridge", "Jackson Memorial Hospital" alone: a namesake's surname is the town only with the
  // story's support - a dateline in its state, or places all in its state ("Storms hit Texas … Houston Memorial").
  if (filed.some((m) => inState(entry(index, m.id)))) return false;
  return !states.length || !states.every(inState);
}

/** "Jackson Memorial Hospital": the town word read inside the site's name, when "Memorial" follows it. */
const memorialOf = (site: Candidate): string | undefined => {
  const inner = site.site?.inner;
  return inner && /^\s+Memorial\b/.test(inner.after) ? inner.key : undefined;
};
const WORDS_ALSO_NAMESAKES = new Set(TOWNS_ALSO_NAMESAKES);

/** The town or state named inside a site's name ("Cleveland Clinic", "Lahore General Hospital"). */
function innerHost(site: Candidate, index: PlaceIndex, resolveInner: (c: Candidate) => number): number | undefined {
  const inner = site.site?.inner;
  if (!inner || !inner.ids.length) return undefined;
  const id = resolveInner(inner);
  return isTownOrState(entry(index, id)) ? id : undefined;
}

/**
 * "Kasba Bonli, a market town in Rajasthan state", "the Hardeetown area of Chiefland", "Palpur village in Rajshahi":
 * the village or locality described, and where it lies.
 */
const VILLAGE_DESCRIBED = new RegExp(
  `^(?:,\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${SETTLEMENTS_BEFORE_OF.join('|')})` +
    `|\\s+(?:${[...SETTLEMENTS_AFTER, ...LOCALITIES_AFTER, ...SUBDISTRICTS_AFTER].join('|')}))` +
    '\\s+(?:in|near|outside|of)\\s+(?:the\\s+)?$',
  'iu',
);

/** How far back a village's paragraph may name the town or area it lies in. */
const VILLAGE_WINDOW = 600;

/**
 * "in eight Barangays of Santa Maria, Davao del Sur … The village of Pongpong": a village lies in or near the last
 * town, county or state its paragraph named before it.
 */
function placeBeforeVillage(site: Candidate, places: Mention[], text: string, index: PlaceIndex): Mention | undefined {
  const last = [...places]
    .reverse()
    .find((m) => m.candidate.end <= site.start && site.start - m.candidate.end <= VILLAGE_WINDOW);
  if (!last || text.slice(last.candidate.end, site.start).includes('\n')) return undefined;
  return isTownOrState(entry(index, last.id)) ? last : undefined;
}

export interface StoryTown {
  id: number;
  /** The only town the story names. */
  only: boolean;
}

/** The town a story's unplaced sites are guessed to lie in (siteHost), worked out once per story by the resolver. */
export function storyTown(mentions: Mention[], index: PlaceIndex): StoryTown | undefined {
  return mainTown(
    mentions.filter((m) => !m.site),
    index,
  );
}

/** The town the story names more often than any other; undefined if two are named as often. */
function mainTown(places: Mention[], index: PlaceIndex): StoryTown | undefined {
  const counts = new Map<number, number>();
  for (const m of places) if (isTown(entry(index, m.id))) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || (second && second[1] === first[1])) return undefined;
  return { id: first[0], only: !second };
}
