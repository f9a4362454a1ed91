// Words inside the names of places and buildings, which make a capitalised run no person's name. Lower case.

/** Compass words and words of countries' names ("North", "United", "Republic"). Used by: quotes/people. */
// prettier-ignore
export const PLACE_NAME_WORDS = [
  'new', 'north', 'south', 'east', 'west', 'united', 'kingdom', 'states', 'republic', 'union',
];

/** Kinds of street, area and natural feature ("Main Street", "Lake Tahoe", "Mt. Hood"). Used by: quotes/people. */
// prettier-ignore
export const PLACE_KINDS = [
  'street', 'avenue', 'city', 'county', 'province', 'region', 'island', 'river', 'lake', 'mount', 'mt',
];

/** Kinds of building and site ("Heathrow Airport", "Wembley Stadium"). Used by: quotes/people (NOT_PERSON_WORD). */
// prettier-ignore
export const BUILDING_KINDS = [
  'airport', 'university', 'hospital', 'school', 'church', 'square', 'park', 'hall', 'center', 'centre', 'building',
  'stadium', 'arena', 'bridge', 'tower', 'plaza', 'station', 'library', 'museum', 'theater', 'theatre', 'hotel',
];
