// People a story names by first name only ("Melanie said", "said Omar"): profiles of ordinary people, minors and
// sources who asked to keep their surname out. Such a person is indexed like one named in full, so a later "she
// said" finds her rather than the reporter or an official named before.
import { givenNameGender } from '../names/gender';
import { CUE_VERBS } from '../lexicon/en/speech';
import { tokenize, type Token } from '../text/tokens';
import { cueEnds } from './cue-scan';

// The first name next to a speech cue, in the reporter's words: "Melanie said", "Melanie told", "said Melanie".
// The name stands alone: no capitalised word right before or after it ("Melanie Smith", "Aunt Melanie").
const ALONE = "(?=\\p{Lu})(?<![\\p{L}'’\\u2024-])(?<!\\p{Lu}[\\p{L}'’\\u2024.-]*[^\\S\\n]+)";
// Read at one position (sticky): only where the text's words say a match may start (see speakingNames). The
// pattern is /${ALONE}(\p{Lu}\p{Ll}+)[^\S\n]+(?:${CUE})\b|\b(?:said|says)[^\S\n]+(\p{Lu}\p{Ll}+)(?=[,.;])/uy; the cue
// is read by cue-scan (its alternation compiles to ~70 KB of regexp code), so the two branches are two patterns.
const NAME_BEFORE_CUE = new RegExp(`${ALONE}(\\p{Lu}\\p{Ll}+)[^\\S\\n]+`, 'uy');
const SAID_NAME = /\b(?:said|says)[^\S\n]+(\p{Lu}\p{Ll}+)(?=[,.;])/uy;

/** The name of the pattern's match at `at` and where the match ends, or null. */
export function speaksAt(text: string, at: number): { name: string; end: number } | null {
  NAME_BEFORE_CUE.lastIndex = at;
  const named = NAME_BEFORE_CUE.exec(text);
  const cue = named ? cueEnds(text, at + named[0].length, 'exact') : [];
  if (named && cue.length > 0) return { name: named[1], end: cue[0] };
  SAID_NAME.lastIndex = at;
  const said = SAID_NAME.exec(text);
  return said && { name: said[1], end: at + said[0].length };
}
/** A cue's first word ("said", "pointed" of "pointed out"): a name followed by one may speak. */
const CUE_STARTS = new Set(CUE_VERBS.map((v) => v.split(' ')[0]));
const FIRST_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * The names of the pattern's matches, in text order. The pattern is tried only at words that can open a match (a first
 * name before a cue's first word, or "said"/"says"): scanning the whole text for it cost more than this whole pass.
 */
function speakingNames(text: string, tokens: readonly Token[]): string[] {
  const names: string[] = [];
  let end = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const opens =
      t.text === 'said' ||
      t.text === 'says' ||
      (next && mayBeCapital(t.text) && CUE_STARTS.has(next.text) && FIRST_NAME.test(t.text));
    if (!opens || t.start < end) continue;
    const m = speaksAt(text, t.start);
    if (!m) continue;
    names.push(m.name);
    end = m.end;
  }
  return names;
}

/** The word may open with a capital (\p{Lu}): an ASCII capital or any other code. Most words fail it by their code. */
function mayBeCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || c >= 128;
}

/**
 * "Jordan said" after "troops in Jordan": a given name the text also uses as a place. Read from the text alone when
 * the caller has no names table; "talked to Maria" makes no place of Maria, so the caller's table decides when it can.
 */
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
  /** The text's words (the text layer's, when the caller has them). */
  tokens: readonly Token[] = tokenize(text),
  /** The name is a place's (the names table's type, when the caller has one). */
  isPlace: (word: string) => boolean = (word) => placeLike(text, word),
): { name: string; gender: 'm' | 'f' }[] {
  // How often each name speaks: once may be a place or a title that happens to be a given name ("Berkeley
  // suggest", "Isis declares"); a person the story follows speaks again.
  const times = new Map<string, number>();
  for (const name of speakingNames(text, tokens)) times.set(name, (times.get(name) ?? 0) + 1);
  const found: { name: string; gender: 'm' | 'f' }[] = [];
  for (const [name, n] of times) {
    const gender = n >= 2 ? givenNameGender(name) : null;
    if (gender && !known(name) && !isCommonWord(name) && !isPlace(name)) found.push({ name, gender });
  }
  return found;
}
