// Words around a place name that make it a plain mention although a locative or a list would
// make it an event place (gold/README.md: origin, residence, career record, where a company or
// school is, a comparison, and — since nothing has happened there yet — a plan for the future).

import { alternation, capitalise, withCapitals } from '../lexicon/build';
import { MONTHS, TIME_SPANS, WEEKDAYS } from '../lexicon/en/calendar';
import {
  CALLABLE_OFF,
  WISHES,
  BEARINGS,
  HOLDERS_AT_PLACE,
  SCHEDULE_VERBS,
  SETTLED_WORDS,
  ACTS_ON_PLACE,
  STATES_AT_PLACE,
  EVENTS_BEFORE_PLACE,
  HARMS_TO_PEOPLE,
  HOLDERS_HAPPENINGS,
  MOTIONS,
  PARTS_ON,
  ROUGHLY,
  HOME_HAVING_VERBS,
  HOMES,
  VOTERS_DECISIONS,
  CAREER_PASTS,
} from '../lexicon/en/events';
import { RELATIVE_PRONOUNS } from '../lexicon/en/clause-words';
import { LEADERSHIP_ROLES, OCCUPATIONS, PROFESSIONS, RESEARCH_BODIES, RESEARCHERS } from '../lexicon/en/roles';
import { ORGANISATION_CLASS_NOUNS } from '../lexicon/en/sources';
import { IRREGULAR_PASTS, REPORTING_VERBS } from '../lexicon/en/speech';
import { BUILDING_HEADS, INSTITUTION_HEADS, TRANSPORT_HEADS, VENUE_HEADS, WORSHIP_HEADS } from '../lexicon/en/sites';
import { PRACTITIONER_ENDINGS } from '../lexicon/en/word-endings';
import { endsWithWord, endsWithWords, firstWords, hasWord, lastWords, openedBy } from '../text/word-runs';
import { maskAbbreviations } from '../text/abbreviations';

/** Where someone comes from, lives or studied; where an organisation is ("born in", "based in"). */
// prettier-ignore
const ORIGIN_VERBS = [
  'born', 'raised', 'grew up', 'live', 'lives', 'lived', 'living', 'resides', 'resided', 'residing', 'settled', 'based',
  'headquartered', 'located', 'native', 'natives', 'resident', 'residents', 'hails', 'hailing', 'moved', 'relocated',
  'emigrated', 'immigrated', 'studied', 'educated', 'graduated', 'raised',
];
/** A comparison names the other place for contrast ("higher than in France", "cities such as Lyon"). */
// prettier-ignore
const COMPARISONS = [
  'than', 'than in', 'like', 'unlike', 'such as', 'compared with', 'compared to', 'similar to', 'as in',
];
/**
 * A ranking within a place says what it holds, not what happened there
 * ("the largest company in the United States").
 */
// prettier-ignore
const SUPERLATIVES = [
  'largest', 'biggest', 'smallest', 'richest', 'poorest', 'oldest', 'tallest', 'busiest', 'best', 'worst', 'highest',
  'lowest', 'most', 'only', 'finest', 'wealthiest',
];
/** Institutions whose seat the place is ("Rice University in Texas", "the Neon Museum in Las Vegas"). */
// prettier-ignore
const INSTITUTIONS = [
  'University', 'College', 'Institute', 'School', 'Museum', 'Academy', 'Foundation', 'Company', 'Corporation', 'Bank',
  'Laboratory', 'Observatory', 'Library', 'Inc', 'Ltd', 'LLC', 'Group', 'Forum', 'Council', 'Association',
  'Society', 'Agency', 'Commission',
];
/**
 * A centre named for its field is an institution ("the National Center for Scientific Research in France", "the
 * Centers for Disease Control and Prevention in Atlanta"); a venue is not ("spoke at the Moscone Center in").
 */
const FIELD_CENTER = openedBy(
  new RegExp(
    '\\b(?:Center|Centre|Centers|Centres)\\s+(?:of|for)(?:\\s+(?:the|and|of|for))*' +
      "(?:\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:and|of|for))?)+,?\\s+(?:in|at)\\s+$",
    'u',
  ),
  ['Center', 'Centre', 'Centers', 'Centres'],
);
/** Taking up a post or a course at a place ("moved to Milan to coach", "went to Boston to study"). */
// prettier-ignore
const CAREER_VERBS = ['manage', 'coach', 'study', 'teach'];
/** Called off: what did not happen after all. */
const CALLED_OFF = ['postponed', 'cancelled', 'canceled', 'called off', 'scrapped'];
/**
 * A possibility, not a plan ("protests could spread to"). Lower case only: "May" is a month. A modal says so of its own
 * clause only, not past a comma ("Fuelling speculation that the plan might be rolling, Tsvangirai, who has been
 * receiving treatment in Britain, returned": the treatment is news).
 */
