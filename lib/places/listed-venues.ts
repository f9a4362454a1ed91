// Venues in a tour's or a season's list of dates: "June 24 -- Jiffy Lube Live, Bristow, VA", "June 24 – Bristow, VA @
// Jiffy Lube Live". Many venues are named for their sponsors and have no head noun ("Jiffy Lube Live", "Budweiser
// Stage", "The Forum"); the list says what they are: each entry opens with a date and a dash and names a town with
// its state's code, and the rest of the entry is the venue, whatever its head. Its words must read as a name (each
// capitalised but for joiners), so a campaign's "Feb. 1 — Town hall meeting, Des Moines, IA" or a hearing's "Water
// rights, Phoenix, AZ" names no venue; a team the names table knows ("Aug. 9 -- Dallas Cowboys, Arlington, TX") is
// dropped in stage 1. The resolver places each venue at the town its entry names (site-host.ts), as it places "Rogers
// Arena, Vancouver".
import { MONTH_ABBREVIATIONS, MONTHS } from '../lexicon/en/calendar';
import { alternation, capitalise, wordSet } from '../lexicon/build';
import { VENUE_NAME_JOINERS } from '../lexicon/en/sites';
import type { Candidate } from './1-recognize';
import { regionAfterTown } from './postal';
import { spanCandidate } from './span-candidate';

/** "June 24", "Sept. 5", "Aug 14": a month and a day, then the entry's dash. */
const MONTH = `(?:${alternation([...MONTHS, ...MONTH_ABBREVIATIONS].map(capitalise))})\\.?`;
const DATE = `${MONTH} \\d{1,2}[ \\t]*(?:--?|[–—])[ \\t]+`;
/** A town's name: capitalised words, a dotted abbreviation among them ("St. Louis", "Cuyahoga Falls"). */
const TOWN = "\\p{Lu}[\\p{L}'’.-]*(?: \\p{Lu}[\\p{L}'’.-]*){0,3}";
/** The state's or province's code after the town ("VA", "ON"), checked against the postal codes. */
const CODE = '\\p{Lu}{2}';
/**
 * A venue's words: no comma, no new line, opening with a capital (a bracketed former name is left out). A full stop
 * may end them ("White River Amphitheatre. Seattle, WA"), not an abbreviation's ("St. Louis").
 */
const VENUE = '\\p{Lu}[^,\\n()@]{1,80}?';

/** "June 24 -- Jiffy Lube Live, Bristow, VA": the venue (group 1) before its town (group 2) and the code. */
const VENUE_FIRST = new RegExp(
  `${DATE}(${VENUE})[ \\t]*(?:\\([^)\\n]{1,60}\\))?(?:,|(?<=\\p{Ll}{3})\\.)[ \\t]+(${TOWN})(, ${CODE})(?![\\p{L}])`,
  'gu',
);
/** "June 24 – Bristow, VA @ Jiffy Lube Live": the town (group 1), its code, the venue (group 3) up to the next date. */
const TOWN_FIRST = new RegExp(
  `${DATE}(${TOWN})(, ${CODE})[ \\t]+@[ \\t]+(${VENUE})[ \\t]*(?:\\([^)\\n]{1,60}\\))?(?=[ \\t]*(?:\\n|$|${DATE}))`,
  'gu',
);

const JOINERS = wordSet(VENUE_NAME_JOINERS);
/** A word that is no part of a name: lower case and no joiner ("meeting", "with", "rights"). */
const LOWER_WORD = /^\p{Ll}/u;
const readsAsAName = (words: string): boolean => words.split(/\s+/).every((w) => !LOWER_WORD.test(w) || JOINERS.has(w));

/** Fewer entries than this are no list: a lone "May 3 – Boston, MA @ …" may be anything. */
const MIN_ENTRIES = 2;

/** The venues of the text's lists of dates, as site candidates of kind 'venue', in text order. */
export function listedVenuesIn(text: string): Candidate[] {
  // A list of dates holds " @ " or " -- " entries; most stories have neither form.
  if (!/\d[ \t]*(?:--?|[–—])[ \t]/.test(text)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(VENUE_FIRST)) {
    if (regionAfterTown(m[3]) && readsAsAName(m[1])) out.push(venue(text, m.index + m[0].indexOf(m[1]), m[1]));
  }
  for (const m of text.matchAll(TOWN_FIRST)) {
    if (regionAfterTown(m[2]) && readsAsAName(m[3])) out.push(venue(text, m.index + m[0].lastIndexOf(m[3]), m[3]));
  }
  return out.length >= MIN_ENTRIES ? out.sort((a, b) => a.start - b.start) : [];
}

function venue(text: string, start: number, words: string): Candidate {
  const name = words.trimEnd();
  return spanCandidate(text, start, start + name.length, name.toLowerCase(), [], {
    site: { kind: 'venue', listed: true },
  });
}
