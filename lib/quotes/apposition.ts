// A description the cue found, set beside a name by commas: the name is who speaks, the description its role.
// Two rules, tried in order; each has a made-up example that rules.test.ts runs.
import { CUE_VERBS } from './cues';
import { AFFILIATION_PREPOSITIONS } from '../lexicon/en/clause-words';
import { charClass, isSpace } from '../text/chars';
import type { RuleExample } from './fallbacks';
import { endsInOrgWord, type Mention, readMention } from './mentions';
import { COMPANY_NAME_ENDS, INSTITUTION_AND_EVENT_HEADS, SCHOOL_NAME_ENDS } from '../lexicon/en/organisations';
import type { IsPlace } from './mention-after';
import { STATE_NAMES } from '../lexicon/en/us-states';

export interface AppositionRule {
  id: string;
  example: RuleExample;
  find(text: string, mention: Mention, isPlace?: IsPlace): Mention | null;
}

// The rest of a description the mention reader stopped before: its affiliation, up to the comma that closes it
// ("a Democrat| of Ohio and a member of the Budget Committee,", "his best friend| at Oberlin,"). No comma inside: a
// comma there ends the apposition.
const AFFILIATION_TAIL = `(?:\\s+(?:${AFFILIATION_PREPOSITIONS.join('|')})\\s[^,.;:!?"“”\\n]{1,160})?`;

// What closes a name set after its role: a comma, or the sentence's end ("said the mayor's spokesman, Karl Brandt."),
// after the state or town the name is "of" if any ("the panel's chairman, Senator Tom Walsh of Ohio,").
const NAME_CLOSES = `(?:\\s+of\\s+(?:\\p{Lu}[\\p{L}'’.-]*?\\s+)?\\p{Lu}[\\p{L}'’.-]*?)?(?=[,;]|\\.(?:\\s|$))`;

// ", Berik Uali,": a name of two to four capitalised words after a comma, after the role's affiliation if any. A word
// inside it ends in a point only as an initial or a short title ("James B. Comey", "Sen. Tom Walsh"): "Debby Reynolds.
// However," is a sentence's end, then the next.
const INNER_NAME_WORD = `(?:\\p{Lu}[\\p{L}'’\\u2024-]*|\\p{Lu}\\p{Ll}{0,3}\\.)`;
const NAME_AFTER = new RegExp(
  `^${AFFILIATION_TAIL},\\s+((?:${INNER_NAME_WORD}[^\\S\\n]+){1,3}\\p{Lu}[\\p{L}'’-]*)${NAME_CLOSES}`,
  'u',
);

