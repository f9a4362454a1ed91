// "Amy Pope", "Steve King": a title word after a given name, ending the name, is the person's surname.
import { GENERATIONAL_SUFFIXES, TITLES_ALSO_SURNAMES } from '../lexicon/en/names';
import { wordSet } from '../lexicon/build';
import { isGivenName } from './gender';

const SURNAME_TITLES = wordSet(TITLES_ALSO_SURNAMES);
const SUFFIXES = wordSet(GENERATIONAL_SUFFIXES);
/** "Jr.", "III" (a point masked or not). */
const isSuffix = (word: string) => SUFFIXES.has(word.toLowerCase().replace(/[.\u2024]$/, ''));

/**
 * `words[i]` is a title word that is a surname here: a known given name stands right before it, and no capitalised
 * word but a generational suffix follows it ("Gloria Major", "Martin Luther King Jr." are names; in "Queen
 * Elizabeth", "Pope Francis" the word is a title).
 */
export function titleAsSurname(words: readonly string[], i: number): boolean {
  if (i === 0 || !SURNAME_TITLES.has(words[i].toLowerCase()) || !isGivenName(words[i - 1])) return false;
  return words.slice(i + 1).every(isSuffix);
}
