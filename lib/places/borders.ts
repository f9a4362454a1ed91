// Borders between countries or states, named by them ("the U.S.-Mexico border near McAllen", "the Canadian border"):
// where news reports crossings, seizures and visits. A border has no point of its own; it is placed only at a town
// written right after it (site-host.ts), and the countries or states inside its name stay places of their own.
import { entry, kindOf, lookup, type PlaceIndex } from './gazetteer';
import type { Candidate } from './1-recognize';
import { spanCandidate } from './span-candidate';

/** A side's name: one or two capitalised words ("Mexico", "New Mexico", "North Korea"). */
const SIDE = '\\p{Lu}[\\p{L}.]*(?:\\s\\p{Lu}[\\p{L}.]*)?';
/** The word "border": found first, so only the words before each one are read (most texts have none). */
const BORDER_WORD = /\bborder\b/gu;
/** How far before "border" its sides may start. */
const REACH = 80;
/** One or two sides, joined by a hyphen, a dash or a slash, right before "border" (group 1). */
const SIDES_BEFORE = new RegExp(`(?<![\\p{L}.])(${SIDE}(?:\\s?[-–/]\\s?${SIDE})?)\\s+$`, 'u');
const LETTER_OR_POINT = /[\p{L}.]/u;
/** A capitalised word right before: the match is the end of a longer name ("the Trump Tower Mexico border"). */
const NAME_BEFORE = /\p{Lu}[\p{L}.]*\s$/u;

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
  for (const word of text.matchAll(BORDER_WORD)) {
    const from = Math.max(0, word.index - REACH);
    const m = SIDES_BEFORE.exec(text.slice(from, word.index));
    if (!m) continue;
    const start = from + m.index;
    if (start > 0 && LETTER_OR_POINT.test(text[start - 1])) continue;
    if (NAME_BEFORE.test(text.slice(Math.max(0, start - 30), start))) continue;
    if (!m[1].split(/\s?[-–/]\s?/).every((side) => sideOf(side, index))) continue;
    const end = word.index + word[0].length;
    out.push(spanCandidate(text, start, end, text.slice(start, end).toLowerCase(), [], { site: { kind: 'border' } }));
  }
  return out;
}
