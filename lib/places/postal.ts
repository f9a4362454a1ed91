// Two-letter postal codes of US states and Canadian provinces, as written after a town
// ("Nashville, TN", "Toronto, ON"). Read only in that position: alone, "IN", "OR", "ME" are words.
// Value = the region's name as the gazetteer knows it (scripts/data/gazetteer-regions.ts).
import { AP_STATES } from '../lexicon/en/us-states';

/** USPS state codes and the states' names (also used by the knowledge-base build for Congress members' seats). */
export const US_STATE_NAMES: Readonly<Record<string, string>> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

/** A state's name as the gazetteer writes it (two states are named apart from their cities of the same name). */
const GAZETTEER_NAMES: Readonly<Record<string, string>> = {
  'New York': 'New York State',
  Washington: 'Washington State',
};
const gazetteerName = (state: string) => GAZETTEER_NAMES[state] ?? state;

const US_STATES = Object.fromEntries(
  Object.entries(US_STATE_NAMES).map(([code, state]) => [code, gazetteerName(state)]),
);

/** Canada Post province codes (those the gazetteer has rows for are used). */
const CA_PROVINCES: Record<string, string> = {
  ON: 'Ontario',
  QC: 'Quebec',
  BC: 'British Columbia',
  AB: 'Alberta',
  MB: 'Manitoba',
  SK: 'Saskatchewan',
  NS: 'Nova Scotia',
  NB: 'New Brunswick',
  NL: 'Newfoundland and Labrador',
  PE: 'Prince Edward Island',
};

/**
 * AP abbreviations (lib/lexicon/en/us-states.ts) → the gazetteer's state names. Many are also words ("Wash.",
 * "Ill.", "Miss."), so they are read only after a town with their dot; the safe ones are also global aliases
 * (lib/places/aliases.ts).
 */
const AP_STATE_REGIONS = Object.entries(AP_STATES).map(([code, state]) => [code, gazetteerName(state)] as const);
export const AP_REGIONS: ReadonlyMap<string, string> = new Map(AP_STATE_REGIONS);

export const POSTAL_REGIONS: ReadonlyMap<string, string> = new Map(Object.entries({ ...US_STATES, ...CA_PROVINCES }));

/**
 * ", TN" right after a town: the code (group 1). It must end the word ("TN @", "TN." but not "TNT") and not
 * open a run of capitals ("Boston, IN THE NEWS" is a shouted heading).
 */
export const AFTER_TOWN = /^,[ \t]*([A-Z]{2})(?![\p{L}\d])(?![ \t]+[A-Z]{2,}\b)/u;

/** ", Wash." right after a town: the abbreviation (group 1), its dot included in the span. */
/** Group 1: the abbreviation, with a compass initial when it has one ("Tenn.", "W. Va.", "W.Va."). */
export const AP_AFTER_TOWN = /^,[ \t]*((?:[NSW]\.[ \t]?)?[A-Z][a-z]{1,4})\./u;

/** The region a code or abbreviation right after a town stands for: its name, and the span's length after the comma. */
export function regionAfterTown(after: string): { name: string; offset: number; length: number } | null {
  const postal = AFTER_TOWN.exec(after);
  const postalName = postal && POSTAL_REGIONS.get(postal[1]);
  if (postal && postalName) return { name: postalName, offset: postal[0].length - 2, length: 2 };
  const ap = AP_AFTER_TOWN.exec(after);
  const apName = ap && AP_REGIONS.get(ap[1]);
  if (ap && apName) return { name: apName, offset: ap[0].length - ap[1].length - 1, length: ap[1].length + 1 };
  return null;
}

/**
 * A lawmaker's party and state after the name ("Sen. Bob Casey, D-Pa.", "Rep. Earl Pomeroy, D-N.D.", "R-W. Va.",
 * "Rep. Brian Babin (R-TX)"): the state (group 1), an AP abbreviation or dotted initials with their dot, or a postal
 * code that ends the word, perhaps the sentence too ("said Rep. Kevin Brady, R-TX."; a dotted form has one letter
 * before its dot, so a point after two capitals is a full stop unless a letter follows).
 */
export const PARTY_STATE =
  /\b(?:D|R|I|DFL)-((?:[NSW]\.[ \t]?)?[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}|[A-Z]{2}(?![\p{L}\d-]|\.\p{L}))/gu;

/** The state's name (or the alias the gazetteer knows) for a party code's state abbreviation; null if none. */
export function partyState(abbreviation: string): string | null {
  if (/^[A-Z]{2}$/.test(abbreviation)) return US_STATES[abbreviation] ?? null;
  return AP_REGIONS.get(abbreviation.slice(0, -1)) ?? (/^(?:[A-Z]\.){2}$/.test(abbreviation) ? abbreviation : null);
}
