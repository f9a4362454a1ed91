// "Ruth Bader Ginsburg regrets her remarks. ¶ The Supreme Court justice -- who … -- said …. ¶ In three interviews,
// the justice sounded off": a writer who has called someone by a description goes on calling them by its words. A
// definite description goes back to the last one before it (in the reporter's own words, within about three
// paragraphs) that holds all its words; whom that one stood for is settled where it stands (resolve.ts).
import type { Mention } from './mentions';

/** An earlier description: where it stands and its words as written. */
export interface EarlierDescription {
  start: number;
  end: number;
  text: string;
}

// How far back the earlier description is looked for: about three paragraphs. Further back, the story has moved on.
export const CHAIN_REACH = 1500;
// Up to four words between "the" and the head ("The independent Vermont senator", "the former top aide").
const MAX_MODIFIERS = 4;
// A word before the head: a plain word, no possessive ("the senator's aide") and no article ("the day the senator":
// the description is the last one).
const MODIFIER = '(?:(?![Tt]he\\s|[Aa]n?\\s)[\\p{L}-]+\\s+)';
// A quotation in the text: someone else's words, whose descriptions are theirs (blanked, same length).
const QUOTATION = /[“"][^”"\n]*(?:[”"]|$)/g;
// "the senator's wife" is the senator's; "the president of the company", "the senator from Texas" end with a phrase
// that may say whose role it is: only a mention with no such phrase goes back to one ("the president" may be the
// company's president only when the mention says so too).
const OF_AFTER = /^\s+of\s/;
// "from Florida", "from New Jersey": a place the description's holder comes from, up to three capitalised words.
const FROM_PLACE = /^\s+from\s+(\p{Lu}[\p{L}\u2024.-]*(?:\s+\p{Lu}[\p{L}\u2024.-]*){0,2})/u;

/** The lower-case words of a description without its article: "The Florida senator" → florida, senator. */
const wordsOf = (description: string): string[] =>
  description
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w && w !== 'the');

/**
 * The last definite description before `mention` (within CHAIN_REACH, outside quotation marks) whose words hold
 * all the mention's: "the senator" goes back to "the independent Vermont senator", not to "the senator's wife"'s
 * owner only if the head is the same word ("the senators" is a group). Null when the mention is no definite
 * description of a person by its head, or no such description stands before it.
 */
export function earlierDescription(text: string, mention: Mention): EarlierDescription | null {
  const head = (mention.head ?? '').toLowerCase();
  if (mention.kind !== 'role' || !head || !/^the\s/i.test(mention.text)) return null;
  const wanted = wordsOf(mention.text);
  // "the president of Acme": a description with its own "of" phrase is its own; no chain.
  if (wanted.at(-1) !== head) return null;
  const from = Math.max(0, mention.start - CHAIN_REACH);
  const before = text.slice(from, mention.start).replace(QUOTATION, (q) => ' '.repeat(q.length));
  const pattern = new RegExp(
    `(?<![\\p{L}'’-])[Tt]he\\s+${MODIFIER}{0,${MAX_MODIFIERS}}?${escape(head)}(?![\\p{L}'’-])`,
    'gu',
  );
  let found: EarlierDescription | null = null;
  for (const m of before.matchAll(pattern)) {
    const words = wordsOf(m[0]);
    if (OF_AFTER.test(before.slice(m.index + m[0].length))) continue;
    if (!opensClause(before.slice(0, m.index))) continue;
    if (!wanted.every((w) => words.includes(w))) continue;
    const start = from + m.index;
    const place = FROM_PLACE.exec(before.slice(m.index + m[0].length));
    // "The senator from Florida" says what "the Florida senator" says: read so, its qualifier is where the
    // description's readers look for one.
    found = place
      ? { start, end: start + m[0].length + place[0].length, text: `the ${place[1]} ${words.join(' ')}` }
      : { start, end: start + m[0].length, text: text.slice(start, start + m[0].length) };
  }
  return found;
}

// The text of a sentence before a description that opens it: nothing, or a fronted phrase and its comma ("Six months
// ago, the senator said", "Then, the senator said"), but not a name and its comma ("Tom Ward, the senator from
// Ohio,": an apposition, which given-role.ts reads).
const SENTENCE_SO_FAR = /(?:^|[.!?]\s|\n)([^.!?\n]*)$/;
const OPENING = /^\s*$|,\s*$/;
const NAME_AND_COMMA = /\S\s+\p{Lu}[\p{L}'’.\u2024-]*,\s*$/u;

/**
 * The description stands as its sentence's or clause's subject, where a writer calls the person it is about by it:
 * not after a verb or a preposition ("a lecture from the mayor", "clear to the judge", "Ward is the nominee"), where
 * it may well be someone else.
 */
function opensClause(lead: string): boolean {
  const sentence = SENTENCE_SO_FAR.exec(lead)?.[1] ?? lead;
  return OPENING.test(sentence) && !NAME_AND_COMMA.test(sentence.trim() + ' ');
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