const POSSIBLE = ['could', 'might', 'may'];
/** A condition, which holds across its comma ("if elected, she would hold a rally in"). */
const CONDITIONS = ['if', 'If', 'unless', 'Unless'];
/** A wish just before the place ("hopes to visit Paris"); not one further back ("want to know why … crashed in"). */
const WISH_BEFORE = openedBy(new RegExp(`\\b(?:${alternation(WISHES)})\\s+(?:[\\p{L}-]+\\s+){0,2}$`, 'u'), WISHES);
/** "born mostly in", "raised originally near": an adverb of degree may come between the verb and its place. */
const HEDGE = '(?:(?:mostly|mainly|partly|originally|largely)\\s+)?';
/** "lives on the outskirts of", "grew up on the island of": a part of the place, as "in" names the place. */
const ON_A_PART = `on\\s+the\\s+(?:${alternation(PARTS_ON)})\\s+of`;
const ORIGIN = openedBy(
  new RegExp(
    `\\b(?:${alternation(ORIGIN_VERBS)})\\s+${HEDGE}(?:in|at|from|of|to|near|outside|around|${ON_A_PART})\\s+` +
      '(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?$',
    'iu',
  ),
  ORIGIN_VERBS,
);
/** "owns a villa in the south of France", "has a home near": a home someone has there, as "lives in" names it. */
const HOME_HAD = openedBy(
  new RegExp(
    // Words between only after a determiner ("owns a small villa"), so no verb comes between ("has lost its home").
    `\\b(?:${alternation(HOME_HAVING_VERBS)})\\s+(?:(?:a|an|the|his|her|their|its|two|several)\\s+` +
      `(?:[\\p{L}-]+\\s+){0,2}?)?(?:${alternation(HOMES)})\\s+(?:in|at|near|outside|on)\\s+` +
      '(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?$',
    'iu',
  ),
  HOME_HAVING_VERBS,
);
/**
 * Where someone was born, said after what they were born as ("born the first child of two pharmacists in East Chicago",
 * "born into a family of farmers near"): the origin verb with its object between it and the place. Not a time ("the
 * movement, born a year ago in Hong Kong", "born a month early in a camp in Gaza"): where something began is news.
 */
const BORN_TIMES = [...TIME_SPANS, ...TIME_SPANS.map((w) => `${w}s`)];
const BORN_AS = openedBy(
  new RegExp(
    `\\bborn\\s+(?:into\\s+)?(?:the|a|an)\\s+(?!(?:few\\s+)?(?:${alternation(BORN_TIMES)})\\b)` +
      "(?:[\\p{L}'’-]+\\s+){1,6}?(?:in|at|near)\\s+(?:the\\s+)?$",
    'iu',
  ),
  ['born'],
);
/**
 * What someone studied and where, a career record ("studied art in New York City", "studied international relations
 * in Geneva", "trained as a nurse in"); a past form only: "a training service in" is a noun. Not with researchers for
 * subject: what they studied is where the research happened ("Researchers studied bats in Yunnan", "Scientists studied
 * mice in Boston").
 */
