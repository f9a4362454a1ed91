// Wars and conflicts named after a place: "the conflict in Darfur" → War_in_Darfur, "the Iraq war" →
// Iraq_War, "the civil war in Syria" → Syrian_civil_war. Linked only when the places engine found the
// place and the title list has exactly that article, so no title is invented.
import type { Place, Span } from '../types';
import type { KnowledgeBase } from './knowledge-base';
import type { Candidate } from './recognize';

const WAR_WORDS = '(?:civil war|war|conflict|fighting)';
/** The war words a phrase holds ("civil war" holds "war"): each phrase match holds one of these matches. */
const WAR_WORD = /\b(?:war|conflict|fighting)\b/gi;
/** What a phrase match may hold before its war word: "civil ", a name, "’s" and a space. */
const BEFORE_WAR_WORD = 'civil '.length + "'s ".length;
/** What it may hold after: " in " and a name. */
const AFTER_WAR_WORD = ' in '.length;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Titles to try, most specific first, for a war the text places in `name` (Wikipedia's casing). */
function titleCandidates(name: string, demonyms: string[], civil: boolean): string[] {
  const civilTitles = demonyms.map((d) => `${d.charAt(0).toUpperCase()}${d.slice(1)} civil war`);
  return [
    ...(civil ? civilTitles : []),
    `War in ${name}`,
    `${name} War`,
    `${name} conflict`,
    ...(civil ? [] : civilTitles),
  ];
}

/** A character \b reads as a word's (the regexes here have no u flag: ASCII letters, digits, "_"). */
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || (c >= 97 && c <= 122);

/**
 * The stretches of text a phrase match can lie in: around each war word, as far as a name of `longest` characters
 * reaches, widened to word edges (so \b reads the same in a stretch as in the text), overlapping ones merged.
 */
function stretches(text: string, warWords: RegExpExecArray[], longest: number): [number, number][] {
  const out: [number, number][] = [];
  for (const w of warWords) {
    let start = Math.max(0, w.index - longest - BEFORE_WAR_WORD);
    let end = Math.min(text.length, w.index + w[0].length + AFTER_WAR_WORD + longest);
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    const last = out.length > 0 ? out[out.length - 1] : undefined; // no out[-1]: a slow property look-up (V8)
    if (last && start <= last[1]) last[1] = end;
    else out.push([start, end]);
  }
  return out;
}

/**
 * `phrase`'s matches in the text, found in the stretches around its war words only: every match holds one, so a
 * stretch holds every match that opens in it, and a scan of the whole text (once per place) finds the same ones.
 */
function* phraseMatches(text: string, phrase: RegExp, warWords: RegExpExecArray[], longest: number) {
  for (const [start, end] of stretches(text, warWords, longest))
    for (const m of text.slice(start, end).matchAll(phrase)) yield { at: start + m.index, m };
}

function warFor(
  text: string,
  warWords: RegExpExecArray[],
  place: Place,
  kb: KnowledgeBase,
  demonyms: string[],
): Candidate | null {
  const names = [place.name, ...demonyms].map(escape).join('|');
  const phrase = new RegExp(`\\b(?:(${WAR_WORDS}) in (?:${names})|(?:${names})(?:’s|'s)? (${WAR_WORDS}))\\b`, 'gi');
  const longest = Math.max(place.name.length, ...demonyms.map((d) => d.length));
  const mentions: Span[] = [];
  let civil = false;
  for (const { at, m } of phraseMatches(text, phrase, warWords, longest)) {
    mentions.push({ start: at, end: at + m[0].length });
    civil ||= /civil/i.test(m[1] ?? m[2] ?? '');
  }
  if (mentions.length === 0) return null;
  const title = titleCandidates(place.name, demonyms, civil).find((t) => kb.titles.has(t.toLowerCase()));
  if (!title) return null;
  return {
    name: title,
    type: 'event',
    wikipedia: title.replace(/ /g, '_'),
    aliases: new Set(),
    mentions,
    namedMentions: mentions.length,
    guessedType: false,
  };
}

export function findWars(text: string, places: Place[], kb: KnowledgeBase): Candidate[] {
  const areas = places.filter((p) => p.kind === 'country' || p.kind === 'region');
  if (areas.length === 0) return [];
  const warWords = [...text.matchAll(WAR_WORD)];
  if (warWords.length === 0) return [];
  const adjectives = kb.demonymsByTitle;
  const demonymsOf = (p: Place) => adjectives.get(kb.names.get(p.name.toLowerCase())?.title ?? '') ?? [];
  return areas.flatMap((p) => warFor(text, warWords, p, kb, demonymsOf(p)) ?? []);
}
