// Words that say something happened at a place: the prepositions that locate it, the nouns that name a happening,
// and the verbs whose object is where it happened. Lower case.
// Used by: places/roles (event-place roles), places/resolve (names written as places).
import { COMPASS_ADJECTIVES, COMPASS_POINTS, PLACE_PEOPLE } from './place-words';
import { ACTS_ON_A_PERSON } from './clause-words';

/** Prepositions that put what the clause reports at a place ("protests began in Aktau", "troops moved into Kyiv"). */
// prettier-ignore
export const LOCATIVE_PREPOSITIONS = [
  'in', 'at', 'near', 'outside', 'across', 'throughout', 'around', 'inside', 'within', 'along',
  // passing through on the way ("reached India via Bangladesh", "sailed through the Bosphorus")
  'via', 'through',
];

/**
 * Words that narrow a place after the preposition without changing what it is ("in southern Syria", "in downtown
 * Tunis", "in neighbouring South Sudan").
 */
// prettier-ignore
export const PLACE_QUALIFIERS = [
  // parts of a place
  ...COMPASS_POINTS, ...COMPASS_ADJECTIVES,
  'downtown', 'midtown', 'uptown', 'upstate', 'rural', 'suburban', 'coastal', 'inner-city',
  // neighbours
  'nearby', 'neighbouring', 'neighboring', 'adjacent',
  // a state of the place
  'war-torn', 'conflict-hit', 'flood-hit', 'quake-hit', 'drought-hit', 'storm-hit',
];

/**
 * Periods written before a place, naming it as it was then ("in 15th century Europe", "in 19th-century England", "in
 * present-day Bywater", "in ancient Rome"): the place is still where the clause puts its happening. A century is read
 * by its number ("15th century"); these are the words. Used by: places/roles (PERIOD).
 */
// prettier-ignore
export const PERIODS = [
  'ancient', 'medieval', 'mediaeval', 'modern-day', 'present-day', 'colonial', 'postwar', 'post-war', 'prewar',
  'pre-war', 'wartime', 'Victorian', 'Elizabethan', 'Roman', 'Ottoman',
];

/**
 * Bodies one is admitted to, not sent to: "She was called to the Ohio bar in 1998", "was called to the Ireland squad"
 * (a national team, no place). Used by: places/roles (SUMMONED refuses them after the place).
 */
export const ADMITTING_BODIES = ['bar', 'squad', 'team', 'roster'];

/**
 * Parts of a place written "on the … of" ("on the island of Tortola", "on the outskirts of Kabul", "gathering on the
 * grounds of the Texas Capitol", "a water main blew on the corner of Lakeview and Harrison streets"): the place is
 * where the clause's happening is, as after "in". Not "border": a line named as a bearing ("on the border of
 * Bolivia"). Used by: places/roles (ON_PART).
 */
// prettier-ignore
export const PARTS_ON = [
  'island', 'islands', 'outskirts', 'edge', 'edges', 'coast', 'shores', 'banks', 'grounds', 'slopes', 'fringes',
  'streets', 'campus', 'premises', 'corner',
  // a building's outer parts ("protesters gathered on the steps of the Capitol", "on the roof of the station")
  'steps', 'roof', 'rooftop', 'lawn',
];

/**
 * Shares and parts of a place written "… of the" before a name that takes "the" ("in parts of the United States",
 * "across much of the Middle East", "in the north of the Gaza Strip", "in a wing of the Women's College Hospital"):
 * the place is where the clause's happening is, as after "in". Only these: other nouns before "of the" name what the
 * place holds or owns ("in the office of the Lamar County", "in the hands of the U.S.", "in the days of the Soviet
 * Union"). Used by: places/roles (OF_THE_FILLER).
 */
// prettier-ignore
export const PARTS_OF_THE = [
  ...COMPASS_POINTS,
  'part', 'parts', 'much', 'most', 'all', 'area', 'areas', 'region', 'regions', 'swathes', 'swaths', 'portion',
  'portions', 'section', 'sections', 'middle', 'heart', 'centre', 'center', 'edge', 'edges', 'outskirts', 'tip',
  'wing', 'corner', 'corners',
  // a site's parts ("in the parking lot of the SM Mall of Asia", "stored in the attic of the Henry County Courthouse",
  // "in the lobby of the Hilton")
  'lot', 'lots', 'attic', 'basement', 'lobby', 'courtyard', 'entrance', 'halls', 'grounds',
  // not 'foot': "the stadium sits at the foot of the Andes" is where a thing lasts, no happening
];

/** Parts of a place written "off the … of" ("deployed off the coast of Denmark"). Used by: places/roles (ON_PART). */
export const PARTS_OFF = ['coast', 'coasts', 'shore', 'shores'];

/**
 * Prepositions that put a name where something is or whence someone comes ("a barn burned down in Scottdale",
 * "arrested near Albany", "a man from Scottdale"): the story shows the name is a place. Used by: places/resolve.
 */
export const SITING_PREPOSITIONS = ['in', 'at', 'near', 'outside', 'inside', 'from'];

/**
 * Where a seat of power is a site, not its government: "a meeting at the White House", "inside the Kremlin",
 * "protesters outside Downing Street", "officials on Capitol Hill". Not "from"/"to" (the government: "a statement from
 * the White House") nor "in" (the office held: "a Democrat in the White House"). Used by: places/named-sites.
 */
export const SEAT_OF_POWER_PREPOSITIONS = ['at', 'inside', 'outside', 'on', 'near'];

/**
 * Where a village is written before the place that holds it ("in Weiswampach, Luxembourg", "near Taji, Iraq"); not
 * "at", "of" or "from", which name firms with their city ("an economist at Jefferies, London"). Used by:
 * places/settlements (HELD_TOWN_SLOT).
 */
export const HELD_TOWN_PREPOSITIONS = ['in', 'near', 'outside'];

/**
 * Prepositions after which a bare town name is read as one ("a flight to Aktau", "the mayor of Aktau") besides the
 * siting ones: a small town named without them is likely a person or a word. Used by: places/resolve.
 */
export const TOWN_PREPOSITIONS = [...SITING_PREPOSITIONS, 'to', 'of'];

/** Prepositions of a goal: the place is where the mover arrives, so an event place after a motion only. */
export const GOAL_PREPOSITIONS = ['to', 'into'];

/**
 * Motions and transfers of people a few words before "to"/"into" ("sent troops to Hong Kong", "his trip to Kenya",
 * "returned to Harare"); without one, "to" names a recipient or an aim ("exports to China", "ambassador to Israel").
 */
