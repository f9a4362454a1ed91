// Datelines: "NUR-SULTAN (Reuters) -", "ALMATY, Jan 5 (AP) —", "SEOUL, South Korea —", "LONDON —": the place a
// story was filed from, in capitals, opening the body. That place is where the story was filed, not a subject of
// it, and no speaker of what follows. One grammar serves the places, entities and quotes engines.
import type { Range } from './sentences';
import { NEWS_AGENCIES, WIRE_AGENCY_INITIALS } from '../lexicon/en/organisations';
import { alternation, capitalise } from '../lexicon/build';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../lexicon/en/given-names';
import { MONTH_ABBREVIATIONS, MONTHS } from '../lexicon/en/calendar';

export type { Range };

// Group 1: the name in capitals. Group 2: what follows a comma ("SEOUL, South Korea —"), the state or country the
// town lies in, or a date. Then the agency in parentheses and the dash (or colon: "NEW DELHI: ").
const NAME = "[ \\t]*([\\p{Lu}][\\p{Lu} .'’-]*[\\p{Lu}.])";
const AFTER_COMMA = '(?:[ \\t]*(,[^\\n(—–]{0,40}?))?';
const AGENCY = '[ \\t]*(?:\\([^)\\n]{1,80}\\))?[ \\t]*';

/** The story's dateline: at the start of one of its first lines. */
const DATELINE = new RegExp(`^${NAME}${AFTER_COMMA}${AGENCY}[-–—:]`, 'mu');
/**
 * A news agency or network credited in parentheses: a name with two capitals in its first word ("AP", "VNA", "CNN
 * Business", "AsiaNews", "ABC7") or a known agency ("Reuters"); not a person or a gloss ("Te Kaurinui Robert").
 */
const AGENCY_NAMES = alternation(NEWS_AGENCIES.map(capitalise));
const TWO_CAPITALS = '[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*';
// Up to two more words, then the closing bracket ("(CNN Business)").
const CREDIT_TAIL = '(?:[ \\t][\\p{L}\\d]+){0,2}\\)';
const CREDIT_BODY = `(?:${TWO_CAPITALS}|(?:${AGENCY_NAMES})\\b)${CREDIT_TAIL}`;
const CREDIT = `\\(${CREDIT_BODY}`;
/** A name written in title case ("Hong Kong", "Beijing"), up to four words. */
const TITLE_NAME = "[ \\t]*(\\p{Lu}[\\p{Ll}.'’-]+(?:[ \\t]\\p{Lu}[\\p{Ll}.'’-]+){0,3})";
// What a credited dateline may write between its place and the credit, besides what follows a comma: the country in
// brackets ("Camp Zeist (Holland) 11-15 (AFP) -"), a date with no comma before it, in numbers ("Jerusalem 7-15 (AFP)
// -") or after a month ("Dec 29 (Reuters) -", where the month stands as the name).
const AREA_IN_BRACKETS = '(?:[ \\t]+\\(\\p{Lu}\\p{Ll}+(?:[ \\t]\\p{Lu}\\p{Ll}+)?\\))?';
const DATE_NUMBERS = '[ \\t]+\\d{1,2}(?:[-/]\\d{1,2}){0,2}';
const BARE_DATE = `(?:${DATE_NUMBERS})?`;
const CREDITED_AFTER = `${AREA_IN_BRACKETS}${BARE_DATE}${AFTER_COMMA}[ \\t]*${CREDIT}[ \\t]*`;
const CREDITED_PLACE = `(?:${NAME}|${TITLE_NAME})${CREDITED_AFTER}`;
// A title-case place opening a sentence anywhere: a date or what a comma brings before the credit, an agency the
// lexicon knows, or a one-word place ("Jerusalem 7-15 (AFP) -", "Port Moresby, Nov 15 (AFP) -", "Hanoi (VNA) –").
// Several title-case words and initials are a body's name ("Human Rights Watch (HRW) – which …").
const KNOWN_CREDIT = `\\((?:${AGENCY_NAMES})\\b${CREDIT_TAIL}`;
const DATED = `(?:${DATE_NUMBERS}|[ \\t]*,[^\\n(—–]{0,40}?)`;
const DATED_CREDIT = `${DATED}[ \\t]*${CREDIT}`;
const KNOWN_AGENCY_CREDIT = `${BARE_DATE}${AFTER_COMMA}[ \\t]*${KNOWN_CREDIT}`;
const DATED_OR_KNOWN = `${AREA_IN_BRACKETS}(?:${DATED_CREDIT}|${KNOWN_AGENCY_CREDIT})[ \\t]*`;
// One word: its credit is an agency's, not the word's own initials ("Hanoi (VNA) –"; "Apple (AAPL) – which …" is a
// company and its ticker), unless the lexicon knows the agency.
const ONE_WORD_PLACE = "[ \\t]*((?<initial>\\p{Lu})[\\p{Ll}.'’-]+)";
const KNOWN_AGENCIES = [AGENCY_NAMES, ...WIRE_AGENCY_INITIALS].join('|');
const OWN_INITIAL_NOT_AGENCY = `(?!(?:${KNOWN_AGENCIES})\\b)(?=\\k<initial>)`;
const OWN_CREDIT = `\\((?!${OWN_INITIAL_NOT_AGENCY})${CREDIT_BODY}`;
const ONE_WORD_CREDITED = `${AREA_IN_BRACKETS}${BARE_DATE}${AFTER_COMMA}[ \\t]*${OWN_CREDIT}[ \\t]*`;
/**
 * A line that credits an agency opens with its dateline even without the dash, or in title case: "Hong Kong (CNN
 * Business) A muddled view", "Beijing (AsiaNews) Since 30 March", "ATLANTA (AP) An aide", "Hanoi (VNA) – Vietnam".
 */
