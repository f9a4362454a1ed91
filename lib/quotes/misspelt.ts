// Surnames the article misspells once in a while ("McLenney" for the Tyresha McClenney it introduced, "Giulini" for
// Giuliani): a capitalised word one letter away from exactly one surname is a mention of that person.
import { givenNameGender } from './gender';

// Shorter surnames have too many real neighbours ("White" and "While", "Pence" and "Peace").
const MIN_SURNAME = 6;

/** `a` and `b` (lower case) differ by one letter put in, left out, changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const [restA, restB] = [a.slice(i + 1), b.slice(i + 1)];
  if (a.length === b.length)
    return restA === restB || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Each capitalised word of `text` that misspells one of `surnames`, with where it stands. Not a plural or possessive
 * of the surname ("Clintons"), not a word the text also writes in lower case ("Board"), not a first name ("David"
 * by "Davis"); same first letter; one letter apart from that surname only.
 */
export function misspeltSurnames(
  text: string,
  surnames: string[],
  isCommonWord: (word: string) => boolean,
): { word: string; surname: string; at: number }[] {
  const known = new Set(surnames);
  const long = surnames.filter((s) => s.length >= MIN_SURNAME).map((s) => [s, s.toLowerCase()] as const);
  if (!long.length) return [];
  const verdicts = new Map<string, string | null>();
  const found: { word: string; surname: string; at: number }[] = [];
  for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{Ll}]*(?:\p{Lu}\p{Ll}+)?(?![\p{L}'’-])/gu)) {
    const word = m[0];
    if (word.length < MIN_SURNAME - 1 || known.has(word)) continue;
    if (!verdicts.has(word)) verdicts.set(word, surnameMisspelt(word, long, isCommonWord));
    const surname = verdicts.get(word);
    if (surname) found.push({ word, surname, at: m.index });
  }
  return found;
}

function surnameMisspelt(
  word: string,
  surnames: (readonly [string, string])[],
  isCommonWord: (word: string) => boolean,
): string | null {
  const lower = word.toLowerCase();
  if (isCommonWord(word) || givenNameGender(word) !== null) return null;
  const near = surnames.filter(
    ([s, l]) => s[0] === word[0] && oneEditApart(lower, l) && lower !== `${l}s` && l !== `${lower}s`,
  );
  return near.length === 1 ? near[0][0] : null;
}
