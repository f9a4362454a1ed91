// Role nouns: what a person is or does, as the article says it before a name ("Foreign Minister Lavrov"), after
// it ("Liu He, China's top trade negotiator") or instead of it ("the spokesman said"). Lower case.
import { HONORIFICS, OFFICE_ABBREVIATIONS, PLURAL_OFFICE_ABBREVIATIONS, RANK_ABBREVIATIONS } from './address';
import { COMPARATIVES } from './function-words';

/** Offices of state, legislature and courts. */
// Used by: quotes/mentions (TITLE_WORDS), lexicon/en/name-words (ROLE_WORDS); places/recognize (ROLE_APPOSITION) the
// ones marked there.
// prettier-ignore
export const OFFICES = [
  'president', 'president-elect', 'vice', 'prime', 'premier', 'chancellor', 'minister', 'minister-president',
  'secretary', 'senator', 'representative', 'governor', 'mayor', 'speaker', 'ambassador', 'envoy', 'commissioner',
  'judge', 'justice', 'attorney', 'sheriff',
  'lady', // "First Lady"
  // members of legislatures and councils, as local news titles them ("Councilwoman Maria Lopez", "Assemblyman …")
  'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'councilman', 'councilwoman',
  'councilmember', 'alderman', 'alderwoman', 'selectman', 'selectwoman', 'freeholder', 'supervisor', 'trustee',
  // elected or appointed officers of a town, county or state ("County Treasurer Ann Reyes", "Magistrate Tom Baker")
  'treasurer', 'comptroller', 'auditor', 'clerk', 'magistrate',
];

/** Monarchs and religious leaders. Same users as OFFICES. */
// prettier-ignore
export const ROYAL_AND_RELIGIOUS_TITLES = [
  'king', 'queen', 'prince', 'princess', 'pope', 'sheikh', 'ayatollah', 'emir', 'sultan',
  // clergy as local news titles them ("Rabbi Mark Dale", "Imam Yusuf Khan", "The Reverend Lisa Grant"); "Rabbi" is also
  // in the given-name list and "Imam" a given name, so without the title reading they were glued to the name
  'rabbi', 'imam', 'pastor', 'reverend', 'archbishop',
];

/**
 * Titles of nobility and church offices held of a place or a see: "the Duke of Edinburgh", "the Archbishop of
 * Canterbury". Before "of" they name a person by the place, not a body named after it ("Bank of England") nor someone
 * from there ("Tom Baker of Denver"). Only there: "Duke", "Earl" and "Bishop" are also given names and surnames.
 */
// Used by: quotes/mentions (nameAfterOf).
// prettier-ignore
export const TITLES_OF_A_PLACE = [
  // Nobility
  'duke', 'duchess', 'earl', 'countess', 'marquess', 'marquis', 'marchioness', 'viscount', 'viscountess', 'baron',
  'baroness',
  // Church offices
  'archbishop', 'bishop', 'cardinal', 'patriarch', 'metropolitan', 'abbot', 'abbess',
];

/** Who leads or speaks for an organisation, a campaign or a team. Same users as OFFICES. */
// prettier-ignore
export const LEADERSHIP_ROLES = [
  'chairman', 'chairwoman', 'chair', 'chief', 'director', 'leader', 'ceo', 'cfo', 'founder', 'spokesman', 'spokeswoman',
  'spokesperson', 'adviser', 'advisor', 'manager', 'coach', 'deputy', 'professor', 'officer', 'candidate', 'nominee',
  'provost',
];

/** Members of a legislature, as a description calls them ("the Vermont senator", "the Ohio lawmaker"). */
// Used by: quotes/resolve (a party tag after a name, "(D-Vt.)", says the person is one).
export const LAWMAKERS = ['senator', 'representative', 'congressman', 'congresswoman', 'lawmaker', 'legislator'];

/** Military ranks written in full. Same users as OFFICES. */
export const RANKS = ['general', 'colonel', 'major', 'captain', 'commander'];

