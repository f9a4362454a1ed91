// The usual gender of a first name, from the generated table in lib/lexicon/en/given-names.ts: "she said" is not
// given to a "Kenneth". Names used for both genders are not in the table and give null.
import { spaceWords } from '../text/space-split';
import {
  FEMALE_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  MOSTLY_FEMALE_GIVEN_NAMES,
  MOSTLY_MALE_GIVEN_NAMES,
} from '../lexicon/en/given-names';

type Gender = 'm' | 'f';
let table: Map<string, Gender> | null = null;
let shared: Map<string, Gender> | null = null;

function tableOf(female: string, male: string): Map<string, Gender> {
  const out = new Map<string, Gender>();
  for (const name of female.split(' ')) out.set(name, 'f');
  for (const name of male.split(' ')) out.set(name, 'm');
  return out;
}

// Answers by the word as written: every engine asks of the same capitalised words again and again, and each question
// lower-cased the word anew. Emptied when full, so a long session keeps it small.
const asked = new Map<string, Gender | null>();
const ASKED_MAX = 4096;

/** 'm' or 'f' for a first name whose gender the table knows ("Kenneth" → 'm'), else null ("Leslie", "Kim"). */
export function givenNameGender(first: string): Gender | null {
  let gender = asked.get(first);
  if (gender !== undefined) return gender;
  table ??= tableOf(FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES);
  gender = table.get(first.toLowerCase()) ?? null;
  if (asked.size >= ASKED_MAX) asked.clear();
  asked.set(first, gender);
  return gender;
}

/**
 * A word the tables know as a first name of either list, also one shared by both genders ("Hillary", "Carly"): where
 * a name starts in a run of capitalised words ("Secretary of State Hillary Clinton").
 */
export function isGivenName(word: string): boolean {
  shared ??= tableOf(MOSTLY_FEMALE_GIVEN_NAMES, MOSTLY_MALE_GIVEN_NAMES);
  return givenNameGender(word) !== null || shared.has(word.toLowerCase());
}

/** A Korean name's second word ("Jong-un", "Yo-jong"): the first word is the family name and says no gender. */
const KOREAN_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

/**
 * The gender a person's full name gives ("Kenneth Baer" → 'm'; "Hillary Clinton" → 'f' by the first name's most
 * bearers); null for one word, an initial, an unknown name, a family name first ("Kim Jong-un").
 */
export function nameGender(name: string): Gender | null {
  const words = spaceWords(name);
  if (words.length < 2 || KOREAN_GIVEN_NAME.test(words[1])) return null;
  shared ??= tableOf(MOSTLY_FEMALE_GIVEN_NAMES, MOSTLY_MALE_GIVEN_NAMES);
  return givenNameGender(words[0]) ?? shared.get(words[0].toLowerCase()) ?? null;
}
