// A sentence's first word before a known given name that is no part of the name, though capitalised: an adverb
// ("Yesterday Tom Baker voted", "Normally Tom Baker votes no") or the person's trade ("Owner Betty Lang said").
// Read by the names table (names/index withoutOpener) and the quotes' mention reader (quotes/mentions), so a person
// is named once, without the word.
import { wordSet } from '../lexicon/build';
import { TIME_ADVERB_OPENERS } from '../lexicon/en/clause-words';
import { NAMES_ENDING_IN_LY } from '../lexicon/en/names';
import { PERSON_NOUNS, PROFESSIONS, SHOWN_PERSON_NOUNS, TRADES_AND_POSITIONS } from '../lexicon/en/roles';
import { isGivenName } from './gender';

const TIME_ADVERBS = wordSet(TIME_ADVERB_OPENERS);
const LY_NAMES = new Set(NAMES_ENDING_IN_LY);
// An adverb's "-lly" follows "a" or "u" ("Normally", "Fully"); after another vowel it ends a name ("Connolly"). Its
// "-ly" follows a consonant ("Recently", "Certainly") or "-i" after one ("Happily"), not a vowel ("Italy", "July");
// "-gly", "-zly" and "-mily" end adjectives and nouns ("Ugly", "Grizzly Adams", "Family Guy"), unless "-ingly".
const LY_ADVERB = /^\p{Lu}\p{Ll}+(?:[au]lly|ingly|[^aeioulgz]ly|[^aeioum]ily)$/u;
const ROLES = wordSet(PERSON_NOUNS, SHOWN_PERSON_NOUNS, PROFESSIONS, TRADES_AND_POSITIONS);

/** A word that is no name of its own: never one the given-name tables know ("Dean Smith", "Holly Ward"). */
const opensBefore = (word: string, next: string | undefined) =>
  next !== undefined && isGivenName(next) && !isGivenName(word);

/** "Yesterday", "Tonight", "Normally" before a given name ("Yesterday Tom Baker"); not "Kelly", "Emily". */
export function adverbBeforeName(word: string, next: string | undefined): boolean {
  if (!opensBefore(word, next)) return false;
  return TIME_ADVERBS.has(word.toLowerCase()) || (LY_ADVERB.test(word) && !LY_NAMES.has(word));
}

/** A trade or position before a given name ("Owner Betty Lang", "Pitcher Carlos Vega"); not "Star Tribune". */
export function roleBeforeName(word: string, next: string | undefined): boolean {
  return opensBefore(word, next) && ROLES.has(word.toLowerCase());
}
