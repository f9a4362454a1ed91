// What the text says of a name wherever it stands, for names no list knows: "Rihanna, who was honoured …" is a
// person's name ("who" asks for one), "employers such as Monsanto, which opposed the bill" an organisation's.
import { alternation, withCapitals } from '../lexicon/build';
import { nameKey } from '../entities/knowledge-base';
import { firstWords, matchesOpenedBy } from '../text/word-runs';
import { EXAMPLE_MARKERS, ORGANISATION_CLASS_PLURALS } from '../lexicon/en/organisations';

const WORD = "\\p{Lu}[\\p{L}&'’-]*";
// A capitalised word, a comma, then "who" opening a relative clause. The match opens at the comma and reads the word
// back: opened at the word, the look-behind was tried at every character of the text (2% of the analysis). The "who"
// is looked for first (a look-ahead): most commas have none after them, and the look-behind is not tried there.
const BEFORE_WHO = new RegExp(`,(?=[^\\S\\n]+who\\b)(?<=(?<![\\p{L}'’-])(${WORD}),)[^\\S\\n]+who\\b`, 'gu');
// "employers such as Monsanto", "companies including Marriott and AT&T": a class noun, a marker, then the list.
// (No "i" flag: it would make \p{Lu} match any letter; the class noun is given in both cases.)
const CLASS_PLURALS = withCapitals(ORGANISATION_CLASS_PLURALS);
// Sticky: tried only where a class noun opens (matchesOpenedBy).
const LISTED = new RegExp(
  `\\b(?:${alternation(CLASS_PLURALS)})[^\\S\\n]+(?:${alternation(EXAMPLE_MARKERS)})[^\\S\\n]+` +
    `(${WORD}(?:[^\\S\\n]+${WORD})*(?:,?[^\\S\\n]+(?:and|or)?[^\\S\\n]*${WORD}(?:[^\\S\\n]+${WORD})*)*)`,
  'uy',
);
const CLASS_OPENINGS = firstWords(CLASS_PLURALS, false);
const LIST_ITEM = new RegExp(`${WORD}(?:[^\\S\\n]+${WORD})*`, 'gu');

/** Keys of the one-word names the text writes before ", who" ("Rihanna, who …"). */
export function namesBeforeWho(text: string): Set<string> {
  return new Set([...text.matchAll(BEFORE_WHO)].map((m) => nameKey(m[1])));
}

/**
 * Keys of the names listed after a plural class noun of organisations ("employers such as Monsanto and AT&T"). LISTED
 * is tried only where a class noun opens (matchesOpenedBy).
 */
export function listedOrganisations(text: string): Set<string> {
  const keys = new Set<string>();
  for (const m of matchesOpenedBy(LISTED, CLASS_OPENINGS, text))
    for (const item of m[1].matchAll(LIST_ITEM)) keys.add(nameKey(item[0]));
  return keys;
}