const STUDIED = openedBy(
  new RegExp(
    "\\b(?:studied|trained)\\s+(?:as\\s+(?:an?\\s+)?)?(?:[\\p{L}'’-]+\\s+){1,3}?(?:in|at)\\s+(?:the\\s+)?$",
    'u',
  ),
  ['studied', 'trained'],
);
const RESEARCH_SUBJECT = openedBy(
  new RegExp(
    `\\b(?:${alternation(withCapitals([...RESEARCHERS, ...RESEARCH_BODIES]))})\\b` +
      '[^.;!?]*?\\s(?:studied|trained)\\s',
    'u',
  ),
  withCapitals([...RESEARCHERS, ...RESEARCH_BODIES]),
);
// Where a company is on record ("The company is registered in the United States", "a firm incorporated in"): only
// with a company for subject, as cases, a quake or a temperature "registered in" a place happened there.
const REGISTERED = openedBy(
  new RegExp(
    `\\b(?:${alternation(ORGANISATION_CLASS_NOUNS)})(?:,?\\s+(?:which|that))?\\s+` +
      '(?:(?:is|was|are|were|has\\s+been|had\\s+been)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:registered|incorporated)\\s+in\\s+' +
      '(?:the\\s+)?$',
    'iu',
  ),
  ORGANISATION_CLASS_NOUNS,
);
const COMPARISON = openedBy(new RegExp(`\\b(?:${alternation(COMPARISONS)})\\s+(?:the\\s+)?$`, 'iu'), COMPARISONS);
/** The thing compared, said again by "those" or "that" ("prices twice those in Sweden", "similar to that of Japan"). */
// Not a bare "to": "sent food to those in Gaza" is no comparison.
const COMPARED_AGAIN = openedBy(
  new RegExp(
    '\\b(?:than|(?:similar|compared|equal|identical|close|comparable)\\s+to|with|as|twice|half|double)\\s+' +
      '(?:those|that)\\s+(?:in|of)\\s+(?:the\\s+)?$',
    'iu',
  ),
  ['than', 'similar', 'compared', 'equal', 'identical', 'close', 'comparable', 'with', 'as', 'twice', 'half', 'double'],
);
/**
 * "most" as a hedge or a time, or a share ("most of the attacks took place in"), and "only" right before the
 * preposition ("fighting continued only in"): no ranking.
 */
const MOST_AS_ADVERB = ['likely', 'probably', 'recently', 'often', 'notably', 'importantly', 'of'];
const SUPERLATIVE = openedBy(
  new RegExp(
    `\\b(?!most\\s+(?:${alternation(MOST_AS_ADVERB)})\\b|only\\s+(?:in|of)\\s+(?:the\\s+)?$)` +
      `(?:${alternation(SUPERLATIVES)})\\b` +
      '[^.;,:]{0,50}\\b(?:in|of)\\s+(?:the\\s+)?$',
    'iu',
  ),
  SUPERLATIVES,
);
/** A ranked happening is still one there ("the largest protest in Paris", "the worst flooding in Kenya"). */
const RANKED_EVENT = openedBy(
  new RegExp(`\\b(?:${alternation(EVENTS_BEFORE_PLACE)})\\s+(?:in|at|near)\\s+(?:the\\s+)?$`, 'iu'),
  EVENTS_BEFORE_PLACE,
);
const INSTITUTION = openedBy(
  new RegExp(
    `\\b(?:${alternation(INSTITUTIONS)})\\.?` +
      "(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+)?,?\\s+(?:in|at)\\s+$",
    'u',
  ),
  INSTITUTIONS,
);
/**
 * The institution as the venue of a happening, after a past verb, an event noun or a day right before "at" ("Trump
 * spoke at Liberty University in Lynchburg", "the shooting at Florida State University in", "Monday at Baldwin Wallace
 * University in", "a meeting at"): the town is where it happened, not only the seat of a place of work or study. Not
 * a career there (lexicon CAREER_PASTS: "taught at Rice University in", "was named dean at").
 */
const CAREER_PAST_SET = new Set(CAREER_PASTS);
// What was held or done at it ("the shooting at", "a rally at", "a meeting at", "a speech at"), or when ("Monday at").
const VENUE_CUES = withCapitals([
  ...EVENTS_BEFORE_PLACE,
  ...CALLABLE_OFF,
  ...WEEKDAYS,
  'speech',
  'address',
  'night',
  'yesterday',
  'today',
]);
const INSTITUTION_VENUE = new RegExp(
  `\\b(?<cue>\\p{Ll}{3,}ed|${alternation([...IRREGULAR_PASTS, ...VENUE_CUES])})\\s+at\\s+(?:the\\s+)?` +
    `(?:\\p{Lu}[\\p{L}'’.&-]*\\s+){1,5}?(?:${alternation(INSTITUTIONS)})\\.?` +
    "(?:\\s+(?:of|for)(?:\\s+the)?(?:\\s+\\p{Lu}[\\p{L}'’.-]*)+)?,?\\s+(?:in|at)\\s+$",
  'u',
);

function institutionSeat(before: string): boolean {
  if (!INSTITUTION.test(before)) return false;
  const cue = INSTITUTION_VENUE.exec(before)?.groups?.cue;
  return cue === undefined || CAREER_PAST_SET.has(cue);
}

