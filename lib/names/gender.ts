// The usual gender of a first name, from the generated table in lib/lexicon/en/given-names.ts: "she said" is not
// given to a "Kenneth". Names used for both genders are not in the table and give null.
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../lexicon/en/given-names';

let table: Map<string, 'm' | 'f'> | null = null;

function genders(): Map<string, 'm' | 'f'> {
  if (table) return table;
  table = new Map();
  for (const name of FEMALE_GIVEN_NAMES.split(' ')) table.set(name, 'f');
  for (const name of MALE_GIVEN_NAMES.split(' ')) table.set(name, 'm');
  return table;
}

/** 'm' or 'f' for a first name whose gender the table knows ("Kenneth" → 'm'), else null ("Leslie", "Kim"). */
export function givenNameGender(first: string): 'm' | 'f' | null {
  return genders().get(first.toLowerCase()) ?? null;
}

/**
 * The gender a full name's first word gives ("Kenneth Baer" → 'm'); null for one word, an initial, an unknown name.
 */
export function nameGender(name: string): 'm' | 'f' | null {
  const words = name.split(/\s+/);
  return words.length < 2 ? null : givenNameGender(words[0]);
}
