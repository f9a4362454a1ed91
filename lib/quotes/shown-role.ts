// The role a speaker is shown with ("Berik Uali, spokesman"): words the mention reader found before or beside a
// name, kept only when they end in what a person is. "released through" (Big Machine), "burying", "edged",
// "month after" are the sentence around a name, not a role: the panel shows the name alone.
import { wordSet } from '../lexicon/build';
import {
  AGENT_LOOKALIKES,
  PERSON_NOUNS,
  POLICE_AND_MILITARY_RANKS,
  PROFESSIONS,
  ROLE_MODIFIERS,
  ROLE_PHRASE_HEADS,
  SHOWN_PERSON_NOUNS,
  TITLE_WORDS,
} from '../lexicon/en/roles';
import {
  CLAUSE_OPENING_VERBS,
  OPENING_FUNCTION_WORDS,
  PREPOSITIONS,
  QUESTION_AND_AUXILIARY_WORDS,
} from '../lexicon/en/function-words';
import { SENTENCE_ADVERBS, SENTENCE_OPENERS, SUBORDINATORS } from '../lexicon/en/clause-words';
import { MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import { ROLES_OF_AN_ORGANISATION } from '../lexicon/en/sources';
import { RANK_ABBREVIATIONS, OFFICE_ABBREVIATIONS } from '../lexicon/en/address';
import { AGENT_ENDINGS, PERSON_COMPOUND_ENDINGS, RECIPIENT_ENDINGS } from '../lexicon/en/word-endings';

const PERSON_HEADS = wordSet(
  TITLE_WORDS,
  PERSON_NOUNS,
  PROFESSIONS,
  POLICE_AND_MILITARY_RANKS,
  ROLES_OF_AN_ORGANISATION,
  ROLE_PHRASE_HEADS,
  SHOWN_PERSON_NOUNS,
);
const ABBREVIATED = wordSet(RANK_ABBREVIATIONS, OFFICE_ABBREVIATIONS);
const MODIFIERS = wordSet(ROLE_MODIFIERS);
/**
 * Endings of nouns for what someone does: spokesman, director, strategist, historian, trustee. Not -ant/-ent
 * ("went", "statement"): those person nouns are listed (ROLE_PHRASE_HEADS, PERSON_NOUNS).
 */
const AGENT_NOUN = new RegExp(
  `^\\p{L}[\\p{L}-]{2,}(?:${[...AGENT_ENDINGS, ...PERSON_COMPOUND_ENDINGS, ...RECIPIENT_ENDINGS].join('|')})$`,
  'u',
);
const NOT_AGENT_NOUNS = wordSet(PREPOSITIONS, AGENT_LOOKALIKES);
/** Capitalised words that open a sentence or name a day: "However", "Later", "Monday" are no affiliation. */
const NOT_AFFILIATIONS = wordSet(
  OPENING_FUNCTION_WORDS,
  SENTENCE_ADVERBS,
  SENTENCE_OPENERS,
  CLAUSE_OPENING_VERBS,
  QUESTION_AND_AUXILIARY_WORDS,
  SUBORDINATORS,
  MONTHS,
  WEEKDAYS,
  AGENT_LOOKALIKES,
  PREPOSITIONS,
);
/** "the 56-year-old": an age stands for the person. */
const AGE = /^\d+-year-old$/;

/** Where a role's own noun phrase ends: "chairman | of …", "analyst | at …", "meteorologist | named …". */
const PHRASE_ENDS = wordSet(PREPOSITIONS, ['including', 'named', 'called', 'who', 'whose', 'which', 'that', 'when']);

/** The head of a role phrase: the last word of its first noun phrase, without possessive, plural ending or point. */
function head(role: string): string {
  const words = role.split(/[\s,;]+/).filter(Boolean);
  const end = words.findIndex((w, i) => i > 0 && PHRASE_ENDS.has(w.toLowerCase()));
  const last = (end > 0 ? words[end - 1] : words[words.length - 1]) ?? '';
  return last.replace(/['’]s$/, '').replace(/\.$/, '');
}

/**
 * "consultant", "strategist", "spokesman": a noun for what someone does, by its ending (not "never", "later",
 * "order"). Singular only: "answers" may be a verb.
 */
export function isAgentNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_AGENT_NOUNS.has(lower) || MODIFIERS.has(lower)) return false;
  return AGENT_NOUN.test(lower);
}

const OPENS_CAPITAL = /^\p{Lu}/u;
const OPENS_LOWER = /^\p{Ll}/u;

/** Whether `role` says what a person is (a title, job, relation, rank, age or affiliation). */
export function isShownRole(role: string): boolean {
  const word = head(role);
  const lower = word.toLowerCase();
  // "NASA", "University of North Carolina": an affiliation written with its capital.
  if (OPENS_CAPITAL.test(word)) return !NOT_AFFILIATIONS.has(lower);
  if (AGE.test(lower) || ABBREVIATED.has(lower)) return true;
  // "former", "late": a modifier alone says nothing.
  if (MODIFIERS.has(lower)) return false;
  const singular = lower.replace(/(?<=[^s])s$/, '');
  if (singular.split('-').some((p) => PERSON_HEADS.has(p))) return true;
  return AGENT_NOUN.test(singular) && !NOT_AGENT_NOUNS.has(lower);
}

/**
 * "public information officer, she", "market analyst with Oanda, in a": a clause fragment after the role goes, and so
 * does a last word that opens what follows ("graduate student named", "writers including").
 */
function withoutTrailingFragment(role: string): string {
  const comma = role.lastIndexOf(',');
  const tail =
    comma < 0
      ? []
      : role
          .slice(comma + 1)
          .trim()
          .split(/\s+/);
  const cut = tail.length && tail.length <= 3 && tail.every((w) => OPENS_LOWER.test(w)) ? role.slice(0, comma) : role;
  const words = cut.trim().split(/\s+/);
  while (words.length > 1 && PHRASE_ENDS.has(words[words.length - 1].toLowerCase())) words.pop();
  return words.join(' ');
}

/** The role as shown: itself when it says what a person is, else nothing. */
export function shownRole(role: string | null): string | null {
  if (!role) return null;
  const trimmed = withoutTrailingFragment(role);
  return isShownRole(trimmed) ? trimmed : null;
}
