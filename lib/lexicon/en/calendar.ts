// Calendar words: capitalised by convention, never names of people or places (though "March" and "May" are towns).

/** Used by: places/recognize (CALENDAR), quotes/mentions (CALENDAR), quotes/people (NOT_PERSON_WORD),
 * quotes/mention-after (notIssuer), lexicon/en/name-words (CALENDAR_WORDS), article/furniture-lines (date lines),
 * article/byline, notes/export/bibtex, quotes/not-quotes (a date alone in quote marks), text/datelines (a month is no
 * dateline's town). */
// prettier-ignore
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];
/** Same users as MONTHS. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Written short forms ("Jan. 5", "Sept. 11"); "may" has none. Used by: places/recognize, article/furniture-lines,
 * quotes/not-quotes, text/datelines. */
// prettier-ignore
export const MONTH_ABBREVIATIONS = [
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];
/** Used by: places/recognize (first forms only), article/furniture-lines (all). */
export const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const WEEKDAY_ABBREVIATIONS_LONG = ['tues', 'thur', 'thurs'];

/** Feasts named like towns (Christmas Island aside). Used by: places/recognize. */
export const HOLIDAYS = ['christmas', 'easter'];

/** Days said relative to today, capitalised at a sentence start. Used by: quotes/mentions (CALENDAR). */
export const RELATIVE_DAYS = ['today', 'yesterday'];

// When something was said, written between a subject and its verb: "Trump on Tuesday said", "Clinton last week
// called", "the senator earlier this month told". Used by: quotes/patterns (TIME_ADJUNCT).
/** Words before a weekday: "on Tuesday", "late Monday", "early Friday". */
export const WEEKDAY_LEADS = ['on', 'late', 'early'];
/** Words before a stretch of time: "last week", "this month", "earlier this year", "later that day". */
export const TIME_SPAN_LEADS = ['last', 'this', 'earlier this', 'later that', 'earlier that', 'over the'];
/** Parts of a day after a weekday: "Tuesday night". */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'];
/** Stretches of time after those words: "last week", "this morning", "over the weekend". */
// prettier-ignore
export const TIME_SPANS = [
  'week', 'month', 'year', 'weekend', ...DAY_PARTS, 'day', 'spring', 'summer', 'fall', 'autumn', 'winter',
];