/** Ministers' portfolios, read as part of the title ("Foreign Minister", "Defence Secretary"). */
// Same users as OFFICES.
export const PORTFOLIOS = ['foreign', 'interior', 'defense', 'defence'];
/** Portfolios that also open the names of bodies ("State Department", "Labor Party", "Health Ministry"). */
export const PORTFOLIOS_IN_BODY_NAMES = ['finance', 'health', 'state', 'labor', 'trade', 'economy'];

/** Party and stance words before a name are part of the role ("Republican Donald Trump"). */
export const PARTY_WORDS = ['republican', 'democratic', 'democrat', 'gop', 'conservative', 'liberal', 'libertarian'];

/** Words that date a role ("former President", "the late Senator", "then-Governor", "First Lady"). Same users. */
export const ROLE_MODIFIERS = ['former', 'late', 'then', 'first'];

/**
 * Words that say a role was held before and is no longer ("Tom Baker, the former mayor", "a retired judge"): such a
 * role does not make its holder the one a later "the mayor" stands for. Used by: quotes/given-role.
 */
export const PAST_ROLE_MARKERS = ['former', 'ex', 'onetime', 'one-time', 'retired', 'then', 'late', 'erstwhile'];

/** Abbreviated titles as a title word reads them: with the point ("Sen.", "Lt."), "Sens." for several senators. */
const TITLE_ABBREVIATIONS = [...OFFICE_ABBREVIATIONS, ...PLURAL_OFFICE_ABBREVIATIONS, ...RANK_ABBREVIATIONS, 'dr'].map(
  (w) => `${w}.`,
);

/**
 * Every word that stands before a name as its title or role ("Kazakh President", "former Sen.", "Mr."):
 * all the groups above, the abbreviations and the forms of address.
 */
// Used by: quotes/mentions (TITLE_WORDS): a source phrase keeps them as the speaker's role.
export const TITLE_WORDS = [
  ...OFFICES,
  ...ROYAL_AND_RELIGIOUS_TITLES,
  ...LEADERSHIP_ROLES,
  ...RANKS,
  ...PORTFOLIOS,
  ...PORTFOLIOS_IN_BODY_NAMES,
  ...PARTY_WORDS,
  ...ROLE_MODIFIERS,
  ...TITLE_ABBREVIATIONS,
  ...PLURAL_OFFICE_ABBREVIATIONS,
  ...HONORIFICS,
  ...HONORIFICS.map((w) => `${w}.`),
];

/**
 * The title words that are never the first word of another name: without the portfolios and party words that open
 * names of bodies ("State Department", "Republican National Committee"), which the entity recogniser must keep whole.
 */
// Used by: lexicon/en/name-words (ROLE_WORDS).
const OPENS_BODY_NAMES = new Set([...PORTFOLIOS_IN_BODY_NAMES, ...PARTY_WORDS]);
export const TITLE_WORDS_OUTSIDE_NAMES = TITLE_WORDS.filter((w) => !OPENS_BODY_NAMES.has(w));

// People named by relation, job or part in the news ("his colleague", "her husband", "a top aide", "the suspect"):
// nouns without a telling suffix ("-er", "-ist" are read by their ending). Used by: quotes/mentions (PERSON_HEADS,
// all three, with TITLE_WORDS), places/recognize (ROLE_APPOSITION: OCCUPATIONS, with offices and PROFESSIONS).

