// Two-letter postal codes of US states and Canadian provinces, as written after a town
// ("Nashville, TN", "Toronto, ON"). Read only in that position: alone, "IN", "OR", "ME" are words.
// Value = the region's name as the gazetteer knows it (scripts/data/gazetteer-regions.ts).

/** USPS state codes (and the capital district). */
const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York State', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
  OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington State',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

/** Canada Post province codes (those the gazetteer has rows for are used). */
const CA_PROVINCES: Record<string, string> = {
  ON: 'Ontario', QC: 'Quebec', BC: 'British Columbia', AB: 'Alberta', MB: 'Manitoba', SK: 'Saskatchewan',
  NS: 'Nova Scotia', NB: 'New Brunswick', NL: 'Newfoundland and Labrador', PE: 'Prince Edward Island',
};

export const POSTAL_REGIONS: ReadonlyMap<string, string> = new Map(Object.entries({ ...US_STATES, ...CA_PROVINCES }));

/**
 * ", TN" right after a town: the code (group 1). It must end the word ("TN @", "TN." but not "TNT") and not
 * open a run of capitals ("Boston, IN THE NEWS" is a shouted heading).
 */
export const AFTER_TOWN = /^,[ \t]*([A-Z]{2})(?![\p{L}\d])(?![ \t]+[A-Z]{2,}\b)/u;
