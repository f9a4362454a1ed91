// Head nouns of the names of built and laid-out places ("Rogers Arena", "Royal Street", "Alder Hey Children's
// Hospital"), grouped by kind of site. Lower case. The kind decides whether a place word inside the name says where
// the site is (a building's does, a street's does not).
// Used by: places/sites (site recognition; each list is one SiteKind), names/runs (street words: a compass letter
// opening a street's name).

/** Streets and squares, named after whatever the namer liked ("Washington Square" in New Orleans). */
// prettier-ignore
export const STREET_HEADS = [
  'street', 'avenue', 'road', 'boulevard', 'parkway', 'highway', 'square', 'plaza', 'drive', 'promenade', 'embankment',
];

/** Venues for games, concerts and shows. */
// prettier-ignore
export const VENUE_HEADS = [
  'arena', 'stadium', 'amphitheatre', 'amphitheater', 'auditorium', 'pavilion', 'coliseum', 'colosseum', 'ballpark',
  'racecourse', 'speedway', 'velodrome', 'theatre', 'theater', 'center', 'centre',
  // a ballpark or stadium named so ("Heinz Field", "Soldier Field"); a surname too ("Sally Field"), see below
  'field',
];

/** Care, custody and the state's buildings. */
// prettier-ignore
export const INSTITUTION_HEADS = [
  'hospital', 'infirmary', 'hospice', 'clinic', 'prison', 'penitentiary', 'jail', 'gaol', 'statehouse', 'capitol',
  'armory', 'armoury', 'courthouse', 'embassy', 'consulate', 'barracks', 'campus',
];

/** Worship and remembrance. */
// prettier-ignore
export const WORSHIP_HEADS = [
  'church', 'cathedral', 'chapel', 'mosque', 'temple', 'synagogue', 'abbey', 'basilica', 'shrine', 'minster',
  'memorial', 'monument', 'cemetery', 'mausoleum',
];

/** Travel. */
// prettier-ignore
export const TRANSPORT_HEADS = ['airport', 'airfield', 'station', 'terminal', 'bridge', 'tunnel', 'harbour', 'harbor'];

/**
 * Homes and holdings a person's possessive locates ("stayed in his New York City mansion", "at his Florida resort",
 * "found dead at their Heaton Street home"): after "his/her/their <Place>" only these (and BUILDING_HEADS) say the
 * place is where the happening was; "a shift in his Ukraine remarks", "in its Russia strategy" name no site. Used by:
 * places/roles (POSSESSED_SITE).
 */
// prettier-ignore
export const DWELLINGS = [
  'home', 'homes', 'house', 'houses', 'mansion', 'residence', 'resort', 'estate', 'ranch', 'apartment', 'flat',
  'condo', 'villa', 'compound', 'farm', 'office', 'offices', 'hotel', 'property', 'headquarters', 'studio', 'club',
  'hideout', 'bunker', 'retreat', 'base', 'camp', 'plant', 'factory', 'store', 'shop', 'restaurant', 'school',
  'hospital', 'church', 'prison', 'cell', 'lab',
];

/** Other buildings and grounds. */
// prettier-ignore
export const BUILDING_HEADS = [
  'tower', 'towers', 'building', 'castle', 'palace', 'museum', 'library', 'mall', 'park', 'gardens', 'garden', 'zoo',
  'plantation', 'cottage', 'manor', 'fortress', 'citadel', 'observatory', 'observatories', 'lighthouse', 'dam',
  'gallery',
  // "the Western Wall", "the Berlin Wall"; a surname too ("Larry Wall"), see FEATURE_HEADS_ALSO_SURNAMES
  'wall',
  // a group of buildings ("the Illinois Capitol Complex", "a sports complex")
  'complex',
];

/**
 * Land and water the gazetteer has no row for, and the parts of towns named like them ("Fire Island", "the Nile
 * Delta", "Monongahela National Forest", "the South Kilburn Estate", "the French Quarter"). They span more than a
 * point, so the panel lists them off the map.
 */
// prettier-ignore
export const FEATURE_HEADS = [
  // water
  'river', 'creek', 'delta', 'bay', 'lagoon', 'estuary', 'reservoir', 'canal', 'falls', 'lakeshore',
  // land
  'island', 'islands', 'isle', 'peninsula', 'valley', 'hills', 'mountains', 'ridge', 'canyon', 'gorge', 'plateau',
  'desert', 'forest', 'wilderness', 'swamp', 'marsh', 'wetlands',
  // parts of towns
  'estate', 'quarter',
];

/**
 * Land and water words and a venue's or building's head that are also surnames ("Michael Bay", "Tom Ridge", "Sally
 * Field", "Larry Wall"): after a given name, a person.
 */
// Used by: places/recognize (siteIn).
// prettier-ignore
export const FEATURE_HEADS_ALSO_SURNAMES = [
  'bay', 'ridge', 'falls', 'delta', 'forest', 'marsh', 'hills', 'creek', 'field', 'wall',
];

/**
 * Surnames of the people American sites are most often named for (presidents, generals, founders) that are also towns
 * the gazetteer reads: before "Memorial" ("Jackson Memorial Hospital" in Miami, "Lincoln Memorial Bridge", "Washington
 * Memorial Stadium") the word is as likely the person as the town, so the town needs the story's support.
 */
// Used by: places/site-host (abroad).
// prettier-ignore
export const TOWNS_ALSO_NAMESAKES = [
  // presidents
  'washington', 'jefferson', 'madison', 'monroe', 'adams', 'jackson', 'lincoln', 'grant', 'garfield', 'harrison',
  'wilson', 'roosevelt', 'kennedy', 'johnson',
  // generals, founders, statesmen
  'houston', 'franklin', 'hamilton', 'lee', 'sherman', 'marshall', 'clinton',
];

