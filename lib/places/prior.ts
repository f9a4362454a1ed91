// How likely a name means each of its entries before the story is read: size and rank.
import { kindOf, type GazetteerEntry } from './gazetteer';

export function prior(e: GazetteerEntry): number {
  const kind = kindOf(e);
  // A country or a region (ocean, continent) outranks any namesake town (Mexico, Atlantic).
  if (kind === 'country') return 13;
  // A county with a size (the British and Irish ones) ranks by it, like a town: its bare name is many towns' too
  // (Kent, Norfolk, Essex). A county without one (the US ones) keeps a region's rank: "Norfolk County" is no
  // Ontario town of that name.
  if (e.code === 'ADM2' && e.population > 0) return Math.log10(e.population + 10);
  if (kind === 'region') return Math.max(9.5, Math.log10(e.population + 10)) + 0.5;
  let score = Math.log10(e.population + 10);
  if (e.code === 'PPLC') score += 1.5;
  else if (e.code === 'PPLA') score += 0.7;
  else if (e.code === 'PPLA2') score += 0.3;
  else if (e.code === 'PPLX' || e.code === 'PPLH') score -= 1;
  return score;
}

/** The entry with the highest prior (the first of equals). */
export function likeliest(entries: GazetteerEntry[]): GazetteerEntry {
  return entries.reduce((a, b) => (prior(b) > prior(a) ? b : a));
}
