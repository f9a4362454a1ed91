// Two-letter postal codes of US states and Canadian provinces, as written after a town
// ("Nashville, TN", "Toronto, ON"). Read only in that position: alone, "IN", "OR", "ME" are words.
// Value = the region's name as the gazetteer knows it (scripts/data/gazetteer-regions.ts).

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

/** The gazetteer names two states apart from their cities of the same name. */
const US_STATES: Record<string, string> = { ...US_STATE_NAMES, NY: 'New York State', WA: 'Washington State' };

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
 * AP Stylebook state abbreviations that are also words or names ("Wash.", "Ill.", "Miss.", "Mont."), so read only
 * after a town with their dot; the safe ones are global aliases (lib/places/aliases.ts).
 */
const AP_STATES: Record<string, string> = {
  Ala: 'Alabama',
  Ariz: 'Arizona',
  Ark: 'Arkansas',
  Calif: 'California',
  Colo: 'Colorado',
  Conn: 'Connecticut',
  Del: 'Delaware',
  Fla: 'Florida',
  Ga: 'Georgia',
  Ill: 'Illinois',
  Ind: 'Indiana',
  Kan: 'Kansas',
  Ky: 'Kentucky',
  La: 'Louisiana',
  Md: 'Maryland',
  Mass: 'Massachusetts',
  Mich: 'Michigan',
  Minn: 'Minnesota',
  Miss: 'Mississippi',
  Mo: 'Missouri',
  Mont: 'Montana',
  Neb: 'Nebraska',
  Nev: 'Nevada',
  Okla: 'Oklahoma',
  Ore: 'Oregon',
  Pa: 'Pennsylvania',
  Tenn: 'Tennessee',
  Tex: 'Texas',
  Va: 'Virginia',
  Vt: 'Vermont',
  Wash: 'Washington State',
  Wis: 'Wisconsin',
  Wyo: 'Wyoming',
};

export const AP_REGIONS: ReadonlyMap<string, string> = new Map(Object.entries(AP_STATES));

export const POSTAL_REGIONS: ReadonlyMap<string, string> = new Map(Object.entries({ ...US_STATES, ...CA_PROVINCES }));

/**
 * ", TN" right after a town: the code (group 1). It must end the word ("TN @", "TN." but not "TNT") and not
 * open a run of capitals ("Boston, IN THE NEWS" is a shouted heading).
 */
export const AFTER_TOWN = /^,[ \t]*([A-Z]{2})(?![\p{L}\d])(?![ \t]+[A-Z]{2,}\b)/u;

/** ", Wash." right after a town: the abbreviation (group 1), its dot included in the span. */
export const AP_AFTER_TOWN = /^,[ \t]*([A-Z][a-z]{1,4})\./u;

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