// prettier-ignore
export const MOTIONS = [
  // going and coming
  'go', 'goes', 'going', 'went', 'gone', 'come', 'comes', 'coming', 'came', 'return', 'returns', 'returned',
  'returning', 'return', 'arrive', 'arrived', 'head', 'heads', 'headed', 'heading', 'travel', 'travels', 'traveled',
  'travelled', 'traveling', 'travelling', 'fly', 'flies', 'flew', 'flying', 'flown', 'sail', 'sailed', 'drove',
  // 'cross' forms are in ACTS_ON_PLACE too: here they reach a goal ("crossed into Texas"), there the place is crossed
  'driven', 'walked', 'marched', 'crossed', 'cross', 'crossing', 'fled', 'flee', 'fleeing', 'escaped', 'migrated',
  'moved', 'moving', 'rushed', 'poured', 'flocked', 'swept', 'spread', 'spreading', 'expanded', 'expanding',
  // sending and taking people
  'sent', 'send', 'sends', 'sending', 'deployed', 'deploy', 'deploying', 'dispatched', 'flown', 'taken', 'took',
  'takes', 'take', 'brought', 'bring', 'carried', 'transferred', 'extradited', 'deported', 'evacuated', 'airlifted',
  'smuggled', 'trafficked', 'shipped', 'returning', 'transported', 'booked',
  // getting in unseen ("entering the country to sneak into the US"); 'slipped' is in MARKET_CHANGES too, where a
  // market slips by a figure
  'sneak', 'sneaks', 'sneaked', 'snuck', 'sneaking', 'slipped',
  // walking, sailing, marching there ("marching into Kabul"); not "carry" nor "driving", as often an aim or a
  // counterfactual ("set to carry migrants to", "instead of driving to Castlegar"), nor "rushing", as often money
  // ("investors were rushing to Switzerland for safety")
  'walking', 'sailing', 'marching',
  // riding and migrating there ("riding a bike to D.C.", "swans were migrating from Russia to the Black Sea"); not the
  // nouns "ride" and "drive", as often a service or a distance ("Park & Ride service to the", "a 15-minute drive to")
  'riding', 'rode', 'migrating',
  // the journey as a noun
  'trip', 'trips', 'visit', 'visits', 'journey', 'voyage', 'flight', 'flights', 'tour', 'march', 'route', 'road',
  'way', 'extradition', 'deportation', 'return', 'arrival', 'migration', 'pilgrimage', 'expedition', 'mission',
  'invasion', 'incursion', 'campaign', 'offensive', 'advance', 'push',
  // on a plane there ("was on a plane to Nashville"); not a bus or a train, as often a service ("a bus service to")
  'plane',
  // hurled or driven into a place ("fired rockets into Israel", "the hurricane slammed into Puerto Rico")
  'fired', 'launched', 'slammed', 'crashed', 'plowed', 'ploughed',
];

/**
 * Kinds of place written before the name in apposition ("in the capital Kabul", "in the Afghan capital, Kabul,",
 * "in the province Gauteng", "in the southern port city Basra"): the locative before them locates the name. Lower case
 * only: capitalised they are part of a name ("Kansas City"). Used by: places/roles (APPOSED).
 */
// prettier-ignore
export const PLACE_NOUNS_BEFORE_NAME = [
  'capital', 'city', 'town', 'village', 'hamlet', 'port', 'province', 'region', 'state', 'county', 'district',
  'borough', 'island', 'enclave', 'suburb', 'neighborhood', 'neighbourhood', 'country', 'territory', 'republic',
];

/** Prepositions after an event noun that say where the event was ("the shooting in Dallas"). */
export const EVENT_PREPOSITIONS = ['in', 'at', 'near'];

/** Happenings written before the place they happened in ("the shooting in Dallas", "protests near the palace"). */
// prettier-ignore
export const EVENTS_BEFORE_PLACE = [
  // unrest
  'protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'rallies', 'clashes', 'riot', 'riots',
  // violence and crime
  'attack', 'attacks', 'bombing', 'bombings', 'shooting', 'shootings', 'killing', 'killings', 'murder', 'murders',
  'arrest', 'arrests', 'raid', 'raids',
  // disasters
  'explosion', 'blast', 'fire', 'crash', 'earthquake', 'flood', 'flooding', 'floods',
  // war and crises
  'war', 'fighting', 'conflict', 'violence', 'unrest', 'crisis', 'uprising', 'coup', 'offensive', 'siege',
];

/**
 * Happenings written with "of" before the place they befell ("the invasion of Iraq in 2003", "Iraq's invasion of
 * Kuwait", "the siege of Sarajevo", "the liberation of Paris"): a past event there the story recounts.
 */
// prettier-ignore
export const EVENTS_OF_PLACE = [
  'invasion', 'invasions', 'bombing', 'bombings', 'siege', 'occupation', 'annexation', 'capture', 'recapture',
  'liberation', 'sack', 'shelling', 'bombardment', 'blockade', 'conquest', 'storming', 'flooding', 'evacuation',
  'destruction', 'devastation', 'fall',
];

/**
 * Words saying a happening "of" the place is only foreseen, not past ("a possible invasion of", "fears of an invasion
 * of", "preparing for an invasion of"): nothing has happened there yet. With an indefinite article before the
 * happening ("an invasion of Taiwan", "threatened a blockade of Lebanon"), which a past one recounted seldom takes.
 * Used by: places/roles (EVENT_OF_FORESEEN).
 */
// prettier-ignore
export const FORESEEING_WORDS = [
  'a', 'an', 'possible', 'potential', 'planned', 'threatened', 'feared', 'looming', 'imminent', 'future', 'any',
  'prospect', 'threat', 'fears', 'fear', 'risk', 'plans', 'plan', 'preparing', 'prepare', 'prepares', 'would', 'could',
];

/**
 * What strikes a place, after "hit by" or "struck by" with the place as subject ("India has been hit by several
 * protests", "Louisiana hit by ransomware attack", "Nairobi has been the worst hit by the flu"): it happened there. A
 * place hit by anything else is as often a party ("China was hit by tariffs", "Russia was struck by the scale").
 */
// prettier-ignore
export const STRIKING_EVENTS = [
  ...EVENTS_BEFORE_PLACE,
  // weather and disasters
  'storm', 'storms', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'tornadoes', 'quake', 'quakes', 'earthquakes',
  'tsunami', 'drought', 'heatwave', 'wildfire', 'wildfires', 'fires', 'blizzard', 'snowstorm', 'landslide',
  'landslides',
  'blackout', 'blackouts', 'outage', 'outages',
  // disease
  'outbreak', 'epidemic', 'pandemic', 'flu', 'virus', 'cholera', 'plague',
  // unrest and crime
  // not 'wave': "hit by a wave of sanctions/criticism/resignations" is a party's; "a wave of strikes" is read by its
  // last word
  'strike', 'strikes', 'crime', 'shootings', 'explosions', 'blasts', 'airstrikes', 'cyberattack',
];

/** Assaults written with "on" before their target ("the attack on Kabul's airport", "air strikes on Gaza"). */
// prettier-ignore
export const ASSAULTS_ON_PLACE = [
  'attack', 'attacks', 'strike', 'strikes', 'airstrike', 'airstrikes', 'raid', 'raids', 'assault', 'assaults',
  'bombing', 'bombings', 'bombardment', 'offensive', 'march', 'crackdown', 'siege',
];

