// Surnames the article misspells once in a while ("McLenney" for the Tyresha McClenney it introduced, "Giulini" for
// Giuliani): a capitalised word one letter away from exactly one surname is a mention of that person.
import { givenNameGender } from '../names/gender';
import { alternation, capitalise } from '../lexicon/build';
import { TITLES_BEFORE_SURNAME } from '../lexicon/en/roles';
import { latinFirst } from '../text/latin-first';

// Shorter surnames have too many real neighbours ("White" and "While", "Pence" and "Peace").
const MIN_SURNAME = 6;
/** A slip is rare: a word written more often than this is a name of its own ("Johnston" beside "Johnson"). */
const MAX_SLIPS = 2;
/** "Rep. Johnston", "A witness, Johnston, asked": a title before it or an apposition around it introduces a person. */
const INTRODUCED = (word: string) =>
  new RegExp(
    `\\b(?:${alternation(TITLES_BEFORE_SURNAME.map(capitalise))})[.\\u2024]?\\s+${word}\\b|,\\s*${word},`,
    'u',
  );

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
 * by "Davis"), not a surname the index holds, not a word written often or introduced as a person's name; same first
 * letter; one letter apart from that surname only.
 */
export function misspeltSurnames(
  text: string,
  surnames: string[],
  isCommonWord: (word: string) => boolean,
  /** Every surname the people index holds, lower case (titled ones too: "Rep. Johnston" is a person). */
  indexed: ReadonlySet<string> = new Set(),
): { word: string; surname: string; at: number }[] {
  // No surname, no slip (and no empty array for V8's optimised code below to meet, which threw it out).
  if (!surnames.length) return [];
  const known = new Set([...surnames.map((s) => s.toLowerCase()), ...indexed]);
  const long: (readonly [string, string])[] = [];
  for (const s of surnames) if (s.length >= MIN_SURNAME) long.push([s, s.toLowerCase()]);
  if (!long.length) return [];
  // Bucketed by first letter (a misspelling keeps it): each word is compared with a few surnames, not all of them.
  const byLetter = new Map<string, (readonly [string, string])[]>();
  for (const entry of long) {
    const bucket = byLetter.get(entry[0][0]);
    if (bucket) bucket.push(entry);
    else byLetter.set(entry[0][0], [entry]);
  }
  const verdicts = new Map<string, string | null>();
  const found: { word: string; surname: string; at: number }[] = [];
  for (const { word, at } of wordsOpeningWith(text, [...byLetter.keys()])) {
    if (word.length < MIN_SURNAME - 1 || known.has(word.toLowerCase())) continue;
    if (!verdicts.has(word)) {
      // The one-letter test first: the slip test reads the whole text, and few words pass the first.
      const surname = surnameMisspelt(word, byLetter.get(word[0]) ?? [], isCommonWord);
      verdicts.set(word, surname && aSlip(text, word) ? surname : null);
    }
    const surname = verdicts.get(word);
    if (surname) found.push({ word, surname, at });
  }
  return found;
}

/** A capitalised word standing alone ("McLenney", not "Smith-Jones" or "O'Brien"), read where a search found it. */
// Latin-1 first (latinFirst): tried at ~50 capitals per article.
const WORD_AT = latinFirst(/(?<![\p{L}'’-])\p{Lu}\p{Ll}*(?:\p{Lu}\p{Ll}+)?(?![\p{L}'’-])/uy);

/**
 * The capitalised words of `text` that open with one of `letters`, in text order. Found by searching for the letters:
 * a scan for every capital of the text cost more than the rest of the rule, and a pattern built per article for its
 * letters cost as much to compile.
 */
function wordsOpeningWith(text: string, letters: string[]): { word: string; at: number }[] {
  const words: { word: string; at: number }[] = [];
  for (const letter of letters) {
    for (let at = text.indexOf(letter); at >= 0; at = text.indexOf(letter, at + 1)) {
      WORD_AT.lastIndex = at;
      const m = WORD_AT.exec(text);
      if (m) words.push({ word: m[0], at });
    }
  }
  return words.sort((a, b) => a.at - b.at);
}

/** Written at most MAX_SLIPS times, never after a title or set off as an apposition. */
function aSlip(text: string, word: string): boolean {
  const times = text.match(new RegExp(`(?<![\\p{L}'’-])${word}(?![\\p{L}'’-])`, 'gu'))?.length ?? 0;
  return times <= MAX_SLIPS && !INTRODUCED(word).test(text);
}

/** `surnames`: the long surnames that start with the word's own letter (a misspelling keeps it). */
function surnameMisspelt(
  word: string,
  surnames: (readonly [string, string])[],
  isCommonWord: (word: string) => boolean,
): string | null {
  const lower = word.toLowerCase();
  const near = surnames.filter(([, l]) => oneEditApart(lower, l) && lower !== `${l}s` && l !== `${lower}s`);
  // The word tests last: the first common-word question reads the whole text.
  if (near.length !== 1 || isCommonWord(word) || givenNameGender(word) !== null) return null;
  return near[0][0];
}
