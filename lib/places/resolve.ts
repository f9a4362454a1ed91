// Picks one gazetteer entry per recognised name: size and rank, then coherence with the
// countries the story names (and its dateline), then the "Aktau, Mangystau" hierarchy.
import { entry, kindOf, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { Candidate } from './recognize';
import { distanceKm } from './distance';

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

/** Countries (ISO2) and first-level regions ("US.VA") the story is about, with how often they are named. */
export type StoryAreas = Map<string, number>;

/** Evidence is a country or region, or a big city, whose name belongs to one country; a small town cannot vouch for itself. */
export function storyCountries(cands: Candidate[], index: PlaceIndex): StoryAreas {
  const counts: StoryAreas = new Map();
  const bump = (area: string) => counts.set(area, (counts.get(area) ?? 0) + 1);
  for (const c of cands) {
    if (c.veto === 'embedded' || c.veto === 'name-part' || c.veto === 'common-word') continue;
    if (c.veto === 'demonym') { bump(index.demonyms.get(c.key) ?? ''); continue; }
    const entries = c.ids.map((id) => entry(index, id));
    const best = best1(entries);
    // "Georgia" (the country, the state): an ambiguous big name is no evidence.
    if (entries.some((e) => e.country !== best.country && kindOf(e) !== 'city')) continue;
    if (kindOf(best) === 'city' && (best.population < 100_000 || new Set(entries.map((e) => e.country)).size > 1)) continue;
    bump(best.country);
    if (best.admin1) bump(`${best.country}.${best.admin1}`);
  }
  counts.delete('');
  return counts;
}

function best1(entries: GazetteerEntry[]): GazetteerEntry {
  return entries.reduce((a, b) => (prior(b) > prior(a) ? b : a));
}

/** The entry a name most likely means in this story. `container` = the place named right after a comma. */
export function resolve(c: Candidate, index: PlaceIndex, countries: Map<string, number>, container?: GazetteerEntry, anchors: Anchor[] = []): number {
  let bestId = c.ids[0];
  let bestScore = -Infinity;
  // A country's, region's or ocean's own name means it, whatever towns share the name (Mexico, Atlantic).
  const areas = c.ids.filter((id) => kindOf(entry(index, id)) !== 'city' && plain(entry(index, id).name) === plain(c.key));
  for (const id of areas.length ? areas : c.ids) {
    const e = entry(index, id);
    let score = prior(e);
    const inStory = countries.get(e.country) ?? 0;
    if (inStory > 0) score += 3 + Math.min(2, inStory * 0.5);
    // Same state as other places in the story (Arlington, Virginia, not Texas).
    if (e.admin1 && countries.has(`${e.country}.${e.admin1}`)) score += 2;
    if (container && container.country === e.country && container !== e) score += container.admin1 && container.admin1 === e.admin1 ? 6 : 4;
    // Alternate names hold oddities (Franklin for Columbus): a place's own name counts for more.
    if (plain(e.name) === plain(c.key)) score += 1;
    // World cities are meant even in stories about another country (London, not London, Kentucky).
    if (e.population >= 1_000_000) score += 1.5;
    // Near the story's unambiguous towns (Alexandria next to Fargo is Alexandria, Minnesota).
    if (c.ids.length > 1 && kindOf(e) === 'city') {
      const near = Math.min(Infinity, ...anchors.map((a) => distanceKm(a.entry.lat, a.entry.lon, e.lat, e.lon)));
      if (near < 150) score += 3;
      else if (near < 500) score += 1.5;
    }
    if (score > bestScore) { bestScore = score; bestId = id; }
  }
  return bestId;
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

function plain(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "Aktau, Mangystau" / "Columbia, South Carolina": the entry the following name most likely is. */
export function containerOf(c: Candidate, next: Candidate | undefined, index: PlaceIndex): GazetteerEntry | undefined {
  if (!next || next.veto === 'embedded' || !/^,\s*$/.test(c.after.slice(0, next.start - c.end))) return undefined;
  const entries = next.ids.map((id) => entry(index, id)).filter((e) => kindOf(e) !== 'city');
  return entries.length ? best1(entries) : undefined;
}
