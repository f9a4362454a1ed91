// Words that end or head the name of an organisation ("the Foreign Ministry", "Pakistan Point News", "Acme Corp."),
// grouped by the kind of body. Lower case unless always written otherwise (TASS, TV, LLC); patterns that need the
// capitalised form build it with capitalise(), sets lower-case every entry.

/** Bodies of state, parties, companies and institutions ("the ministry said", "Democratic Party"). */
// Used by: quotes/mentions (ORG_HEADS, endsInOrgWord), lexicon/en/name-words (ORG_HEADS).
// prettier-ignore
export const ORGANISATION_HEADS = [
  'ministry', 'office', 'department', 'agency', 'police', 'army', 'forces', 'company', 'committee', 'council', 'court',
  'party', 'commission', 'service', 'group', 'organization', 'organisation', 'association', 'union', 'authority',
  'institute', 'university', 'network', 'parliament', 'senate', 'congress', 'league', 'foundation', 'bank', 'movement',
];

/** A government named by its seat or office ("the Kremlin said", "the presidency", "the campaign"). */
// Used by: quotes/mentions (ORG_HEADS, endsInOrgWord).
// prettier-ignore
export const GOVERNMENT_SEATS = [
  'presidency', 'government', 'campaign', 'embassy', 'administration', 'bureau', 'kremlin', 'house', 'board', 'palace',
  'cabinet', 'federation', 'coalition', 'alliance', 'command',
];

/** Places that act as a body in news ("The city has 30 days to respond", "The county declined to comment"). */
// Used by: quotes/org-pronouns (a body as a sentence's subject ends the walk back to a document).
export const PLACES_AS_BODIES = ['city', 'county', 'state', 'town', 'district'];

/**
 * A place's government named by its kind of place, capitalised before "of" and the place ("the City of Denver said",
 * "the Town of Hempstead", "the County of Los Angeles"): the whole is one body, as "the Bank of England" is. Local news
 * quotes them often.
 */
// Used by: quotes/mentions (nameAfterOf).
export const MUNICIPAL_HEADS = [
  ...PLACES_AS_BODIES,
  // smaller or older units of local government
  'village',
  'borough',
  'township',
  'municipality',
  'parish',
  // a state that calls itself so ("the Commonwealth of Virginia")
  'commonwealth',
];

/**
 * Lines of business and public services that a body's name joins with "and" ("Florida Power and Light", "Pacific Gas
 * and Electric", "the Department of Health and Human Services", "the Food and Drug Administration"): next to one of
 * them, "and" between capitalised words is a word of one name, not a list of two ("Maria Lopez and Tom Baker").
 */
// Used by: quotes/mentions (joinsName).
// prettier-ignore
export const TRADES_JOINED_BY_AND = [
  // utilities
  'power', 'light', 'gas', 'electric', 'water', 'energy', 'oil', 'telephone', 'telegraph',
  // money
  'savings', 'loan', 'trust', 'insurance',
  // public services, as departments and agencies are named
  'health', 'housing', 'education', 'welfare', 'food', 'drug', 'agriculture',
];

/**
 * Plural nouns for members that open a society's name before "of" ("Friends of the Earth said", "Sons of Norway",
 * "Veterans of Foreign Wars"): the whole is one body, with or without "the"; a person's name before "of" is singular
 * ("Tom Baker of Denver").
 */
// Used by: quotes/mentions (nameAfterOf).
// prettier-ignore
export const MEMBERS_BEFORE_OF = [
  // kin and companions
  'friends', 'sons', 'daughters', 'sisters', 'brothers', 'mothers', 'fathers', 'children',
  // orders and services
  'knights', 'veterans', 'servants', 'soldiers', 'doctors',
];

/** Bodies a source phrase names by its common noun ("the military said", "the firm's statement"). */
// Used by: quotes/mentions (ORG_HEADS) only: as the last word of a name they would also end people's names.
// prettier-ignore
export const SPEAKING_BODIES = [
  'military', 'navy', 'team', 'firm', 'authorities', 'newspaper', 'paper', 'station', 'website', 'channel', 'statement',
  'legislature', 'regime', 'junta', 'prosecutors',
  // possessives that stand for the body ("the ministry's statement")
  "spokesperson's", "prosecutor's", "ministry's",
];

/**
 * Plural nouns for companies and bodies that a list of their names follows ("employers such as Monsanto and AT&T",
 * "companies including Marriott"): each name listed is an organisation's.
 */
// Used by: names/cues (listedOrganisations).
// prettier-ignore
export const ORGANISATION_CLASS_PLURALS = [
  // Businesses
  'companies', 'firms', 'businesses', 'employers', 'corporations', 'retailers', 'manufacturers', 'brands', 'banks',
  'airlines', 'automakers', 'insurers', 'lenders', 'chains', 'sponsors', 'advertisers',
  // Bodies in general
  'organizations', 'organisations', 'charities', 'nonprofits', 'agencies', 'unions',
];

/** Words between a class noun and the names it lists ("companies such as …", "firms including …", "brands like …"). */
// Used by: names/cues (listedOrganisations).
export const EXAMPLE_MARKERS = ['such as', 'including', 'like'];

