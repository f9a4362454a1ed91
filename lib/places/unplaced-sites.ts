// Sites the story names with no town to place them at ("fireworks inside Anfield", "a press conference at Barclays
// Center"): the panel lists them by name, off the map, when the words around them read as a place and not as the
// title of a work, a body acting or a longer name that holds the site's.
import type { Candidate } from './1-recognize';
import { alternation } from '../lexicon/build';
import { GOAL_PREPOSITIONS, LOCATIVE_PREPOSITIONS } from '../lexicon/en/events';

/**
 * "at the KCOM Stadium", "taken to Royal Shrewsbury hospital", "inside City Hall": a building written as a place; one
 * word may say which or what it is like after "the" ("shipped to the nearby Stennis Space Center", "at the new
 * Barclays Center", "at the historic Ryman Auditorium").
 */
const PLACE_BEFORE = new RegExp(
  `\\b(?:${alternation([...LOCATIVE_PREPOSITIONS, ...GOAL_PREPOSITIONS])})\\s+(?:the\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?)?$`,
  'iu',
);
/** "Someburros Stadium Nachos", "the S.C. Highway Patrol": a capitalised word after the site makes a longer name. */
const NAME_GOES_ON = /^\s\p{Lu}/u;
/** "The Square" alone is a title more often than a square. */
const TITLE_LIKE = /^the\s+\S+$/;

/**
 * Streets are named as places in any position ("Royal Street was the return route"); a building, venue or
 * institution only after a preposition of place: otherwise it is often the body working there ("guidance from the
 * Mayo Clinic", "us, or City Hall").
 */
export function listedWithoutPoint(site: Candidate): boolean {
  const kind = site.site?.kind;
  if (!kind || kind === 'border' || TITLE_LIKE.test(site.key) || NAME_GOES_ON.test(site.after)) return false;
  return (
    kind === 'street' || kind === 'village' || kind === 'feature' || kind === 'road' || PLACE_BEFORE.test(site.before)
  );
}
