// Datelines: "NUR-SULTAN (Reuters) -", "ALMATY, Jan 5 (AP) —", "SEOUL, South Korea —", "LONDON —": the place a
// story was filed from, in capitals, opening the body. That place is where the story was filed, not a subject of
// it, and no speaker of what follows. One grammar serves the places, entities and quotes engines.
import type { Range } from './sentences';

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

/** Character range of the dateline's place name, when one of the first paragraphs opens with one (within 1,500
 * characters: picture captions above an agency story can run past 1,000). */
export function datelineSpan(text: string): Range | null {
  const m = DATELINE.exec(text.slice(0, 1500));
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length + (m[2]?.trimEnd().length ?? 0) };
}

/** The mention lies inside the dateline ("N.Y." in "BUFFALO, N.Y. —"). */
export const inDateline = (dateline: Range | null, m: Range): boolean =>
  dateline !== null && m.start >= dateline.start && m.end <= dateline.end;
