// "A 29-year-old Berlin woman, meanwhile, received five months' probation after she had posted …. “…,” she wrote":
// a person the story brings in without a name, by an indefinite description opening the sentence, is whom the
// pronoun after it speaks of; the last person quoted (Volker Beck, a lawmaker quoted before) is not. The panel shows
// the description ("a 29-year-old Berlin woman").
import { wordSet } from '../lexicon/build';
import { LAWMAKERS, LEADERSHIP_ROLES, OFFICES, PERSON_NOUNS, PROFESSIONS } from '../lexicon/en/roles';
import { FEMALE_DESCRIPTION_WORDS, MALE_DESCRIPTION_WORDS } from '../lexicon/en/epithets';
import {
  GROUP_QUANTIFIERS,
  INDEFINITE_DETERMINERS,
  INDIRECT_QUESTION_WORDS,
  OBJECT_PREPOSITIONS,
  RELATIVE_PRONOUNS,
} from '../lexicon/en/clause-words';
import { alternation, capitalise } from '../lexicon/build';
import { MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import { isAgentNoun } from './shown-role';
import { pressAsking } from './press';

const PERSON_WORDS = wordSet(PERSON_NOUNS, PROFESSIONS, FEMALE_DESCRIPTION_WORDS, MALE_DESCRIPTION_WORDS);
const FEMALE = wordSet(FEMALE_DESCRIPTION_WORDS);
const CALENDAR = wordSet(MONTHS, WEEKDAYS);
const MALE = wordSet(MALE_DESCRIPTION_WORDS);
// An opening phrase set off by a comma ("In September,", "At a drugstore near the mosque,"), then "A/An/One" and up
// to four words before the head noun, which a comma or a lower-case word (the verb) follows.
// "a", "an", "one", "another": the determiners of one person, not of a group ("several", "two").
const ONE = INDEFINITE_DETERMINERS.filter((d) => !GROUP_QUANTIFIERS.includes(d));
const OPENING = new RegExp(
  `^\\s*(?:([^,.;:!?"“”]{0,60}),\\s+)?((?:${alternation(ONE.flatMap((d) => [d, capitalise(d)]))})` +
    `\\s+(?:[\\p{L}\\d'’-]+\\s+){0,4}?([\\p{Ll}][\\p{Ll}-]*))(?=\\s*,|\\s+\\p{Ll})`,
  'u',
);

// "A reporter asked her about …", "One farmer asked him …", "A teacher told her the roof …": the description acts
// on someone of the pronoun's gender already in the story, so that person, not the description, goes on speaking.
// "him" is always an object; "her" is one before a preposition, a determiner, a clause word or the sentence's end
// ("thanked her for coming", "told her the roof leaked"), a possessive before a noun ("raised her hand").
const AFTER_OBJECT_HER = [
  ...OBJECT_PREPOSITIONS,
  'the',
  'a',
  'an',
  'this',
  ...RELATIVE_PRONOUNS,
  ...INDIRECT_QUESTION_WORDS,
];
const OBJECT_OF = {
  m: /\bhim\b/iu,
  f: new RegExp(`\\bher(?:\\s*(?:[,.;:!?]|$)|\\s+(?:${alternation(AFTER_OBJECT_HER)})\\b)`, 'iu'),
};

/** A noun for a person, singular: "woman", "delegate", "cashier" (by its ending), not "day" or "lot". */
function personNoun(word: string): boolean {
  return PERSON_WORDS.has(word) || isAgentNoun(word);
}

const LAST_CAPITALISED = /\p{Lu}[\p{L}'’-]*$/u;

/**
 * The indefinite description of a person opening `sentence` ("A 29-year-old Berlin woman", "One California
 * delegate"), of a gender that fits the pronoun's, as the panel shows it (lower-case article); else null.
 */
export function unnamedOpening(sentence: string, gender: 'm' | 'f'): string | null {
  const m = OPENING.exec(sentence);
  if (!m || !personNoun(m[3])) return null;
  const [, opening, description, head] = m;
  // "For Major, a retiree and one of the volunteers, …": a description after a name's comma is an apposition.
  // "In March, one delegate …": a date is no name.
  const last = opening && LAST_CAPITALISED.exec(opening)?.[0];
  if (last && !CALENDAR.has(last.toLowerCase())) return null;
  if ((gender === 'm' && FEMALE.has(head)) || (gender === 'f' && MALE.has(head))) return null;
  if (OBJECT_OF[gender].test(sentence.slice(m.index + m[0].length))) return null;
  // "A reporter asked whether …": the answer after it is someone else's (press.ts).
  const end = m.index + m[0].length;
  if (pressAsking(sentence, end - description.length, end, description)) return null;
  return description.charAt(0).toLowerCase() + description.slice(1);
}

// "The governor signed the bill.", "The coach was furious after the game.": "The", up to three words, a person's noun
// and the verb (a lower-case word) open the sentence.
const DEFINITE_OPENING = /^\s*(The\s+(?:[\p{L}\d'’-]+\s+){0,3}?([\p{Ll}][\p{Ll}-]*))(?=\s+\p{Ll})/u;
const WORD = /\p{Ll}[\p{Ll}-]*/gu;
// An office or a leading role is one person too ("The governor", "The coach", "The senator").
const ONE_HOLDER = wordSet(OFFICES, LEADERSHIP_ROLES, LAWMAKERS);

/**
 * "The governor signed the bill. “This is a great day,” she said.": a definite description of one person opening
 * `sentence` whose head fits the pronoun's gender, when the rest of the sentence names no other person by a noun ("The
 * judge sentenced the man": either may be "he"); as the panel shows it ("the governor"); else null. Only a last
 * resort: the story named no one the pronoun could go on with (resolvePersonal).
 */
export function definiteOpening(sentence: string, gender: 'm' | 'f'): string | null {
  const m = DEFINITE_OPENING.exec(sentence);
  if (!m || !(personNoun(m[2]) || ONE_HOLDER.has(m[2]))) return null;
  const head = m[2];
  if ((gender === 'm' && FEMALE.has(head)) || (gender === 'f' && MALE.has(head))) return null;
  const rest = sentence.slice(m.index + m[0].length);
  if ([...rest.matchAll(WORD)].some((w) => personNoun(w[0])) || OBJECT_OF[gender].test(rest)) return null;
  return m[1].charAt(0).toLowerCase() + m[1].slice(1);
}
