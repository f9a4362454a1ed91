// Two names joined by "&" or "+": a firm's name ("Sturgeon & Associates", "Salt + Smoke") or twin towns
// ("Champaign & Urbana", "Bryan & College Station"). Local news writes town pairs with "&", never with "+".
import { lookup, type PlaceIndex } from './gazetteer';
import { wordSet } from '../lexicon/build';
import { FIRM_PARTNER_WORDS, LEGAL_FORMS } from '../lexicon/en/organisations';

const FIRM_WORDS = wordSet(FIRM_PARTNER_WORDS, LEGAL_FORMS);
const PLUS = /^ \+ \p{Lu}|\p{L}\.? \+ $/u;
/** The words after " & ", and the words before it; a place name has at most this many. */
const AFTER = /^ & ([\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3})/u;
const BEFORE = /(?:^|\s)([\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3}) & $/u;
const CAPITALISED = /^\p{Lu}/u;
/** PLUS, asked only of a window that opens or ends with " + " as it requires (the same answer, without a scan). */
const plusAtEdge = (s: string) => (s.startsWith(' + ') || s.endsWith(' + ')) && PLUS.test(s);

/** Whether the name with `before`/`after` around it is joined by "+", or by "&" to a firm's word or to no place. */
export function joinedFirm(before: string, after: string, index: PlaceIndex): boolean {
  if (plusAtEdge(after) || plusAtEdge(before)) return true;
  const next = AFTER.exec(after)?.[1].split(' ');
  if (next) return FIRM_WORDS.has(next[0].replace(/\.$/, '').toLowerCase()) || !placeAmong(next, index, true);
  // BEFORE ends in " & ": asked first, as the pattern is otherwise tried from every character of the window.
  const prev = before.endsWith(' & ') ? BEFORE.exec(before)?.[1].split(' ') : undefined;
  return prev !== undefined && !placeAmong(prev, index, false);
}

/** Whether the capitalised words next to the sign, read from it outwards, open a place name the gazetteer knows. */
function placeAmong(words: string[], index: PlaceIndex, forward: boolean): boolean {
  for (let n = 1; n <= words.length; n++) {
    const part = forward ? words.slice(0, n) : words.slice(words.length - n);
    if (!part.every((w) => CAPITALISED.test(w))) return false;
    if (lookup(index, part.join(' ').replace(/[.,]$/, '').toLowerCase())?.length) return true;
  }
  return false;
}
