// Builds lookups from the lexicon's word lists, once at load: sets for word lookups, regex alternations for patterns.

/** Escapes regex metacharacters, so a list entry ("corp.", "spokesperson's") matches itself. */
export const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "said|says|told" for a regex, in the list's order (where a pattern is not anchored, the first alternative that
 * lets it match wins). A space inside an entry matches any run of white space ("pointed out").
 */
export function alternation(words: readonly string[]): string {
  return words.map((w) => escapeRegex(w).replace(/ /g, '\\s+')).join('|');
}

/** The lists' words in lower case, as one set. */
export function wordSet(...lists: readonly (readonly string[])[]): Set<string> {
  return new Set(lists.flat().map((w) => w.toLowerCase()));
}

/** "Monday" for "monday": lists are written in lower case; some patterns match the capitalised form only. */
export const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** "in" → "in", "In": a lower-case list with its capitalised forms, for patterns that are case-sensitive. */
export const withCapitals = (words: readonly string[]) => words.flatMap((w) => [w, capitalise(w)]);

/** "mr" → "mr", "mr." (the forms a title abbreviation is written in). */
export const withPoint = (words: readonly string[]) => words.flatMap((w) => [w, `${w}.`]);

/** A regex matching exactly one of the words (anchored both ends): `exactly(['he', 'she'], 'i')`. */
export const exactly = (words: readonly string[], flags = 'i') => new RegExp(`^(?:${alternation(words)})$`, flags);
