// "Sen. Ann Reyes (D-Vt.) … the Vermont senator said": the party and state tag a paper writes after a lawmaker's name
// says which state's lawmaker they are, so a byword naming the state ("the Vermont senator") fits them, and a
// byword naming another state ("the Texas senator") does not.
import { AP_STATES, STATE_NAMES } from '../lexicon/en/us-states';
import type { Mention } from './mentions';
import type { Person } from './people';

// The rest of the name from a mention (at the surname), then the tag: "(D-Vt.)", "(R-South Carolina)", "(Maine)",
// "(R)"; not "(I-95)". The text layer masks abbreviation points (\u2024).
const STATE = '(\\p{Lu}[\\p{L}.\\u2024 ]{1,15})';
const TAG_AFTER = new RegExp(`^[\\p{L}'’.\\u2024-]*[^\\S\\n]*\\((?:([RDI])-${STATE}|([RDI])|${STATE})\\)`, 'u');

/** What a tag's letter says of the lawmaker's party, as a description would write it. */
const PARTY_LETTERS: Record<string, string> = {
  R: 'Republican', // (R-Ohio)
  D: 'Democratic', // (D-Vt.)
  I: 'independent', // (I-Vt.)
};

/** The tags after the person's mentions before `before`: party letters and state names as written. */
function tagsOf(person: Person, text: string, before: number): { party?: string; state?: string }[] {
  const tags: { party?: string; state?: string }[] = [];
  for (const at of person.mentions) {
    if (at >= before) continue;
    const tag = TAG_AFTER.exec(text.slice(at, at + 60));
    if (tag) tags.push({ party: tag[1] ?? tag[3], state: tag[2] ?? tag[4] });
  }
  return tags;
}

/** The parties the tags after the person's name give ("Democratic" for "Ann Reyes (D-Vt.)"). */
export function taggedParties(person: Person, text: string, before = Infinity): string[] {
  return tagsOf(person, text, before).flatMap(({ party }) => (party ? [PARTY_LETTERS[party]] : []));
}

/** A state as a tag writes it ("Vt.", "N.Y.", "Ohio", "South Carolina") → its name, else null. */
function stateOf(written: string): string | null {
  const plain = written.replace(/\u2024/g, '.').trim();
  const abbreviation = plain.replace(/\.$/, '');
  if (Object.hasOwn(AP_STATES, abbreviation)) return AP_STATES[abbreviation];
  return STATE_NAMES.includes(plain) ? plain : null;
}

/** The states the tags after the person's mentions before `before` give ("Vermont" for "Sanders (I-Vt.)"). */
export function taggedStates(person: Person, text: string, before: number): Set<string> {
  const states = new Set<string>();
  for (const { state: written } of tagsOf(person, text, before)) {
    const state = written === undefined ? null : stateOf(written);
    if (state) states.add(state);
  }
  return states;
}

/** Each state's name and the pattern of it written as a word, built once (not one pattern per state per call). */
const STATE_WORDS = STATE_NAMES.map((name) => ({ name, word: new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u') }));

/** The states a description names ("New Jersey" of "the New Jersey governor"), longest first. */
export function statesNamed(description: string): string[] {
  const found: string[] = [];
  // `includes` first: the pattern needs the name written, and most descriptions name no state.
  for (const { name, word } of STATE_WORDS) if (description.includes(name) && word.test(description)) found.push(name);
  if (found.length < 2) return found;
  // "West Virginia" holds "Virginia": the longer name is the one written.
  return found.filter((s) => !found.some((t) => t !== s && t.includes(s)));
}

/** The description names a state and the person's tag gives another ("the Texas senator" for "Reyes (D-Vt.)"). */
export function ofOtherState(mention: Mention, person: Person, text: string): boolean {
  const named = statesNamed(mention.text);
  if (!named.length) return false;
  const tagged = taggedStates(person, text, mention.start);
  return tagged.size > 0 && !named.some((s) => tagged.has(s));
}

/** The description's state qualifiers that the person's tag gives ("Vermont" of "the Vermont senator"). */
export function statesTagged(mention: Mention, person: Person, text: string): string[] {
  const named = statesNamed(mention.text);
  // Most descriptions name no state: the person's tags are not read then.
  if (!named.length) return named;
  const tagged = taggedStates(person, text, mention.start);
  return named.filter((s) => tagged.has(s));
}