/** Happenings named by the place they happened in ("the Iowa caucuses", "Aktau protests", "the Paris attacks"). */
// prettier-ignore
export const EVENTS_AFTER_PLACE = [
  // votes
  'caucus', 'caucuses', 'primary', 'primaries', 'election', 'elections', 'vote', 'votes', 'referendum',
  // unrest
  'protest', 'protests', 'protesters', 'demonstration', 'demonstrations', 'rally', 'rallies', 'riot', 'riots',
  'clashes', 'unrest', 'uprising', 'violence', 'crisis', 'strike', 'siege', 'offensive', 'war',
  // violence
  'attack', 'attacks', 'bombing', 'bombings', 'shooting', 'shootings', 'massacre',
  // disasters
  'earthquake', 'quake', 'flood', 'floods', 'flooding', 'fire', 'fires', 'wildfire', 'wildfires', 'explosion', 'blast',
  'outbreak',
  // meetings and campaigns
  'summit', 'talks', 'campaign',
  // performances and gatherings held there ("the Chicago show interrupted by", "the Houston conference")
  // not "performance", a country's or a firm's as often ("Germany's strong performance")
  'show', 'concert', 'premiere', 'festival', 'conference', 'convention',
  // an economy's or a disease's turn ("Germany's recession", "the Wuhan epidemic"), and its toll ("the Wuhan deaths");
  // "case" only counted (TOLL_CASES)
  'recession', 'slump', 'downturn', 'epidemic', 'deaths', 'infections',
  // a journey there ("a three-week US tour", "his Moscow visit"); not a possessive's "visit to" (JOURNEYS_TO)
  'tour', 'visit', 'trip',
  // war and crises
  'conflict', 'fighting', 'coup', 'crash', 'shooting', 'standoff',
];

/**
 * A town's or a county's own police, sheriff and firefighters written after its name, lower case ("a Forest Hill police
 * sergeant searched the room", "Torrington firefighters called in other companies", "Levy County sheriff's deputies
 * were dispatched"): they act in their own ground, so the story's happening is there. Not capitalised, as a force's
 * name ("Delhi Police") is an organisation's. Not 'deputies' alone: a parliament's too ("talks with Duma deputies").
 * Used by: places/roles (LOCAL_FORCE).
 */
// prettier-ignore
export const LOCAL_FORCES = [
  'police', "sheriff's", 'sheriff’s', 'sheriff', 'firefighters', 'fire crews', 'fire officials', 'troopers',
  'detectives', 'paramedics', 'rescuers',
];

/**
 * A disease's cases after a place, its toll only when counted or followed by "of" ("Sweden's first case of the
 * disease", "Kenya's 12 new cases"): "Ukraine's case for NATO membership" is an argument, "Australia's case against
 * China" a lawsuit. Used by: places/roles (TOLL_CASE).
 */
export const TOLL_CASES = ['case', 'cases'];
/** What counts cases besides numbers and ordinals ("new cases"). Used by: places/roles (TOLL_CASE). */
export const CASE_COUNTERS = ['new', 'more', 'confirmed'];
/** What a case made for or against someone is: an argument or a lawsuit. Used by: places/roles (TOLL_CASE). */
export const CASE_PARTIES = ['for', 'against'];
/**
 * What makes counted cases a court's, not a disease's ("Texas has two cases before the Supreme Court", "three death
 * penalty cases overturned"): words after the toll, and words before it among its qualifiers. Used by: places/roles
 * (RECORDED refuses a court's cases).
 */
export const COURT_CASE_AFTER = ['pending', 'overturned', 'dismissed', 'settled', 'appealed', 'argued', 'heard'];
export const COURT_CASE_PLACES = ['court', 'courts', 'tribunal', 'justices', 'judge', 'judges'];
// prettier-ignore
export const COURT_CASE_QUALIFIERS = [
  'court', 'legal', 'criminal', 'civil', 'penalty', 'lawsuit', 'antitrust', 'custody', 'appeal', 'appeals',
];

/**
 * Journeys written "<Place>'s visit to …": the place is the visitor, a team or a state ("Canada's visit to the final"),
 * not where the journey went. Used by: places/roles (JOURNEY_BY_PLACE).
 */
export const JOURNEYS_TO = ['visit', 'visits', 'trip', 'trips'];

/**
 * Planned gatherings and trips, the happenings that can be called off ("talks planned in Almaty were postponed"); a
 * service cancelled there ("flights at airports in Atlanta were canceled", "classes in Denver") is news there.
 */
// Used by: places/role-cues (calledOff).
// prettier-ignore
export const CALLABLE_OFF = [
  'talks', 'meeting', 'meetings', 'summit', 'visit', 'visits', 'trip', 'tour', 'concert', 'concerts', 'show', 'shows',
  'match', 'matches', 'game', 'games', 'race', 'conference', 'convention', 'rally', 'festival', 'ceremony', 'parade',
  'election', 'vote', 'hearing', 'trial', 'wedding', 'event', 'events', 'launch', 'signing', 'negotiations',
];

/** Wishes: what someone hopes to do at a place has not happened there ("she hopes to visit Paris one day"). */
// Used by: places/role-cues (calledOff, right before the place only).
export const WISHES = ['hopes to', 'hope to', 'wants to', 'want to', 'wishes to', 'dreams of', 'would like to'];

/**
 * Entering or crossing a place or a road ("the women were crossing a busy road", "migrants crossed Mexico on a
 * freight train"), part of ACTS_ON_PLACE. The 'cross' forms are in MOTIONS too, where they reach a goal ("crossed
 * into Texas"). They also take "cross … off" (a list), which places/roles reads as no crossing (CROSSED). Like all of
 * ACTS_ON_PLACE they take what a place owns ("entering Brazil's mobile market", "cross Texas's oil lobby": defy it),
 * read as acting on the place only before a part or a site of it (PLACE_PARTS_OWNED, OWNED_NO_PART). Used by:
 * places/roles (ACTION_OBJECT, CROSSED).
 */
// prettier-ignore
export const CROSSING_VERBS = [
  'enter', 'enters', 'entered', 'entering', 'cross', 'crosses', 'crossed', 'crossing',
];

/**
 * A contest won or lost in a place, the place for object ("Bush won Florida in 1988", "Obama carried Ohio twice",
 * "Trump lost Wisconsin"): the vote was held there. Not before the place's possessive ("won Britain's first gold"),
 * which names what was won. Used by: places/roles (WON_PLACE, OBJECT_OF_RELATIVE).
 */
// prettier-ignore
export const CONTEST_RESULTS = [
  'won', 'wins', 'carried', 'carries', 'lost', 'loses', 'flipped', 'flips',
];