/** "stay in", "renowned in": a lasting state at the place, not a happening. */
const STATE = openedBy(
  new RegExp(
    `\\b(?:${alternation(STATES_AT_PLACE)})\\s+(?:(?:mostly|mainly|largely|only|also|still|widely)\\s+)?` +
      '(?:in|at|across|throughout|inside|within)\\s+(?:the\\s+)?$',
    'iu',
  ),
  STATES_AT_PLACE,
);
/**
 * A count given roughly ("about 300", "300 or so") tallies holders; an exact number is as often a toll or a date
 * ("killed 12 in", "on March 18 in"), where something happened.
 */
const APPROXIMATE_COUNT = `(?:\\b(?:${alternation(ROUGHLY)})\\s+\\d[\\d,.]*|\\d[\\d,.]*\\s+or\\s+so)`;
/**
 * "start-ups in the US", "300 or so in China": the place says where holders or counted things are. Group 1 catches a
 * locative before the holder ("at his homes in Manhattan"), whose place keeps the locative's role.
 */
const HOLDER = new RegExp(
  '(\\b(?:at|in|inside|outside|near)\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?)?' +
    `(?:\\b(?:${alternation(HOLDERS_AT_PLACE)})|${APPROXIMATE_COUNT})` +
    '\\s+(?:in|at|across|throughout|near)\\s+(?:the\\s+)?$',
  'iu',
);
/**
 * Harm done to the people the place locates ("the deaths of three service members in Jordan", "killed five residents
 * in", "arrested 12 fans in"): the place is where it was done, so neither residence nor holders make it a mention.
 */
// The words between are the people's own noun phrase ("five residents", "a 19-year-old soldier"), not a relative
// clause or a "with" phrase naming others ("detained a woman with relatives in London", "a soldier whose relatives in
// Ohio said"): those relatives are where someone lives, not where the harm was done.
const NOT_OWN_PHRASE = `(?!(?:${alternation([...RELATIVE_PRONOUNS, 'with'])})\\b)`;
const HARMED = openedBy(
  new RegExp(
    `\\b(?:${alternation(HARMS_TO_PEOPLE)})\\s+(?:of\\s+)?(?:${NOT_OWN_PHRASE}[\\p{L}\\d,'’-]+\\s+){0,5}?` +
      `(?:${alternation(HOLDERS_AT_PLACE)})\\s+(?:in|at|near|inside|outside|across|throughout)\\s+` +
      '(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,4}?$',
    'iu',
  ),
  HARMS_TO_PEOPLE,
);
/** A rough count harmed ("sickened nearly 200 in the United States", "killed about 30 in"): a toll, no holders. */
const HARMED_COUNT = openedBy(
  new RegExp(
    `\\b(?:${alternation(HARMS_TO_PEOPLE)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${APPROXIMATE_COUNT}\\s+` +
      '(?:in|at|near|inside|outside|across|throughout)\\s+(?:the\\s+)?$',
    'iu',
  ),
  HARMS_TO_PEOPLE,
);
/**
 * The holders as the subject of a happening ("all schools and universities in Mexico City have been closed", "voters
 * in Georgia went to the polls", "residents in Jackson were evacuated"): it happened at the place.
 */
const HOLDERS_BEFELL = new RegExp(
  '^\\s+(?:(?:has|have|had|was|were|is|are)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:been\\s+)?' +
    `(?:${alternation(HOLDERS_HAPPENINGS)})\\b`,
  'u',
);
/** A verb acting on what follows ("raided the company's"): the holders after it are where something happened. */
const ACTED_ON = openedBy(
  new RegExp(
    `\\b(?:${alternation(ACTS_ON_PLACE)})\\s+(?:(?:the|a|an|his|her|its|their)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$`,
    'iu',
  ),
  ACTS_ON_PLACE,
);
/** A motion to what follows ("traveled to Google's offices in"): the holders are where someone went, an event place. */
const MOVED_TO = openedBy(
  new RegExp(
    `\\b(?:${alternation(MOTIONS)})\\s+(?:to|into)\\s+` +
      "(?:(?:the|a|an|his|her|its|their)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}$",
    'iu',
  ),
  MOTIONS,
);
/** "an Amritsar-based agent": where someone or something is based. */
const BASED_AFTER = /^[-‐–\s]based\b/u;
/** "Delaware, where Yahoo is incorporated". */
const SETTLED_AFTER = new RegExp(`^,?\\s+where\\s+[^.;]{0,40}?\\b(?:${alternation(SETTLED_WORDS)})\\b`, 'iu');
/**
 * "south of Jerusalem", "185 miles northwest of": the place is a reference point. Not after "the": "in the north of
 * England" is a part of the place.
 */