/**
 * Heads that open the name of a military post the gazetteer has no town for ("Fort Benning", "Fort Detrick"); a post
 * named so that is also a town (Fort Worth, Fort Knox) stays the town.
 */
export const OPENING_POST_HEADS = ['fort'];

/**
 * Heads that open a building's name before "of" and its name ("the Palace of Westminster", "the Tower of London",
 * "the Houses of Parliament", "the Church of the Holy Sepulchre"). Not "House" or "Hall" ("the House of
 * Representatives", "the Hall of Fame": a body, an honour).
 */
// prettier-ignore
export const OPENING_OF_HEADS = [
  'palace', 'castle', 'tower', 'museum', 'cathedral', 'church', 'basilica', 'temple', 'mosque', 'abbey', 'houses',
];

/**
 * Opening heads whose name after "of" must be a place the gazetteer reads: "the Tower of London", "the Temple of
 * Heaven" is lost, but "Tower of Power" (a band) and "the Temple of Doom" (a film) are no buildings.
 */
// Used by: places/recognize (openingNamed).
export const OPENING_OF_HEADS_NEEDING_A_PLACE = ['tower', 'temple'];

/** Names after "Church of" that make a denomination, no building ("the Church of Christ", "the Church of God"). */
// Used by: places/recognize (openingNamed).
export const DENOMINATION_NAMES = ['christ', 'god', 'jesus'];

/** Heads that open a feature's name ("Lake Cumberland", "River Moy"); not "Mount", which opens towns and colleges. */
export const OPENING_FEATURE_HEADS = ['lake', 'river', 'isle'];

/**
 * Words that name a road by its number after them ("Highway 19", "Interstate 45", "State Route 9", "FM 645" a Texas
 * farm-to-market road, "CR 2202" a county road). Written capitalised. A road runs for miles: listed off the map. A
 * crash or a chase "on" one happened there, as on a street (places/roles STREET_NAME).
 */
export const NUMBERED_ROAD_HEADS = ['interstate', 'highway', 'route', 'fm', 'cr'];

/** Street heads in the plural, after two or more names that share them ("Bourbon and Dauphine streets"). */
export const PLURAL_STREET_HEADS = ['streets', 'avenues', 'roads', 'boulevards', 'drives'];

/** Short street heads written with a point ("Victoria St.", "Main Ave."). */
export const DOTTED_STREET_HEADS = ['st', 'ave', 'rd', 'blvd'];

/** Heads that open a street's name in French, Italian and Spanish ("Boulevard Montmartre", "Rue Royale"). */
export const OPENING_STREET_HEADS = ['boulevard', 'rue', 'piazza', 'avenida', 'calle'];

/**
 * Rooms, wings and grounds of the White House, which news names without a town or a head noun ("a meeting in the
 * Oval Office", "a turbulent West Wing"): they lie in Washington. Lower case. Used by: places/named-sites.
 */
// prettier-ignore
export const WHITE_HOUSE_PARTS = [
  'oval office', 'roosevelt room', 'state dining room', 'diplomatic reception room', 'lincoln bedroom',
  'west wing', 'truman balcony',
];

/**
 * Parts of the White House whose names other places share (a rose garden in a park, a television show's "Situation
 * Room"): read only in a story that names the White House. Lower case. Used by: places/named-sites.
 */
// prettier-ignore
export const WHITE_HOUSE_SHARED_NAMES = [
  'rose garden', 'east room', 'situation room', 'east wing', 'south lawn', 'north lawn',
  // Downing Street has one too
  'cabinet room',
];

/**
 * Seats of power, each with the capital it stands in: a site only after a preposition of place ("a meeting at the
 * White House", "talks in the Kremlin", "protesters outside Downing Street", "officials on Capitol Hill"); elsewhere
 * the name stands for the government working there ("the Kremlin said", places/metonymy SEATS_OF_POWER). Lower case.
 * Used by: places/named-sites.
 */
// prettier-ignore
export const SEATS_OF_POWER_BY_CAPITAL: Record<string, readonly [country: string, seats: readonly string[]]> = {
  washington: ['US', ['white house', 'capitol hill', 'pentagon']],
  moscow: ['RU', ['kremlin']],
  london: ['GB', ['downing street', 'whitehall']],
  paris: ['FR', ['elysee', 'élysée', 'elysee palace', 'élysée palace']],
  seoul: ['KR', ['blue house']],
  beijing: ['CN', ['zhongnanhai']],
};

/**
 * Heads that make a site also written in lower case after its name ("taken to Royal Shrewsbury hospital", "the Yerba
 * Buena theater", "the National Assembly building"). Used by: places/recognize.
 */
// prettier-ignore
export const HEADS_WRITTEN_LOWER = [
  'hospital', 'infirmary', 'clinic', 'prison', 'jail', 'penitentiary', 'stadium', 'arena', 'theater', 'theatre',
  'auditorium', 'building', 'museum', 'cathedral', 'mosque', 'synagogue', 'temple', 'airport',
];

/**
 * Lower-case words a venue's name may hold between its capitalised words ("Coastal Credit Union Music Park at Walnut
 * Creek", "Theatre of the Clouds", "Rock and Roll Hall"); any other lower-case word makes the words a description
 * ("Town hall meeting", "Rally with supporters").
 */
// Used by: places/listed-venues (a list of dates' venue reads as a name).
export const VENUE_NAME_JOINERS = ['of', 'the', 'at', 'and', 'on', 'in', 'de', 'la', 'du', 'del'];
