// Pattern pieces the source finders share, as strings for `new RegExp(…, 'u')`. \u2024 is a masked abbreviation
// point (see text/abbreviations), so "Sen․" stays one word of a name.
import { alternation, capitalise } from '../lexicon/build';
import { DAY_PARTS, TIME_SPAN_LEADS, TIME_SPANS, WEEKDAY_LEADS, WEEKDAYS } from '../lexicon/en/calendar';
import { AP_STATES, STATE_NAMES } from '../lexicon/en/us-states';
import { CLAUSE_JOINERS, MAIN_CLAUSE_SUBORDINATORS, NAME_INNER_PREPOSITIONS } from '../lexicon/en/clause-words';

/**
 * A capitalised word inside a name, with points, apostrophes and a body's "&" ("Sen․", "J.", "O’Brien", "AT&T"). Not
 * ending in a full stop: the text layer masks abbreviation points, so "Boston." before a space ends a sentence and the
 * next capital opens another ("… held in Boston. The Mayor of Boston said": no name "Boston The Mayor"; review30
 * finding 19).
 */
export const CAP_WORD = "\\p{Lu}[\\p{L}'’\\u2024.&-]*(?<!\\.)";
/** The last word of a name: no point, so the sentence's full stop is left out ("Sanders."). */
export const CAP_LAST = "\\p{Lu}[\\p{L}'’&-]*";
/**
 * A name of one to `more` + 1 capitalised words ("Uali", "Berik Uali", "Ohio State professor Paul Beck" is not); an
 * "&" between two of them joins a body's name ("Johnson & Johnson").
 */
export const capitalisedRun = (more: number) => `(?:${CAP_WORD}\\s+(?:&\\s+)?){0,${more}}${CAP_LAST}`;
/**
 * A body's name after "from" or "by": capitalised words, with the prepositions, "and" and "the" such a name holds ("the
 * Bank of England", "The Associated Press"), up to its last capitalised word. Only without /i (under it \p{Lu} takes
 * any letter).
 */
const BODY_WORD = "\\p{Lu}[\\p{L}'’\\u2024&-]*";
const BODY_INNER = `(?:(?:${[...NAME_INNER_PREPOSITIONS, 'and', '&', 'the'].join('|')})\\s+)*`;
export const BODY_NAME = `(?:the\\s+)?${BODY_WORD}(?:\\s+${BODY_INNER}${BODY_WORD})*(?![\\p{L}'’\\u2024&-])`;
/**
 * Where a clause of its own is joined on: a comma and "and"/"but", a subordinator, a semicolon, and the space after
 * ("Tom Baker answered the door, and a man shouted", "Maria Lopez smiled when the judge said").
 */
const JOINERS = alternation(CLAUSE_JOINERS);
const SUBORDINATORS = alternation(MAIN_CLAUSE_SUBORDINATORS);
export const CLAUSE_JOIN = `(?:,\\s+(?:${JOINERS})|\\s(?:${SUBORDINATORS})|;)\\s+`;
/** No capitalised word (or a name's "&") right before (a name is read whole, not from its second word). */
export const NO_CAP_WORD_BEFORE = `(?<!(?:${CAP_WORD}|&)\\s)`;

// "Sen. Bernie Sanders (I-Vt.) called him …", "Rep. Paul Ryan (R-WI) said": the party and state tag after a
// lawmaker's name. Its points are no sentence end and it stands between the name and the verb.
// The state after the dash is an abbreviation or a name ("D-N.Y.", "R-South Carolina"), not "(I-95)" or "(R-rated)".
// The text layer masks abbreviation points (\u2024: "N․Y․"), so the class takes them too.
const PARTY_TAG = /\((?:[RDI]|[RDI]-[A-Z][A-Za-z.\u2024]{1,10}(?: [A-Z][a-z.\u2024]+)?)\)/g;
// "Sen. Ted Cruz (Tex.) said", "Sen. Susan Collins (Maine) called it": the state alone, as some papers write it.
const pointed = (abbreviation: string) => alternation([abbreviation]).replace(/\\\./g, '[.\\u2024]');
const STATE_TAG = new RegExp(
  `\\((?:(?:${Object.keys(AP_STATES).map(pointed).join('|')})[.\\u2024]|` + `${alternation(STATE_NAMES)})\\)`,
  'g',
);

/** The text with party tags blanked, same length, so offsets hold and the name meets its verb. */
export const blankPartyTags = (text: string) =>
  text.replace(PARTY_TAG, (tag) => ' '.repeat(tag.length)).replace(STATE_TAG, (tag) => ' '.repeat(tag.length));

const WEEKDAY = `(?:${WEEKDAYS.map(capitalise).join('|')})(?:\\s+(?:${alternation(DAY_PARTS)}))?`;
/**
 * When, between a subject and its verb: "Trump on Tuesday said", "Clinton Monday called", "the senator earlier this
 * month told". Without it the subject reads as "Trump on Tuesday" and names no one.
 */
export const TIME_ADJUNCT =
  `(?:(?:(?:${alternation(WEEKDAY_LEADS)})\\s+)?${WEEKDAY}` +
  `|(?:${alternation(TIME_SPAN_LEADS)})\\s+(?:${alternation(TIME_SPANS)}|${WEEKDAY}))`;

/**
 * The words of the sentence before a position: from the last sentence end (a stop, perhaps a closing quote or
 * bracket, then a space) or line break; group 1. Used by: quotes/epithets (opensSentence), quotes/given-role.
 */
export const SENTENCE_SO_FAR = /(?:^|[.!?]["”’)]?\s|\n)([^.!?\n]*)$/u;