const BEARING = openedBy(
  new RegExp(`\\b(?<!\\bthe\\s+)(?:${alternation(BEARINGS)})\\s+of\\s+(?:the\\s+)?$`, 'iu'),
  BEARINGS,
);

/** "continues November 19th in": a stop on a schedule, dated and still to come. */
const SCHEDULED = openedBy(
  new RegExp(
    `\\b(?:${alternation(SCHEDULE_VERBS)})\\s+(?:on\\s+)?(?:${alternation(MONTHS)})\\s+\\d{1,2}(?:st|nd|rd|th)?,?` +
      '\\s+(?:in|at)\\s+(?:the\\s+)?$',
    'iu',
  ),
  SCHEDULE_VERBS,
);
/** "Northwell Health at", "Music Park at": "at" inside a venue's name, after a sponsor's or a site's last word. */
const SITE_HEADS = [...VENUE_HEADS, ...INSTITUTION_HEADS, ...WORSHIP_HEADS, ...TRANSPORT_HEADS, ...BUILDING_HEADS].map(
  capitalise,
);
const NAME_AT = openedBy(new RegExp(`\\b(?:${alternation(SITE_HEADS)})\\s+at\\s+$`, 'u'), SITE_HEADS);

/** An apposition describing someone or something by where it is ("Jo Bradford, a psychologist in Atlanta,"). */
const APPOSITION = /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){1,3}(?:in|at|from|of)\s+(?:the\s+)?$/u;
/**
 * An apposition giving someone's workplace and where it is ("Lorenz Roth, a planetary scientist at NASA's Goddard
 * Space Flight Center in Greenbelt, Maryland, said"): the place locates the workplace, not a happening.
 */
const AFFILIATION = new RegExp(
  ',\\s+(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){1,3}(?:at|with)\\s+(?:the\\s+)?' +
    "(?:\\p{Lu}[\\p{L}'’.&-]*\\s+(?:(?:of|for|and)\\s+)?){1,6}(?:in|at)\\s+$",
  'u',
);
/**
 * Researchers at a named institution and where it is ("researchers out of NASA's Goddard Space Flight Center in
 * Greenbelt", "scientists at the Centers for Disease Control in Atlanta"): the place locates the institution.
 */
const RESEARCHER = alternation(withCapitals(RESEARCHERS));
const AFFILIATED = openedBy(
  new RegExp(
    `\\b(?:${RESEARCHER})\\s+(?:at|from|of|out\\s+of|with)\\s+(?:the\\s+)?` +
      "(?:\\p{Lu}[\\p{L}'’.&-]*\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){1,7}(?:in|at)\\s+$",
    'u',
  ),
  withCapitals(RESEARCHERS),
);
/**
 * An apposition giving someone's post at a named body and where the body is, with no article ("Duane Mellor, senior
 * specialist dietitian at the University Hospitals of Leicester NHS Trust in England."): the last word before "at" is
 * a person's job (a role noun, or a word ending like one: -ist, -ian), so ", killing dozens at the Al Noor Mosque in"
 * is none.
 */
const WORKER =
  `(?:${alternation([...RESEARCHERS, ...OCCUPATIONS, ...PROFESSIONS, ...LEADERSHIP_ROLES])}|` +
  `\\p{Ll}{2,}(?:${PRACTITIONER_ENDINGS.join('|')}))s?`;
const POST_AT = new RegExp(
  `,\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}${WORKER}\\s+(?:at|with|of)\\s+(?:the\\s+)?` +
    "(?:\\p{Lu}[\\p{L}'’.&-]*\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){1,7}(?:in|at)\\s+$",
  'u',
);
/**
 * An apposition ends where it began, with a comma or a relative, perhaps after saying where its place is
 * ("…, a psychologist in Atlanta, said", "…, a surgeon at the Civic Hospital in Texas, read").
 */
const APPOSITION_END = /^(?:\s+(?:in|at)\s+[^,.;]{1,40})?(?:,|\s+(?:who|which|whose|said|says|told)\b)/u;
/**
 * The body itself, a site, right after the post in an apposition ("Owen Dempsey, a chest doctor at the Aberdeen Royal
 * Infirmary, said"): where someone works. Not when the apposition goes on to what happened there ("a doctor at Chaoyang
 * Hospital where the patients were treated").
 */