/** A person by sex and age alone. Used by: RELATIONS, lexicon/en/place-words (TOWN_FOLK_AFTER). */
export const PEOPLE_BY_SEX_AND_AGE = ['woman', 'man', 'girl', 'boy'];
/** People named by where they live or study. Used by: STORY_PARTS, lexicon/en/place-words (TOWN_FOLK_AFTER). */
export const DWELLERS = ['resident', 'student'];
/** People named by relation ("his colleague", "her husband"). */
// prettier-ignore
export const RELATIONS = [
  'friend', 'husband', 'wife', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'parent', 'relative',
  'cousin', 'uncle', 'aunt', 'fiancee', 'fiancé', 'fiancée', 'girlfriend', 'boyfriend', 'mom', 'dad', 'neighbor',
  'neighbour', 'partner', 'classmate', 'roommate', 'guy', ...PEOPLE_BY_SEX_AND_AGE, 'child', 'kid',
];
/** People named by their wealth ("the billionaire"). Used by: OCCUPATIONS, lexicon/en/epithets. */
export const WEALTH_TITLES = ['tycoon', 'mogul', 'billionaire', 'millionaire', 'magnate'];
/** The runners in a race, named by their standing ("the front-runner"). Used by: STORY_PARTS, lexicon/en/epithets. */
export const RACE_STANDINGS = ['frontrunner', 'front-runner', 'hopeful', 'incumbent'];
/** People named by their work ("a top aide", "the negotiator"). */
// prettier-ignore
export const OCCUPATIONS = [
  'colleague', 'associate', 'boss', 'staffer', 'aide', 'employee', 'worker', 'official', 'executive', 'diplomat',
  'physician', 'doctor', 'surgeon', 'neurosurgeon', 'nurse', 'lawyer', 'teacher', 'pastor', 'priest', 'rabbi', 'imam',
  'negotiator', 'reporter', 'player', 'analyst', 'expert', 'pundit', 'host', 'anchor', 'moderator', 'detective',
  'agent', ...WEALTH_TITLES,
];
/**
 * Words for a race for an office, before the office's noun ("running for governor", "a candidate for mayor", "seeking
 * the governorship"): the person wants the office, and is no former holder of it. Used by: quotes/resolve.
 */
// prettier-ignore
export const CANDIDACY_WORDS = [
  'running for', 'runs for', 'ran for', 'run for', 'candidate for', 'bid for', 'race for', 'seeking', 'seeks', 'sought',
];

/** People named by their part in the story ("the suspect", "a witness"). */
// prettier-ignore
export const STORY_PARTS = [
  'source', 'critic', 'activist', 'supporter', 'voter', ...DWELLERS, 'witness', 'veteran', 'guest',
  'delegate', 'attendee', 'protester', 'demonstrator', ...RACE_STANDINGS, 'inmate',
  'suspect', 'victim', 'survivor', 'refugee', 'immigrant',
];

/**
 * The press at a briefing or an interview ("a reporter asked", "one journalist pressed her"): they ask, and the words
 * after their question answer it. Used by: quotes/press.
 */
export const PRESS_ASKERS = ['reporter', 'journalist', 'correspondent', 'interviewer'];

/** Jobs written before a name without being offices ("Filmmaker Geeta Gandbhir", "Superintendent McCormick"). */
// Used by: quotes/mentions (NAME_LEADERS), places/recognize (ROLE_APPOSITION).
// prettier-ignore
export const PROFESSIONS = [
  'administrator', 'superintendent', 'filmmaker', 'director', 'producer', 'editor', 'author', 'writer', 'novelist',
  'singer', 'guitarist', 'economist', 'scientist', 'researcher', 'astronaut', 'chef', 'designer', 'artist', 'actor',
  'actress', 'rapper', 'comedian',
  // writers on the news and its past, and those who measure it ("Columnist Tom Baker", "Pollster Ann Reyes")
  'columnist', 'commentator', 'pundit', 'historian', 'biographer', 'photographer', 'photojournalist', 'pollster',
  'strategist',
];

/**
 * People who study something: the place after the institution they are at only says where it is ("researchers out of
 * NASA's Goddard Space Flight Center in Greenbelt, Maryland"), not where their work happened (gold F9).
 */
// Used by: places/role-cues (AFFILIATED, RESEARCH_SUBJECT).
// prettier-ignore
export const RESEARCHERS = [
  'researcher', 'researchers', 'scientist', 'scientists', 'astronomer', 'astronomers', 'physicist', 'physicists',
  'epidemiologist', 'epidemiologists', 'economist', 'economists', 'analyst', 'analysts', 'expert', 'experts',
  'professor', 'professors', 'academic', 'academics',
];