const CREDITED = new RegExp(`^${CREDITED_PLACE}(?:[-–—:]|(?=\\p{Lu}))`, 'mu');

/**
 * A dateline opening a sentence or a source phrase, with its dash and the space after it: the quotes engine sets it
 * aside before reading who speaks ("Port Moresby, Nov 15 (AFP) - The minister said"). Its shapes:
 *   capitals, dash                  "LONDON —", "NEW DELHI: "
 *   capitals, comma, area or date   "SEOUL, South Korea —", "ALMATY, Jan 5 (AP) —"
 *   capitals, agency                "NUR-SULTAN (Reuters) -"
 *   title case, agency              "Hanoi (VNA) –", "Port Moresby, Nov 15 (AFP) -"
 *   title case, date, agency        "Jerusalem 7-15 (AFP) -", "Camp Zeist (Holland) 11-15 (AFP) -"
 *   a date alone, agency            "Dec 29 (Reuters) -"
 * A title-case place needs the agency's credit and the dash: "Smith - a name" and "Acme (ACM) rose" are no dateline.
 * And a date or a comma before that credit, a known agency's credit, or one word: a body's name opens sentences in
 * title case with its initials and a dash aside ("Human Rights Watch (HRW) – which monitors the region – said",
 * review36 finding 9).
 */
const OPENING_SHAPES = [
  `${NAME}${AFTER_COMMA}${AGENCY}`,
  `${NAME}${CREDITED_AFTER}`,
  `${TITLE_NAME}${DATED_OR_KNOWN}`,
  `${ONE_WORD_PLACE}${ONE_WORD_CREDITED}`,
];
export const DATELINE_OPENING = new RegExp(`^(?:${OPENING_SHAPES.join('|')})[-–—―:]+\\s*`, 'u');

/** Character range of the dateline's place name, when one of the first paragraphs opens with one (within 1,500
 * characters: picture captions above an agency story can run past 1,000). */
export function datelineSpan(text: string): Range | null {
  const head = text.slice(0, 1500);
  const dashed = DATELINE.exec(head);
  const credited = CREDITED.exec(head);
  // A dashed dateline wins: a title-case credit above it is a picture's ("Jae Hong (AP) A man walks … ¶ LA —").
  const m = !dashed && credited && !aPersons(credited) && !aMonth(credited[2]) ? creditedMatch(credited) : dashed;
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length + (m[2]?.trimEnd().length ?? 0) };
}

/** "Dec 29 (Reuters) -": a dateline with no place, whose month is no town. */
const MONTH_NAMES = new Set([...MONTHS, ...MONTH_ABBREVIATIONS]);
const aMonth = (title: string | undefined): boolean => MONTH_NAMES.has(title?.replace(/\.$/, '').toLowerCase() ?? '');

const GIVEN = new Set(`${FEMALE_GIVEN_NAMES} ${MALE_GIVEN_NAMES}`.split(' '));
const INITIAL = /^\p{Lu}\.$/u;

/**
 * A title-case credit that names a photographer: an initial ("Jae C. Hong") or a given name before a surname; not when
 * a date or a comma stands before the credit ("Port Moresby 11-15 (AFP)": "Port" is a given name too).
 */
function aPersons(credited: RegExpExecArray): boolean {
  if (/[\d,]/.test(credited[0].slice(0, credited[0].lastIndexOf('(')))) return false;
  const words = credited[2]?.split(/[ \t]+/) ?? [];
  return words.some((w) => INITIAL.test(w)) || (words.length > 1 && GIVEN.has(words[0].toLowerCase()));
}

/** The credited form's groups as the dashed form numbers them: 1 the name, 2 what follows a comma. */
function creditedMatch(m: RegExpExecArray): RegExpExecArray {
  const out = [m[0], m[1] ?? m[2], m[3]] as unknown as RegExpExecArray;
  out.index = m.index;
  return out;
}

/** The mention lies inside the dateline ("N.Y." in "BUFFALO, N.Y. —"). */
export const inDateline = (dateline: Range | null, m: Range): boolean =>
  dateline !== null && m.start >= dateline.start && m.end <= dateline.end;

/**
 * The text at `at` lies in a dateline opening its line ("Port Elsa, Nov 15 (AFP) - The minister said"): the place
 * there is where the story was filed, no person of it.
 */
export function inOpeningDateline(text: string, at: number): boolean {
  // The line's start, looked for within 120 characters only: a page written as one long line is asked once per name.
  const from = Math.max(0, at - 121);
  const newline = text.slice(from, at).lastIndexOf('\n');
  const line = newline >= 0 ? from + newline + 1 : from === 0 ? 0 : -1;
  if (line < 0 || at - line > 120) return false;
  const opening = DATELINE_OPENING.exec(text.slice(line, line + 200));
  return opening !== null && at < line + opening[0].length;
}
