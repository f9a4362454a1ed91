// Stage 5 of the places engine: what each resolved mention is to the story: the dateline it was filed from, an
// event place (something is reported happening there), or a plain mention. A place's role from its mentions' roles
// is stage 6's (lib/places/6-places.ts).
import type { PlaceRole } from '../types';
import type { ResolvedMention } from './4-resolve';
import type { StoryContext } from './3-story-context';
import { entry, type PlaceIndex } from './gazetteer';
import { lies } from './2-candidates';
import { isNumberedRoad } from './roads';
import { calledOff, mentionCue, mentionCueAfter } from './role-cues';
import type { Range } from '../text/datelines';
import { isSpace } from '../text/chars';
import { AnchoredTail, endsWithWord, lastWords, openedBy, openedByThen, type OpenedBy } from '../text/word-runs';

/** A cue pattern as the role rules use it (openedBy, openedByThen). */
type Cue = Pick<OpenedBy, 'test'>;
import { alternation, capitalise, withCapitals, wordSet } from '../lexicon/build';
import { MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import { PARTICIPLE_ENDINGS, VERB_ENDINGS } from '../lexicon/en/word-endings';
import {
  ACTS_ON_PLACE,
  CONTEST_RESULTS,
  AFTER_A_WON_PLACE,
  FORCES_GOING_ON,
  HAZARDS_GOING_ON,
  ASSAULTS_ON_PLACE,
  CASE_COUNTERS,
  CASE_PARTIES,
  ADMITTING_BODIES,
  COURT_CASE_AFTER,
  COURT_CASE_PLACES,
  COURT_CASE_QUALIFIERS,
  BEFALLEN,
  DEPARTURES,
  JURY_VERDICTS,
  FLOWN_AUXILIARIES,
  ECONOMIC_CHANGES,
  ECONOMIC_STATES,
  ECONOMY_WORDS,
  KILLING_VERBS,
  MARKET_CHANGES,
  MARKET_DIRECTIONS,
  MARKET_HEADS,
  MARKET_SESSIONS,
  MODIFIER_DETERMINERS,
  SHARE_WORDS,
  EVENT_PREPOSITIONS,
  EVENTS_AFTER_PLACE,
  EVENTS_BEFORE_PLACE,
  EVENTS_OF_PLACE,
  RANKING_WORDS,
  ROAD_TOPICS,
  TOPIC_NOUNS,
  FORESEEING_WORDS,
  PARTS_OFF,
  PARTS_OF_THE,
  PARTS_ON,
  PERIODS,
  PLACE_NOUNS_BEFORE_NAME,
  STRIKING_EVENTS,
  GOAL_PREPOSITIONS,
  HAPPENINGS,
  HARMED_PARTICIPLES,
  HAVING_VERBS,
  JOURNEYS_TO,
  LOCATIVE_PREPOSITIONS,
  MOTIONS,
  PLACE_QUALIFIERS,
  REMOVALS,
  DEATH_TOLLS,
  NO_TOLL_WORDS,
  RECORDED_TOLLS,
  UNREALISED_BEFORE_TOLL,
  IRREGULAR_EVENT_PASTS,
  FORECAST_PARTICIPLES,
  RATE_NOUNS,
  SAME_FORM_PARTICIPLES,
  RECORDING_VERBS,
  SCORES,
  SEEING_VERBS,
  SHARE_FRACTIONS,
  TOLL_CASES,
  TOLL_RANKS,
  UNDERGONE,
  CROSSING_VERBS,
  FORECAST_MODALS,
  KILLED_PEOPLE,
  LOCAL_FORCES,
  HOLDERS_HAPPENINGS,
  PEOPLE_OF_PLACE,
  ROUGHLY,
  VOTERS_DECISIONS,
} from '../lexicon/en/events';
import { WORK_NOUNS } from '../lexicon/en/works';
import { EXAMPLE_MARKERS } from '../lexicon/en/organisations';
import {
  DIVISIONS_AFTER,
  LOCALITIES_AFTER,
  OWNED_NOT_IN,
  PLACE_KINDS_PLURAL,
  PLACE_PARTS_OWNED,
  SETTLEMENTS_AFTER,
  SUBDISTRICTS_AFTER,
} from '../lexicon/en/place-words';
import {
  AUXILIARIES,
  LEADING_PREPOSITIONS,
  NOT_AN_ACT_AFTER_WHO,
  NUMBER_WORDS,
  RELATIVE_PRONOUNS,
  SUBORDINATORS,
} from '../lexicon/en/clause-words';
import { IRREGULAR_PASTS, REPORTING_VERBS } from '../lexicon/en/speech';
import {
  OPENING_FUNCTION_WORDS,
  ORDINAL_WORDS,
  POSSESSIVES,
  PREPOSITIONS,
  QUESTION_WORDS,
  SUBJECT_PRONOUNS,
} from '../lexicon/en/function-words';
import {
  BUILDING_HEADS,
  DOTTED_STREET_HEADS,
  DWELLINGS,
  INSTITUTION_HEADS,
  OPENING_STREET_HEADS,
  STREET_HEADS,
  TRANSPORT_HEADS,
  VENUE_HEADS,
  WORSHIP_HEADS,
} from '../lexicon/en/sites';

// Between the preposition and the name: "the [western] city of" style fillers (with a demonym or an editor's
// bracket: "in the Polish capital [of Warsaw]"), a possessive ("in the country's southern"), or a qualifier
// ("in downtown", "in neighbouring").
// A period before it ("in 15th century Europe", "in 19th-century England", "in present-day Bywater").
const CENTURY = '\\d{1,2}(?:st|nd|rd|th)[- ]century';
const PERIOD = `(?:(?:${CENTURY}|${alternation(PERIODS)})\\s+)?`;
// Two qualifiers may stand together ("in north west London", "in rural southern Kansas", "in north central Texas"),
// or joined ("across southern and central Sudan").
const QUALIFIER = `${PERIOD}(?:(?:${alternation(PLACE_QUALIFIERS)})(?:\\s+(?:and|or))?\\s+){0,2}`;
// A number may be one of them ("in the 3200 block of West Broad Street", "in the 400-block of N. Bedford Drive"); a
// qualifier may follow "of" ("in parts of southwest Kansas", "in areas of northern Syria"). Not a ranking ("in the top
// 10 of Britain's richest").
const OF_FILLER = `(?:(?!(?:${alternation(RANKING_WORDS)})\\s)[\\p{L}\\d-]+\\s+){1,3}\\[?of\\s+`;
// A part of a name that takes "the" ("in parts of the United States", "in the middle of the South Kilburn Estate").
const OF_THE_FILLER = `(?:[\\p{L}\\d-]+\\s+){0,2}(?:${alternation(PARTS_OF_THE)})\\s+of\\s+the\\s+`;
const POSSESSIVE_FILLER = `(?:[\\p{L}.-]+\\s+){0,2}[\\p{L}.-]+['’]s\\s+`;
// A describing word may come first: hyphenated ("a trip to a pet-friendly Florida resort") or after an adverb ("a civil
// war in newly independent South Sudan", "in largely Muslim Chechnya").
const DESCRIBED = "(?:\\p{Ll}+-\\p{Ll}+\\s+|\\p{Ll}+ly\\s+[\\p{L}'’-]+\\s+)?";
// The determiner may be a person's ("stayed in his New York City mansion", "arrested near his parents' Algiers home",
// "found dead at their Heaton Street home"): the place locates their home, where the clause's happening was.
const DETERMINER = `(?:(?:the|a|an)|(?:${alternation(POSSESSIVES)})(?:\\s+\\p{Ll}+s['’])?)`;
// Kinds of place the names are examples of ("in cities like Beijing", "in other countries such as Mexico", "in a group
// of states including Georgia"): the preposition puts the clause at each. Up to two words before the kind, none of them
// a preposition (the kind's own preposition is the one that counts).
const NOT_PREPOSITION = `(?!(?:${alternation(PREPOSITIONS)})\\s)`;
const EXAMPLES =
  `(?:${NOT_PREPOSITION}\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?:${alternation(PLACE_KINDS_PLURAL)}),?\\s+` +
  `(?:${alternation(EXAMPLE_MARKERS)})\\s+`;
// A count of places of a kind listed before the name ("legalized in 11 states and the District of Columbia", "in all
// 50 states and Puerto Rico", "in dozens of countries and Hong Kong"): the name is one more place of the clause.
const COUNTED_KINDS =
  `(?:(?:all|some|several|many|other)\\s+)?(?:\\d[\\d,]*|${alternation(NUMBER_WORDS)})\\s+(?:of\\s+)?` +
  `(?:[\\p{Ll}-]+\\s+)?(?:${alternation(PLACE_KINDS_PLURAL)}),?\\s+(?:and|as\\s+well\\s+as|plus)\\s+`;
// The qualifiers come last whatever comes before them (after "of", "of the", a possessive, or alone): written once, as
// FILLER is only ever tested (a match or none), not read for where its parts are.
const FILLER =
  `(?:${COUNTED_KINDS})?(?:${DETERMINER}\\s+)?${DESCRIBED}` +
  `(?:${OF_FILLER}|${OF_THE_FILLER}|${POSSESSIVE_FILLER})?${QUALIFIER}(?:${EXAMPLES})?`;
// The patterns below end with FILLER: it is compiled and matched apart (AnchoredTail), once per flags, not inside each.
const FILLER_IU = new AnchoredTail(FILLER, 'iu');
const FILLER_U = new AnchoredTail(FILLER, 'u');
/** `head` (ending in white space) then FILLER to the end of the window, opened by one of `words`. */
const beforeFiller = (head: string, flags: 'iu' | 'u', words: Iterable<string>) =>
  openedByThen(new RegExp(head, flags), words, flags === 'iu' ? FILLER_IU : FILLER_U);
const LOCATIVE = beforeFiller(`\\b(?:${alternation(LOCATIVE_PREPOSITIONS)})\\s+`, 'iu', LOCATIVE_PREPOSITIONS);
// "sent troops to", "his first trip to": a goal after a motion a few words back.
const GOAL = beforeFiller(
  `\\b(?:${alternation(MOTIONS)})\\b(?:\\s+[\\p{L}\\d,'’-]+){0,4}?\\s+(?:${alternation(GOAL_PREPOSITIONS)})\\s+`,
  'iu',
  MOTIONS,
);
// A kind of place in apposition before the name, after a locative ("in the capital Kabul", "in the Afghan capital,
// Kabul,", "at a fundraiser in the province Gauteng"): case-sensitive, as "Kansas City" is a name. With a comma only as
// a closed apposition, a comma or a stop after the name: "In the region, China has …" opens a clause.
const APPOSED = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation(withCapitals(LOCATIVE_PREPOSITIONS))})\\s+` +
    `(?:(?:the|a|an|its|their|his|her)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}(?:${alternation(PLACE_NOUNS_BEFORE_NAME)})` +
    '(?:\\s+city)?(?<comma>,)?\\s+$',
  'u',
);
const APPOSITION_CLOSED = /^\s*[,.;:]/u;
const APPOSED_NOUNS = new Set(PLACE_NOUNS_BEFORE_NAME);

/**
 * APPOSED's necessary ending, read first: spaces, perhaps a comma, and before them one of its nouns as the last word.
 * The pattern itself is tried from every character of the window; most windows end otherwise. The same answer.
 */
function endsApposed(before: string): boolean {
  const trimmed = before.trimEnd(); // trimEnd removes what \s matches
  if (trimmed.length === before.length) return false;
  const end = trimmed.endsWith(',') ? trimmed.length - 1 : trimmed.length;
  let start = end;
  while (start > 0 && !isSpace(trimmed.charCodeAt(start - 1))) start--;
  return APPOSED_NOUNS.has(trimmed.slice(start, end));
}

/** "in the capital Kabul", "in the capital, Kabul,": the name is the place the locative puts the clause at. */
function apposed(before: string, after: string): boolean {
  const m = endsApposed(before) ? APPOSED.exec(before) : null;
  return m !== null && (m.groups?.comma === undefined || APPOSITION_CLOSED.test(after));
}

// An event noun right before the locative ("the shooting in Dallas"): an event even in a clause about the future.
const EVENT_BEFORE = beforeFiller(
  `\\b(?:${alternation(EVENTS_BEFORE_PLACE)})\\s+(?:${alternation(EVENT_PREPOSITIONS)})\\s+`,
  'iu',
  EVENTS_BEFORE_PLACE,
);
// A happening "of" the place ("the invasion of Iraq", "Iraq's invasion of Kuwait", "the siege of Sarajevo").
const EVENT_OF = openedBy(
  new RegExp(`\\b(?:${alternation(EVENTS_OF_PLACE)})\\s+of\\s+(?:the\\s+)?$`, 'iu'),
  EVENTS_OF_PLACE,
);
// Only foreseen ("preparing for an invasion of Taiwan", "fears of an invasion of", "threatened a blockade of Lebanon"):
// the word may stand up to three words before the happening.
const EVENT_OF_FORESEEN = openedBy(
  new RegExp(
    `\\b(?:${alternation(FORESEEING_WORDS)})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(EVENTS_OF_PLACE)})\\s+of\\s+` +
      '(?:the\\s+)?$',
    'iu',
  ),
  FORESEEING_WORDS,
);
// A part of the place "on" which something happens ("disappeared while on the island of Tortola", "on the outskirts
// of").
const ON_PART = openedBy(
  new RegExp(
    `\\b(?:on\\s+the\\s+(?:${alternation(PARTS_ON)})|off\\s+the\\s+(?:${alternation(PARTS_OFF)}))` +
      '\\s+of\\s+(?:the\\s+)?$',
    'iu',
  ),
  ['on', 'off'],
);
// An assault on the place ("the attack on Kabul's airport", "air strikes on Gaza").
const ASSAULT_ON = beforeFiller(`\\b(?:${alternation(ASSAULTS_ON_PLACE)})\\s+on\\s+`, 'iu', ASSAULTS_ON_PLACE);
// Verbs whose object is where something happened ("visiting Nevada", "the storm hit Texas", "seized the city of").
const ACTION_OBJECT = beforeFiller(`\\b(?:${alternation(ACTS_ON_PLACE)})\\s+`, 'u', ACTS_ON_PLACE);
// A contest's place for object ("Bush won Florida", "carried the state of Ohio"); not what the place owns (WON_OWNED).
const WON_PLACE = beforeFiller(`\\b(?:${alternation(CONTEST_RESULTS)})\\s+`, 'u', CONTEST_RESULTS);
const WON_OWNED = /^['’]s?\s/u;
/** "carried Texas license plates", "lost Ohio customers": a lower-case word after the place that is no preposition,
 * conjunction or adverb (AFTER_A_WON_PLACE) makes the place a modifier of what was carried or lost. */
const WON_AFTER = wordSet(PREPOSITIONS, OPENING_FUNCTION_WORDS, AFTER_A_WON_PLACE);
const NEXT_LOWER_WORD = /^[^\S\n]+(\p{Ll}+)\b/u;
function wonModifier(after: string): boolean {
  const word = NEXT_LOWER_WORD.exec(after)?.[1];
  return word !== undefined && !WON_AFTER.has(word) && !word.endsWith('ly');
}
// A force going on, after a hazard in the same sentence ("Hurricane Irma is battering Florida"); not "steel is
// flooding Europe".
const HAZARD = alternation(withCapitals(HAZARDS_GOING_ON));
const FORCE_GOING_ON = beforeFiller(
  `\\b(?:${HAZARD})\\b[^.;!?]{0,80}?\\b(?:${alternation(FORCES_GOING_ON)})\\s+`,
  'u',
  withCapitals(HAZARDS_GOING_ON),
);
// Acted on, only the place itself, a part of it or a site in it ("crossing Mexico's northern border", "the quake struck
// Japan's northeast coast", "bombed Gaza's hospitals"): not what it owns ("entering Brazil's mobile market", "cross
// Texas's oil lobby": defy it, "the tariffs hit China's exports"), nor "cross Ohio off the list".
const SITE_HEAD_WORDS = [...VENUE_HEADS, ...BUILDING_HEADS, ...WORSHIP_HEADS, ...TRANSPORT_HEADS, ...INSTITUTION_HEADS];
const OWNED_PART = `(?:${alternation(PLACE_PARTS_OWNED)}|(?:${alternation([...DWELLINGS, ...SITE_HEAD_WORDS])})s?)`;
const OWNED_NO_PART = new RegExp(`^['’]s?\\s+(?!(?:[\\p{L}-]+\\s+){0,2}?${OWNED_PART}\\b)\\p{L}`, 'iu');
// Other acts on the place take any noun after its possessive as ground in it ("struck Lebanon's Bekaa Valley", "hit
// Kyiv's energy infrastructure") save what it owns that is not ground ("hit China's exports": OWNED_NOT_IN).
const OWNED_NOT_GROUND = new RegExp(`^['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${alternation(OWNED_NOT_IN)})\\b`, 'u');
const CROSSED = beforeFiller(`\\b(?:${alternation(CROSSING_VERBS)})\\s+`, 'u', CROSSING_VERBS);
const CROSSED_OFF = /^\s+off\b/u;
// A score after the object: a side beaten in a match, not a town struck ("Chelsea hit Liverpool for four", "City
// hit Leeds 4-1", "hit Everton with a late goal"). Not a time ("Storms hit Texas for four days"), nor arms ("Israel
// hit Gaza with airstrikes").
const SCORE_COUNT = `(?:\\d+|${alternation(NUMBER_WORDS)})`;
const SCORED_AFTER = new RegExp(
  `^\\s+(?:\\d+-\\d+\\b|for\\s+${SCORE_COUNT}(?:\\s+(?:${alternation(SCORES)}))?` +
    '(?=\\s*(?:[,.;:!?)]|$)|\\s+(?:on|at|in|as|and|with|before|after|to|inside|within|during)\\b)|' +
    `with\\s+(?:an?|${SCORE_COUNT})\\s+(?:\\p{Ll}+\\s+)?(?:${alternation(SCORES)})\\b)`,
  'iu',
);
// Called or summoned to a place ("crews were called to the 200 block of River Avenue", "Bomb squad called to Richmond's
// east side", "was summoned to Moscow"): where the crew or the envoy went, as after a motion.
const SUMMONED = beforeFiller('\\b(?:called|summoned)\\s+(?:back\\s+)?to\\s+', 'u', ['called', 'summoned']);
// Called to a bar is admission to practise law ("She was called to the Ohio bar"), no place one went.
const ADMITTED_AFTER = new RegExp(`^\\s+(?:${alternation(ADMITTING_BODIES)})\\b`, 'u');
// Leaving a place, perhaps with an object or a time between ("deported here from Arizona", "hauled out of the embassy",
// "abducted Bosworth from Springfield Mall", "lifted off on schedule from").
const LEAVING = `(?:${alternation(DEPARTURES)})\\s+(?:[\\p{Ll}]+\\s+)?`;
const REMOVED = `(?:${alternation(REMOVALS)})\\s+(?:[\\p{L}'’]+\\s+){0,3}?`;
// "The man was flown from Kabul", "she had flown from Dallas": flown after an auxiliary; "fish flown from Japan every
// week" is where goods come from (an origin: mention).
const FLOWN_FROM = beforeFiller(
  `\\b(?:${alternation(FLOWN_AUXILIARIES)})\\s+(?:\\p{Ll}+ly\\s+)?flown\\s+(?:[\\p{Ll}]+\\s+)?(?:from|out\\s+of)\\s+`,
  'u',
  FLOWN_AUXILIARIES,
);
const DEPARTURE = beforeFiller(`\\b(?:${LEAVING}|${REMOVED})(?:from|out\\s+of)\\s+`, 'u', [...DEPARTURES, ...REMOVALS]);
// Where a speaker was when speaking by phone or video ("Phoning in from London, Harper remembered", "Buckley, who
// phoned in from the Chicago set of 'Fargo'", "Dmitrowsky said by telephone from New York"): an act reported there,
// not the filing place of the report (FILED_FROM).
const SPOKE_FROM = beforeFiller(
  `\\b(?:(?:phoned|phoning|phones)(?:\\s+in)?|(?:${alternation(REPORTING_VERBS)}|spoke|speaking)\\s+` +
    '(?:by\\s+(?:tele)?phone|by\\s+video(?:link)?|via\\s+video(?:link)?))\\s+from\\s+',
  'iu',
  ['phoned', 'phoning', 'phones', ...REPORTING_VERBS, 'spoke', 'speaking'],
);
// A street or a numbered road takes "on" where a town takes "in" ("a club on Paris's Boulevard Montmartre", "shots
// fired on Main St.", "several wrecks on Interstate 70", "driving northbound on I-75").
const ON_STREET = beforeFiller('\\bon\\s+', 'iu', ['on']);
// "On" as "about" after a work or a topic ("the documentary on Route 66", "a bill on Interstate 5 tolls"), and a road
// modifying the noun after it ("Interstate 5 tolls"): no happening on the road.
const ON_TOPIC = beforeFiller(`\\b(?:${alternation([...WORK_NOUNS, ...TOPIC_NOUNS])})\\s+on\\s+`, 'iu', [
  ...WORK_NOUNS,
  ...TOPIC_NOUNS,
]);
const ROAD_MODIFIES = new RegExp(`^\\s+(?:${alternation(ROAD_TOPICS)})\\b`, 'iu');
const STREET_HEAD_LAST = alternation([...STREET_HEADS, ...DOTTED_STREET_HEADS]);
const STREET_NAME = new RegExp(`^(?:${alternation(OPENING_STREET_HEADS)})\\s|\\s(?:${STREET_HEAD_LAST})\\.?$`, 'iu');
/** A street by its head word, or a numbered road as the recognizer reads it (roads.ts). */
const streetOrRoad = (name: string): boolean => STREET_NAME.test(name) || isNumberedRoad(name);
// A place naming an event ("the Iowa caucuses", "Aktau protests").
const EVENT_NOUN = new RegExp(`^['’]?s?\\s+(?:${alternation(EVENTS_AFTER_PLACE)})\\b`, 'iu');
// One lower-case modifier may come between ("the Madrid peace talks", "the Paris terror attacks"); not a verb counting
// a toll ("Japan documented cases of forced labour in Korea"), which RECORDED judges.
const NOT_COUNTING = `(?!(?:${alternation(RECORDING_VERBS)})\\s)`;
const MODIFIED_EVENT_NOUN = new RegExp(
  `^['’]?s?\\s+${NOT_COUNTING}[\\p{Ll}-]+\\s+(?:${alternation(EVENTS_AFTER_PLACE)})\\b`,
  'u',
);
// The place's own police or firefighters ("a Forest Hill police sergeant searched", "Levy County sheriff's deputies"):
// where they act is the story's ground. Not a career record ("a former Epsom police chief").
const LOCAL_FORCE = new RegExp(`^\\s+(?:${alternation(LOCAL_FORCES)})\\b`, 'u');
const FORMER_BEFORE = /\bformer\s+$/iu;
// A place's jury giving its verdict ("a Navarro County jury found", "A Manhattan grand jury indicted him").
const JURY_DECIDED = new RegExp(
  `^\\s+(?:grand\\s+)?(?:jury|jurors)\\s+(?:(?:has|have|had)\\s+)?(?:\\p{Ll}+ly\\s+)?` +
    `(?:${alternation(JURY_VERDICTS)})\\b`,
  'u',
);
// The place's own people to whom something happened, or who did it there ("about 55 Gainesville residents marched").
const PEOPLE_BEFELL = new RegExp(
  `^\\s+(?:${alternation(PEOPLE_OF_PLACE)})\\s+(?:(?:has|have|had|was|were|is|are)\\s+)?(?:\\p{Ll}+ly\\s+)?` +
    `(?:been\\s+)?(?:${alternation(HOLDERS_HAPPENINGS)})\\b`,
  'u',
);
// What the place's voters decided ("Florida voters approved the measure", "Kansas voters have rejected").
const VOTERS_DECIDED = new RegExp(
  `^\\s+voters\\s+(?:(?:have|had)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:${alternation(VOTERS_DECISIONS)})\\b`,
  'u',
);
// A place's toll of a disease, counted or with "of" ("Sweden's first case of the disease", "Kenya's 12 new cases"), not
// its argument or lawsuit ("Ukraine's case for NATO membership", "Australia's case against China").
const CASE_COUNT = `(?:\\d[\\d,.]*|${alternation([...NUMBER_WORDS, ...ORDINAL_WORDS, ...CASE_COUNTERS])})`;
const TOLL_CASE = new RegExp(
  `^['’]?s?\\s+(?:${CASE_COUNT}\\s+(?:[\\p{Ll}-]+\\s+)?(?:${alternation(TOLL_CASES)})\\b` +
    `(?!\\s+(?:${alternation(CASE_PARTIES)})\\b)|` +
    `(?:${NOT_COUNTING}[\\p{Ll}-]+\\s+)?(?:${alternation(TOLL_CASES)})\\s+of\\b)`,
  'iu',
);
// A possessive's journey "to" somewhere: the place made it ("Canada's visit to the final"), it is no event there.
const JOURNEY_BY_PLACE = new RegExp(`^['’]s?\\s+(?:[\\p{Ll}-]+\\s+)?(?:${alternation(JOURNEYS_TO)})\\s+to\\b`, 'iu');
// A "where" relative reporting a happening at the place: after it ("the Moscone Center, where Jobs unveiled many
// products"), or before a list it describes ("Three countries where the plague still circulates are Peru, …", "states
// where cannabis had been legalized by 2016—Colorado, Washington, …").
const HAPPENING = `\\b(?:${alternation(HAPPENINGS)})\\b`;
// Not what began there is a life's or a career's ("Ohio, where he began his career", "where she started school").
const LIFE_STEP =
  '(?![^.;!?]{0,30}\\b(?:career|careers|life|lives|studies|school|education|childhood|apprenticeship)\\b)';
// Or a toll or a happening that there was at the place ("Turkey, where there have been 12 confirmed cases", "Kenya,
// where there were riots"); not a lasting state ("where there is a large Muslim population").
// No toll ("Vermont, where there have been no cases") or one only feared or called for ("where there have been calls
// for protests"): nothing happened.
const REALISED_WORD = `(?!(?:${alternation(UNREALISED_BEFORE_TOLL)})\\b)[\\p{L}\\d,.'’-]+\\s+`;
const THERE_WAS =
  '\\bthere\\s+(?:(?:have|has|had)\\s+been|were|was)\\s+' +
  `(?!(?:${alternation(NO_TOLL_WORDS)})\\b)(?:${REALISED_WORD}){0,4}?` +
  `(?:${alternation([...RECORDED_TOLLS, ...EVENTS_BEFORE_PLACE])})\\b`;
const WHERE_HAPPENED_AFTER = new RegExp(
  `^,?\\s+where\\s+[^.;!?]{0,80}?(?:${HAPPENING}${LIFE_STEP}|${THERE_WAS})`,
  'iu',
);
// The same "where" after the list the name opens ("hog specimens from Tacloban and Babatngon, where 270 swine deaths
// were reported", "Kenya, Uganda and Tanzania, where protests broke out"): the clause is said of every item.
const LIST_REST = new RegExp(
  "^(?:(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}" +
    "\\p{Lu}[\\p{L}'’.-]*){1,4}(?=,\\s+where\\b)",
  'u',
);

// "…, where he was arrested", "…, where Ward grew up": a person's own act, said of the last place only.
const WHERE_PERSON = new RegExp(`^,?\\s+where\\s+(?:(?:${alternation(SUBJECT_PRONOUNS)})\\b|\\p{Lu})`, 'u');

function whereAfterList(after: string): boolean {
  const rest = LIST_REST.exec(after);
  if (rest === null) return false;
  const clause = after.slice(rest[0].length, rest[0].length + 120);
  return WHERE_HAPPENED_AFTER.test(clause) && !WHERE_PERSON.test(clause);
}
const WHERE_HAPPENED_BEFORE = openedBy(
  new RegExp(
    `\\bwhere\\s+[^.;!?]{0,60}?${HAPPENING}[^.;!?]{0,20}?` +
      '(?:\\s+(?:are|is|were|was|include|includes|included)\\s+|\\s*[—–:]\\s*)(?:the\\s+)?$',
    'iu',
  ),
  ['where'],
);
// Kinds of place a hazard struck, before the list of them ("Other cities affected by the flu are Kisumu and Rift
// Valley", "the provinces hardest hit by the floods include Sindh"): as "where the plague circulates are". Only with
// the hazard named (STRIKING_EVENTS): "the countries affected by the tariffs are" are parties.
const AFFECTED_BEFORE = openedBy(
  new RegExp(
    `\\b(?:${alternation(PLACE_KINDS_PLURAL)})\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation(HARMED_PARTICIPLES)})\\s+by\\s+` +
      `(?:[\\p{L}\\d-]+\\s+){0,3}?(?:${alternation(STRIKING_EVENTS)})\\s+(?:are|were|include|includes|included)\\s*` +
      '[:—–]?\\s*(?:the\\s+)?$',
    'u',
  ),
  PLACE_KINDS_PLURAL,
);
// A villager introduced by the village the story went to ("Ali Hossain, a farmer of Baroipara village", "Shaheda Begum
// of Ishwaripur village described …"): what they do there is the story (gold D11), unlike a native's birthplace.
const VILLAGER_OF = /\bof\s+$/u;
const NATIVE_OF = /\b(?:native|natives|born|hails|hailing|originally)\s+(?:\p{L}+\s+)?of\s+$/iu;
const VILLAGE_AFTER = new RegExp(`^\\s+(?:${alternation(SETTLEMENTS_AFTER)})\\b`, 'u');
// A smaller unit placed in a larger one ("Baroipara village under Paba Upazila", "the Shaab district of Aden"): the
// larger one takes the role of the place it locates.
const UNIT_IN = new RegExp(
  `^\\s+(?:${alternation([...SETTLEMENTS_AFTER, ...LOCALITIES_AFTER, ...SUBDISTRICTS_AFTER])})\\s+(?:under|of|in)\\s+$`,
  'iu',
);
// The area a place named by a mention cue lies in, written right after it ("born in the small village of Flumeri in
// southern Italy", "headquartered in Stamford in Connecticut"): it says where that place is, no more, as the state
// after "Grantville, Pennsylvania" does. Not after a reference point: "60 miles southwest of Raleigh in North
// Carolina's Sandhills region" places the town the story is in.
const AREA_IN = new RegExp(`^\\s+in\\s+(?:the\\s+)?${QUALIFIER}$`, 'iu');
// The place as subject of an economic happening: reaching or escaping a bad state ("Germany has barely avoided falling
// into recession"), or its economy moving ("China's economy slowed to its lowest rate", "the US economy grew"), or its
// shares ("Japan's stocks fell", "Tokyo stocks fell"; not "Japan's Toyota shares fell", a company's: no name may come
// between). Not a distance from it ("Greece is still far from default": nothing happened).
const INTO_ECONOMIC_STATE = new RegExp(
  '^\\s+(?:(?:has|have|had|is|was)\\s+)?(?:\\p{Ll}+\\s+){0,3}?(?<!\\b(?:far|away)\\s)(?:into|from|out\\s+of)\\s+' +
    '(?:an?\\s+)?(?:\\p{Ll}+\\s+)?' +
    `(?:${alternation(ECONOMIC_STATES)})\\b`,
  'u',
);
const ECONOMY_MOVED = new RegExp(
  `^(?:['’]s?)?\\s+(?:\\p{Ll}+\\s+)?(?:${alternation([...ECONOMY_WORDS, ...SHARE_WORDS])})\\s+` +
    `(?:(?:has|have|had)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:${alternation(ECONOMIC_CHANGES)})\\b`,
  'u',
);
// An amount given roughly ("about 1%", "up to 60 percent").
const ROUGH = `(?:(?:${alternation(ROUGHLY)})\\s+)?`;
// A market the place names moving by a figure ("Japan's Nikkei 225 (N225) declined 0.3%", "South Korea's Kospi Index
// fell 0.5%"), or standing up or down at a time of the day ("Hong Kong's Hang Seng Index started in the red", "was last
// trading up about 1%", "closed 0.5% higher"): the day's trading there is the news. Only a market or an index (its
// last word one of MARKET_HEADS, then perhaps its number), or the place's shares with no company named before them
// (SHARE_WORDS): "Japan's Toyota fell 2%" and "Japan's Toyota shares fell 2%" are a company's. Only with a figure or a
// direction: "Britain's Labour Party declined to comment".
const MARKET_NAME =
  "^['’]s?\\s+(?:(?:(?:\\p{Lu}[\\p{L}&-]*|\\d+)\\s+){0,3}" +
  `(?:${alternation(MARKET_HEADS)})|(?:\\p{Ll}+\\s+){0,2}(?:${alternation(SHARE_WORDS)}))\\s+(?:\\d+\\s+)?` +
  '(?:\\([\\p{Lu}\\d.]+\\)\\s+)?';
const MOVED_BY = `(?:${alternation(MARKET_CHANGES)})\\s+(?:by\\s+)?${ROUGH}\\d`;
// Not "up to": a market opening up to foreign funds is a policy, no trading day ("China's market opened up to …").
const STOOD_AT =
  `(?:${alternation(MARKET_SESSIONS)})\\s+(?:\\d[\\d.]*\\s*(?:%|percent)\\s+)?` +
  `(?:${alternation(MARKET_DIRECTIONS)})\\b(?!(?<=\\bup)\\s+to\\b)`;
const MARKET_MOVED = new RegExp(`${MARKET_NAME}(?:${MOVED_BY}|${STOOD_AT})`, 'u');
// A share of the place's people killed ("the plague wiped out half of Europe", "killing up to 60 percent of Europe's
// population"): the deaths happened there. Not a forecast ("the tariffs could kill 20 percent of Mexico's exports"),
// and after "X's" only its people ("half of Texas's new voting rules" is no toll).
const SHARE = `(?:${alternation(SHARE_FRACTIONS)}|\\d[\\d.]*\\s*(?:percent|per\\s+cent|%))`;
const KILLED = `(?:${alternation(KILLING_VERBS)})\\s+${ROUGH}${SHARE}\\s+of\\s+(?:the\\s+)?$`;
const KILLED_SHARE = openedBy(new RegExp(`\\b${KILLED}`, 'iu'), KILLING_VERBS);
const FORECAST_KILL = openedBy(
  new RegExp(`\\b(?:${alternation(FORECAST_MODALS)})\\s+(?:\\p{Ll}+ly\\s+)?${KILLED}`, 'iu'),
  FORECAST_MODALS,
);
const OWNED_AFTER = /^['’]s?\s/u;
const PEOPLE_AFTER = new RegExp(`^['’]s?\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${alternation(KILLED_PEOPLE)})\\b`, 'iu');

function killedShare(before: string, after: string): boolean {
  if (!KILLED_SHARE.test(before) || FORECAST_KILL.test(before)) return false;
  return !OWNED_AFTER.test(after) || PEOPLE_AFTER.test(after);
}

// The place as the subject of what befell it or what it lived through ("Venezuela was rocked by protests", "Lebanon has
// been gripped by protests", "Hong Kong has witnessed months of unrest", "Japan hosted the summit").
const ADVERB = '(?:(?:also|again|already|now|recently|repeatedly|\\p{Ll}+ly)\\s+)?';
// The passive's auxiliary, an adverb perhaps inside it ("has also been", "was").
const PASSIVE = `(?:(?:has|have|had)\\s+${ADVERB}been|was|were|is|are)`;
const BEFELL = new RegExp(`^\\s+${PASSIVE}\\s+${ADVERB}(?:${alternation(BEFALLEN)})\\b`, 'u');
// The same said in a participle set off by a comma, with its agent or its time after it ("East Jerusalem, captured by
// Israel in the 1967 war", "Mosul, overrun in 2014", "Haiti, devastated by an earthquake in 2010"): what befell the
// place, recounted. Not bare ("Crimea, occupied territory"): the participle then only describes it.
const BEFELL_APPOSED = new RegExp(
  `^\\s*,\\s+${ADVERB}(?:${alternation(BEFALLEN)})\\s+(?:by|in|during|on|last|after|since|for)\\b`,
  'u',
);
// What struck the place ("India has been hit by several protests", "Nairobi has been the worst hit by the flu"), by a
// happening only (STRIKING_EVENTS): "China was hit by tariffs" is a party's. With its auxiliary: a headline's
// "Louisiana hit by ransomware attack" stands mostly in lists of links to other stories, which name no place of this
// one. A comma sets off the same participle ("Nepal, struck by an earthquake in April").
const STRUCK_BY = new RegExp(
  `^(?:\\s+${PASSIVE}|\\s*,)\\s+(?:the\\s+)?${ADVERB}(?:(?:worst|hardest|hard|harder)[- ])?` +
    '(?:hit|struck)\\s+by\\s+(?:(?:an?|the|several|many|\\d[\\d,]*|\\p{Ll}+)\\s+){0,3}?' +
    `(?:${alternation(STRIKING_EVENTS)})\\b`,
  'u',
);
// Hit hard, with no agent named ("Beitbridge has also been hard hit, with 3,546 cases", "the city was especially
// hard-hit"): what hit it is the story's; with "by" STRUCK_BY reads the agent.
const HARD_HIT = new RegExp(
  `^\\s+${PASSIVE}\\s+(?:the\\s+)?${ADVERB}` +
    '(?:worst|hardest|hard|badly|severely)[- ](?:hit|struck)\\b(?!\\s+by\\b)',
  'u',
);
// The place as the object of a relative clause's act or contest ("North Carolina, which Obama narrowly won in 2008",
// "Mosul, which Islamic State seized in 2014", "Aleppo, which government forces recaptured"): it happened there. The
// clause's subject comes first: a pronoun, names, a noun after a determiner ("the militants") or a plural ("government
// forces"); not an auxiliary ("Syria, which has attacked Israel": the place acts, elsewhere), an adverb ("Iran, which
// recently attacked Saudi oil fields", "which also lost") nor a verb and its object ("Indiana, which took a hit").
const NOT_A_SUBJECT = ['also', 'again', 'already', 'now', 'still', 'then', 'once', 'later', 'never', 'just', 'only'];
const RELATIVE_SUBJECT =
  '(?:he|she|they|we|it|(?:the|his|her|their|its)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+)?\\p{Ll}[\\p{Ll}-]*|' +
  "(?:\\p{Ll}[\\p{Ll}-]*\\s+)?\\p{Ll}[\\p{Ll}-]*[^\\Ws]s|(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,3}\\p{Lu}[\\p{L}.'’-]*)";
const OBJECT_OF_RELATIVE = new RegExp(
  `^\\s*,\\s+(?:which|that)\\s+(?!(?:${alternation([...AUXILIARIES, ...NOT_A_SUBJECT])})\\b|\\p{Ll}+ly\\b)` +
    `${RELATIVE_SUBJECT}\\s+${ADVERB}` +
    `(?:${alternation([...ACTS_ON_PLACE, ...CONTEST_RESULTS])})\\b`,
  'u',
);
const UNDERWENT = new RegExp(`^\\s+(?:(?:has|have|had)\\s+)?${ADVERB}(?:${alternation(UNDERGONE)})\\b`, 'u');
// The place counting a toll in it, with up to four words before the toll ("California has confirmed at least thirteen
// cases", "Beijing reported its first death", "Sub-Saharan Africa suffered nearly three-quarters of AIDS-related
// deaths"); none of them a denial ("has reported no cases": nothing happened), nor a report's clause ("Xinhua
// reported that 1,118 new cases": a source speaking).
const REPORT_CLAUSE_OPENERS = ['that', ...QUESTION_WORDS];
const RECORDED = new RegExp(
  `^\\s+(?:(?:has|have|had)\\s+)?${ADVERB}(?<verb>${alternation([...RECORDING_VERBS, ...HAVING_VERBS])})\\s+` +
    `(?!(?:${alternation(NO_TOLL_WORDS)})\\b)` +
    `(?<object>(?:(?!(?:${alternation(REPORT_CLAUSE_OPENERS)})\\s)(?:[\\p{L}'’-]+|\\d[\\d,.]*%?)\\s+){0,4}?)` +
    `(?<toll>${alternation(RECORDED_TOLLS)})\\b(?<rest>[^.;!?,\\n]*)`,
  'u',
);
// What the rest of the toll's clause may say against a count in the place (RECORDED_REFUSALS).
const OF_PEOPLE = new RegExp(
  `^\\s+of\\s+(?:the\\s+)?(?:an?|${alternation([...POSSESSIVES, ...NUMBER_WORDS])}|\\d[\\d,]*)\\s+(?!people\\b)`,
  'iu',
);
const DAYS_AND_MONTHS = alternation([...MONTHS, ...WEEKDAYS].map(capitalise));
const ANOTHER_PLACE = new RegExp(`\\b(?:in|at|near|off)\\s+(?:the\\s+)?(?!(?:${DAYS_AND_MONTHS})\\b)\\p{Lu}`, 'u');
const AS_VIEW = /\bas\s/u;
const TO_BODY = /^\s+to\s/u;
const COUNTED = new RegExp(`(?:\\d|\\b(?:first|new|${alternation(NUMBER_WORDS)})\\b)`, 'iu');
// "Texas has filed two cases": the having verb was an auxiliary before a participle the verbs above do not hold.
const PARTICIPLE_FIRST = new RegExp(
  `^(?!(?:${alternation(NUMBER_WORDS)})\\s)\\p{Ll}{2,}(?:${alternation(PARTICIPLE_ENDINGS)})\\s`,
  'iu',
);
// A court's cases, whichever toll word the clause was read at ("two cases before the Supreme Court", "three death
// penalty cases overturned", where "death" comes first).
const CASE_WORD = `(?:${alternation(TOLL_CASES)})`;
const COURT_CASES = new RegExp(
  `\\b(?:(?:${alternation(COURT_CASE_QUALIFIERS)})\\s+(?:[\\p{Ll}-]+\\s+)?${CASE_WORD}\\b|` +
    `${CASE_WORD}\\s+(?:(?:${alternation(COURT_CASE_AFTER)})\\b|(?:before|in|at)\\s+(?:the\\s+|a\\s+)?` +
    `(?:[\\p{L}.'’-]+\\s+){0,3}?(?:${alternation(COURT_CASE_PLACES)})\\b))`,
  'iu',
);
const RATE_AFTER = new RegExp(`^\\s+(?:${alternation(RATE_NOUNS)})\\b`, 'u');
const HAD_COUNT = new RegExp(
  `(?:\\d|\\b(?:${alternation(['first', ...NUMBER_WORDS, ...CASE_COUNTERS, ...TOLL_RANKS])})\\b)`,
  'iu',
);

/** A toll that is no count in the place, by what the rest of its clause says. */
const RECORDED_REFUSALS: [string, (m: Record<string, string>) => boolean][] = [
  // "France confirmed the deaths of two French soldiers": people the state counts as its own, wherever they died
  ['of-people', (m) => DEATH_TOLLS.includes(m.toll) && OF_PEOPLE.test(m.rest)],
  // "The United States confirmed the deaths of three service members in Jordan", "documented cases … in Korea"
  ['another-place', (m) => ANOTHER_PLACE.test(m.rest)],
  // "Russia saw the attacks as a provocation": a view, not a count
  ['view', (m) => SEEING_VERBS.includes(m.verb) && AS_VIEW.test(m.rest)],
  // "Britain reported the attacks to the United Nations": a state's act; "reported 500 new cases to the WHO" counts
  ['reported-to', (m) => TO_BODY.test(m.rest) && !COUNTED.test(m.object)],
  // "Australia has a case against China", "Gaza has its cases": having counts only a counted toll ("has 512 deaths")
  ['had-uncounted', (m) => HAVING_VERBS.includes(m.verb) && !HAD_COUNT.test(m.object)],
  // "Kenya has the highest infection rates", "Japan has a 2% death rate": a rate the place has, no toll
  ['had-rate', (m) => HAVING_VERBS.includes(m.verb) && RATE_AFTER.test(m.rest)],
  // "Texas has filed two cases": 'has' is the auxiliary of another verb, no having
  ['had-auxiliary', (m) => HAVING_VERBS.includes(m.verb) && PARTICIPLE_FIRST.test(m.object)],
  // "Texas has two cases before the Supreme Court", "three death penalty cases overturned": a court's cases
  ['court-cases', (m) => COURT_CASES.test(`${m.object}${m.toll}${m.rest}`)],
];

/** "California has confirmed at least thirteen cases": the place counting a toll in it. */
function recordsToll(after: string): boolean {
  const groups = RECORDED.exec(after)?.groups;
  return groups !== undefined && !RECORDED_REFUSALS.some(([, refuses]) => refuses(groups));
}
// A reporter's line at the end ("Jennifer Jett reported from Hong Kong"): where the story was filed from.
const FILED_FROM = openedBy(
  /\b(?:reported|reporting|contributed|filed|wrote)\s+(?:this\s+(?:report|story)\s+)?from\s+$/u,
  ['reported', 'reporting', 'contributed', 'filed', 'wrote'],
);
// A second reporter sharing the verb ("Stella Kim reported from Seoul, and Jennifer Jett from Hong Kong").
const FILED_FROM_TOO = openedBy(
  new RegExp(
    '\\b(?:reported|reporting|contributed|filed|wrote)\\s+from\\s+[^.;\\n]{1,40}?,?\\s+and\\s+' +
      "(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}from\\s+$",
    'u',
  ),
  ['reported', 'reporting', 'contributed', 'filed', 'wrote'],
);
// A list shares one cue ("in Aktau and Zhanaozen"); a short form in brackets after a name is that name again ("the
// Democratic Republic of Congo (DRC), Madagascar and Peru"). A list whose items hold commas is kept apart by
// semicolons ("students in Miami; Chicago; Winston-Salem and Greensboro, North Carolina; Greenville, South Carolina").
// An item may open with "the" or a qualifier ("in Belgium, France, the Netherlands and Luxembourg", "in Canada and the
// United States", "in North America and central Europe").
const LIST_JOIN = new RegExp(`^\\s*\\)?\\s*(?:,|;|and|or|, and|, or|; and)\\s*(?:the\\s+)?${QUALIFIER}$`, 'iu');
const SEMICOLON = /;/;
const JOURNEY_TO = /^\s+(?:on\s+)?to\s+(?:the\s+)?$/u;
const BRACKETED = /^\s*\(\s*$/;

export interface MentionRole {
  start: number;
  end: number;
  role: PlaceRole;
  /** A rule decided the role (dateline, locative, event noun, mention cue); false for the default mention. */
  cued: boolean;
  /** The rule that decided ("locative", "mention:origin", "default"), for the evaluation's per-rule counts. */
  rule: string;
}

/**
 * Roles of each mention in text order: locative ("protests began in Aktau") = event, and so is a
 * name listed right after an event place ("in Aktau and Zhanaozen"); the dateline is a dateline.
 */
/** `dateline`: the range of the story's dateline place (lib/text/datelines.ts), if it has one. */
/** `withArea`: each span was written with the area it lies in right after it ("Rockville, Maryland"). */
function mentionRoles(text: string, spans: Range[], dateline: Range | null, withArea: boolean[]): MentionRole[] {
  const out: MentionRole[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // i > 0 asked first: an array's [-1] is a slow property look-up (V8), not an element read.
    const previous = i > 0 ? out[i - 1] : undefined;
    const [role, rule] = mentionRole(text, s, dateline, previous, i > 0 && withArea[i - 1] === true);
    // The default mention, and a happening called off or only possible, are no rule's word on the place.
    const cued = rule !== 'default' && !rule.startsWith('off:');
    out.push({ start: s.start, end: s.end, role, cued, rule });
  }
  return out;
}

/**
 * One mention's role and the rule that decided it; `previous`: the mention before it, `qualifies` when the name is the
 * area written after it ("Rockville, Maryland").
 */
function mentionRole(
  text: string,
  s: Range,
  dateline: Range | null,
  previous: MentionRole | undefined,
  qualifies: boolean,
): [PlaceRole, string] {
  const before = text.slice(Math.max(0, s.start - 60), s.start);
  const after = text.slice(s.end, s.end + 60);
  const wide = text.slice(Math.max(0, s.start - 120), s.start);
  if (dateline ? s.start >= dateline.start && s.end <= dateline.end : opensBody(text, s))
    return ['dateline', 'dateline'];
  if (FILED_FROM.test(before) || FILED_FROM_TOO.test(wide)) return ['dateline', 'filed-from'];
  if (previous?.cued && UNIT_IN.test(text.slice(previous.end, s.start))) return [previous.role, previous.rule];
  if (areaOfMention(previous) && AREA_IN.test(text.slice(previous.end, s.start))) return ['mention', previous.rule];
  if (villager(before, text.slice(s.end, s.end + 20))) return ['event', 'villager'];
  if (killedShare(before, after)) return ['event', 'killed-share'];
  // A mention cue reads an apposed place's comma as none ("born in the capital, Kabul,"), and through the qualifiers a
  // locative reads through ("offices in southern California" as "offices in California").
  const apposedBefore = endsApposed(before) && APPOSED.test(before) ? before.replace(/,(\s+)$/u, '$1') : before;
  // An example of a kind of place in a generic statement ("stricter in countries like Japan"): "like" compares, and no
  // rule reads through the kind to the name.
  const generic =
    endsWithWord(before, EXAMPLE_MARKERS_LAST) && EXAMPLES_BEFORE.test(before) && !reportsHappening(text, s);
  const cue = mentionCue(generic ? apposedBefore : unqualified(apposedBefore), after);
  // Not the superlative, whose span is loose ("the fighting was the most intense in eastern Ukraine"): with a
  // qualifier the place stays what the locative makes it, as before.
  const mention =
    (cue === 'superlative' ? mentionCue(apposedBefore, after) : cue) ??
    mentionCueAfter(after, generic ? wide : unqualified(wide));
  if (mention) return ['mention', `mention:${mention}`];
  if (!generic && EVENT_BEFORE.test(before)) return ['event', 'event-before'];
  if (!generic && ASSAULT_ON.test(before)) return ['event', 'assault-on'];
  if (!generic && EVENT_OF.test(before)) {
    if (!EVENT_OF_FORESEEN.test(before) && !calledOff(text, s.start, s.end)) return ['event', 'event-of'];
    return listed(text, s, previous, qualifies) ?? ['mention', 'off:foreseen'];
  }
  const named = namesEvent(unitDropped(after), before, unitDropped(text.slice(s.end, s.end + 200)));
  if (named) return ['event', named];
  if (!generic && WHERE_HAPPENED_BEFORE.test(wide)) return ['event', 'where-before'];
  if (!generic && AFFECTED_BEFORE.test(wide)) return ['event', 'affected-before'];
  if (WHERE_HAPPENED_AFTER.test(text.slice(s.end, s.end + 120))) return ['event', 'where-after'];
  if (whereAfterList(text.slice(s.end, s.end + 200))) return ['event', 'where-after'];
  const at = generic ? null : happensAt(before, wide, text.slice(s.start, s.end), after);
  if (at) {
    const off = calledOff(text, s.start, s.end);
    if (!off) return ['event', at];
    // Falls through: a list or a bracket may still decide; else the default mention, named for what called it off.
    return listed(text, s, previous, qualifies) ?? ['mention', `off:${off}`];
  }
  return listed(text, s, previous, qualifies) ?? ['mention', 'default'];
}

// The qualifiers right before the name, after a preposition and perhaps "the" ("in southern", "at the downtown"; not
// "the South Sudan"): a mention cue is read as if they were not written.
const QUALIFIERS_AFTER_PREPOSITION = new RegExp(
  `(?<=\\b(?:${alternation(PREPOSITIONS)})\\s+(?:the\\s+)?)${PERIOD}(?:(?:${alternation(PLACE_QUALIFIERS)})\\s+){1,2}$`,
  'iu',
);
// The kind of place the name is an example of ("relatives in countries such as Germany", "voters in key states like
// Ohio"): a mention cue is read as if the name came right after the preposition, and "such as" is no comparison.
const EXAMPLES_BEFORE = new RegExp(
  `(?<=\\b(?:${alternation(PREPOSITIONS)})\\s+(?:(?:the|a|an)\\s+)?)${EXAMPLES}$`,
  'iu',
);
// Their necessary endings, read first: the pattern is tried from every character of the window.
const EXAMPLE_MARKERS_LAST = lastWords(EXAMPLE_MARKERS, true);
const QUALIFIERS_LAST = lastWords(PLACE_QUALIFIERS, true);
// A count of places of a kind before the name, after a preposition ("offices in 12 countries and the United States"):
// a mention cue is read as if the name came right after the preposition, as with examples.
const COUNTED_BEFORE = new RegExp(
  `(?<=\\b(?:${alternation(PREPOSITIONS)})\\s+)${COUNTED_KINDS}(?=(?:the\\s+)?$)`,
  'iu',
);
const COUNTED_JOINS_LAST = lastWords(['and', 'plus', 'as'], true);
const unqualified = (before: string): string => {
  const uncounted = endsWithWord(before, COUNTED_JOINS_LAST, true) ? before.replace(COUNTED_BEFORE, '') : before;
  const unlisted = endsWithWord(uncounted, EXAMPLE_MARKERS_LAST) ? uncounted.replace(EXAMPLES_BEFORE, '') : uncounted;
  return endsWithWord(unlisted, QUALIFIERS_LAST) ? unlisted.replace(QUALIFIERS_AFTER_PREPOSITION, '') : unlisted;
};

// Examples are read through only when their sentence reports what happened: a past that is no saying ("has been
// identified in states including Georgia", "promoted safe sex in cities like Beijing") or a toll ("officials in
// countries such as Mexico report cases"), and nothing only possible ("could give Republicans a boost in states like
// Ohio", "will begin polling in states like Ohio"). A present state or a plan names examples of a kind ("Gun laws are
// stricter in countries like Japan", "affiliates in countries like Libya", "murals still beam down in cities such as").
// A stop ends a sentence only before a space ("$1.75 million" goes on).
const SENTENCE_BEFORE = /(?:^|[.!?;]\s|\n)((?:[^.!?;\n]|[.!?;](?!\s))*)$/u;
const SENTENCE_AFTER = /^(?:[^.!?;\n]|[.!?;](?!\s))*/u;
const TOLL_WORD = new RegExp(`\\b(?:${alternation(RECORDED_TOLLS)})\\b`, 'iu');
const ONLY_POSSIBLE = new RegExp(
  `\\b(?:${alternation(FORECAST_MODALS)}|(?:is|are|was|were)\\s+(?:${alternation(FORECAST_PARTICIPLES)})\\s+to)\\b`,
  'iu',
);
const SAYING = new Set(REPORTING_VERBS);
const EVENT_PASTS = new Set([...IRREGULAR_EVENT_PASTS, ...SAME_FORM_PARTICIPLES]);
// A perfect ("the virus has spread to countries including Italy", "officials in states including Maine have already
// taken votes").
const PERFECT = new RegExp(
  `\\b(?:has|have|had)\\s+(?:\\p{Ll}+ly\\s+|already\\s+|also\\s+)?(?:${alternation(SAME_FORM_PARTICIPLES)}|` +
    `\\p{Ll}+(?:${alternation(PARTICIPLE_ENDINGS)}))\\b`,
  'u',
);

// Only the clause holding the places counts: a clause joined by a comma and a conjunction ("Riots broke out in cities
// like Paris, and the president will speak on Monday") or a relative clause set off by commas ("during the outbreak,
// which could return", "In states like Ohio, where the plant closed in 2019, workers can …") is another's. A capital
// after the conjunction goes on the list ("Paris, Lyon, and Marseille").
const JOINED_CLAUSE = /,\s+(?:and|but|while|whereas|yet|so)\s+(?!\p{Lu})/u;
const JOINED_CLAUSES = new RegExp(JOINED_CLAUSE.source, 'gu');
const RELATIVE_CLAUSE = /,\s+(?:which|where|who|whose|when)\b[^,]*(?:,|$)/gu;
// "Unemployment is concentrated in states like Ohio", "Students in countries like Finland are required to": a
// participle after a copula is a state, no happening, unless an agent or a time tells the act ("were arrested by
// police", "were evacuated on Friday").
const STATE_AFTER = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const ACT_TOLD = new RegExp(
  `\\b(?:by|yesterday|overnight|last\\s+(?:week|month|year|night|${alternation([...WEEKDAYS, ...MONTHS])})|` +
    `(?:on|last)\\s+(?:${alternation(WEEKDAYS)})|in\\s+(?:${alternation(MONTHS)}|\\d{4}))\\b`,
  'iu',
);

// "in states like Wisconsin there were charges of fraud": a past "there was/were" reports what happened.
const PAST_THERE_WAS = /\bthere\s+(?:was|were|had\s+been)\s+(?!no\b|nothing\b)/iu;

function placesClause(text: string, s: Range): string {
  const before = SENTENCE_BEFORE.exec(text.slice(Math.max(0, s.start - 300), s.start))?.[1] ?? '';
  const joins = [...before.matchAll(JOINED_CLAUSES)];
  const last = joins[joins.length - 1];
  const after = (SENTENCE_AFTER.exec(text.slice(s.end, s.end + 300))?.[0] ?? '').replace(RELATIVE_CLAUSE, ' ');
  const end = JOINED_CLAUSE.exec(after)?.index ?? after.length;
  return (last ? before.slice(last.index + last[0].length) : before) + after.slice(0, end);
}

function reportsHappening(text: string, s: Range): boolean {
  const clause = placesClause(text, s);
  if (ONLY_POSSIBLE.test(clause)) return false;
  if (TOLL_WORD.test(clause) || PERFECT.test(clause) || PAST_THERE_WAS.test(clause)) return true;
  const words = clause.match(WORD) ?? [];
  const acted = ACT_TOLD.test(clause);
  // Not a base form after "to" ("to put the spots on the air"), which some pasts share.
  return words.some(
    (w, i) =>
      words[i - 1] !== 'to' &&
      ((past(w) && !SAYING.has(w) && (acted || !STATE_AFTER.has(words[i - 1]?.toLowerCase() ?? ''))) ||
        EVENT_PASTS.has(w)),
  );
}

function areaOfMention(previous: MentionRole | undefined): previous is MentionRole {
  return previous?.cued === true && previous.role === 'mention' && previous.rule !== 'mention:bearing';
}

/** A name listed after an event place shares its cue ("in Aktau and Zhanaozen"); a bracketed short form its name's. */
function listed(
  text: string,
  s: Range,
  previous: MentionRole | undefined,
  qualifies: boolean,
): [PlaceRole, string] | null {
  const join = previous ? text.slice(previous.end, s.start) : '';
  const item =
    previous !== undefined &&
    (!SEMICOLON.test(join) || semicolonItem(text, previous, s)) &&
    !newClauseAfterComma(text, previous, s, join, qualifies) &&
    !newClauseAfterAnd(text, previous, s, join);
  if (previous?.role === 'event' && LIST_JOIN.test(join) && item && !locatorOfName(text, previous, join))
    return ['event', 'list'];
  // A journey's end after its start ("flown from the port city of Odesa to Kyiv"), however long the start's phrase.
  if (previous?.rule === 'departure' && JOURNEY_TO.test(join)) return ['event', 'goal'];
  if (previous?.cued && BRACKETED.test(text.slice(previous.end, s.start))) return [previous.role, previous.rule];
  return null;
}

// A semicolon goes on with a list only in a list of the semicolon kind: its item is names only (up to the next
// semicolon or the sentence's end), and another such item follows it or the item before it held a comma ("in Miami;
// Chicago; Winston-Salem and Greensboro, North Carolina; Greenville, South Carolina"). Else it opens a new clause
// ("Fighting raged in Kharkiv; Kyiv, the capital, was quiet", "in Nairobi; Mombasa, Kisumu and Eldoret were calm").
const ITEM_TEXT = /^[^;\n]*?(?=;|[.!?](?:\s|$)|\n|$)/u;
const NAMES_ONLY = /^(?:[\p{Lu}\d][\p{L}\d'’.&-]*|and|or|the|[\s,])*$/u;

/** The text after the last of `stops`, as `/[^stops]*$/u` reads it (that pattern is tried from every character). */
function afterLast(s: string, stops: string): string {
  let i = s.length;
  while (i > 0 && !stops.includes(s[i - 1])) i--;
  return s.slice(i);
}

function semicolonItem(text: string, previous: MentionRole, s: Range): boolean {
  const rest = text.slice(s.start, s.start + 200);
  const item = ITEM_TEXT.exec(rest)?.[0] ?? '';
  if (!NAMES_ONLY.test(item)) return false;
  if (rest.charAt(item.length) === ';') return true;
  const before = text.slice(Math.max(0, previous.start - 200), text.lastIndexOf(';', s.start));
  const itemBefore = afterLast(before, ';\n');
  return itemBefore.includes(',');
}

// ", and" after a single item, then a finite verb, opens a new clause ("Fighting raged in Sudan, and the United
// Kingdom evacuated its embassy staff"); a two-item list takes no comma. After two items it is a list's serial comma
// ("Floods in Kenya, Somalia, and the Democratic Republic of Congo killed 300 people"). A bare comma, then a name and
// an auxiliary or a past, ends an opening phrase: the name is the main clause's subject ("During Iraq's invasion of
// Kuwait, Egypt was instrumental", "After protests in Almaty, Aktau stayed calm"); a list's last item comes after
// "and", and the area a town lies in is no subject of its own ("a hospital in Rockville, Maryland admitted").
const COMMA_AND = /^\s*,\s*(?:and|or)\s/u;
const COMMA_ONLY = /^\s*,\s*$/u;
const FINITE_VERB_AFTER = new RegExp(
  `^\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation([...AUXILIARIES, ...NOT_AN_ACT_AFTER_WHO])}|` +
    `\\p{Ll}{2,}(?:${alternation(VERB_ENDINGS)}))\\b`,
  'u',
);

function newClauseAfterComma(text: string, previous: MentionRole, s: Range, join: string, qualifies: boolean): boolean {
  if (previous.rule === 'list') return false;
  if (COMMA_AND.test(join)) return FINITE_VERB_AFTER.test(text.slice(s.end, s.end + 40));
  return (
    !qualifies && COMMA_ONLY.test(join) && opensWithPhrase(text, previous) && finiteNext(text.slice(s.end, s.end + 40))
  );
}

// The bare comma ends an opening phrase only when the sentence opens with one ("During …, Egypt was", "After …, Aktau
// stayed"): in "A shooting in Brooklyn, New York left two dead" the comma sets the area after its town, which the
// gazetteer may not place inside it (a borough resolved as a city of its own).
const OPENING_PHRASE_WORDS = new Set([...LEADING_PREPOSITIONS, ...SUBORDINATORS]);
const FIRST_WORD = /^\s*[\p{P}\s]*(\p{L}+)/u;

function opensWithPhrase(text: string, previous: MentionRole): boolean {
  const clause = afterLast(text.slice(Math.max(0, previous.start - 200), previous.start), CLAUSE_STOPS);
  const first = FIRST_WORD.exec(clause)?.[1]?.toLowerCase();
  return first !== undefined && OPENING_PHRASE_WORDS.has(first);
}

// "and" with no comma after a single event place, then a past or an auxiliary, opens a new clause too when the first
// place came after its own clause's finite verb ("Fighting raged in Sudan and Egypt closed its border"): that clause
// has its verb, so the one after the second name is another clause's. A past before the place is finite only with an
// auxiliary, an object ("Police fired tear gas in") or as a happening ("raged", "broke out"): alone it may be a
// participle in the subject ("Tests carried out in London and Munich indicated", "Troops deployed in …"). In a subject
// the verb after the list is the clause's own ("Floods in Kenya and Somalia killed 300 people", "Protests that began in
// Kenya and Uganda have spread"). Not "-s" after the name, as often a plural ("at State and Hubbard streets").
const BARE_AND = /^\s+(?:and|or)\s+(?:the\s+)?$/u;
// What a clause runs back to (a sentence's end, a semicolon, a line's end).
const CLAUSE_STOPS = '.;!?\n';
const WORD = /[\p{L}'’-]+/gu;
const AUXILIARY_WORDS = new Set([...AUXILIARIES, ...NOT_AN_ACT_AFTER_WHO]);
const PAST_FORM = /^\p{Ll}{3,}ed$/u;
const NEXT_WORD = /^\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;
const OPENS_PHRASE = new Set([...LOCATIVE_PREPOSITIONS, ...GOAL_PREPOSITIONS, 'of', 'from', 'for', 'by', 'with', 'on']);
const HAPPENED = new Set(HAPPENINGS.flatMap((h) => h.split(' ')).filter((w) => !AUXILIARY_WORDS.has(w)));

const past = (w: string): boolean => PAST_FORM.test(w) || IRREGULAR_PASTS.includes(w);

function participleNext(after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  return next !== undefined && !AUXILIARY_WORDS.has(next) && PARTICIPLE_NEXT.test(after);
}

/** The next word is an auxiliary or a past ("Egypt closed", "Egypt has closed"), perhaps after an adverb. */
function finiteNext(after: string): boolean {
  const next = NEXT_WORD.exec(after)?.[1];
  return next !== undefined && (AUXILIARY_WORDS.has(next) || past(next));
}

// A past before "by" or "as" is a participle describing the list ("in Kharkiv and Sumy hit by shelling", "in Paris and
// Lyon affected by the strike", "in Tehran and Isfahan described as the largest"): a new clause's past takes an object.
const PARTICIPLE_NEXT = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s+(?:by|as)\b/u;

function newClauseAfterAnd(text: string, previous: MentionRole, s: Range, join: string): boolean {
  const after = text.slice(s.end, s.end + 40);
  if (previous.rule === 'list' || !BARE_AND.test(join) || !finiteNext(after) || participleNext(after)) return false;
  const clause = afterLast(text.slice(Math.max(0, previous.start - 200), previous.start), CLAUSE_STOPS);
  const words = (clause.match(WORD) ?? []).map((w) => w.toLowerCase());
  // The clause's first verb, not its first word nor after a determiner ("Armed clashes", "the injured"): adjectives.
  const verb = words.findIndex(
    (w, i) => i > 0 && !MODIFIER_DETERMINERS.includes(words[i - 1]) && (AUXILIARY_WORDS.has(w) || past(w)),
  );
  if (verb < 0 || words.slice(0, verb).some((w) => OPENS_PHRASE.has(w) || RELATIVE_PRONOUNS.includes(w))) return false;
  const locative = words.findLastIndex((w) => OPENS_PHRASE.has(w));
  const between = words.slice(verb + 1, locative).filter((w) => !HAPPENED.has(w));
  return AUXILIARY_WORDS.has(words[verb]) || HAPPENED.has(words[verb]) || between.length > 0;
}

// "the Apollo Theater in Harlem, the Las Vegas Strip, and New York's Times Square": after a place that only located a
// site, an item opening with "the" is another such name, not another place where the same thing happened. Only a
// site by its head word ("Theater", "Stadium", "Cathedral"): any capitalised word would take "strike at Amazon in
// Germany and the United Kingdom" or "Earlier in Canada and the United States".
const NAME_IN = openedBy(
  new RegExp(`\\b(?:${alternation(SITE_HEAD_WORDS.map(capitalise))})\\s+in\\s+$`, 'u'),
  SITE_HEAD_WORDS.map(capitalise),
);
const THE_ITEM = /\bthe\s+$/iu;

function locatorOfName(text: string, previous: MentionRole, join: string): boolean {
  return (
    previous.rule === 'locative' &&
    THE_ITEM.test(join) &&
    NAME_IN.test(text.slice(Math.max(0, previous.start - 40), previous.start))
  );
}

/** "Indianapolis – Several thousand teachers…": a place opening the body before a dash is a dateline in any case. */
const OPENING_DASH = /^\s*(?:\([^)\n]{1,80}\)\s*)?[–—-]\s/u;

function opensBody(text: string, s: Range): boolean {
  return s.start <= 2 && text.slice(0, s.start).trim() === '' && OPENING_DASH.test(text.slice(s.end, s.end + 90));
}

function villager(before: string, after: string): boolean {
  return VILLAGE_AFTER.test(after) && VILLAGER_OF.test(before) && !NATIVE_OF.test(before);
}

/** Words after the name saying something happened there, by name. */
const EVENTS_NAMED_AFTER: [string, RegExp][] = [
  ['event-noun', EVENT_NOUN], // "the Iowa caucuses"
  ['event-noun', MODIFIED_EVENT_NOUN], // "the Madrid peace talks"
  ['event-noun', TOLL_CASE], // "Sweden's first case of the disease"
  ['economic-state', INTO_ECONOMIC_STATE], // "Germany has barely avoided falling into recession"
  ['economy-moved', ECONOMY_MOVED], // "China's economy slowed"
  ['market-moved', MARKET_MOVED], // "Japan's Nikkei 225 (N225) declined 0.3%"
  ['befell', BEFELL], // "Venezuela was rocked by protests"
  ['befell', BEFELL_APPOSED], // "East Jerusalem, captured by Israel in 1967"
  ['befell', STRUCK_BY], // "India has been hit by several protests"
  ['befell', HARD_HIT], // "Beitbridge has also been hard hit"
  ['underwent', UNDERWENT], // "Japan hosted the summit"
  ['relative-object', OBJECT_OF_RELATIVE], // "North Carolina, which Obama won in 2008"
  ['local-force', LOCAL_FORCE], // "a Forest Hill police sergeant searched"
  ['local-force', JURY_DECIDED], // "a Navarro County jury found"
  ['people-befell', PEOPLE_BEFELL], // "Gainesville residents marched"
  ['people-befell', VOTERS_DECIDED], // "Florida voters approved the measure"
];

/** `wide`: the text after the name, far enough for a toll's whole clause. */
function namesEvent(after: string, before: string, wide: string): string | null {
  // The tests after the name first: anchored at its start, they fail at once; those before it are tried at each
  // character (anchored at the end).
  if (OWN_SHARES.test(after) && SHARES_OWNED.test(before)) return null;
  if (JOURNEY_BY_PLACE.test(after)) return null;
  if (LOCAL_FORCE.test(after) && FORMER_BEFORE.test(before)) return null;
  const named = EVENTS_NAMED_AFTER.find(([, re]) => re.test(after))?.[0];
  // A place's forces or people acting at another place ("Denver firefighters were sent to help in California",
  // "Gainesville residents marched in Washington"): the happening is there.
  if ((named === 'local-force' || named === 'people-befell') && ELSEWHERE.test(wide)) return null;
  if (named) return named;
  if (recordsToll(wide)) return 'recorded'; // "California has confirmed at least thirteen cases"
  // The subject's verb after what says where it lies or what it is ("The city of Fuyang in Anhui province was
  // especially hard-hit", "The town of Beitbridge, which is on the border, has also been hard hit").
  const located = SUBJECT_LOCATOR.exec(wide);
  if (!located) return null;
  const verb = wide.slice(located[0].length);
  return SUBJECT_HAPPENINGS.find(([, re]) => re.test(verb))?.[0] ?? null;
}

// The kind of unit written after the name, lower case ("Masvingo province has reported cases", "the Punjab province was
// flooded"): the name with it is the subject the words after it speak of.
const UNIT_AFTER = new RegExp(`^\\s+(?:${alternation(DIVISIONS_AFTER)})(?=\\s)`, 'u');
const unitDropped = (after: string): string => after.replace(UNIT_AFTER, '');

const ELSEWHERE = /^[^.;!?\n]{0,100}?\b(?:in|to|into)\s+(?:the\s+)?\p{Lu}/u;
const SUBJECT_LOCATOR = new RegExp(
  "^(?:\\s+in\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’.-]*" +
    `(?:\\s+(?:${alternation(DIVISIONS_AFTER)}))?(?=[\\s,])|\\s*,\\s+(?:which|that)\\s[^,.;!?]{1,80},)`,
  'u',
);
/** What befell a place or what it lived through, with the place for subject (EVENTS_NAMED_AFTER). */
const SUBJECT_HAPPENINGS: [string, RegExp][] = [
  ['befell', BEFELL],
  ['befell', STRUCK_BY],
  ['befell', HARD_HIT],
  ['underwent', UNDERWENT],
];

// A name written after another's possessive, before shares, is a company of that place's ("Japan's Toyota shares fell
// 2%": Toyota is no town there, and Japan no market), not a place whose market moved ("Tokyo stocks fell 2%").
const SHARES_OWNED = /['’]s\s+$/u;
const OWN_SHARES = new RegExp(`^\\s+(?:\\p{Ll}+\\s+)?(?:${alternation(SHARE_WORDS)})\\b`, 'u');

/** The cues that end with FILLER, for the test that compares each with its whole pattern. */
export const FILLER_CUES = {
  LOCATIVE,
  GOAL,
  SUMMONED,
  ACTION_OBJECT,
  WON_PLACE,
  DEPARTURE,
  FLOWN_FROM,
  SPOKE_FROM,
  FORCE_GOING_ON,
  EVENT_BEFORE,
  ASSAULT_ON,
  CROSSED,
  ON_STREET,
  ON_TOPIC,
};

/** Words before the name saying something happens there, by name; read in the 60 characters before it. */
const HAPPENS_AT: [string, Cue][] = [
  ['locative', LOCATIVE], // "protests began in"
  ['goal', GOAL], // "sent troops to"
  ['goal', SUMMONED], // "crews were called to"
  ['action-object', ACTION_OBJECT], // "the storm hit"
  ['contest-won', WON_PLACE], // "Bush won Florida"
  ['departure', DEPARTURE], // "deported here from"
  ['departure', FLOWN_FROM], // "was flown from"
  ['on-part', ON_PART], // "on the island of"
  ['spoke-from', SPOKE_FROM], // "phoned in from"
];
/** The same, read in the 120 characters before: the hazard may stand a clause back ("monsoon rains … flooding"). */
const HAPPENS_AT_WIDE: [string, Cue][] = [
  ['force-going-on', FORCE_GOING_ON], // "storms lashing"
];

// A person's possessive right before the place ("in his Florida resort", "his parents' Algiers home") locates a home or
// a holding only when one follows the name (DWELLINGS, BUILDING_HEADS; perhaps after one modifier): "a shift in his
// Ukraine remarks", "in its Russia strategy", "in his Texas drawl" name no site, and no happening was there.
const POSSESSED = openedBy(
  new RegExp(
    `\\b(?:${alternation(POSSESSIVES)})(?=(?<tail>[^]*)$)(?:\\s+\\p{Ll}+s['’])?\\s+` +
      `(?:(?!(?:${alternation(PREPOSITIONS)})\\s)[\\p{Ll}\\d-]+\\s+){0,2}$`,
    'iu',
  ),
  POSSESSIVES,
);
const POSSESSED_SITE = new RegExp(
  `^\\s+(?:[\\p{L}-]+\\s+)?(?:${alternation([...DWELLINGS, ...BUILDING_HEADS])})\\b`,
  'iu',
);

/** The possessive is the determiner of the place's phrase (the cue stands before it, not in "his family fled"). */
function possessedNoSite(before: string, after: string, cue: Cue): boolean {
  const tail = POSSESSED.exec(before)?.groups?.tail;
  return tail !== undefined && !cue.test(tail) && !POSSESSED_SITE.test(after);
}

/**
 * The act falls on what the place owns, not on the place ("the tariffs hit China's exports", "cross Ohio off the
 * list"): OWNED_NO_PART after a crossing verb, OWNED_NOT_GROUND after other acts.
 */
function owned(before: string, after: string): boolean {
  return CROSSED.test(before) ? OWNED_NO_PART.test(after) || CROSSED_OFF.test(after) : OWNED_NOT_GROUND.test(after);
}

function happensAt(before: string, wide: string, name: string, after: string): string | null {
  if (streetOrRoad(name) && ON_STREET.test(before))
    return ON_TOPIC.test(before) || ROAD_MODIFIES.test(after) ? null : 'on-street';
  if (apposed(before, after)) return 'apposed';
  const found = HAPPENS_AT.find(([, re]) => re.test(before)) ?? HAPPENS_AT_WIDE.find(([, re]) => re.test(wide));
  const at = found?.[0] ?? null;
  if (found && possessedNoSite(before, after, found[1])) return null;
  if (found?.[1] === SUMMONED && ADMITTED_AFTER.test(after)) return null;
  if (found?.[1] === WON_PLACE && (WON_OWNED.test(after) || wonModifier(after))) return null;
  const acted = at === 'action-object' || at === 'force-going-on';
  // What the act's object is owned by is asked only of an act (the tests are pure: the order changes no answer).
  if (acted && owned(before, after)) return null;
  return at === 'action-object' && SCORED_AFTER.test(after) ? null : at;
}

/** Stage 5: each mention's role, in the order of `mentions`. */
export function rolesOf(
  mentions: ResolvedMention[],
  text: string,
  context: StoryContext,
  gazetteer: PlaceIndex,
): MentionRole[] {
  const roles = mentionRoles(
    text,
    mentions.map((m) => m.candidate),
    context.dateline,
    mentions.map((m, i) => withItsArea(m, mentions[i + 1], gazetteer)),
  );
  // A country reported though every mention is metonymic (acting-countries.ts) is a party, not where things happen.
  return siteHostRoles(mentions, roles, text).map((r, i) =>
    mentions[i].candidate.veto === 'metonymy' ? { ...r, role: 'mention', cued: true, rule: 'mention:acting' } : r,
  );
}

/** The next mention is the area this one lies in ("Rockville, Maryland"), as written: named after it with a comma. */
function withItsArea(m: ResolvedMention, next: ResolvedMention | undefined, gazetteer: PlaceIndex): boolean {
  return (
    next !== undefined &&
    m.contained === true &&
    m.id >= 0 &&
    next.id >= 0 &&
    lies(entry(gazetteer, m.id), entry(gazetteer, next.id))
  );
}

/** "a pulmonologist at the Aberdeen Royal Infirmary in the UK": the place after a site says where the site is. */
const SITE_THEN_PLACE = /^(?:\s*,\s*|\s+in\s+(?:the\s+)?)$/;

function siteHostRoles(mentions: ResolvedMention[], roles: MentionRole[], text: string): MentionRole[] {
  return roles.map((r, i) => {
    const site = i > 0 ? mentions[i - 1] : undefined; // no mentions[-1]: a slow property look-up (V8)
    if (!site?.site || !SITE_THEN_PLACE.test(text.slice(site.candidate.end, mentions[i].candidate.start))) return r;
    return { ...r, role: roles[i - 1].role, cued: roles[i - 1].cued, rule: `site-host:${roles[i - 1].rule}` };
  });
}