/**
 * Words that follow a place won or lost in a contest besides prepositions and conjunctions ("carried Ohio twice",
 * "won Iowa again", "flipped Georgia back"); any other lower-case word after the place makes it a modifier of what
 * was carried or lost ("carried Texas license plates", "lost Ohio customers"). Adverbs in -ly are read by their
 * ending. Used by: places/roles (WON_PLACE).
 */
// prettier-ignore
export const AFTER_A_WON_PLACE = [
  'twice', 'again', 'once', 'outright', 'back', 'last', 'this', 'that', 'too', 'also', 'overall',
];

/**
 * Pasts of a career at an institution: "coached at Ohio State University in Columbus" says where someone worked,
 * not what happened there (gold README: a career record is a mention). Used by: places/role-cues (INSTITUTION_VENUE).
 */
// prettier-ignore
export const CAREER_PASTS = [
  // working or studying there
  'worked', 'studied', 'taught', 'trained', 'enrolled', 'graduated', 'lectured', 'served', 'educated', 'employed',
  'researched', 'coached', 'played', 'interned', 'volunteered', 'practiced', 'practised', 'majored', 'ministered',
  // living there
  'lived', 'stayed', 'resided', 'boarded',
  // being placed there
  'based', 'located', 'stationed', 'housed', 'hired', 'appointed', 'named', 'elected', 'admitted', 'accepted',
  'tenured', 'recruited',
  // making it
  'founded', 'established',
];

/**
 * Verbs whose object is where something happened ("visiting Nevada", "the storm hit Texas", "fled Syria"); after the
 * place's possessive only a part or a site of it ("struck Japan's northeast coast", not "hit China's exports").
 */
// prettier-ignore
export const ACTS_ON_PLACE = [
  // travel
  'visit', 'visits', 'visited', 'visiting', 'tour', 'tours', 'toured', 'touring', 'reach', 'reaches', 'reached',
  'left', 'leaving', 'departs', 'departed', 'departing', 'fled', 'flee', 'fleeing',
  // entering and crossing (CROSSING_VERBS)
  ...CROSSING_VERBS,
  // force and disaster
  'hit', 'hits', 'struck', 'strike', 'strikes', 'rocks', 'rocked', 'attack', 'attacks', 'attacked',
  'attacking', 'invade', 'invades', 'invaded', 'invading', 'bomb', 'bombs', 'bombed', 'bombing', 'shell', 'shells',
  'shelled', 'shelling', 'flood', 'floods', 'flooded', 'evacuate', 'evacuates', 'evacuated', 'evacuating',
  // taking or besieging a place
  'storm', 'stormed', 'storming', 'surround', 'surrounded', 'surrounding', 'seize', 'seized', 'seizing', 'capture',
  'captured', 'capturing', 'occupy', 'occupied', 'occupying', 'besiege', 'besieged', 'raid', 'raided', 'raiding',
  'assault', 'assaulted', 'recapture', 'recaptured', 'retook', 'overran', 'liberated', 'ransacked', 'looted',
  // searching a place
  'canvassed', 'searched', 'patrolled', 'combed', 'scoured',
  // a storm or a disease through a place
  'battered', 'pounded', 'ravaged', 'devastated', 'swept', 'swamped', 'engulfed', 'lashed', 'inundated',
];

/**
 * The same forces going on ("Hurricane Irma is battering Florida", "storms lashing Britain", "heavy rains … flooding
 * areas of India"): only after a hazard in the sentence (HAZARDS_GOING_ON), as with anything else doing it the place is
 * a market or a party ("cheap steel is flooding Europe", "tariffs hitting China"). Not 'sweeping', 'striking' nor
 * 'devastating', as often adjectives ("sweeping US sanctions").
 */
// prettier-ignore
export const FORCES_GOING_ON = [
  'hitting', 'rocking', 'flooding', 'battering', 'batters', 'pounding', 'pounds', 'ravaging', 'ravages', 'lashing',
  'lashes', 'engulfing', 'swamping', 'inundating', 'inundates',
  // a hazard reaching a place ("Flooding has also affected the neighbouring countries of Benin", "an outbreak of
  // influenza affecting a large portion of the United States"); with any other subject a market or a party ("the
  // tariffs affected Canada")
  'affected', 'affecting', 'affects',
];

/** What does FORCES_GOING_ON to a place: what strikes it (STRIKING_EVENTS), and weather named by its parts. */
// prettier-ignore
export const HAZARDS_GOING_ON = [
  ...STRIKING_EVENTS,
  // weather by its parts ("monsoon rains … flooding areas of India", "winds battering the coast")
  'rain', 'rains', 'rainfall', 'monsoon', 'winds', 'snow', 'floodwaters', 'waves',
];

/**
 * What a side scores against another in a match ("Chelsea hit Liverpool for four", "hit Leeds with a late goal"): after
 * a force verb it makes the "place" a team beaten, not a town struck. Used by: places/roles (SCORED_AFTER).
 */
// prettier-ignore
export const SCORES = [
  'goal', 'goals', 'brace', 'hat-trick', 'hat-tricks', 'penalty', 'penalties', 'header', 'headers', 'try', 'tries',
  'run', 'runs', 'point', 'points', 'touchdown', 'touchdowns', 'wicket', 'wickets', 'boundary', 'boundaries',
];

/**
 * Auxiliaries before "flown" that make it a journey someone or something made ("The man was flown from Kabul", "she
 * had flown from Dallas"); "fish flown from Japan every week" names where goods come from. Used by: places/roles
 * (FLOWN_FROM).
 */
export const FLOWN_AUXILIARIES = ['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had'];

/** Leaving a place is something happening there ("deported from Arizona", "hauled out of the embassy"). */
// prettier-ignore
export const DEPARTURES = [
  'deported', 'extradited', 'evacuated', 'fled', 'fleeing', 'escaped', 'expelled', 'returned', 'returning', 'flew',
  'rescued', 'airlifted', 'withdrew', 'withdrawn', 'retreated', 'departed', 'sailed', 'smuggled', 'released',
  // forced out
  'hauled', 'dragged', 'pulled', 'evicted', 'thrown', 'kicked', 'ousted', 'driven', 'chased', 'carried',
  // setting out ("the plane took off from Tehran", "protests spread from Baghdad to Basra")
  'took off', 'taken off', 'taking off', 'spread', 'spreading', 'launched',
  // a journey's own start, as 'flew' and 'sailed' ("migrants walked from Honduras", "she drove from Dallas to
  // Houston"); not 'traveled' nor 'came', said as often of where someone is from ("fans who traveled from London"), nor
  // 'migrating', said of a species' route ("birds migrating from Africa to Europe in spring")
  'walked', 'marched', 'trekked', 'drove', 'rode',
  // the same as nouns ("shortly after takeoff from Addis Ababa", "the evacuation from Kabul", "his escape from
  // Alcatraz"); not 'withdrawal', as often from a deal ("the withdrawal from the Iran nuclear deal")
  'takeoff', 'take-off', 'departure', 'evacuation', 'escape',
];