const POST_AT_SITE = new RegExp(
  `,\\s+(?:(?:a|an|the)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}${WORKER}\\s+(?:at|with)\\s+(?:the\\s+)?$`,
  'u',
);
const POST_AT_SITE_END =
  /^(?:\s*\([^)]{1,20}\))?(?:\s+(?:in|at)\s+[^,.;]{1,40})?(?:,|\.(?:\s|$)|\s+(?:who|which|whose|said|says|told)\b)/u;
/**
 * A site named as someone's workplace, right after their post: "Owen Dempsey, a pulmonologist at the Aberdeen Royal
 * Infirmary", "a team led by researchers out of NASA's Goddard Space Flight Center", "director of the Anxiety Disorders
 * Research Program at Georgetown University Medical Center". The post may name the unit it heads (of/for and
 * capitalised words) before "at".
 */
const WORKPLACE_BEFORE = new RegExp(
  `\\b${WORKER}\\s+(?:(?:of|for)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}'’.&-]*\\s+(?:(?:of|for|and|on)\\s+)?){1,6})?` +
    '(?:at|with|from|out\\s+of)\\s+(?:the\\s+)?$',
  'u',
);

/** The words before `start` name someone's post there (WORKPLACE_BEFORE): the site after them is where they work. */
export function workplaceBefore(text: string, start: number): boolean {
  return WORKPLACE_BEFORE.test(text.slice(Math.max(0, start - 100), start));
}
/** A post's apposition may also end its sentence ("…, senior dietitian at the X Trust in England."). */
const POST_END = /^(?:,|\.(?:\s|$)|\s+(?:who|which|whose|said|says|told)\b)/u;
/** People from all over a place ("architects from across the European Union"). */
const FROM_ALL_OVER = openedBy(/\bfrom\s+(?:across|around|all\s+over|throughout)\s+(?:the\s+)?$/iu, ['from']);
/**
 * "a meeting in Chile that was canceled": what was called off did not happen there; unless unrest there called it off
 * ("… that was canceled because of domestic protests": the protests happened there).
 */
const CALLED_OFF_BY_EVENT =
  `(?![^.;]{0,20}?\\b(?:because\\s+of|due\\s+to|amid|after|over)\\s+(?:[\\p{Ll}-]+\\s+){0,2}` +
  `(?:${alternation(EVENTS_BEFORE_PLACE)})\\b)`;
const CALLED_OFF_AFTER = new RegExp(
  `^\\s+(?:that|which)\\s+(?:was|were|had\\s+been|has\\s+been)\\s+(?:${alternation(CALLED_OFF)})\\b` +
    CALLED_OFF_BY_EVENT,
  'u',
);
/** "the Congo's Tshiluba language", "Mexico's culinary heritage": what comes from the place, not what happens there. */
const HERITAGE_AFTER =
  /^['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:language|languages|cuisine|culture|heritage|history|traditions?|roots)\b/u;
/** "the U.K.'s University of York": the place says where an institution is. */
const INSTITUTION_AFTER = new RegExp(
  `^['’]s?\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}(?:${alternation(INSTITUTIONS)})\\b`,
  'u',
);
/** "returned to England to manage Manchester United": a post taken up there, a career record. */
const CAREER_AFTER = new RegExp(`^,?\\s+to\\s+(?:${alternation(CAREER_VERBS)})\\b`, 'iu');

/**
 * What was called off, in the clause before the name ("postponed talks in Almaty") or said of it after, in the passive
 * ("meetings planned in Almaty this week had been postponed"): it did not happen there. What is only planned or
 * expected is not called off: a planned, specific happening is reported as happening there (roles-dev ruling C2),
 * unlike a mere possibility ("protests could spread to Almaty").
 */
const CALLED_OFF_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(CALLED_OFF)})\\b`, 'iu');
const POSSIBLE_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(POSSIBLE)})\\b[^,]*$`, 'u');
// A reporting aside between commas right after the modal or an "and" ("could, officials warned, spread to"; "and,
// forecasters said, hit") is no end of the modal's clause: it is taken out before the comma test. After the modal's
// verb it is ("may collapse, diplomats warned, after troops entered Kherson": its comma ends the clause).
const REPORTING_ASIDE = new RegExp(
  `(?<=(?:^|\\s)(?:${alternation(POSSIBLE)}|and|or)),[^\\S\\n]*(?:[\\p{L}'’.-]+[^\\S\\n]+){1,4}` +
    `(?:${alternation(REPORTING_VERBS)})[^\\S\\n]*,`,
  'gu',
);
const CONDITION_BEFORE = new RegExp(`(?:^|\\s)(?:${alternation(CONDITIONS)})\\b`, 'u');
/** The first words of POSSIBLE, CONDITIONS and CALLED_OFF, for a look-up before their patterns. */
const POSSIBLE_WORDS = firstWords(POSSIBLE, false);
const CONDITION_WORDS = firstWords(CONDITIONS, false);
const CALLED_OFF_WORDS = firstWords(CALLED_OFF, true);
const CALLED_OFF_LATER = new RegExp(
  `^[^.;!?\\n]{0,50}?\\b(?:is|are|was|were|been)\\s+(?:\\p{Ll}+ly\\s+)?(?:${alternation(CALLED_OFF)})\\b` +
    CALLED_OFF_BY_EVENT,
  'iu',
);