// A name (with its party tag), a comma, then the description. The name opens a clause: after a sentence end, a
// comma, a quotation mark, a dash or a speech verb ("said Tim Hess, a developer, …"), never after a preposition
// ("worked for Sen. Karl Brandt (R-Ohio), one of the plan's authors": the author is not Brandt).
// The pattern is /(?:^|[.!?;:,"“”’—–(]\s*|\b(?:${CUE_VERBS.join('|')})\s+)(NAME)(?:\s*\([^()\n]{1,30}\))?,\s+$/u; its
// opening is read by nameThenComma (the verbs' alternation compiles to ~70 KB of regexp code), NAME_TO_END the rest.
const NAME_TO_END = /((?:\p{Lu}[\p{L}'’\u2024.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:\s*\([^()\n]{1,30}\))?,\s+$/uy;
const OPENING_MARK = charClass(/^[.!?;:,"“”’—–(]$/u);
/** The speech verbs by first word, in the list's order, as written (a space in one is one space). */
const VERBS_BY_FIRST = new Map<string, string[]>();
for (const verb of CUE_VERBS)
  VERBS_BY_FIRST.set(verb.split(' ')[0], [...(VERBS_BY_FIRST.get(verb.split(' ')[0]) ?? []), verb]);
const isWordCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** NAME_TO_END's name at `at`, or null. */
function nameAt(s: string, at: number): string | null {
  NAME_TO_END.lastIndex = at;
  return NAME_TO_END.exec(s)?.[1] ?? null;
}

/** Where white space from `at` ends. */
function spaceEnd(s: string, at: number): number {
  let i = at;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The pattern's leftmost match: its name and where the name starts, or null. */
export function nameThenComma(s: string): { name: string; at: number } | null {
  for (let p = 0; p < s.length; p++) {
    const starts: number[] = p === 0 ? [0] : [];
    const c = s.charCodeAt(p);
    if (OPENING_MARK(c)) starts.push(spaceEnd(s, p + 1));
    if (isWordCode(c) && (p === 0 || !isWordCode(s.charCodeAt(p - 1)))) {
      let end = p;
      while (end < s.length && isWordCode(s.charCodeAt(end))) end++;
      for (const verb of VERBS_BY_FIRST.get(s.slice(p, end)) ?? [])
        if (s.startsWith(verb, p) && isSpace(s.charCodeAt(p + verb.length))) starts.push(spaceEnd(s, p + verb.length));
    }
    for (const at of starts) {
      const name = nameAt(s, at);
      if (name) return { name, at };
    }
  }
  return null;
}
// The description closes the apposition: a comma, or a relative clause and then a comma ("a consultant who …, said"),
// after its affiliation if any.
const APPOSITION_CLOSES = new RegExp(`^${AFFILIATION_TAIL}(?:\\s+(?:who|whose)\\s[^.;!?"“”\\n]{0,160})?,`);

/** The name mention `name` found, with the description as its role. */
function withRole(text: string, name: Mention | null, description: Mention): Mention | null {
  // A person's name; or a body's beside a body's description ("Xinhua, the official Chinese news agency,").
  const named = name?.kind === 'name' || (name?.kind === 'organization' && description.kind === 'organization');
  if (!name || !named) return null;
  const role = text.slice(description.start, description.end).replace(/^(?:the|a|an)\s+/i, '');
  return { ...name, role: name.role ?? role };
}

const STATES = new Set(STATE_NAMES);
// "said a teacher at the school, Lincoln Elementary.": a body's name after the role names the place, not its holder
// (review30 finding 21).
const BODY_ENDS = new Set([...INSTITUTION_AND_EVENT_HEADS, ...COMPANY_NAME_ENDS, ...SCHOOL_NAME_ENDS]);
const namesABody = (name: string) =>
  endsInOrgWord(name) || BODY_ENDS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());

/**
 * "the spokesman, Berik Uali,": the role's holder named after it. Not a place: "a nurse at a clinic in Santa Fe, New
 * Mexico," gives the town's state (a US state, or a place by the names table's `isPlace`); nor a body.
 */
export function nameAfter(text: string, mention: Mention, isPlace?: IsPlace): Mention | null {
  const after = NAME_AFTER.exec(text.slice(mention.end, mention.end + 240));
  if (!after || STATES.has(after[1]) || isPlace?.(after[1]) || namesABody(after[1])) return null;
  const from = mention.end + after[0].indexOf(after[1]);
  return withRole(text, readMention(text.slice(from, from + after[1].length), from), mention);
}

const OPENS_LOWER = /^\p{Ll}/u;

/** "Sammy Aaron, vice chairman of G-III, told …": the person a lower-case description follows. */
export function nameBefore(text: string, mention: Mention): Mention | null {
  // Lower case: a description ("chair of the committee"), not an organisation's own name.
  if (!OPENS_LOWER.test(text.slice(mention.start, mention.end))) return null;
  if (!APPOSITION_CLOSES.test(text.slice(mention.end, mention.end + 200))) return null;
  const from = Math.max(0, mention.start - 90);
  const before = nameThenComma(text.slice(from, mention.start));
  if (!before) return null;
  const at = from + before.at;
  return withRole(text, readMention(before.name, at), mention);
}

export const APPOSITION_RULES: AppositionRule[] = [
  {
    id: 'apposition-name-after',
    example: {
      paragraphs: ['The mayor’s spokesman, Karl Brandt, said: “The bridge opens in June.”'],
      speaker: 'Karl Brandt',
    },
    find: nameAfter,
  },
  {
    id: 'apposition-name-before',
    example: {
      paragraphs: ['In May, Ada Brill, a senior adviser to the mayor, said: “The bridge opens in June.”'],
      speaker: 'Ada Brill',
    },
    find: nameBefore,
  },
];

/** The name a role or unnamed-source mention stands beside, by the first rule that finds one. */
export function apposedName(text: string, mention: Mention, isPlace?: IsPlace): Mention | null {
  for (const rule of APPOSITION_RULES) {
    const found = rule.find(text, mention, isPlace);
    if (found) return found;
  }
  return null;
}