/**
 * A ranking's words before "of" ("in the top 10 of Britain's richest people"): a place in a list, not a part of the
 * place where something happened ("in the 400 block of"). Used by: places/roles (OF_FILLER).
 */
export const RANKING_WORDS = ['top', 'bottom'];

/**
 * Topics "on" which something is made or argued ("the documentary on Route 66", "a bill on Interstate 5 tolls", "a
 * report on Main Street's shops"): "on" means "about", and nothing happened on the street or road. Read with
 * WORK_NOUNS (lexicon/en/works). Used by: places/roles (ON_TOPIC).
 */
// prettier-ignore
export const TOPIC_NOUNS = [
  'report', 'reports', 'bill', 'bills', 'vote', 'votes', 'debate', 'debates', 'hearing', 'hearings', 'study',
  'studies', 'story', 'stories', 'article', 'articles', 'podcast', 'lecture', 'talk', 'talks', 'referendum', 'essay',
  'feature', 'survey', 'inquiry', 'research', 'proposal', 'proposals',
];

/**
 * Nouns a numbered road modifies ("Interstate 5 tolls", "the Route 9 project"): the road names their topic, not where
 * something happened on it. Used by: places/roles (ROAD_MODIFIES).
 */
// prettier-ignore
export const ROAD_TOPICS = [
  'toll', 'tolls', 'project', 'projects', 'expansion', 'widening', 'corridor', 'improvements', 'funding', 'plan',
  'plans',
];

/**
 * Departures and removals read with up to three words between them and "from" (an object or a time: "abducted
 * Bosworth from Springfield Mall", "evacuated women and children from Tskhinvali", "the rocket lifted off on schedule
 * from the Baikonur cosmodrome"): others, such as "released", take objects that only come from a place ("released
 * figures from"). Used by: places/roles (DEPARTURE).
 */
// prettier-ignore
export const REMOVALS = [
  // taken by force or to safety
  // not 'stole'/'stolen': what is stolen "from" a country ("stole trade secrets from the United States") is taken from
  // a victim or a party, not out of the place
  'abducted', 'kidnapped', 'snatched', 'evacuated',
  // lifting off
  'took off', 'takes off', 'lifted off', 'lifts off', 'blasted off',
];

/**
 * A lasting state, not a happening, before the place ("stay in the EU", "renowned in New Zealand",
 * "worked in Chicago"): the place is a mention.
 */
// prettier-ignore
export const STATES_AT_PLACE = [
  // staying and working
  'stay', 'stays', 'stayed', 'staying', 'remain', 'remains', 'remained', 'remaining', 'work', 'works', 'worked',
  'working', 'operate', 'operates', 'operating', 'exist', 'exists',
  // being known or found there
  'popular', 'renowned', 'known', 'famous', 'common', 'rare', 'available', 'legal', 'illegal', 'widespread',
  'present', 'represented', 'listed', 'sold',
];

/**
 * Holders the place locates rather than a happening ("start-ups in the US", "clubs in Spain", "residents of
 * Queens"): after them the place is a mention, unless they are themselves where something happened
 * ("at his homes in Manhattan").
 */
// prettier-ignore
export const HOLDERS_AT_PLACE = [
  // businesses and their sites
  'company', 'companies', 'firm', 'firms', 'start-up', 'start-ups', 'startup', 'startups', 'business', 'businesses',
  'store', 'stores', 'shop', 'shops', 'restaurants', 'outlets', 'branch', 'branches', 'office', 'offices',
  'bakeries', 'units', 'locations', 'franchises', 'factories', 'plants', 'presence', 'operations', 'subsidiary',
  'subsidiaries',
  // a post held there ("the U.S. envoy in Brussels", "the final decision-maker in the US")
  'envoy', 'ambassador', 'correspondent', 'representative', 'decision-maker', 'decision-makers', 'policymaker',
  'policymakers',
  // a prosecutor's office there ("federal prosecutors in Texas released the footage": roles-dev-c G5)
  'prosecutor', 'prosecutors',
  // clubs and schools
  'club', 'clubs', 'team', 'teams', 'school', 'schools', 'universities', 'colleges',
  // people by where they live
  'resident', 'residents', 'relatives', 'families', 'fans', 'members', 'customers', 'subscribers', 'users',
  'voters', 'homeowners', 'natives',
  // a place's schemes, like its rules ("tutoring programs in the United States")
  'program', 'programs', 'programme', 'programmes', 'policy', 'policies', 'schemes',
  // a place's rules
  'law', 'laws', 'rules', 'regulations',
];

/**
 * Harm done to people, before the people and the place ("the deaths of three service members in Jordan", "gunmen killed
 * five residents in", "police arrested 12 fans in"): the place says where the harm was done, not where the people are
 * held or live (HOLDERS_AT_PLACE). Used by: places/role-cues (HARMED).
 */
// prettier-ignore
export const HARMS_TO_PEOPLE = [
  // what police, courts or attackers do to a person (killed, shot, arrested, detained, kidnapped, charged, jailed …)
  ...ACTS_ON_A_PERSON,
  // killing and wounding, besides those
  'kills', 'killing', 'killings', 'death', 'deaths', 'murdered', 'murder', 'murders', 'shooting', 'injured',
  'injuring', 'wounded', 'wounding',
  // taking and holding, besides those
  'arrest', 'arrests', 'detention', 'abduction', 'kidnapping',
  // sickening
  'infected', 'sickened', 'hospitalized', 'hospitalised',
];

/** Bearings from a place that name it only as a reference point ("south of Jerusalem", "miles north of Sacramento"). */
export const BEARINGS = COMPASS_POINTS;

/** Where an organisation or a person is settled, said in a clause after the place ("Delaware, where Yahoo is
 * incorporated"). */
// prettier-ignore
export const SETTLED_WORDS = [
  'incorporated', 'based', 'headquartered', 'registered', 'located', 'lives', 'lived', 'grew up', 'born', 'maintains',
  'has its', 'runs',
];

/**
 * A home someone has at a place ("He owns a villa in the south of France"): where someone lives, like "lives in" —
 * a mention. The verbs of having only: buying, building or losing a home there is news of the place.
 */
export const HOME_HAVING_VERBS = ['own', 'owns', 'owned', 'has', 'have', 'had', 'keeps', 'kept', 'rents', 'rented'];
// prettier-ignore
export const HOMES = [
  'home', 'homes', 'house', 'houses', 'villa', 'villas', 'apartment', 'apartments', 'flat', 'flats', 'mansion',
  'mansions', 'chalet', 'cottage', 'ranch', 'estate', 'property', 'properties', 'residence', 'residences',
];

/**
 * Verbs of a tour's or a season's schedule, in the present tense before a date ("continues November 19th in
 * Greenville", "kicks off June 9 in Tampa"): the stop is still to come.
 */
