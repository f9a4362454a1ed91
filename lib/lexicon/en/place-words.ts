// Words inside the names of places and buildings, which make a capitalised run no person's name. Lower case.
import { DWELLERS, PEOPLE_BY_SEX_AND_AGE } from './roles';

/** Compass words and words of countries' names ("North", "United", "Republic"). Used by: quotes/people. */
// The compass words as adjectives and in between ("Northern Virginia", "Southeast Asian nations", "Eastern European
// leaders") open regions and peoples, never a person's name.
// prettier-ignore
export const PLACE_NAME_WORDS = [
  'new', 'north', 'south', 'east', 'west', 'united', 'kingdom', 'states', 'republic', 'union',
  'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest', 'southeast', 'southwest',
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

/**
 * Kinds of building that are common surnames too ("George Hall", "Susan Park", "Frank Church"): after a known first
 * name, and where the text speaks of a person (a cue, a description, a title), the run is a person's name.
 * Used by: quotes/people.
 */
export const BUILDING_KIND_SURNAMES = ['hall', 'park', 'church'];

/**
 * The compass points ("north of Jerusalem", "Northeast Georgia"), with and without a hyphen.
 * Used by: places/recognize (DIRECTIONS), lexicon/en/events (BEARINGS, PLACE_QUALIFIERS).
 */
// prettier-ignore
export const COMPASS_POINTS = [
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west',
  'south-east', 'south-west',
];

/**
 * The compass adjectives, "central" with them ("southern Syria", "central Washington").
 * Used by: places/recognize, places/state-namesake, lexicon/en/events (PLACE_QUALIFIERS).
 */
// prettier-ignore
export const COMPASS_ADJECTIVES = [
  'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern',
  'southwestern',
];

/**
 * Regions of the United States (gazetteer rows) whose names other countries' news uses for its own parts: "the East
 * Coast of Australia", New Zealand's "West Coast", Ireland's "Mid-West", Scotland's "West Coast". They are the US's
 * only in a story set in the US, and never before "of <place>". Lower case. Used by: places/story-context,
 * places/resolve.
 */
export const US_REGIONS_NAMED_ELSEWHERE = ['east coast', 'west coast', 'gulf coast', 'midwest', 'deep south'];

/**
 * Parts of a town written before its name ("Downtown Tampa", "Midtown Manhattan"): the town is still named, and the
 * word is no sign of a longer name. Lower case. Used by: places/recognize.
 */
export const TOWN_PARTS = ['downtown', 'midtown', 'uptown'];

/**
 * Country names English writes with "the" ("the United Kingdom", "the Netherlands", "the Gambia"), by how the name
 * starts or ends. Used by: entities/place-links (a town's description names its country).
 */
export const COUNTRY_NAMES_WITH_THE = {
  starts: ['United', 'Republic', 'Democratic', 'Central African', 'Czech', 'Dominican'],
  ends: ['Islands', 'Emirates', 'Netherlands', 'Philippines', 'Bahamas', 'Gambia', 'Maldives', 'Comoros'],
};

/**
 * Words of the US federal government, which make a bare "Washington" in their sentence the capital even in a story
 * about Washington State ("In Washington, lawmakers in Congress debated"). Lower case. Used by: places/state-namesake.
 */
// prettier-ignore
export const FEDERAL_CAPITAL_SIGNS = [
  // the seat and its buildings
  'white house', 'capitol', 'capitol hill', 'pentagon', 'oval office', 'beltway',
  // the branches and who sits in them
  'congress', 'congressional', 'senate', 'lawmakers', 'administration', 'federal', 'supreme court',
  'state department',
];

/**
 * Words for a settlement too small for the gazetteer, written before "of" ("the village of Prisi", "the villages of
 * Nuli and Avnevi", "the small town of Kasba Bonli"). Lower case. Used by: places/settlements.
 */
// prettier-ignore
export const SETTLEMENTS_BEFORE_OF = [
  'village', 'villages', 'hamlet', 'hamlets', 'town', 'towns', 'township', 'suburb', 'suburbs',
];

/**
 * A place's people as a whole ("Leeds has a population", "Ireland's people"). Used by: TOWN_OWN_WORDS, KILLED_PEOPLE
 * (lexicon/en/events).
 */
export const PLACE_PEOPLE = ['residents', 'citizens', 'inhabitants', 'people', 'population'];

/**
 * Parts of a place after its possessive ("crossing Mexico's northern border", "entered Syria's airspace", "Gaza's
 * streets", "the quake struck Japan's northeast coast", "toured Italy's wine country"): acting on them is acting on
 * the place. Other nouns there are what it owns ("Texas's oil lobby", "Brazil's mobile market", "hit China's
 * exports"); sites are read by their heads (lexicon/en/sites). Used by: places/roles (OWNED_NO_PART).
 */
// prettier-ignore
export const PLACE_PARTS_OWNED = [
  ...COMPASS_POINTS,
  'border', 'borders', 'frontier', 'territory', 'territories', 'airspace', 'waters', 'streets', 'roads', 'coast',
  'coastline', 'mainland', 'countryside', 'interior', 'desert', 'mountains', 'capital', 'cities', 'towns', 'villages',
  // its divisions and areas ("Syria's Idlib province", "Italy's wine country")
  'region', 'regions', 'province', 'provinces', 'state', 'states', 'county', 'counties', 'district', 'districts',
  'area', 'areas', 'country', 'island', 'islands', 'port', 'ports', 'heartland', 'outskirts', 'suburbs',
];

/**
 * What a place owns or is that is not ground in it, after its possessive ("the tariffs hit China's exports", "visited
 * Nevada's governor", "attacked Ohio's new voting law"): acting on these is no happening at the place. Any other noun
 * after the possessive is a part or a site of it ("struck Lebanon's Bekaa Valley", "hit Kyiv's energy
 * infrastructure"), save after entering or crossing (PLACE_PARTS_OWNED). Used by: places/roles (OWNED_NOT_IN).
 */
// prettier-ignore
export const OWNED_NOT_IN = [
  'economy', 'economies', 'exports', 'imports', 'trade', 'currency', 'debt', 'budget', 'market', 'markets', 'stocks',
  'shares', 'industry', 'governor', 'government', 'leader', 'leaders', 'president', 'prime', 'minister', 'officials',
  'ambassador', 'envoy', 'team', 'teams', 'law', 'laws', 'rules', 'policy', 'policies', 'plan', 'plans', 'lobby',
  'unions', 'reputation', 'image', 'bid', 'claim', 'claims', 'interests', 'sovereignty', 'candidacy', 'record',
];

/**
 * A town's own people, officials and ground, written after its name or before "of" ("Boston's mayor", "Leeds City
 * Council", "Leeds has a population", "the streets of Boston"): a club has none of these, so they keep a town the
 * story also names as a club ("Leeds striker …") as the town. Not "fans", "owners", "manager": a club has them too.
 * Lower case. Used by: places/metonymy (townSaid).
 */
// prettier-ignore
export const TOWN_OWN_WORDS = [
  // its officials and bodies
  'mayor', 'mayors', 'council', 'councils', 'councillor', 'councillors', 'councilor', 'councilors', 'city hall',
  'town hall', 'police',
  // its people
  ...PLACE_PEOPLE,
  // its ground
  'streets', 'suburbs', 'city centre', 'city center', 'town centre', 'town center', 'skyline',
];

/**
 * Someone named by their town, right after its name ("Chapin man dies", "Torrington firefighters", "Chicopee residents
 * discuss"): a capitalised word opening a sentence (a headline's first word) before one of these is the town, not a
 * surname. Not "family", "couple": a surname takes them as often ("Wilson family members"). Lower case. Used by:
 * places/1-recognize (wordVeto).
 */
// prettier-ignore
export const TOWN_FOLK_AFTER = [
  // one of its people (lexicon/en/roles), and their plurals
  ...PEOPLE_BY_SEX_AND_AGE, ...DWELLERS, 'men', 'women', 'residents', 'students', 'teen', 'teenager', 'native',
  'natives',
  // its services and officials
  'police', 'firefighters', 'trustees', 'aldermen', 'selectmen',
];

/**
 * Words written after a village's name in lower case ("Baroipara village"): the name is a settlement the gazetteer
 * lacks. Capitalised, the word is part of the name ("Falls Village", "Greenwich Village"). Used by:
 * places/settlements.
 */
export const SETTLEMENTS_AFTER = ['village', 'hamlet'];

/**
 * Words written after a locality's name in lower case ("the Hardeetown area of Chiefland", "the Crown Heights
 * neighborhood", "the Shaab district"): a part of a town or region the gazetteer lacks. Used by: places/settlements.
 */
export const LOCALITIES_AFTER = ['area', 'neighborhood', 'neighbourhood', 'district'];

/**
 * Sub-districts of Bangladesh, India and Pakistan, written after the name in either case ("Paba Upazila", "Godagari
 * upazila"). Lower case. Used by: places/settlements.
 */
export const SUBDISTRICTS_AFTER = ['upazila', 'upazilla', 'tehsil', 'taluk', 'taluka', 'mandal'];

/**
 * A division's kind written after its name, lower case ("in Anhui province", "in Scott County's", "in Kherson
 * region"). Used by: places/roles (SUBJECT_LOCATOR).
 */
// prettier-ignore
export const DIVISIONS_AFTER = [
  'province', 'county', 'state', 'region', 'district', 'prefecture', 'oblast', 'governorate', ...SUBDISTRICTS_AFTER,
];

/**
 * Capitalised words before "village" or "area" that name no settlement ("the Olympic village", "a global village", "a
 * Potemkin village"). Lower case. Used by: places/settlements.
 */
// prettier-ignore
export const NOT_SETTLEMENT_WORDS = [
  'olympic', 'olympics', 'athletes', 'global', 'potemkin', 'youth', 'student', 'students', 'children', 'retirement',
  'holiday', 'christmas', 'santa', 'tourist', 'model', 'heritage', 'cultural', 'folk',
  // areas of law, money and trade, and a region's prefixes ("the Schengen area", "the Tri-State area")
  'schengen', 'euro', 'eurozone', 'metro', 'tri-state', 'tri-city', 'tri-county', 'greater', 'downtown', 'uptown',
  'midtown', 'business', 'arrivals', 'departures',
  // words for a kind of district ("a Democratic district", "the Financial district", "the School district")
  'democratic', 'republican', 'labour', 'labor', 'conservative', 'liberal', 'tory', 'congressional', 'assembly',
  'senate', 'school', 'police', 'fire', 'water', 'shopping', 'financial', 'historic', 'arts', 'theater', 'theatre',
  'warehouse', 'garment', 'capitol', 'industrial', 'commercial', 'residential', 'university', 'college', 'market',
  'city', 'county', 'state', 'federal', 'national', 'royal',
  // peoples and faiths without a country of their own ("a Kurdish village", "the Druze village of …")
  'arab', 'kurdish', 'druze', 'bedouin', 'alawite', 'christian', 'muslim', 'jewish', 'shiite', 'shia', 'sunni',
  'yazidi', 'hindu', 'sikh', 'buddhist', 'pashtun', 'baloch', 'tamil', 'sinhalese', 'roma', 'amish', 'maori', 'inuit',
  'native', 'indigenous', 'tribal', 'palestinian', 'ossetian', 'abkhaz', 'chechen', 'uighur', 'uyghur', 'tibetan',
];

/**
 * Kinds of place in the plural, before the names they list ("in cities like Beijing and Shanghai", "in other countries
 * such as Mexico", "in a group of states including Georgia"): the names take the role the words before the kind give.
 * Used by: places/roles (EXAMPLES).
 */
// prettier-ignore
export const PLACE_KINDS_PLURAL = [
  'countries', 'nations', 'states', 'provinces', 'regions', 'counties', 'districts', 'territories', 'cities', 'towns',
  'villages', 'places', 'areas', 'communities',
];

/**
 * Nouns after a country's demonym that name the country's land or its market as a whole ("the Greek islands", "21
 * Indian states", "the Turkish feed industry", "the American economy"): the demonym stands for the place. Not its
 * people, officials or goods ("Mexican farmers", "Chinese imports"), which stay demonyms; not "the French capital"
 * (Paris) nor "the Canadian border" (a place of its own).
 * Lower case. Used by: places/recognize.
 */
// prettier-ignore
export const LAND_AFTER_DEMONYM = [
  // its land and its parts
  'island', 'islands', 'states', 'provinces', 'regions', 'countries', 'coast', 'coastline', 'beaches', 'soil',
  'territory', 'waters', 'mainland', 'countryside', 'cities', 'towns', 'villages',
  // its market as a whole
  'market', 'economy', 'industry',
];
