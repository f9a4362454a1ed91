// Datelines: "NUR-SULTAN (Reuters) -", "ALMATY, Jan 5 (AP) —", "SEOUL, South Korea —", "LONDON —": the place a
// story was filed from, in capitals, opening the body. That place is where the story was filed, not a subject of
// it, and no speaker of what follows. One grammar serves the places, entities and quotes engines.
import type { Range } from './sentences';
import { NEWS_AGENCIES } from '../lexicon/en/organisations';
import { alternation, capitalise } from '../lexicon/build';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../lexicon/en/given-names';

export type { Range };

// Group 1: the name in capitals. Group 2: what follows a comma ("SEOUL, South Korea —"), the state or country the
// town lies in, or a date. Then the agency in parentheses and the dash (or colon: "NEW DELHI: ").
const NAME = "[ \\t]*([\\p{Lu}][\\p{Lu} .'’-]*[\\p{Lu}.])";
const AFTER_COMMA = '(?:[ \\t]*(,[^\\n(—–]{0,40}?))?';
const AGENCY = '[ \\t]*(?:\\([^)\\n]{1,80}\\))?[ \\t]*';

/** The story's dateline: at the start of one of its first lines. */
const DATELINE = new RegExp(`^${NAME}${AFTER_COMMA}${AGENCY}[-–—:]`, 'mu');
/** A dateline opening a sentence or a source phrase, with its dash and the space after it: the quotes engine sets it
 * aside before reading who speaks. */
export const DATELINE_OPENING = new RegExp(`^${NAME}${AFTER_COMMA}${AGENCY}[-–—―:]+\\s*`, 'u');

/**
 * A news agency or network credited in parentheses: a name with two capitals in its first word ("AP", "VNA", "CNN
 * Business", "AsiaNews", "ABC7") or a known agency ("Reuters"); not a person or a gloss ("Te Kaurinui Robert").
 */
const AGENCY_NAMES = alternation(NEWS_AGENCIES.map(capitalise));
const TWO_CAPITALS = '[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*\\p{Lu}[\\p{L}\\d]*';
const CREDIT = `\\((?:${TWO_CAPITALS}|(?:${AGENCY_NAMES})\\b)(?:[ \\t][\\p{L}\\d]+){0,2}\\)`;
/** A name written in title case ("Hong Kong", "Beijing"), up to four words. */
const TITLE_NAME = "[ \\t]*(\\p{Lu}[\\p{Ll}.'’-]+(?:[ \\t]\\p{Lu}[\\p{Ll}.'’-]+){0,3})";
/**
 * A line that credits an agency opens with its dateline even without the dash, or in title case: "Hong Kong (CNN
 * Business) A muddled view", "Beijing (AsiaNews) Since 30 March", "ATLANTA (AP) An aide", "Hanoi (VNA) – Vietnam".
 */
const CREDITED = new RegExp(
  `^(?:${NAME}|${TITLE_NAME})${AFTER_COMMA}[ \\t]*${CREDIT}[ \\t]*(?:[-–—:]|(?=\\p{Lu}))`,
  'mu',
);

/** Character range of the dateline's place name, when one of the first paragraphs opens with one (within 1,500
 * characters: picture captions above an agency story can run past 1,000). */
export function datelineSpan(text: string): Range | null {
  const head = text.slice(0, 1500);
  const dashed = DATELINE.exec(head);
  const credited = CREDITED.exec(head);
  // A dashed dateline wins: a title-case credit above it is a picture's ("Jae Hong (AP) A man walks … ¶ LA —").
  const m = !dashed && credited && !aPersons(credited[2]) ? creditedMatch(credited) : dashed;
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length + (m[2]?.trimEnd().length ?? 0) };
}

const GIVEN = new Set(`${FEMALE_GIVEN_NAMES} ${MALE_GIVEN_NAMES}`.split(' '));
const INITIAL = /^\p{Lu}\.$/u;

/** A title-case credit that names a photographer: an initial ("Jae C. Hong") or a given name before a surname. */
function aPersons(title: string | undefined): boolean {
  const words = title?.split(/[ \t]+/) ?? [];
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
