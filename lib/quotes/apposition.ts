// A description the cue found, set beside a name by commas: the name is who speaks, the description its role.
// Two rules, tried in order; each has a made-up example that rules.test.ts runs.
import { CUE_VERBS } from './cues';
import type { RuleExample } from './fallbacks';
import { type Mention, readMention } from './mentions';

export interface AppositionRule {
  id: string;
  example: RuleExample;
  find(text: string, mention: Mention): Mention | null;
}

// ", Berik Uali,": a name of two to four capitalised words between commas.
const NAME_AFTER = /^,\s+((?:\p{Lu}[\p{L}'’\u2024.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*),/u;

// A name (with its party tag), a comma, then the description. The name opens a clause: after a sentence end, a
// comma, a quotation mark, a dash or a speech verb ("said Tim Hess, a developer, …"), never after a preposition
// ("worked for Sen. Karl Brandt (R-Ohio), one of the plan's authors": the author is not Brandt).
const NAME_THEN_COMMA = new RegExp(
  `(?:^|[.!?;:,"“”’—–(]\\s*|\\b(?:${CUE_VERBS.join('|')})\\s+)` +
    `((?:\\p{Lu}[\\p{L}'’\\u2024.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]*)(?:\\s*\\([^()\\n]{1,30}\\))?,\\s+$`,
  'u',
);
// The description closes the apposition: a comma, or a relative clause and then a comma ("a consultant who …, said").
const APPOSITION_CLOSES = /^(?:\s+(?:who|whose)\s[^.;!?"“”\n]{0,160})?,/;

/** The name mention `name` found, with the description as its role. */
function withRole(text: string, name: Mention | null, description: Mention): Mention | null {
  if (name?.kind !== 'name') return null;
  const role = text.slice(description.start, description.end).replace(/^(?:the|a|an)\s+/i, '');
  return { ...name, role: name.role ?? role };
}

/** "the spokesman, Berik Uali,": the role's holder named after it. */
export function nameAfter(text: string, mention: Mention): Mention | null {
  const after = NAME_AFTER.exec(text.slice(mention.end, mention.end + 80));
  if (!after) return null;
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
  const before = NAME_THEN_COMMA.exec(text.slice(from, mention.start));
  if (!before) return null;
  const at = from + before.index + before[0].indexOf(before[1]);
  return withRole(text, readMention(before[1], at), mention);
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
export function apposedName(text: string, mention: Mention): Mention | null {
  for (const rule of APPOSITION_RULES) {
    const found = rule.find(text, mention);
    if (found) return found;
  }
  return null;
}
