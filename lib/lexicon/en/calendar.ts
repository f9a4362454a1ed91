// Calendar words: capitalised by convention, never names of people or places (though "March" and "May" are towns).

/** Used by: places/recognize (CALENDAR), quotes/mentions (CALENDAR), quotes/people (NOT_PERSON_WORD),
 * lexicon/en/name-words (CALENDAR_WORDS), article/furniture-lines (date lines), article/byline, notes/export/bibtex. */
// prettier-ignore
export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];
/** Same users as MONTHS. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Written short forms ("Jan. 5", "Sept. 11"); "may" has none. Used by: places/recognize, article/furniture-lines. */
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