// prettier-ignore
export const SCHEDULE_VERBS = [
  'continues', 'kicks off', 'picks up', 'resumes', 'concludes', 'wraps up', 'wraps', 'begins', 'starts', 'opens',
  'stops', 'returns', 'heads', 'ends', 'closes', 'plays', 'arrives',
];

/**
 * Verbs of happening, spreading and occurring: in a "where" relative they say something happened at the place the
 * relative describes ("San Francisco's Moscone Center, where Jobs unveiled many products", "countries where the
 * plague still circulates are …"). Past forms and the present of what goes on.
 */
// prettier-ignore
export const HAPPENINGS = [
  // occurring
  'happened', 'happens', 'occurred', 'occurs', 'took place', 'takes place', 'broke out', 'breaks out', 'erupted',
  'began', 'started', 'unfolded', 'struck',
  // spreading and turning up
  'spread', 'spreads', 'circulates', 'circulated', 'emerged', 'emerges', 'surfaced', 'sprang up', 'spring up',
  'springs up', 'persists', 'persisted', 'rages', 'raged', 'was reported', 'were reported', 'was detected',
  'were detected', 'was found', 'were found', 'was confirmed', 'were confirmed',
  // harm done there
  'was killed', 'were killed', 'died', 'was shot', 'were shot', 'was arrested', 'were arrested', 'crashed',
  'exploded', 'collapsed',
  // gatherings and acts held there
  'was held', 'were held', 'met', 'gathered', 'rallied', 'marched', 'protested', 'clashed', 'fought', 'unveiled',
  'performed', 'played', 'signed', 'launched', 'landed', 'rehearsed', 'filmed',
  // a law made there, in the past or perfect ("states where cannabis had been legalized"); "where smoking is banned"
  // is a state of the law
  'been legalized', 'been legalised', 'been banned', 'been outlawed', 'was legalized', 'were legalized',
  'was banned', 'were banned',
];

/**
 * An economy's bad states, reached or escaped by the place as subject ("Germany has barely avoided falling into
 * recession", "Japan slid back into deflation"): an economic happening located there (gold: roles-dev D2).
 */
// prettier-ignore
export const ECONOMIC_STATES = [
  'recession', 'recessions', 'depression', 'deflation', 'stagnation', 'default', 'slump', 'downturn', 'bankruptcy',
];

/** What of a place's economy moves ("China's economy slowed", "India's stock market rallied"). */
// prettier-ignore
export const ECONOMY_WORDS = [
  'economy', 'growth', 'output', 'exports', 'imports', 'manufacturing', 'inflation', 'unemployment', 'stock market',
  'currency', 'housing market', 'GDP', 'economic growth',
];

/**
 * The last word of a market or an index a place names ("Japan's Nikkei 225", "South Korea's Kospi Index", "China's
 * Shanghai Composite", "Britain's FTSE 100"): its moving by a figure is the day's trading there. A company or a person
 * ("Japan's Toyota fell 2%") ends in none of them. Generic heads are written in both cases ("Topix index").
 */
// Used by: places/roles (MARKET_MOVED).
// prettier-ignore
export const MARKET_HEADS = [
  // generic heads
  'Index', 'index', 'Composite', 'composite', 'Average', 'average', 'Exchange', 'exchange', 'Bourse', 'bourse',
  'Market', 'market',
  // indexes known by a name of their own
  'Nikkei', 'Topix', 'Kospi', 'Dow', 'Nasdaq', 'S&P', 'FTSE', 'DAX', 'CAC', 'Sensex', 'Nifty', 'Hang Seng', 'Bovespa',
  'IBEX', 'ASX', 'TSX',
];

/**
 * A place's shares as a whole ("Japan's stocks fell 1%", "China's tech shares rose 2%", "Tokyo stocks fell 2%"): a
 * market only with no name between the place and them, which makes them a company's ("Japan's Toyota shares fell 2%").
 */
// Used by: places/roles (MARKET_MOVED, ECONOMY_MOVED).
export const SHARE_WORDS = ['stocks', 'shares', 'Stocks', 'Shares'];

/** How a place's economy moves, in the past or perfect ("grew", "has slumped"). */
// prettier-ignore
export const ECONOMIC_CHANGES = [
  // up
  'grew', 'grown', 'rose', 'risen', 'surged', 'soared', 'jumped', 'climbed', 'rallied', 'rebounded', 'recovered',
  'expanded', 'accelerated', 'boomed',
  // down
  'shrank', 'shrunk', 'contracted', 'slowed', 'slumped', 'stalled', 'fell', 'fallen', 'dropped', 'plunged', 'tumbled',
  'sank', 'collapsed', 'crashed', 'declined',
];

/**
 * How a market or an index moves by a figure, besides ECONOMIC_CHANGES ("Japan's Nikkei 225 gained 0.4%", "Britain's
 * FTSE 100 shed 1%"): only before a figure, as a market's "lost" or "added" says nothing alone.
 */
// Used by: places/roles (MARKET_MOVED).
// 'slipped' is in MOTIONS too, where a person slips somewhere unseen.
// prettier-ignore
export const MARKET_CHANGES = [
  ...ECONOMIC_CHANGES, 'gained', 'lost', 'added', 'shed', 'slipped', 'slid', 'dipped', 'eased', 'advanced', 'retreated',
  'edged up', 'edged down', 'edged higher', 'edged lower', 'inched up', 'inched down',
];

/**
 * How a market or an index stood at a time of the trading day, before its direction ("Hong Kong's Hang Seng Index
 * started in the red", "was last trading up about 1%", "closed 0.5% higher"). Used by: places/roles (MARKET_MOVED).
 */
// prettier-ignore
export const MARKET_SESSIONS = [
  'opened', 'started', 'closed', 'ended', 'finished', 'traded', 'was trading', 'were trading', 'was last trading',
  'were last trading', 'is trading', 'are trading', 'was last', 'were last',
];
/** A market's direction after MARKET_SESSIONS ("closed higher", "started in the red"). */
// prettier-ignore
export const MARKET_DIRECTIONS = ['up', 'down', 'higher', 'lower', 'in the red', 'in the green', 'flat', 'mixed'];

/**
 * Killing a share of the people of a place ("the plague wiped out half of Europe", "killing up to 60 percent of
 * Europe's population", "wiped out nearly one-third of Europe's population"): the deaths happened there. Only these
 * verbs: "20 percent of North Carolina's workers" is a statistic. 'kills', 'killing', 'infected', 'sickened' are in
 * HARMS_TO_PEOPLE too, which reads the people before the place ("killed five residents in"); here the share comes
 * before it. Used by: places/roles (KILLED_SHARE).
 */
// prettier-ignore
export const KILLING_VERBS = [
  'killed', 'killing', 'kills', 'kill', 'wiped out', 'wiping out', 'wipes out', 'wipe out', 'decimated', 'infected',
  'infecting', 'sickened',
];
/**
 * Modals before KILLING_VERBS that make the killing a forecast, not a toll ("the tariffs could kill 20 percent of
 * Mexico's exports", "the plan would kill half of Britain's coal plants"). Used by: places/roles (KILLED_SHARE).
 */