/** Bodies that do research as a subject ("a team studied the outbreak in Wuhan", "the study followed"). */
// Used by: places/role-cues (RESEARCH_SUBJECT).
export const RESEARCH_BODIES = ['team', 'teams', 'study'];

/** Police and military ranks written in full ("Detective Inspector"). Used by: quotes/mentions (NAME_LEADERS). */
// prettier-ignore
export const POLICE_AND_MILITARY_RANKS = [
  'officer', 'inspector', 'detective', 'constable', 'corporal', 'private', 'lieutenant', 'sergeant', 'trooper',
];

export const PERSON_NOUNS = [...RELATIONS, ...OCCUPATIONS, ...STORY_PARTS];

/**
 * More nouns that say what a person is, shown as a role ("quarterback Tom Brady", "the widow Ann Reyes", "plaintiff
 * Tom Ward"). Only the shown-role check reads them: as words that lead or type a name they would misread names that
 * are written the same ("Star Tribune", "Dean Smith", "Bishop", "Marine Corps").
 */
// Used by: quotes/shown-role (PERSON_HEADS).
// prettier-ignore
export const SHOWN_PERSON_NOUNS = [
  // sport
  'quarterback', 'teammate', 'umpire', 'referee', 'jockey', 'athlete', 'fan', 'star',
  // by life and age
  'widow', 'widower', 'teen', 'teenager',
  // by standing towards others
  'ally', 'plaintiff', 'citizen', 'landlord',
  // by work
  'pilot', 'architect', 'mechanic', 'entrepreneur', 'principal', 'dean',
  // church and armed forces
  'bishop', 'admiral', 'marine',
];

/**
 * People named by their tie to someone else, the way obituaries and crime and court stories name those who speak
 * about a person ("The widow of Tom Baker said", "Grandchildren of Maria Lopez said"): kin the other lists lack, and
 * ties of work, trade and following.
 */
// Used by: quotes/group-of (with the other person nouns, singular and plural), quotes/mentions (after an owner: "Tom
// Baker's widow").
// prettier-ignore
export const TIES_TO_A_PERSON = [
  // kin
  'grandson', 'granddaughter', 'grandmother', 'grandfather', 'grandparent', 'grandchild', 'niece', 'nephew',
  'stepson', 'stepdaughter', 'stepfather', 'stepmother', 'stepbrother', 'stepsister', 'ex-wife', 'ex-husband',
  'spouse', 'heir', 'mother-in-law', 'father-in-law', 'son-in-law', 'daughter-in-law',
  // work and trade
  'coworker', 'co-worker', 'employer', 'tenant', 'customer', 'client', 'patient', 'investor', 'shareholder', 'pupil',
  'mentor', 'caregiver',
  // following, and standing against
  'follower', 'admirer', 'backer', 'loyalist', 'rival', 'foe',
];

/**
 * Trades and sport positions that open a sentence before the person's name, in local and sports news ("Owner Betty
 * Lang said", "Pitcher Carlos Vega struck out six"): at a sentence start, before a known given name, the word is the
 * role, not the name's first word (with PERSON_NOUNS, SHOWN_PERSON_NOUNS and PROFESSIONS). Not "baker", "cook",
 * "mason", "porter", "hunter": given names or surnames first. Used by: names/openers (ROLE_OPENER).
 */