/** Words before the name that make it a mention whatever else is around it, by name (the evaluation counts each). */
const MENTION_CUES_BEFORE: [string, (before: string) => boolean][] = [
  // "born in", "born the first child of two teachers in", "The company is registered in"
  ['origin', (b) => (ORIGIN.test(b) && !HARMED.test(b)) || BORN_AS.test(b) || REGISTERED.test(b)],
  ['studied', (b) => STUDIED.test(b) && !RESEARCH_SUBJECT.test(b)], // "studied art in"
  ['home', (b) => HOME_HAD.test(b)], // "owns a villa in the south of"
  ['comparison', (b) => COMPARISON.test(b)], // "higher than in"
  ['compared-again', (b) => COMPARED_AGAIN.test(b)], // "twice those in"
  ['superlative', (b) => SUPERLATIVE.test(b) && !RANKED_EVENT.test(b)], // "the largest company in"
  ['institution', institutionSeat], // "Rice University in"
  ['institution', (b) => FIELD_CENTER.test(b)], // "the National Center for Scientific Research in"
  ['affiliated', (b) => AFFILIATED.test(b)], // "researchers at NASA's Goddard Space Flight Center in"
  ['from-all-over', (b) => FROM_ALL_OVER.test(b)], // "from across the"
  ['state', (b) => STATE.test(b)], // "renowned in"
  ['bearing', (b) => BEARING.test(b)], // "south of"
  ['scheduled', (b) => SCHEDULED.test(b)], // "continues November 19th in"
  ['name-at', (b) => NAME_AT.test(b)], // "Music Park at"
  ['holder', holderBefore], // "start-ups in the"
];

/** The mention cue the words before the name make (`after`: the words after it), or null. */
export function mentionCue(before: string, after = ''): string | null {
  const cue = MENTION_CUES_BEFORE.find(([, test]) => test(before))?.[0] ?? null;
  return cue === 'holder' && (HOLDERS_BEFELL.test(after) || votersDecided(before, after)) ? null : cue;
}

/** Voters at the place deciding at the polls ("voters in Kansas rejected the amendment"): the vote was held there. */
const VOTERS_IN = /\bvoters\s+in\s+(?:the\s+)?$/iu;
const VOTERS_DECIDED = new RegExp(
  `^\\s+(?:(?:have|had)\\s+)?(?:\\p{Ll}+ly\\s+)?(?:${alternation(VOTERS_DECISIONS)})\\b`,
  'u',
);
const votersDecided = (before: string, after: string): boolean => VOTERS_IN.test(before) && VOTERS_DECIDED.test(after);

/**
 * HOLDER's necessary ending, read first: the pattern is tried from every character of the window. Its preposition,
 * and before that a holder's last word, "so" ("300 or so") or a count's last character ("about 300").
 */
const HOLDER_LAST = lastWords(['in', 'at', 'across', 'throughout', 'near'], true);
const HOLDER_WORDS_LAST = lastWords([...HOLDERS_AT_PLACE, 'so'], true);
const countEnd = (c: number): boolean => (c >= 48 && c <= 57) || c === 44 || c === 46;

