// "Cruz defends his record in a commercial: “…,” the senator says.", "“…,” McCain said. The longtime senator said
// …": a definite office noun in the story's flow stands for the person the story is on just then (the subject of
// its own sentence, the speaker just before, the subject of the sentence before), when nothing the text says of
// that person gives them another office. A role holder named earlier in the article comes second.
import { wordSet } from '../lexicon/build';
import { OFFICES, ROYAL_AND_RELIGIOUS_TITLES, TITLES_BEFORE_SURNAME } from '../lexicon/en/roles';
import { HONORIFICS } from '../lexicon/en/address';
import type { Mention } from './mentions';
import type { Person } from './people';

/** Offices a story names its protagonist by ("the senator", "the governor", "the justice"). */
const OFFICE_HEADS = wordSet(OFFICES, ROYAL_AND_RELIGIOUS_TITLES);
/** Titles before a name that give a person an office ("Gov.", "Sen.", "Justice"); "Mr." gives none. */
const OFFICE_TITLES = wordSet(
  TITLES_BEFORE_SURNAME.filter((t) => !HONORIFICS.includes(t)),
  OFFICES,
);
// Up to the last line break or full stop.
const SENTENCE_BEFORE = /^.*(?:\n|[.!?]["”’]?\s)/s;

/** The `reach` characters before `at`, within its sentence: not across a line break or a full stop. */
export function leadInSentence(text: string, at: number, reach: number): string {
  return text.slice(Math.max(0, at - reach), at).replace(SENTENCE_BEFORE, '');
}

const OPENS_LOWER = /^\p{Ll}/u;
const TITLE_WORDS_AT_END = /(?:[\p{L}.]+\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u;

/** "the senator", "The longtime senator": "the", lower-case words, an office head; no capitalised qualifier. */
export function isOfficeDescription(mention: Mention): boolean {
  if (mention.kind !== 'role' || !/^the\s/i.test(mention.text)) return false;
  const words = mention.text.split(/\s+/).slice(1);
  return words.every((w) => OPENS_LOWER.test(w)) && OFFICE_HEADS.has((mention.head ?? '').toLowerCase());
}

/** An office head ("senator", "governor", "justice"): the text may give a person another one. */
export const isOfficeHead = (head: string): boolean => OFFICE_HEADS.has(head.toLowerCase());

/**
 * The words right before a surname that may hold its title: one word, then at most two capitalised words (first name,
 * initial): "Sen." of "Sen. John McCain", "Florida Sen." of "Florida Sen. Marco Rubio". `lead` ends at the surname.
 */
export function titleWordsBefore(lead: string): string[] {
  return TITLE_WORDS_AT_END.exec(lead)?.[0].trim().split(/\s+/) ?? [];
}

/** The office words the text writes right before each mention of the person ("Sen. John McCain", "Gov. Kasich"). */
function titlesOf(person: Person, text: string, before: number): Set<string> {
  const titles = new Set<string>();
  for (const at of person.mentions) {
    if (at >= before) continue;
    // Within the name's sentence: not across a paragraph or a full stop ("Rep. Ann Kirkpatrick. ¶ McCain"). The
    // text is masked (text/abbreviations): the point of "Sen." is U+2024 and ends nothing.
    const lead = leadInSentence(text, at, 40).replace(/\u2024/g, '.');
    for (const w of titleWordsBefore(lead)) {
      const word = w.toLowerCase().replace(/\.$/, '');
      if (OFFICE_TITLES.has(word)) titles.add(word);
    }
  }
  return titles;
}

/** The offices the text gives the person before `before`: in their role, or as titles before their name. */
function officesOf(person: Person, text: string, before: number): string[] {
  const role = (person.role ?? '').toLowerCase().split(/[\s,]+/);
  const roleOffices = role.map((w) => w.replace(/\.$/, '')).filter((w) => OFFICE_TITLES.has(w));
  return [...roleOffices, ...titlesOf(person, text, before)];
}

const fits = (wanted: string[]) => (word: string) =>
  wanted.some((w) => w.replace(/\.$/, '') === word || w.startsWith(word));

/** Whether the text gives the person the office (`wanted`: its words and abbreviations, "senator", "sen."). */
export function holds(person: Person, wanted: string[], text: string, before: number): boolean {
  return officesOf(person, text, before).some(fits(wanted));
}

/** Whether nothing the text says of the person gives them another office; one with no office written may hold it. */
export function mayHold(person: Person, wanted: string[], text: string, before: number): boolean {
  return officesOf(person, text, before).every(fits(wanted));
}