// prettier-ignore
export const TRADES_AND_POSITIONS = [
  // shops and trades
  'owner', 'co-owner', 'pharmacist', 'plumber', 'electrician', 'carpenter', 'farmer', 'rancher', 'barber',
  'butcher', 'shopkeeper', 'bartender', 'waitress', 'waiter', 'cashier', 'janitor', 'firefighter', 'paramedic',
  'veterinarian', 'dentist', 'therapist', 'contractor', 'developer', 'homeowner', 'landowner', 'volunteer', 'organizer',
  'retiree',
  // baseball and American football
  'pitcher', 'catcher', 'shortstop', 'outfielder', 'infielder', 'linebacker', 'lineman', 'cornerback', 'receiver',
  'tailback', 'kicker',
  // football (soccer), basketball, hockey
  'forward', 'midfielder', 'striker', 'defender', 'goalkeeper', 'goalie', 'winger', 'centre-back', 'guard',
  // racing and other sport
  'driver', 'rider', 'swimmer', 'sprinter', 'runner', 'golfer', 'boxer', 'wrestler', 'skier',
];

/**
 * Nouns for people that end a role phrase ("postdoctoral fellow", "senior consultant") but lead no name ("Fellow
 * Democrats" is no title), among them the -ant/-ent nouns the shown-role check cannot tell by their ending.
 * Used by: quotes/shown-role.
 */
// prettier-ignore
export const ROLE_PHRASE_HEADS = [
  'fellow', 'consultant', 'assistant', 'accountant', 'attendant', 'participant', 'applicant', 'immigrant', 'migrant',
  'merchant', 'tenant', 'defendant', 'descendant', 'servant', 'correspondent', 'opponent', 'proponent', 'resident',
  'student', 'patient', 'respondent', 'claimant', 'informant',
];

/**
 * Words ending like agent nouns (-er, -or) that name no one: "month after", "later", "the former". Used by:
 * quotes/shown-role.
 */
// prettier-ignore
export const AGENT_LOOKALIKES = [
  // (prepositions such as 'after', 'over', 'under' are refused by their own list, function-words' PREPOSITIONS)
  'other', 'another', 'never', 'ever', 'whether', 'however', 'together', 'rather', 'further', 'former', 'number',
  'matter', 'order', 'water', 'winter', 'summer', 'paper', 'letter', 'power', 'center', 'quarter', 'sector', 'factor',
  'error', 'floor', 'door', 'color', 'honor', 'labor', 'favor', 'either', 'neither',
  ...COMPARATIVES,
];

/** Titles written before a bare surname ("President Obama", "Sen. Sanders", "Mrs. Clinton"), in lower case. */
// Used by: quotes/people (TITLED_SURNAME: a surname after one joins the people index).
// prettier-ignore
export const TITLES_BEFORE_SURNAME = [
  ...HONORIFICS,
  'president', 'senator', 'sen', 'representative', 'rep', 'governor', 'gov', 'secretary', 'mayor', 'judge',
  'general', 'gen', 'chancellor', 'speaker', 'justice',
];

/** Adjectives that describe a role holder without narrowing the role ("the longtime senator", "a top aide"). */
// Used by: quotes/resolve (a role noun's modifiers: "the band leader" must match a band leader, "the longtime
// senator" any senator).
// prettier-ignore
export const ROLE_ADJECTIVES = [
  'longtime', 'top', 'senior', 'junior', 'veteran', 'new', 'young', 'old', 'influential', 'powerful', 'outgoing',
  'incoming', 'embattled', 'retired', 'current',
];

/**
 * Of those, the ones no person's name holds, capitalised where they open a sentence before a name used as a
 * modifier ("Top Sanders aides said"): not "Young", "New", "Old" (names and parts of names: "Young Kim").
 * Used by: quotes/people (NOT_PERSON_WORD).
 */
export const ROLE_ADJECTIVES_NO_NAME = ROLE_ADJECTIVES.filter((w) => !['young', 'new', 'old'].includes(w));

/**
 * Offices held for someone, named with "to" ("an adviser to the prime minister", "an aide to the governor", "China's
 * ambassador to Britain"): after an inverted cue, "to" and its object belong to the source. Used by:
 * quotes/mention-after (officeDomain).
 */
// prettier-ignore
export const OFFICES_TO_SOMEONE = [
  'adviser', 'advisor', 'aide', 'assistant', 'counselor', 'counsellor', 'consultant', 'ambassador', 'envoy',
  'secretary', 'successor',
];
