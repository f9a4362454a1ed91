// "the former president" is not "President Obama"; "the president" is not "former President Bill Clinton": a role
// description and the title the text gives a person must agree on whether the office is held now.
import { alternation } from '../lexicon/build';
import { OFFICES_TO_SOMEONE, PAST_ROLE_MARKERS, ROLE_ADJECTIVES, ROLE_MODIFIERS } from '../lexicon/en/roles';
import type { Mention } from './mentions';
import type { Person } from './people';
import { isOfficeHead, leadInSentence } from './salient-role';

// A word saying the role was held before ("former", "ex-", "then-", "the late").
const PAST = new RegExp(`(?<![\\p{L}])(?:${alternation(PAST_ROLE_MARKERS)})(?![\\p{L}])`, 'iu');
// The same word ending a title's lead ("and former ", "ex-").
const PAST_AT_END = new RegExp(`(?<![\\p{L}])(?:${alternation(PAST_ROLE_MARKERS)})[\\s-]+$`, 'iu');
// A first name or initial between a title and the surname ("President Bill Clinton").
const LAST_CAPITALISED = /\p{Lu}[\p{L}.'’-]*\s+$/u;
const LETTER = /\p{L}/u;
// How far before a name its title is read ("former secretary of homeland security Jeh ").
const TITLE_REACH = 60;

/** The description says the office was held before ("the former secretary of state", "the ex-governor"). */
export const saysPast = (words: string): boolean => PAST.test(words);

/**
 * Whether a title before a name (`lead`, the sentence's words up to the surname) gives one of the offices, and then
 * whether as held before ("former President Bill ") or now ("President Bill "). Up to two first names or initials
 * may stand between the title and the surname.
 */
function titleTense(lead: string, offices: string[]): 'past' | 'current' | null {
  let rest = lead.replace(/\u2024/g, '.');
  for (let names = 0; names <= 2; names++) {
    const lower = rest.toLowerCase();
    const office = offices.find((o) => lower.endsWith(`${o} `) && !LETTER.test(lower.at(-o.length - 2) ?? ''));
    if (office) return PAST_AT_END.test(rest.slice(0, rest.length - office.length - 1)) ? 'past' : 'current';
    const last = LAST_CAPITALISED.exec(rest);
    if (!last) return null;
    rest = rest.slice(0, last.index);
  }
  return null;
}

/**
 * Whether the person may be the description's holder as far as the office's tense goes: "the former president" is no
 * one the text titles only as holding it now ("President Obama"), and "the president" no one titled only as holding
 * it before ("former President Bill Clinton"). A person never titled with the office fits either. `offices`: the
 * description's office words ("president"; "secretary of state").
 */
export function tenseFits(mention: Mention, person: Person, offices: string[], text: string): boolean {
  const wanted = offices.map((o) => o.toLowerCase());
  const tenses = new Set<string>();
  const role = person.role ? titleTense(`${person.role} `, wanted) : null;
  if (role) tenses.add(role);
  for (const at of person.mentions) {
    if (at >= mention.start) continue;
    const tense = titleTense(leadInSentence(text, at, TITLE_REACH), wanted);
    if (tense) tenses.add(tense);
  }
  return tenses.has(saysPast(mention.text) ? 'past' : 'current') || tenses.size === 0;
}

// Words that may stand between "the" and an office in a byword for its former holder: markers ("former"), adjectives
// ("longtime") and capitalised qualifiers ("the former Alaska governor", "the former House speaker").
const BYWORD_WORDS = new Set([...PAST_ROLE_MARKERS, ...ROLE_MODIFIERS, ...ROLE_ADJECTIVES]);
// Offices held for someone else ("the former press secretary", "the former ambassador"): a former one is someone of
// the person's circle, not the person.
const HELD_FOR_SOMEONE = new Set(OFFICES_TO_SOMEONE);

/**
 * "the former secretary of state", "the former governor", "the ex-senator": "the", a past marker and an office held in
 * one's own right, perhaps of several words ("secretary of state"; not "the former press secretary", an office held
 * for someone). Such a byword stands for a person the story names, as "the Florida senator" does: the office is
 * behind them, so the text need not give it to them now.
 */
export function isPastOfficeByword(mention: Mention, officeOfSeveralWords: string | null): boolean {
  if (mention.kind !== 'role' || !/^the\s/i.test(mention.text) || !saysPast(mention.text)) return false;
  const head = (mention.head ?? '').toLowerCase();
  if (!isOfficeHead(head) || (HELD_FOR_SOMEONE.has(head) && !officeOfSeveralWords)) return false;
  const words = mention.text.split(/\s+/).slice(1);
  const at = words.findIndex((w) => w.toLowerCase() === head);
  // "the ex-governor": the marker is part of the head's own word.
  return words
    .slice(0, at < 0 ? -1 : at)
    .every((w) => BYWORD_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || isOfficeHead(w));
}
