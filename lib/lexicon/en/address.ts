// Forms of address and abbreviated titles: the words written before a person's name ("Mr.", "Sen.", "Sir").
// Lower case; the users build sets (lookups by lower-cased word) or patterns (capitalised) from them.

/** Forms of address: a name after one is a person ("Mr. Jordan" is no country). */
// Used by: quotes/mentions (HONORIFICS, token points), quotes/people (gender, titled surnames),
// lexicon/en/name-words (isHonorific, ROLE_WORDS), entities/describe (ADDRESS), text/abbreviations (masking).
export const HONORIFICS = ['mr', 'mrs', 'ms', 'dr'];

/** Titles of nobility used as forms of address ("Sir Keir Starmer", "Lady Gaga" aside). */
// Used by: quotes/mentions (HONORIFICS), lexicon/en/name-words (HONORIFICS), entities/describe (ADDRESS).
export const NOBLE_ADDRESS = ['sir', 'dame', 'lord', 'lady'];

/** Abbreviated titles of office written with a point ("Sen. Sanders", "Gov. Abbott"). */
// Used by: text/abbreviations (masking), quotes/mentions (token points), entities/name-runs (KEEP_PERIOD),
// places/recognize (NOT_NAMES: GeoNames lists "Gov" and "Rep" as towns).
export const OFFICE_ABBREVIATIONS = ['sen', 'rep', 'gov', 'prof'];

/**
 * What an abbreviated title before a name says the person is, as the role nouns a later mention may use for them
 * ("Sen. Ann Reyes … the senator said"). A US "Rep." sits in the House: a representative, a congressman or a
 * congresswoman. The ranks likewise ("Gen. Tom Ward … the general said").
 */
// Used by: lexicon/en/sources (ROLE_SYNONYMS), for quotes/resolve (resolveRole).
export const TITLE_ABBREVIATION_ROLES: Record<string, string[]> = {
  sen: ['senator'], // Sen. Ann Reyes
  rep: ['representative', 'congressman', 'congresswoman'], // Rep. Tom Ward (R-Ohio)
  gov: ['governor'], // Gov. Ann Reyes
  prof: ['professor'], // Prof. Tom Ward
  gen: ['general'], // Gen. Ann Reyes
  col: ['colonel'], // Col. Tom Ward
  sgt: ['sergeant'], // Sgt. Ann Reyes
  lt: ['lieutenant'], // Lt. Tom Ward
  capt: ['captain'], // Capt. Ann Reyes
};

/** Their plurals, before two or more names ("Sens. Ted Cruz and Marco Rubio", "Govs. Jeb Bush and Chris Christie"). */
// Used by: text/abbreviations (masking: the point ends no sentence), lexicon/en/roles (TITLE_WORDS).
export const PLURAL_OFFICE_ABBREVIATIONS = ['sens', 'reps', 'govs'];

/** Abbreviated military and police ranks ("Gen. Milley", "Lt. Col. Vindman"). */
// The first ones are read everywhere a title abbreviation is; the later ones only by the users named with them.
// Used by: text/abbreviations (all), quotes/mentions (token points: up to 'rev'), entities/name-runs (up to 'lt'),
// places/recognize (gen, col, sgt, capt).
export const RANK_ABBREVIATIONS = ['gen', 'col', 'sgt', 'lt', 'capt', 'maj', 'rev'];
/** Ranks only the abbreviation masking knows; quotes/mentions drops their point and reads them as name leaders. */
export const RANK_ABBREVIATIONS_RARE = ['adm', 'cmdr', 'supt', 'insp'];

/** Abbreviations inside or after a name: "St. Louis", "Martin Luther King Jr.". */
// Used by: text/abbreviations, quotes/mentions (token points), entities/name-runs, places/recognize (NOT_NAMES),
// quotes/not-quotes (NAME_POINT: “St. Patrick's Day Parade” is still a title).
export const NAME_ABBREVIATIONS = ['st', 'jr', 'sr'];

/** Name-opening abbreviations whose point stays inside a place name ("St. Louis", "Mt. Pleasant", "Ft. Worth"). */
// Used by: places/recognize (DOTTED), quotes/not-quotes (NAME_POINT).
export const PLACE_NAME_ABBREVIATIONS = ['St', 'Mt', 'Ft', 'Pt', 'Ste'];

/**
 * Degree and licence letters written after a person's name that are also US state codes ("Katie Allen, MD, PhD";
 * "Lauren Slayton, MS, RD"): after a person they are the person's degree, not Maryland or Mississippi.
 */
// Used by: places/recognize (a postal code after a person's name).
export const DEGREES_LIKE_STATE_CODES = [
  'md', // Doctor of Medicine (Maryland)
  'ms', // Master of Science (Mississippi)
  'ma', // Master of Arts (Massachusetts)
  'pa', // physician assistant (Pennsylvania)
  'nd', // naturopathic doctor (North Dakota)
];
