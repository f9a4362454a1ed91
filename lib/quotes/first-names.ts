// People a story names by first name only ("Melanie said", "said Omar"): profiles of ordinary people, minors and
// sources who asked to keep their surname out. Such a person is indexed like one named in full, so a later "she
// said" finds her rather than the reporter or an official named before.
import { givenNameGender } from '../names/gender';
import { CUE } from './cues';

// The first name next to a speech cue, in the reporter's words: "Melanie said", "Melanie told", "said Melanie".
// The name stands alone: no capitalised word right before or after it ("Melanie Smith", "Aunt Melanie").
const ALONE = "(?=\\p{Lu})(?<![\\p{L}'’\\u2024-])(?<!\\p{Lu}[\\p{L}'’\\u2024.-]*[^\\S\\n]+)";
const SPEAKS = new RegExp(
  `${ALONE}(\\p{Lu}\\p{Ll}+)[^\\S\\n]+(?:${CUE})\\b|\\b(?:said|says)[^\\S\\n]+(\\p{Lu}\\p{Ll}+)(?=[,.;])`,
  'gu',
);

/** "Jordan said" after "troops in Jordan": a given name the text also uses as a place. */
function placeLike(text: string, name: string): boolean {
  return new RegExp(`\\b(?:in|to|from|of|at)[^\\S\\n]+${name}\\b`).test(text);
}

/**
 * First names that speak in the text as a person of their own: a known given name (its gender from the names table),
 * not a word the text also writes in lower case, and not a name part of someone already indexed (`known`).
 */
export function firstNameSpeakers(
  text: string,
  known: (word: string) => boolean,
  isCommonWord: (word: string) => boolean,
): { name: string; gender: 'm' | 'f' }[] {
  // How often each name speaks: once may be a place or a title that happens to be a given name ("Berkeley
  // suggest", "Isis declares"); a person the story follows speaks again.
  const times = new Map<string, number>();
  for (const m of text.matchAll(SPEAKS)) {
    const name = m[1] ?? m[2];
    times.set(name, (times.get(name) ?? 0) + 1);
  }
  const found: { name: string; gender: 'm' | 'f' }[] = [];
  for (const [name, n] of times) {
    const gender = n >= 2 ? givenNameGender(name) : null;
    if (gender && !known(name) && !isCommonWord(name) && !placeLike(text, name)) found.push({ name, gender });
  }
  return found;
}
