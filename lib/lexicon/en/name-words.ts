// Word facts about capitalised names, as sets and tests built from the lists: roles and honorifics before names, the
// head nouns that end organisation names, and calendar words that are capitalised but never entities.
// Used by: names/runs, names/rules (typing the article's names), entities/recognize, entities/link,
// entities/describe.
import { AnyCase, anyCase, wordSet, withPoint } from '../build';
import { HONORIFICS as ADDRESS, NOBLE_ADDRESS } from './address';
import { MONTHS, WEEKDAYS } from './calendar';
import {
  INSTITUTION_AND_EVENT_HEADS,
  LEGAL_FORMS,
  NEWS_OUTLET_HEADS,
  NEWS_OUTLET_HEADS_PRINT,
  ORGANISATION_HEADS,
  SERVICE_HEADS,
} from './organisations';
import { TITLE_WORDS_OUTSIDE_NAMES } from './roles';

/** Words that stand before a name without being part of it ("Kazakh President Tokayev"). */
export const ROLE_WORDS = wordSet(TITLE_WORDS_OUTSIDE_NAMES);

/** Honorifics: a following name is a person, never a place ("Mr. Jordan"). */
export const HONORIFICS = wordSet(withPoint(ADDRESS), NOBLE_ADDRESS);

/** Last words of organisation names ("Pakistan Point News", "Aberdeen Royal Infirmary"). */
export const ORG_HEADS = wordSet(
  ORGANISATION_HEADS,
  NEWS_OUTLET_HEADS,
  SERVICE_HEADS,
  INSTITUTION_AND_EVENT_HEADS,
  withPoint(LEGAL_FORMS.slice(0, 2)),
  ['ltd'],
);

/** Capitalised by convention, never background entities. */
export const CALENDAR_WORDS = wordSet(WEEKDAYS, MONTHS, [
  'the',
  'a',
  'an',
  'i',
  'he',
  'she',
  'it',
  'we',
  'they',
  'but',
  'and',
  'in',
  'on',
  'at',
  'this',
  'that',
  'his',
  'her',
  'their',
  'our',
  'its',
  'if',
  'as',
  'after',
  'when',
  'while',
  'for',
  'with',
  'from',
  'by',
]);

export const lower = (w: string) => w.toLowerCase();
// Asked of every capitalised word: AnyCase answers without a lower-case copy of it.
const ROLE_WORD = new AnyCase(ROLE_WORDS);
const HONORIFIC = new AnyCase(HONORIFICS);
const ORG_HEAD = new AnyCase(ORG_HEADS);
const CALENDAR_WORD = new AnyCase(CALENDAR_WORDS);
export const isRole = (w: string) => ROLE_WORD.has(w);
export const isHonorific = (w: string) => HONORIFIC.has(w);
export const isOrgHead = (w: string) => ORG_HEAD.has(w);
export const isStopWord = (w: string) => CALENDAR_WORD.has(w);

/** Legal-form suffixes that may follow a company's name without changing what it names. */
export const CORPORATE_SUFFIXES = wordSet(withPoint(LEGAL_FORMS.slice(0, 4)), LEGAL_FORMS.slice(4));
const CORPORATE_SUFFIX = new AnyCase(CORPORATE_SUFFIXES);
export const isCorporateSuffix = (w: string) => CORPORATE_SUFFIX.has(w);

/** Last words of news outlets' names ("Pakistan Point News"). */
const OUTLET_HEAD = anyCase(NEWS_OUTLET_HEADS, NEWS_OUTLET_HEADS_PRINT);
export const isOutletHead = (w: string) => OUTLET_HEAD.has(w);