/** Last words of news outlets' names ("Pakistan Point News", "Daily Telegraph"). */
// Used by: lexicon/en/name-words (OUTLET_HEADS; ORG_HEADS the first seven), quotes/mentions (endsInOrgWord).
export const NEWS_OUTLET_HEADS = ['news', 'times', 'post', 'tribune', 'journal', 'herald', 'daily'];
export const NEWS_OUTLET_HEADS_PRINT = ['telegraph', 'gazette', 'chronicle'];

/** Broadcasters, services and centres ("Pew Research Center", "Emirates Airlines"). */
// Used by: lexicon/en/name-words (ORG_HEADS), quotes/mentions (endsInOrgWord).
export const SERVICE_HEADS = ['press', 'center', 'centre', 'fund', 'airlines', 'television', 'radio'];

/** Schools, hospitals, clubs, venues and events as named bodies ("Aberdeen Royal Infirmary", "World Cup"). */
// Used by: lexicon/en/name-words (ORG_HEADS) only.
// prettier-ignore
export const INSTITUTION_AND_EVENT_HEADS = [
  'college', 'school', 'hospital', 'infirmary', 'airways', 'club', 'reports', 'general', 'assembly', 'front',
  'division', 'conference', 'championship', 'cup', 'series', 'summit', 'stadium', 'arena',
];

/** Schools named by their level alone ("Lincoln Elementary", "Phillips Academy"). Used by: quotes/apposition. */
export const SCHOOL_NAME_ENDS = ['elementary', 'academy', 'preparatory', 'prep'];

/** News agencies and papers named without a head noun. Used by: quotes/mentions (endsInOrgWord). */
export const NEWS_AGENCIES = ['reuters', 'guardian', 'sputnik', 'TASS', 'interfax', 'xinhua', 'tengrinews'];

/**
 * Wire agencies credited by initials that may share a dateline town's first letter ("Ashdod (AFP) -", "Ankara (AA) -"),
 * unlike a company's ticker ("Apple (AAPL) – which …"). Used by: text/datelines (a one-word title-case dateline).
 */
export const WIRE_AGENCY_INITIALS = [
  'AP',
  'AFP',
  'AA',
  'ANSA',
  'ANI',
  'APA',
  'ATS',
  'BTA',
  'CNA',
  'DPA',
  'EFE',
  'IANS',
];

/** Last words of business, media and campaign names ("Acme Holdings", "Human Rights Watch"). */
// Used by: quotes/mentions (endsInOrgWord).
// prettier-ignore
export const BUSINESS_NAME_ENDS = [
  'energy', 'strategies', 'partners', 'holdings', 'capital', 'systems', 'labs', 'media', 'communications', 'consulting',
  'associates', 'solutions', 'industries', 'enterprises', 'motors', 'magazine', 'review', 'watch', 'project',
  'initiative', 'monitor', 'weekly', 'register', 'sun', 'star', 'globe', 'examiner', 'observer', 'TV', 'edition',
];

/** Last words of shops', studios' and brands' names ("Tesla Motors", "Pixar Studios"). */
// Used by: quotes/people (COMPANY_END: a quoted name ending so is no person).
// prettier-ignore
export const COMPANY_NAME_ENDS = [
  'market', 'records', 'robotics', 'store', 'stores', 'lab', 'labs', 'pro', 'plus', 'games', 'studio', 'studios',
  'pictures', 'entertainment', 'software', 'technologies', 'motors', 'foods', 'brands', 'bakery', 'cafe',
  'restaurant', 'bar', 'grill', 'hotel', 'hotels', 'resort', 'resorts',
  // Photo agencies, named in picture credits ("Getty Images").
  'images', 'photos',
];

/**
 * Words after "&" or "+" that make the pair a firm's name ("Sturgeon & Associates", "Laurel & Sons"), where two
 * towns so joined are twin towns ("Champaign & Urbana"). Lower case. Used by: places/joined-names.
 */
// prettier-ignore
export const FIRM_PARTNER_WORDS = [
  // the partners
  'associates', 'partners', 'partner', 'sons', 'son', 'daughters', 'brothers', 'bros', 'sisters', 'friends',
  // the company
  'co', 'company', 'companies',
];

/** Legal forms after a company's name ("Acme Corp.", "Siemens AG"). */
// Used by: lexicon/en/name-words (CORPORATE_SUFFIXES, ORG_HEADS: corp, inc, ltd), quotes/mentions (endsInOrgWord: corp,
// inc), quotes/people (COMPANY_END: corp, inc, ltd, llc, co), places/recognize (NOT_NAMES: GeoNames towns).
// Written as they are printed (patterns match them case-sensitively; sets lower-case them).
export const LEGAL_FORMS = ['Corp', 'Inc', 'Ltd', 'Co', 'LLC', 'PLC', 'AG', 'SA', 'SE', 'NV'];

/** Top-level domains: a name written as a web address ("GunBroker.com", "Politico.com") is a site, a body's. */
// Used by: quotes/mentions (WEB_ADDRESS: typed as an organisation), quotes/resolve ("the company" after one).
export const WEB_DOMAINS = ['com', 'org', 'net', 'gov', 'edu', 'io', 'co.uk'];