function holderBefore(before: string): boolean {
  const m = endsWithWords(before, HOLDER_WORDS_LAST, HOLDER_LAST, true, countEnd) ? HOLDER.exec(before) : null;
  // The rest is asked only of a holder found (pure tests: the order changes no answer).
  if (m === null || m[1] !== undefined) return false;
  // "Police raided offices in": an act on the holders happened at the place; so did a harm to them, or a journey to
  // them ("traveled to Google's offices in").
  const head = before.slice(0, m.index);
  const harmed = HARMED.test(before) || HARMED_COUNT.test(before);
  return !ACTED_ON.test(head) && !MOVED_TO.test(head) && !harmed;
}

/** The apposition patterns' last words (before "the" for APPOSITION and POST_AT_SITE). */
const APPOSITION_LAST = lastWords(['in', 'at', 'from', 'of'], false);
const IN_AT = lastWords(['in', 'at'], false);
const AT_WITH = lastWords(['at', 'with'], false);

/** Words right after the name that make it a mention ("Sacramento-based"), by name. */
const MENTION_CUES_AFTER: [string, (after: string, before: string) => boolean][] = [
  ['based', (a) => BASED_AFTER.test(a)], // "Sacramento-based"
  ['settled', (a) => SETTLED_AFTER.test(a)], // "Delaware, where Yahoo is incorporated"
  // "a meeting in Chile that was canceled"
  ['called-off-after', (a, b) => CALLED_OFF_AFTER.test(a) && GATHERING.test(b.slice(-80))],
  ['heritage', (a) => HERITAGE_AFTER.test(a)], // "Mexico's culinary heritage"
  ['institution-after', (a) => INSTITUTION_AFTER.test(a)], // "the U.K.'s University of York"
  ['career', (a) => CAREER_AFTER.test(a)], // "returned to England to manage"
];

/** The mention cue the words right after the name make (with those before it, for an apposition), or null. */
export function mentionCueAfter(after: string, before = ''): string | null {
  // The apposition patterns open at a comma and end in their prepositions: both are read first, as the patterns are
  // tried from every character of the window.
  const comma = before.includes(',');
  const appositionEnd = comma && endsWithWord(before, APPOSITION_LAST, true);
  const inAtEnd = comma && endsWithWord(before, IN_AT);
  if (
    ((appositionEnd && APPOSITION.test(before)) || (inAtEnd && AFFILIATION.test(before))) &&
    APPOSITION_END.test(after)
  )
    return 'apposition';
  if (inAtEnd && POST_AT.test(before) && POST_END.test(after)) return 'post-at';
  if (comma && endsWithWord(before, AT_WITH, true) && POST_AT_SITE.test(before) && POST_AT_SITE_END.test(after))
    return 'post-at';
  return MENTION_CUES_AFTER.find(([, test]) => test(after, before))?.[0] ?? null;
}

/**
 * The clause before the name (back to the last sentence end or semicolon) calls what happens there off or makes it a
 * mere possibility, or the words after it call it off: which of them ('possible', 'condition', 'wish', 'called-off'),
 * or null.
 */
export function calledOff(text: string, start: number, end: number): string | null {
  const from = Math.max(0, start - 300);
  const window = text.slice(from, start);
  // A title's point ("if Sen. Marco Rubio wins Florida") ends no clause: read with it masked (same offsets).
  const points = maskAbbreviations(window);
  const cut = Math.max(
    points.lastIndexOf('. '),
    window.lastIndexOf(';'),
    window.lastIndexOf('\n'),
    window.lastIndexOf('? '),
    window.lastIndexOf('! '),
  );
  const clause = window.slice(cut + 1);
  // The patterns' words are looked up first (REPORTING_ASIDE needs a comma): they are tried from every character.
  const unaside = clause.includes(',') ? clause.replace(REPORTING_ASIDE, ' ') : clause;
  if (hasWord(unaside, POSSIBLE_WORDS) && POSSIBLE_BEFORE.test(unaside)) return 'possible';
  if (hasWord(clause, CONDITION_WORDS) && CONDITION_BEFORE.test(clause)) return 'condition';
  if (WISH_BEFORE.test(clause)) return 'wish';
  // Only a gathering or a trip is called off; cancelled flights or classes are news there.
  const off =
    GATHERING.test(clause) &&
    ((hasWord(clause, CALLED_OFF_WORDS) && CALLED_OFF_BEFORE.test(clause)) ||
      CALLED_OFF_LATER.test(text.slice(end, end + 80)));
  return off ? 'called-off' : null;
}
const GATHERING = openedBy(new RegExp(`\\b(?:${alternation(CALLABLE_OFF)})\\b`, 'iu'), CALLABLE_OFF);
