// A country the story names only as a state acting ("its struggle against Russia", "with North Korea's leader",
// "Romania has banned hunting"): every mention is metonymy (metonymy.ts), yet the story names the country, and the
// panel lists it as a mention (gold/README.md: a country as a party, a person's or a firm's country, is a mention;
// roles-dev NOTES C2: "US/China as trade parties"). A capital or a city standing for its government ("Moscow said",
// "the White House said") stays no place: the country is named by its own name only; so does a national team
// ("Kazakhstan lost to Jordan": gold/README.md, a team named after a place is none) and a currency ("US$1 million").
import { entry, kindOf, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import { gameSide, namesCurrency } from './metonymy';

/** The country a name reads as: one of its entries is a country and none is a state ("Georgia" is both). */
function countryRead(c: Candidate, index: PlaceIndex): number | undefined {
  const entries = c.ids.map((id) => entry(index, id));
  if (entries.some((e) => e.code === 'ADM1')) return undefined;
  const i = entries.findIndex((e) => kindOf(e) === 'country');
  return i < 0 ? undefined : c.ids[i];
}

/**
 * The first metonymic mention of each country the story names no other way (no mention of it is read as the place):
 * reported as a mention of the country.
 */
export function actingCountries(cands: Candidate[], index: PlaceIndex): Set<Candidate> {
  const named = new Set<number>();
  for (const c of cands) if (!c.veto && !c.person) for (const id of c.ids) named.add(id);
  const out = new Set<Candidate>();
  for (const c of cands) {
    if (c.veto !== 'metonymy' || c.person || namesCurrency(c.before, c.after) || gameSide(c.before, c.after)) continue;
    const id = countryRead(c, index);
    if (id === undefined || named.has(id)) continue;
    named.add(id);
    out.add(c);
  }
  return out;
}
