// Borders between countries or states, named by them ("the U.S.-Mexico border near McAllen", "the Canadian border"):
// where news reports crossings, seizures and visits. A border has no point of its own; it is placed only at a town
// written right after it (site-host.ts), and the countries or states inside its name stay places of their own.
import { entry, kindOf, lookup, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';

/** One or two capitalised names, joined by a hyphen, a dash or a slash, before "border" (group 1). */
const BORDER = /\b(\p{Lu}[\p{L}.]*(?:\s?[-–/]\s?\p{Lu}[\p{L}.]*)?)\s+border\b/gu;

/** A country's or a state's name, or a country's demonym ("Mexican"). */
function sideOf(name: string, index: PlaceIndex): boolean {
  const key = name.toLowerCase();
  if (index.demonyms.has(key)) return true;
  return (lookup(index, key) ?? []).some((id) => {
    const e = entry(index, id);
    return kindOf(e) === 'country' || e.code === 'ADM1';
  });
}

/** The borders the text names, as site candidates of kind 'border'. */
export function bordersIn(text: string, index: PlaceIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(BORDER)) {
    if (!m[1].split(/\s?[-–/]\s?/).every((side) => sideOf(side, index))) continue;
    const start = m.index;
    const end = start + m[0].length;
    out.push({
      key: m[0].toLowerCase(),
      start,
      end,
      ids: [],
      after: text.slice(end, end + 60),
      before: text.slice(Math.max(0, start - 60), start),
      site: { kind: 'border' },
    });
  }
  return out;
}