export const FORECAST_MODALS = ['would', 'could', 'will', 'may', 'might', 'can', 'should'];
/**
 * Words after "is"/"are" that make what follows "to" a forecast, as a modal does ("Heat deaths are expected to rise in
 * cities such as Phoenix"). Used by: places/roles (a sentence reporting a happening).
 */
export const FORECAST_PARTICIPLES = ['expected', 'likely', 'set', 'due', 'scheduled', 'projected', 'poised', 'slated'];
/**
 * A place's people after "X's" in a killed share ("killed a quarter of Ireland's people", "infected a third of Italy's
 * population", "Europe's Jews"): not what it owns ("half of Texas's new voting rules", "much of California's rail
 * plan"). Used by: places/roles (KILLED_SHARE).
 */
// prettier-ignore
export const KILLED_PEOPLE = [
  // its people, as a town's own (lexicon/en/place-words)
  ...PLACE_PEOPLE,
  // its people by age, sex or faith
  'populace', 'peoples', 'children', 'adults', 'men', 'women', 'jews',
];
/** Shares of a people before "of" ("half of", "one-third of", "60 percent of"), besides numbers with "percent". */
// prettier-ignore
export const SHARE_FRACTIONS = [
  'half', 'a third', 'a quarter', 'a fifth', 'a tenth', 'one-third', 'one third', 'one-quarter', 'one quarter',
  'one-half', 'one half', 'one-fifth', 'one fifth', 'one-tenth', 'one tenth', 'two-thirds', 'two thirds',
  'three-quarters', 'three quarters', 'most', 'much',
];

/**
 * What befalls a place, as participles after "was", "were", "has been" with the place as subject ("Venezuela was
 * rocked by protests", "Lebanon has been gripped by protests", "Houston was flooded").
 */
// Used by: places/roles (a place as the subject of a happening).
// prettier-ignore
// Not 'hit' or 'struck': a place is as often the party ("China was hit with tariffs", "Russia was struck by the
// scale").
export const BEFALLEN = [
  // force and disaster
  'rocked', 'shaken', 'attacked', 'invaded', 'bombed', 'shelled', 'flooded', 'inundated', 'battered',
  'pounded', 'ravaged', 'devastated', 'swept', 'swamped', 'engulfed', 'lashed', 'hammered', 'scorched', 'blanketed',
  // taken, searched or emptied
  'stormed', 'surrounded', 'seized', 'captured', 'occupied', 'besieged', 'raided', 'overrun', 'looted', 'ransacked',
  'evacuated', 'locked down',
  // held in a state by unrest
  'gripped', 'paralysed', 'paralyzed', 'convulsed', 'plunged into', 'thrown into',
];

/**
 * What befalls holders at a place, or what they do there, said right after the place ("all schools in Mexico City have
 * been closed", "voters in Georgia went to the polls", "residents in Jackson were evacuated"): a happening there, not
 * where they are held or live. Not 'celebrated': "Fans in Almaty celebrated the victory" names where fans are (an
 * older test's ruling). Used by: places/role-cues (HOLDERS_BEFELL).
 */
// prettier-ignore
export const HOLDERS_HAPPENINGS = [
  ...BEFALLEN,
  'closed', 'shut', 'shut down', 'voted', 'went to the polls', 'cast ballots', 'marched', 'protested', 'rallied',
  'gathered', 'fled', 'died', 'killed', 'injured', 'hurt', 'hospitalized', 'hospitalised', 'infected',
  'sickened', 'lost power', 'left without power',
];

/**
 * A place's own people written after its name, lower case ("Gainesville residents marched", "Kansas voters went to the
 * polls"): with a happening after them (HOLDERS_HAPPENINGS) it happened there. Not a person ("a Chapin man died":
 * where someone lives, gold/README.md), nor fans or students, who travel ("Parkland students marched in Washington").
 * Used by: places/roles (PEOPLE_BEFELL).
 */
export const PEOPLE_OF_PLACE = [...PLACE_PEOPLE, 'voters', 'villagers'];

/**
 * What a county's or a town's jury does in a trial ("a Navarro County jury found the defendant guilty", "A Manhattan
 * grand jury indicted him"): its verdict is the trial's, held there. Only a verdict's verbs: "Texas jurors are paid six
 * dollars a day" says nothing happened there. Used by: places/roles (JURY_DECIDED).
 */
// prettier-ignore
export const JURY_VERDICTS = [
  'found', 'convicted', 'acquitted', 'indicted', 'awarded', 'deliberated', 'sentenced', 'returned', 'cleared',
  'deadlocked', 'recommended', 'ruled', 'decided', 'ordered', 'rejected', 'heard', 'began', 'convened',
];

/**
 * What a place's voters decided at the polls ("Florida voters approved the measure", "voters in Kansas rejected the
 * amendment"): the vote was held there. Said of voters only: "the envoy in Brussels backed the plan" is where an envoy
 * is. Used by: places/roles (VOTERS_DECIDED), places/role-cues (a holder that is voters).
 */
// prettier-ignore
export const VOTERS_DECISIONS = [
  'approved', 'rejected', 'elected', 're-elected', 'chose', 'backed', 'ousted', 'defeated', 'passed', 'repealed',
];

/**
 * What a place lives through, with the place as subject ("Hong Kong has witnessed months of unrest", "Japan hosted
 * the summit"): it happened there.
 */
// Not 'saw', 'has seen', 'suffered', 'recorded' alone: as often the place acting as a state or a team ("Russia saw the
// move as a provocation", "The United States has seen no evidence", "Mexico suffered a defeat", "Japan registered a
// protest"); those say it happened there only with a toll for object (RECORDING_VERBS).
// Used by: places/roles (a place as the subject of a happening).
// prettier-ignore
export const UNDERGONE = [
  'experienced', 'experiences', 'witnessed', 'endured', 'hosted', 'hosts', 'staged',
];

/** Seeing ("Eastern China saw many cases"); with "as", a view ("Russia saw the attacks as a provocation"). */
// Used by: places/roles (RECORDING_VERBS; RECORDED refuses a view).
export const SEEING_VERBS = ['saw', 'seen', 'sees'];

/**
 * Verbs of a place counting what happened in it ("California has confirmed at least thirteen cases", "Brazil has
 * registered 899 deaths", "Eastern China saw a large number of cases"): only with a toll for object (RECORDED_TOLLS),
 * as with any other object the place is a party ("Russia saw the move as a provocation", "Japan registered a protest").
 */
// Used by: places/roles (a place as the subject of a happening).
// prettier-ignore
export const RECORDING_VERBS = [
  'reported', 'reports', 'confirmed', 'confirms', 'registered', 'recorded', 'records', 'logged', 'counted',
  'documented', 'detected', ...SEEING_VERBS, 'suffered', 'suffers',
];

