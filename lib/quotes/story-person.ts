// "Ruth Bader Ginsburg regrets her insults …. In three interviews, the justice sounded off on Trump, saying she
// didn't “…”", "Gary Byrne … has written a book …. the author wrote, “…”": a definite description in lower case
// that no role holder answers (resolve.ts tries those first) stands for the person the story is on just then, as
// an epithet does (epithets.ts). Not when the article brought in someone unnamed with the same noun before ("an
// organizer at a Clinton field office … the organizer said", "Cameron's spokesman … the spokesman said"): the
// description is that person, and stays as written.
import { wordSet } from '../lexicon/build';
import { STORY_DESCRIPTION_HEADS } from '../lexicon/en/epithets';
import type { Mention } from './mentions';

const HEADS = wordSet(STORY_DESCRIPTION_HEADS);
// "the justice", "the longtime author": "the", then lower-case words only. A capitalised qualifier ("the Florida
// senator") says more than the story's flow and is left to the role and epithet readers; an office "of" somewhere
// ("the secretary of state") is held by whoever holds it, not by the person the story is on.
const LOWER_DESCRIPTION = /^the(?:\s+(?!of\b)[\p{Ll}\d'’-]+)+$/u;

/** A lower-case definite description with a head the story may name its protagonist by. */
export function isStoryDescription(mention: Mention): boolean {
  return mention.kind === 'role' && LOWER_DESCRIPTION.test(mention.text) && HEADS.has(mention.head ?? '');
}

/** Built once per head while the module lives (a bounded number: the heads of the list). */
const introductions = new Map<string, RegExp>();
function introduction(head: string): RegExp {
  let found = introductions.get(head);
  if (!found) {
    // "an organizer", "one senior official", "Cameron's spokesman", "his lawyer": a new, unnamed person.
    found = new RegExp(
      `(?:\\b(?:[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|['’]s)\\s+(?:[\\p{L}-]+\\s+){0,3}?${head}\\b`,
      'gu',
    );
    introductions.set(head, found);
  }
  return found;
}
const titles = new Map<string, RegExp>();
function titled(head: string): RegExp {
  let found = titles.get(head);
  if (!found) {
    found = new RegExp(`\\b${head[0].toUpperCase()}${head.slice(1)}\\s+\\p{Lu}`, 'u');
    titles.set(head, found);
  }
  return found;
}
// "Gary Byrne, a former Secret Service agent": an apposition gives a named person the noun.
const AFTER_NAME = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
// "his lawyer John Dowd", "a senator, Marco Rubio,": a name right after gives the noun to that person.
const NAME_AFTER = /^,?\s+\p{Lu}/u;

/**
 * Whether the text before `at` brings in another person with the noun `head`: an unnamed one (see the file comment),
 * or one it gives the noun as a title ("Judge Berman", whom the people index may not hold).
 */
export function introducedOther(text: string, head: string, at: number): boolean {
  const before = text.slice(0, at);
  if (titled(head).test(before)) return true;
  for (const m of before.matchAll(introduction(head))) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (AFTER_NAME.test(before.slice(Math.max(0, start - 40), start))) continue;
    if (NAME_AFTER.test(text.slice(end, end + 4))) continue;
    return true;
  }
  return false;
}

const definites = new Map<string, RegExp>();
function definite(head: string): RegExp {
  let found = definites.get(head);
  if (!found) {
    found = new RegExp(`\\b[Tt]he\\s+(?:[\\p{Ll}-]+\\s+){0,2}?${head}\\b`, 'gu');
    definites.set(head, found);
  }
  return found;
}
const SENTENCE_END = /[.!?\n]/;

/**
 * "Brafman concluded by making it clear to the judge that …. “…,” the judge exclaimed": the description written
 * before in a sentence that also names the person is someone else (both take part in that sentence).
 */
export function describedBeside(text: string, head: string, at: number, mentions: number[]): boolean {
  for (const m of text.slice(0, at).matchAll(definite(head))) {
    const where = m.index ?? 0;
    let start = where;
    while (start > 0 && !SENTENCE_END.test(text[start - 1])) start--;
    let end = where + m[0].length;
    while (end < text.length && !SENTENCE_END.test(text[end])) end++;
    if (mentions.some((n) => n >= start && n < end)) return true;
  }
  return false;
}
