// A name word opened by a particle joined with a hyphen ("al-Assad", "el-Sayed", "ar-Rahman"): a name word, though
// it opens in lower case. One reading for every reader of name words.
import { ASSIMILATED_ARTICLES, JOINED_NAME_PARTICLES } from '../lexicon/en/names';

const JOINED = new Set(JOINED_NAME_PARTICLES);
const ASSIMILATED = new Set(ASSIMILATED_ARTICLES);
const UPPER = /^\p{Lu}$/u;

/**
 * The length of the particle and its hyphen opening `word` when the word is a name word so written ("al-" of
 * "al-Assad", "Al-" of "Al-Assad" opening a sentence), else 0. The name's own word opens with a capital and a
 * lower-case letter ("al-Qaeda", not "al-QA"); an assimilated article repeats its consonant ("ash-Shami", not
 * "at-Large").
 */
export function joinedArticle(word: string): number {
  // The hyphen stands third or fourth: tested first, so most words need no further reading.
  const dash = word[2] === '-' ? 2 : word[3] === '-' ? 3 : -1;
  if (dash < 0 || word.length < dash + 3) return 0;
  const particle = word.slice(0, dash).toLowerCase();
  const head = word[dash + 1];
  if (!UPPER.test(head) || word[dash + 2] === word[dash + 2].toUpperCase()) return 0;
  if (JOINED.has(particle)) return dash + 1;
  const assimilated = ASSIMILATED.has(particle) && word.slice(dash + 1, 2 * dash).toLowerCase() === particle.slice(1);
  return assimilated ? dash + 1 : 0;
}

/** The name word without its joined particle ("Assad" of "al-Assad"); the word itself when it has none. */
export function withoutJoinedArticle(word: string): string {
  return word.slice(joinedArticle(word));
}

/** A lower-case name word opened by a joined particle ("al-Assad"): capitalised where it counts. */
export const lowerJoinedName = (word: string) =>
  word.length > 3 && word[0] >= 'a' && word[0] <= 'z' && joinedArticle(word) > 0;

const capitalise = (w: string) => w[0].toUpperCase() + w.slice(1);
/**
 * A regular expression's source for the opening of a lower-case name word with a joined particle, up to the name's
 * first lower-case letter ("al-As" of "al-Assad", "ash-Sha" of "ash-Shami"): what joinedArticle reads.
 */
export const JOINED_NAME_OPENING =
  `(?:(?:${JOINED_NAME_PARTICLES.join('|')})-\\p{Lu}|` +
  `${ASSIMILATED_ARTICLES.map((a) => `${a}-${capitalise(a.slice(1))}`).join('|')})\\p{Ll}`;
