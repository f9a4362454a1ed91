// A sentence's first word before a known given name that is no part of the name, though capitalised: an adverb
// ("Yesterday Tom Baker voted", "Normally Tom Baker votes no") or the person's trade ("Owner Betty Lang said").
// Read by the names table (names/index withoutOpener) and the quotes' mention reader (quotes/mentions), so a person
// is named once, without the word.
import { wordSet } from '../lexicon/build';
import { SENTENCE_ADVERBS_IN_LY, TIME_ADVERB_OPENERS } from '../lexicon/en/clause-words';
import { NAMES_ENDING_IN_LY } from '../lexicon/en/names';
import { PERSON_NOUNS, PROFESSIONS, SHOWN_PERSON_NOUNS, TRADES_AND_POSITIONS } from '../lexicon/en/roles';
import { ADVERB_ONLY_ENDINGS } from '../lexicon/en/word-endings';
import { isGivenName } from './gender';

const ADVERB_OPENERS = wordSet(TIME_ADVERB_OPENERS, SENTENCE_ADVERBS_IN_LY);
const LY_NAMES = new Set(NAMES_ENDING_IN_LY);
// A word in "-ly" is an adverb by its ending only where no given name ends so ("Normally", "Reportedly",
// "Surprisingly"); "-rly", "-sly", "-dly" alone also end names the tables lack ("Everly", "Ainsly", "Hadly"), so
// "Nearly", "Clearly" are listed (SENTENCE_ADVERBS_IN_LY; review30 finding 23). Not "-gly", "-zly", "-mily" either
// ("Ugly", "Grizzly Adams", "Family Guy").
const LY_ADVERB = new RegExp(`^\\p{Lu}\\p{Ll}+(?:${ADVERB_ONLY_ENDINGS.join('|')})$`, 'u');
const ROLES = wordSet(PERSON_NOUNS, SHOWN_PERSON_NOUNS, PROFESSIONS, TRADES_AND_POSITIONS);

/**
 * Joined initials ("J.K.", "U.S."), points masked or not: they stand where a given name would ("Quarterback J.J.
 * McCarthy"). Also read by quotes/people (an initialism opening a name run).
 */
export const JOINED_INITIALS = /^(?:\p{Lu}[.\u2024]){2,3}$/u;
/** A word that is no name of its own: never one the given-name tables know ("Dean Smith", "Holly Ward"). */
const opensBefore = (word: string, next: string | undefined) =>
  next !== undefined && (isGivenName(next) || JOINED_INITIALS.test(next)) && !isGivenName(word);

/** "Yesterday", "Tonight", "Normally" before a given name ("Yesterday Tom Baker"); not "Kelly", "Emily". */
export function adverbBeforeName(word: string, next: string | undefined): boolean {
  if (!opensBefore(word, next)) return false;
  return ADVERB_OPENERS.has(word.toLowerCase()) || (LY_ADVERB.test(word) && !LY_NAMES.has(word));
}

/** A trade or position before a given name ("Owner Betty Lang", "Pitcher Carlos Vega"); not "Star Tribune". */
export function roleBeforeName(word: string, next: string | undefined): boolean {
  return opensBefore(word, next) && ROLES.has(word.toLowerCase());
}