/**
 * Having a toll, with the place as subject ("Argentina has 512 deaths", "Ethiopia and Sudan have had more recent
 * cases", "Masvingo province has had 40 cases"): a count in the place only when the toll is counted (a number, "new",
 * "more"), as "Australia has a case against China" is a party's. Used by: places/roles (RECORDED).
 */
export const HAVING_VERBS = ['has', 'have', 'had'];
/**
 * Participles written as the present ("the virus has spread to"), which no participle ending tells. Used by:
 * places/roles (PERFECT: a sentence that reports what happened).
 */
export const SAME_FORM_PARTICIPLES = ['spread', 'cut', 'shut', 'hit', 'put', 'set', 'hurt', 'burst'];
/**
 * Pasts of what befalls a place that no "-ed" tells and speech's IRREGULAR_PASTS lacks ("Snow fell in cities like
 * Denver", "the storm swept through towns such as Moore"). Used by: places/roles (a sentence reporting a happening).
 */
// prettier-ignore
export const IRREGULAR_EVENT_PASTS = [
  'fell', 'blew', 'swept', 'sank', 'burnt', 'flew', 'fled', 'drove', 'slid', 'stole',
];
/**
 * What a toll word may qualify instead of being counted: a rate is a state of the place ("Kenya has the highest
 * infection rates", "Japan has a 2% death rate"), no happening had. Used by: places/roles (RECORDED refuses them
 * after a having verb's toll).
 */
export const RATE_NOUNS = ['rate', 'rates', 'ratio', 'ratios', 'risk', 'risks'];
/**
 * Nouns before a toll that say it has not happened ("where there have been calls for protests", "fears of an outbreak",
 * "threats of attacks"). Used by: places/roles (THERE_WAS).
 */
// prettier-ignore
export const UNREALISED_BEFORE_TOLL = [
  'calls', 'call', 'fears', 'fear', 'threats', 'threat', 'warnings', 'warning', 'talk', 'talks', 'plans', 'plan',
  'rumours', 'rumors', 'risk', 'risks', 'prospect', 'possibility', 'concerns', 'hopes', 'demands', 'predictions',
];
/** A toll ranked, as counted ("The village of Pongpong had the largest number of casualties"). */
export const TOLL_RANKS = ['most', 'highest', 'largest', 'biggest'];

/**
 * Participles of a hazard's harm to places, before "by" and the hazard ("Other cities affected by the flu are Kisumu",
 * "the provinces hardest hit by the floods include Sindh"). Used by: places/roles (AFFECTED_BEFORE).
 */
// prettier-ignore
export const HARMED_PARTICIPLES = [
  'affected', 'hit', 'struck', 'hard-hit', 'hardest-hit', 'worst-hit', 'hardest hit', 'worst hit', 'hit hardest',
  'hit worst', 'ravaged', 'devastated', 'flooded',
];

/** Deaths as a toll: "the deaths of two soldiers" are people's, "899 deaths" a count. */
// Used by: places/roles (RECORDED: a death of people named is no count).
// prettier-ignore
export const DEATH_TOLLS = ['death', 'deaths', 'fatality', 'fatalities', 'casualties'];

/**
 * What a place records happening in it: cases, deaths and unrest ("its first death", "899 deaths", "violence"). Not
 * "incident": "Britain reported the incident to the United Nations" is a state's act, as a protest is.
 */
// Used by: places/roles (RECORDING_VERBS).
// prettier-ignore
export const RECORDED_TOLLS = [
  // an epidemic's or a disaster's count
  'case', 'cases', ...DEATH_TOLLS, 'infection', 'infections', 'outbreak', 'outbreaks', 'toll',
  // unrest (plural or mass nouns: "Japan registered a protest" is a state's act)
  'violence', 'unrest', 'protests', 'clashes', 'riots', 'attacks',
  // counted happenings, plural only ("New York has confirmed 28 incidents"; "reported the incident to the UN" is a
  // state's act)
  'incidents',
];

/** A denial of any toll ("has reported no cases", "recorded zero deaths"): nothing happened. */
// Used by: places/roles (RECORDED).
export const NO_TOLL_WORDS = ['no', 'zero', 'not', 'none'];

/**
 * Words after a place's name that show it is a clause's subject or object, not a noun modifier ("Austria will invite",
 * "dealings with Ukraine and …", "remind China that"): with any other lower-case word after it, the name modifies a
 * noun ("the total U.S. population", "U.S. aid", "US boots on the Moon"), as a demonym names a nationality.
 */
// Used by: places/places (containing area).
// prettier-ignore
export const NO_MODIFIER_AFTER = [
  // auxiliaries and copulas
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'can', 'should',
  'must', 'may', 'might', 'shall', 'did', 'does', 'do', 'not',
  // conjunctions, relatives and complementisers
  'and', 'or', 'but', 'nor', 'that', 'which', 'who', 'whose', 'where', 'when', 'while', 'if', 'because', 'as', 'than',
  // prepositions
  'in', 'on', 'at', 'by', 'for', 'from', 'with', 'of', 'to', 'into', 'over', 'under', 'about', 'after', 'before',
  'since', 'until', 'during', 'against', 'between', 'through', 'toward', 'towards', 'via', 'across', 'around', 'near',
  // reporting and sentence adverbs
  'said', 'says', 'also', 'now', 'still', 'again', 'too', 'itself', 'alone', 'last', 'this', 'next',
];

/**
 * Determiners before a place's name that, with a noun after it, make the name that noun's modifier ("the total U.S.
 * population", "a U.S. official"); a number does too ("10 U.S. city initiatives"). Without one, a name before a
 * lower-case word is as often a subject before its verb ("Zimbabwe needs help").
 */
// Used by: places/places (containing area).
// prettier-ignore
export const MODIFIER_DETERMINERS = [
  'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'every', 'each', 'another', 'some',
  'many', 'most', 'all', 'no',
];

/**
 * Words that make an amount rough ("about 300", "up to 60 percent", "an estimated 5,000"): what follows is still a
 * count or a share. Used by: places/roles (KILLED_SHARE, MARKET_MOVED), places/role-cues (APPROXIMATE_COUNT).
 */
// prettier-ignore
export const ROUGHLY = [
  'about', 'around', 'some', 'roughly', 'nearly', 'almost', 'over', 'more than', 'up to', 'an estimated',
];

/**
 * Last words of the names of events held in the town that opens the name ("the Nuremberg Toy Fair", "the Cannes Film
 * Festival", "the Boston Marathon", "the Munich Security Conference", "the Beijing Olympics"): the town is where the
 * event is held, not a word of a body's name as in "the Boston Globe". Lower case. Used by: places/recognize.
 */
// prettier-ignore
export const EVENTS_NAMED_FOR_THEIR_TOWN = [
  // gatherings
  'fair', 'festival', 'expo', 'exposition', 'conference', 'summit', 'carnival', 'biennale', 'biennial',
  // races and games
  'marathon', 'regatta', 'triathlon', 'olympics', 'games',
];
