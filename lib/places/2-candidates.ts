// Stage 2 of the places engine: each recognised name with the area written right after it ("Aktau, Mangystau",
// "Columbia, South Carolina"), which fixes which of its gazetteer entries are in the running.
import { entry, kindOf, type GazetteerEntry, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import { prior } from './prior';

export interface NameCandidate {
  candidate: Candidate;
  /** The state or country written after a comma, most likely entry of the next name. */
  container?: GazetteerEntry;
  /** That entry's id (the next name's reading). */
  containerId?: number;
}

/** `names` in text order (sites left out): a container is read from the name that follows each one. */
export function candidatesOf(names: Candidate[], index: PlaceIndex): NameCandidate[] {
  return names.map((c, i) => ({ candidate: c, ...containerOf(c, names[i + 1], index) }));
}

/** The area entry (not a town) the following name most likely is, when only a comma lies between. */
function containerOf(
  c: Candidate,
  next: Candidate | undefined,
  index: PlaceIndex,
): { container?: GazetteerEntry; containerId?: number } {
  if (!next || next.veto === 'embedded' || !/^,\s*$/.test(c.after.slice(0, next.start - c.end))) return {};
  let best: GazetteerEntry | undefined;
  let bestId: number | undefined;
  for (const id of next.ids) {
    const e = entry(index, id);
    if (kindOf(e) === 'city') continue;
    if (!best || prior(e) > prior(best)) [best, bestId] = [e, id];
  }
  return best ? { container: best, containerId: bestId } : {};
}
