// The people an article names: full names with the role it gives them, every later mention (surname, "Mr. X"),
// and a guess at the pronoun used for them, so "he", "Uali" and "the spokesman" can resolve to a full name.
import { spaceWords } from '../text/space-split';
import { givenNameGender, isGivenName, nameGender } from '../names/gender';
import { SHARED_GIVEN_NAMES } from '../lexicon/en/given-names';
import { titleAsSurname } from '../names/title-surnames';
import { JOINED_INITIALS } from '../names/openers';
import { JOINED_NAME_OPENING, joinedArticle } from '../names/joined-article';
import { nameEndingAt, namesNoPerson, typedNoPerson, typesOf, type NameTable } from '../names';
import { misspeltSurnames } from './misspelt';
import { isAgentNoun, isShownRole } from './shown-role';
import { PERSON_IN_ENT_ANT, VERB } from './subjects';
import { firstNameSpeakers } from './first-names';
import {
  endsInOrgWord,
  governsName,
  type Mention,
  opensWithNamePreposition,
  ORG_HEADS,
  PERSON_HEADS,
  readMention,
  TITLE_WORDS,
  TITLE_WORD,
} from './mentions';
import { alternation, capitalise, exactly, wordSet } from '../lexicon/build';
import { GENERATIONAL_SUFFIXES, NAME_PARTICLES } from '../lexicon/en/names';
import {
  ACTS_ON_A_PERSON,
  ADDRESSING_VERBS,
  APPOINTING_VERBS,
  AUXILIARIES,
  NAME_OPENING_FUNCTION_WORDS,
  NAMING_PARTICIPLES,
  OBLIQUE_MARKERS,
  SENTENCE_OPENERS,
  VERBS_TAKING_A_PERSON,
} from '../lexicon/en/clause-words';
import { REPORTING_VERBS } from '../lexicon/en/speech';
import { FRONTED_PREPOSITIONS, MAIN_CLAUSE_SUBORDINATORS, OBJECT_FOLLOWERS } from '../lexicon/en/clause-words';
import { ARTICLES } from '../lexicon/en/determiners';
import { FORECAST_MODALS } from '../lexicon/en/events';
import { FEMALE_DESCRIPTION_WORDS, MALE_DESCRIPTION_WORDS } from '../lexicon/en/epithets';
import {
  LEADERSHIP_ROLES,
  OFFICES,
  RANKS,
  RELATIONS,
  ROLE_ADJECTIVES_NO_NAME,
  TITLES_BEFORE_SURNAME,
} from '../lexicon/en/roles';
import { GROUP_NOUNS } from '../lexicon/en/sources';
import { COMPANY_NAME_ENDS, LEGAL_FORMS } from '../lexicon/en/organisations';
import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../lexicon/en/calendar';
import {
  CLAUSE_OPENING_VERBS,
  DOCUMENT_LABELS,
  OPENING_FUNCTION_WORDS,
  POSSESSIVES,
  QUESTION_AND_AUXILIARY_WORDS,
  SUBJECT_PRONOUNS,
} from '../lexicon/en/function-words';
import { BUILDING_KINDS, BUILDING_KIND_SURNAMES, PLACE_KINDS, PLACE_NAME_WORDS } from '../lexicon/en/place-words';
import { PARTICIPLE_FORM_ENDINGS, VERB_ENDINGS } from '../lexicon/en/word-endings';
import { lastStartingBy } from '../text/spans';
import { endsInPossessive } from '../text/end-reads';
import { charClass, codePointBefore, wordSpans } from '../text/chars';
import { matchesAtCapitals } from './capital-scan';
import { firstWords, matchesEachOpenedBy } from '../text/word-runs';
import type { Token } from '../text/tokens';
import { latinFirst } from '../text/latin-first';
import { inOpeningDateline } from '../text/datelines';

/** Whether a pronoun of `gender` ("he", "she"; null: either) may stand for the person: not known to be the other. */
export function mayBeOfGender(person: Person, gender: 'm' | 'f' | null): boolean {
  return gender === null || person.gender === null || person.gender === gender;
}

/**
 * The role a mention gives its person, when it says what a person is: the lower-case words the name reader takes
 * before a name are often no role ("or Bernie Sanders", "than Trump", "the moment Chris Christie learned"). Kept, such
 * a word hid the role a later mention writes ("front-runner Donald Trump") and, ending like a role noun ("moment"),
 * gave the person a role of another kind, which rules a byword or an office noun out for them.
 */
const roleSaid = (role: string | null) => (role && isShownRole(role) ? role : null);

export interface Person {
  name: string;
  role: string | null;
  /** Positions in the text where the person is named (any form). */
  mentions: number[];
  gender: 'm' | 'f' | null;
  /**
   * Known only as the relation of someone "his"/"her" points to, of that gender ("Her daughter, Sarah,"): a "she"
   * after it is first the possessor's, the person the story is about.
   */
  kinOf?: 'm' | 'f';
  /**
   * Found by one name set off by ", who …" ("Messi, who scored twice, …"): a quote opening on "He …" right after
   * speaks of them.
   */
  byRelative?: true;
}

export interface NamedAt {
  person: Person;
  at: number;
  oblique: boolean;
}

export interface PeopleIndex {
  people: Person[];
  /** The person a name as written refers to ("Uali", "Mr. Reeves", "Berik Uali"), if the article introduced one. */
  byName(name: string): Person | null;
  /**
   * People named before `at`, most recent first. `oblique`: the name is no clause's subject there ("an interview with
   * Trending Today USA", "under President Obama", "the Clinton campaign", "Clinton's running mate"). It is read on
   * first need, so callers test `at` before it and do not destructure it (that reads it for every mention).
   */
  namedBefore(at: number): NamedAt[];
}

/** Lower-case words before a name that end in a preposition governing it ("swayed by"): see governsName. */
function governedLead(lead: string): boolean {
  const words = spaceWords(lead.trim());
  return words.length >= 2 && governsName(words[words.length - 2], words[words.length - 1]);
}

// Tokens are joined by spaces, never by a line break: a name does not run across paragraphs.
// A name word's opening: a capital, or a joined particle before one ("Malkan al-Baini"; names/joined-article).
const NAME_OPENING = `(?:\\p{Lu}|${JOINED_NAME_OPENING})`;
// A lower-case word opened by a joined particle is a name word too.
const NAME_WORD = `(?:\\p{Lu}[\\p{L}'’-]+|${JOINED_NAME_OPENING}[\\p{L}'’-]*|(?:\\p{Lu}[.\\u2024]){1,3})`;
// A name and up to three lower-case words before it ("spokesman Berik Uali"), which readMention reads as a role.
// Up to two particles stand between name words ("Maria de la Cruz", "Ursula von der Leyen").
// The lead-in is a lookbehind tried only where a capital letter stands: as a leading group it was tried at every
// word of the text, most of this pass's cost. Group 1 holds it. Sticky: tried only where a capital opens a word
// (matchesAtCapitals; the look-behind refuses a word part before the run). A look-ahead asks for a second
// capitalised word (what the run needs anyway) before the look-behind is tried: most capitals open a sentence or a
// lone name, and fail there, cheaply. Latin-1 first: the pattern most tried per article (latinFirst).
const NAME_RUN = latinFirst(
  new RegExp(
    `(?=\\p{Lu}[\\p{L}'’.\\u2024-]*[^\\S\\n]+(?:(?:${alternation(NAME_PARTICLES)})[^\\S\\n]+){0,2}${NAME_OPENING})` +
      // Not from inside an initialism ("S. Tom Baker" of "the U.S. Tom Baker", "K. Rowling" of "J.K. Rowling").
      "(?<=(?:^|[^\\p{L}'’.\\u2024-])((?:\\p{Ll}[\\p{L}'’-]*[^\\S\\n]+){0,3}))" +
      // The first word does not end in a full stop: abbreviation points are masked, so "Cruz. Along" is two sentences.
      // Initials may be joined ("J.K. Rowling", "H.R. McMaster").
      "(?:\\p{Lu}[\\p{L}'’.-]*[\\p{L}'’-]|(?:\\p{Lu}[.\\u2024]){1,3})" +
      `(?:[^\\S\\n]+(?:(?:${alternation(NAME_PARTICLES)})[^\\S\\n]+){0,2}${NAME_WORD})+`,
    'uy',
  ),
);
const RUN_WORD_PART = charClass(/^[\p{L}'’.\u2024-]$/u);
const LINE_SPACE = charClass(/^[^\S\n]$/u);

const JOINED_NAME_AT = new RegExp(JOINED_NAME_OPENING, 'uy');
/** A lower-case name word opened by a joined particle ("al-Baini") starts at `at`. */
function joinedNameAt(text: string, at: number): boolean {
  JOINED_NAME_AT.lastIndex = at;
  return (text[at + 2] === '-' || text[at + 3] === '-') && JOINED_NAME_AT.test(text);
}

/**
 * At `at`: up to `left` NAME_PARTICLES, each with the white space after it, then a capital (\p{Lu}) or a name word
 * opened by a joined particle.
 */
function capitalAfterParticles(text: string, at: number, left: number): boolean {
  if (at >= text.length) return false;
  if (UPPER(text.codePointAt(at)!) || joinedNameAt(text, at)) return true;
  if (left === 0) return false;
  for (const particle of NAME_PARTICLES) {
    let k = at + particle.length;
    if (!text.startsWith(particle, at) || k >= text.length || !LINE_SPACE(text.charCodeAt(k))) continue;
    while (k < text.length && LINE_SPACE(text.charCodeAt(k))) k++;
    if (capitalAfterParticles(text, k, left - 1)) return true;
  }
  return false;
}

/**
 * NAME_RUN's look-ahead at the capital at `at`, read by hand: the word, white space within the line, up to two
 * particles, a capital. Asked before the pattern: most capitals open a sentence or a lone name, and the pattern's
 * entry costs more than this.
 */
export function opensNameRun(text: string, at: number): boolean {
  let k = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  while (k < text.length) {
    const c = text.codePointAt(k)!;
    if (!RUN_WORD_PART(c)) break;
    k += c > 0xffff ? 2 : 1;
  }
  if (k >= text.length || !LINE_SPACE(text.charCodeAt(k))) return false;
  while (k < text.length && LINE_SPACE(text.charCodeAt(k))) k++;
  return capitalAfterParticles(text, k, 2);
}

// Words that open a sentence before a role and are no part of it: "The spokesman", "When spokesman", "Last week".
const NOT_ROLE_OPENERS = wordSet(
  ARTICLES,
  POSSESSIVES,
  OPENING_FUNCTION_WORDS,
  NAME_OPENING_FUNCTION_WORDS,
  SENTENCE_OPENERS,
  SUBJECT_PRONOUNS,
  QUESTION_AND_AUXILIARY_WORDS,
  CLAUSE_OPENING_VERBS,
  WEEKDAYS,
  MONTHS,
);
// A capitalised word right before the role, opening the text, a line or a sentence (a masked abbreviation's point
// ends none).
const OPENER_BEFORE = /(?:^|\n|[.!?]["”’]?[^\S\n]+)(\p{Lu}[\p{Ll}'’-]+)[^\S\n]+$/u;

/**
 * "Campaign manager Kellyanne Conway appeared …", "Police chief Maria Velez said": the capital of a sentence's first
 * word keeps it out of the lower-case role words a name run reads before the name ("manager"); it is the role's
 * first word all the same, as "campaign manager" is mid-sentence. `start`: where the role starts.
 */
function roleFromOpener(text: string, start: number, role: string): string {
  const from = Math.max(0, start - 30);
  const opener = OPENER_BEFORE.exec(text.slice(from, start));
  // "^" is the text's start only when the window starts there.
  if (!opener || (from > 0 && opener.index === 0 && /^\p{Lu}/u.test(opener[0]))) return role;
  return NOT_ROLE_OPENERS.has(opener[1].toLowerCase()) ? role : `${opener[1]} ${role}`;
}

// Capitalised words that are no part of a person's name: function words, calendar words, place and building words.
const NOT_PERSON_WORDS = [
  ...OPENING_FUNCTION_WORDS,
  ...WEEKDAYS,
  ...MONTHS,
  ...PLACE_NAME_WORDS,
  ...PLACE_KINDS,
  ...BUILDING_KINDS,
  ...CLAUSE_OPENING_VERBS,
  ...POSSESSIVES,
  ...QUESTION_AND_AUXILIARY_WORDS,
  ...SUBJECT_PRONOUNS,
  ...DOCUMENT_LABELS,
  // "Neither Republicans", "Many Democrats": people in the plural are a group, not a person's name.
  ...GROUP_NOUNS,
  // "Top Sanders aides said": an adjective of a role holder opens the sentence.
  ...ROLE_ADJECTIVES_NO_NAME,
];
// As written (no i flag); a word test, not an alternation tried alternative by alternative.
const NOT_PERSON_WORD = exactly(
  [...NOT_PERSON_WORDS.map(capitalise), ...DOCUMENT_LABELS.map((w) => w.toUpperCase())],
  '',
);
// Of those, words that are names too, part of a person's name when the names table reads the whole run as one (by a
// given name, a title, the knowledge base): a month or an auxiliary ("Theresa May", "April Ryan", "Will Doyle"), a
// building or place kind inside the name only ("Kathleen Hall Jamieson"; "Solomon Baptist Church" is a building).
const NAME_TOO = wordSet(MONTHS, QUESTION_AND_AUXILIARY_WORDS);
const INNER_NAME_TOO = wordSet(BUILDING_KINDS, PLACE_KINDS);

// Module constants: the TypeScript runner (esbuild) makes a \p{…} literal inside a function a new RegExp per call.
const ACRONYM = /^\p{Lu}{2,}$/u;
const INITIAL = /^\p{L}[.\u2024]?$/u;

/**
 * A word no person's name holds: "The", a title ("Gov" of "Pennsylvania Gov. Ed Rendell", whose point is masked) or an
 * acronym ("Trending Today USA" is a show, "CNN" a network).
 */
function notANameWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_PERSON_WORD.test(word) || ACRONYM.test(word)) return true;
  return TITLE_WORDS.has(lower) || TITLE_WORDS.has(`${lower}.`);
}

/**
 * Every word of a run can be part of a person's name: no word that is none (notANameWord), unless it is a title
 * standing as a surname, or (`tablePerson`: the names table reads the run as a person's) a name too ("Theresa May",
 * "Kathleen Hall Jamieson"). A loop, not `every` with an arrow: this runs for every name run of the article.
 */
function allNameWords(words: readonly string[], tablePerson: boolean): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const nameWord =
      !notANameWord(w) ||
      titleAsSurname(words, i) ||
      (tablePerson &&
        (NAME_TOO.has(w.toLowerCase()) || (i > 0 && i < words.length - 1 && INNER_NAME_TOO.has(w.toLowerCase()))));
    if (!nameWord) return false;
  }
  return true;
}

const SURNAME_TOO = wordSet(BUILDING_KIND_SURNAMES);
// A cue after the name ("George Hall said"), an age after its comma ("Susan Park, 42,"), or a description after its
// comma whose head ends it ("George Hall, a farmer,"; the head is checked for a person's noun).
const PERSON_AFTER = new RegExp(
  `^(?:[^\\S\\n]+(?:\\p{Ll}+ly[^\\S\\n]+|also[^\\S\\n]+)?(?:${alternation(REPORTING_VERBS)})\\b|,[^\\S\\n]+\\d{1,3},` +
    `|,[^\\S\\n]+(?:(?:a|an|the)[^\\S\\n]+)?(?:[\\p{Ll}'’-]+[^\\S\\n]+){0,3}?(\\p{Ll}+)[,;.])`,
  'u',
);
// The word before the name, a title perhaps ("Rep. Ralph Hall").
const WORD_BEFORE = /(\p{L}+[.\u2024]?)[^\S\n]+$/u;
// A cue before the name: "…,” said George Hall".
const CUE_BEFORE_NAME = new RegExp(`[,”"][^\\S\\n]*(?:${alternation(REPORTING_VERBS)})[^\\S\\n]+$`, 'u');

/**
 * "George Hall, a farmer, said …": a known first name and a building kind that is a common surname too (Hall, Park),
 * where the text speaks of a person there: a cue beside it, a title before it ("Rep. Ralph Hall"), a person's
 * description after its comma. "Victoria Park, a popular spot," and "the George Square rally" stay places.
 */
function surnamedLikeABuilding(text: string, words: readonly string[], mention: Mention): boolean {
  if (words.length !== 2 || !SURNAME_TOO.has(words[1].toLowerCase()) || givenNameGender(words[0]) === null)
    return false;
  const title = (mention.role?.split(/\s+/).at(-1) ?? WORD_BEFORE.exec(text.slice(0, mention.start))?.[1])
    ?.replace(/[.\u2024]$/, '')
    .toLowerCase();
  if (title && (TITLE_WORDS.has(title) || TITLE_WORDS.has(`${title}.`))) return true;
  if (CUE_BEFORE_NAME.test(text.slice(Math.max(0, mention.start - 20), mention.start))) return true;
  const after = PERSON_AFTER.exec(text.slice(mention.end, mention.end + 80));
  if (!after) return false;
  return after[1] === undefined || PERSON_HEADS.has(after[1]) || isAgentNoun(after[1]) || isShownRole(after[1]);
}

/**
 * "Rakeyia Scott" after "Keith Lamont Scott": same surname, another first name, so another person. So is "Donald
 * Trump Jr." after "Donald Trump": the same name but for a generational suffix.
 */
function relative(person: Person, name: string): boolean {
  const first = spaceWords(name)[0].toLowerCase();
  const known = spaceWords(person.name.toLowerCase());
  if (name.includes(' ') && known.length > 1 && hasSuffix(name) !== hasSuffix(person.name)) return true;
  return name.includes(' ') && known.length > 1 && !known.includes(first) && !INITIAL.test(first);
}

const SUFFIXES = new Set(GENERATIONAL_SUFFIXES);
/** "Jr.", "III": a generational suffix, with or without its point (masked or not). */
const isSuffix = (word: string) => SUFFIXES.has(word.toLowerCase().replace(/[.\u2024]$/, ''));
/** "James P. Kennedy Jr.": the name ends in a generational suffix. */
function hasSuffix(name: string): boolean {
  const words = spaceWords(name);
  return words.length > 1 && isSuffix(words[words.length - 1]);
}

/** The surname as written: the last word, or the one before a suffix ("Kennedy" of "James P. Kennedy Jr."). */
function surnameWord(name: string): string {
  const words = spaceWords(name);
  return words.length > 2 && isSuffix(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1];
}

// "said Lisa Brandt Sept. 12": a month and its date right after a name (AP style) tell when.
const MONTH_WORD = exactly([...MONTHS, ...MONTH_ABBREVIATIONS]);
const DATE_AFTER = /^[.\u2024]?[^\S\n]+\d/;

/** The name without a month that ends it before a date ("Lisa Brandt Sept. 12" → "Lisa Brandt"). */
function withoutDate(text: string, mention: Mention): Mention {
  const words = spaceWords(mention.text);
  const last = words.at(-1)!;
  if (words.length < 3 || !MONTH_WORD.test(last) || !DATE_AFTER.test(text.slice(mention.end, mention.end + 4)))
    return mention;
  const kept = mention.text.slice(0, mention.text.length - last.length).trimEnd();
  return { ...mention, text: kept, end: mention.end - (mention.text.length - kept.length) };
}

// A surname word: capitalised, no initial ("Q.", "H.W.") and no particle ("Al" of "bin Rashid Al Maktoum").
const PARTICLE_WORD = exactly(NAME_PARTICLES);
const SURNAME_LIKE = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/**
 * "Fernández" of "María Fernández García", "López" of "Andrés Manuel López Obrador": a Spanish name of three words or
 * more ends in two surnames, and the story may call the person by the first alone ("Fernández said"). The word
 * before the last, lower case, when no given name ("Juan Carlos", "Ana Lucía", "Mary Kay"), else null. An English
 * middle name read so ("Huckabee" of "Sarah Huckabee Sanders", "Rodham") still names the one person.
 */
function firstSurname(name: string): string | null {
  const words = spaceWords(name);
  if (words.length < 3 || isSuffix(words.at(-1)!)) return null;
  const word = words.at(-2)!;
  const given = isGivenName(word) || isGivenName(withoutAccents(word));
  return SURNAME_LIKE.test(word) && !PARTICLE_WORD.test(word) && !given ? surnameOf(word) : null;
}

/** "Lucía" → "Lucia": the given-name lists hold names unaccented ("Ana Lucía Ruiz" has one surname). */
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** "Kennedy Jr." of "James P. Kennedy Jr.", lower case, without the suffix's point. */
function suffixedSurname(name: string): string {
  const words = spaceWords(name);
  return `${words[words.length - 2]} ${words[words.length - 1].replace(/[.\u2024]$/, '')}`.toLowerCase();
}
const SUFFIX_AFTER = new RegExp(`^[^\\S\\n]+(${alternation(GENERATIONAL_SUFFIXES)})\\b`, 'i');

/** "Jr" read without its (masked) point is shown with it: "James P. Kennedy Jr.". */
function pointedSuffix(text: string, mention: Mention): string {
  const point = /^[.\u2024]/.test(text.slice(mention.end, mention.end + 1));
  return point && /\s(?:Jr|Sr)$/.test(mention.text) ? `${mention.text}.` : mention.text;
}

// An honorific right before a surname ("Mrs. Clinton"); the point may be masked.
const HONORIFIC_BEFORE = /\b(Mr|Mrs|Ms)[.\u2024]?\s+$/;
const HONORIFIC_OPENING = /^(Mr|Mrs|Ms)[.\u2024]?\s+/;

/** The people who share a surname with someone else, by surname (lower case); empty in most articles. */
function surnameBearers(people: Person[]): Map<string, Person[]> {
  const all = new Map<string, Person[]>();
  for (const p of people) {
    if (!/\s/.test(p.name)) continue;
    const key = surnameOf(p.name);
    const list = all.get(key);
    if (list) list.push(p);
    else all.set(key, [p]);
  }
  // Only the surnames two or more bear (forEach: no [key, list] pair made per entry).
  const shared = new Map<string, Person[]>();
  all.forEach((list, key) => {
    if (list.length > 1) shared.set(key, list);
  });
  return shared;
}

/**
 * "Mr. Clinton", "Mrs. Clinton" where the story names Bill and Hillary Clinton: New York Times style calls both by
 * honorific and surname, and the honorific says which. The person the surname goes to otherwise (`first`) keeps it
 * unless their first name is of the other gender: then the one other bearer whose first name is of the honorific's,
 * else no one ("Ann Reyes runs the farm. “…,” Mr. Reyes said.": a man the story did not name, not Ann Reyes).
 */
function ofHonorific(first: Person, bearers: Map<string, Person[]>, honorific: string): Person | null {
  const gender = honorific === 'Mr' ? 'm' : 'f';
  const own = nameGender(first.name);
  if (own === null || own === gender) return first;
  const others = bearers.get(surnameOf(first.name))?.filter((p) => p !== first) ?? [];
  const fitting = others.filter((p) => nameGender(p.name) === gender);
  return fitting.length === 1 ? fitting[0] : null;
}

// "Tom and Ann Reyes", "Bill and Hillary Clinton": a given name joined by "and" to a full name shares its surname.
// Not a name's last word ("John Paul and Ann Reyes").
const PARTNER_BEFORE = /(?<![\p{L}'’-][^\S\n]*)(\p{Lu}\p{Ll}+)[^\S\n]+and[^\S\n]+$/u;

/**
 * The person a given name right before "and" and a two-word name is ("Tom and Ann Reyes have owned the farm": Tom
 * Reyes), found by full name like a relative ("Mr. Reyes" and "Tom" then tell the two apart), or null. Both first
 * words must be given names: "Johnson and Ann Reyes" joins two people.
 */
function partnerBefore(text: string, at: number, words: readonly string[]): Person | null {
  if (words.length !== 2 || givenNameGender(words[0]) === null) return null;
  const m = PARTNER_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  const gender = m ? givenNameGender(m[1]) : null;
  if (!m || gender === null) return null;
  const start = at - m[0].length;
  // "Maria, 12, lives with her grandmother. … Maria and Ann Reyes, her teacher,": a person the story already calls by
  // the given name alone is someone of their own (review37 finding 10).
  if (standsAlone(m[1], text.slice(0, start))) return null;
  return { name: `${m[1]} ${words[1]}`, role: null, mentions: [start], gender };
}

/** The given name stands in the text alone, no capitalised word after it ("Maria said", "Maria, 12,"). */
const standsAlone = (given: string, text: string) =>
  new RegExp(`(?<![\\p{L}'’-])${given}(?![\\p{L}'’-])(?![^\\S\\n]+\\p{Lu})`, 'u').test(text);

/** "O’Neill" and "O'Neill" are one surname: a page mixes curly and straight apostrophes. */
const straightApostrophe = (word: string) => (word.includes('’') ? word.replace(/’/g, "'") : word);

function surnameOf(name: string): string {
  return straightApostrophe(surnameWord(name).toLowerCase());
}

// A person's own words say "his son", "he" of others: only the reporter's words tell the pronoun used for them.
// An unclosed quote at the window's end is cut too.
const unquoted = (s: string) => s.replace(/[“"][^”"]*(?:[”"]|$)/g, ' ');

/**
 * Words that open a sentence before a name they govern or a clause of its own ("For Maria Lopez, the diagnosis …",
 * "With Tom Baker, the team …", "After Ann Reyes won, …"): the run they open reads as no source, but the person after
 * them is introduced there, and a later surname is theirs.
 */
const FRONTED_WORDS = wordSet([...FRONTED_PREPOSITIONS, ...MAIN_CLAUSE_SUBORDINATORS].filter((w) => !w.includes(' ')));
const opensWithFrontedWord = (run: string) => FRONTED_WORDS.has(spaceWords(run)[0].toLowerCase());

/**
 * "Secretary of State John Kerry", "Chief of Staff Denis McDonough": when the words before the run ("of") make it
 * unreadable, the name starts at the first known given name among its first three words ("John Kerry").
 */
function fromGivenName(run: string, at: number): Mention | null {
  const words = run.split(/(?<=\S)(?=\s)/);
  const first = words.slice(0, 3).findIndex((w) => isGivenName(w.trim()));
  if (first < 0 || first === words.length - 1) return null;
  const name = words.slice(first).join('').trimStart();
  return readMention(name, at + run.length - name.length);
}

/**
 * "Senate Majority Whip John Cornyn", "Maricopa County Recorder Helen Purcell": a capitalised run longer than a name
 * whose last two or three words start with a known given name ends in that name; the words before are a title.
 */
function nameEndingRun(mention: Mention): Mention | null {
  const words = mention.text.split(/(?<=\S)(?=\s)/);
  if (words.length <= 4) return null;
  const from = [words.length - 3, words.length - 2].find((i) => isGivenName(words[i].trim()));
  if (from === undefined) return null;
  const name = words.slice(from).join('').trimStart();
  return readMention(name, mention.end - name.length);
}

/** "Beyond Tom Baker": the name after the preposition, when it opens with a known given name and has two words. */
function personAfterPreposition(mention: Mention): Mention | null {
  const cut = mention.text.search(/\s/);
  const rest = mention.text.slice(cut).trimStart();
  const words = spaceWords(rest);
  if (words.length < 2 || givenNameGender(words[0]) === null) return null;
  const read = readMention(rest, mention.end - rest.length);
  return read?.kind === 'name' ? read : null;
}

/** The name without its first word, when at least two words are left ("Rival Hillary Clinton" → "Hillary Clinton"). */
function afterLeadWord(mention: Mention): Mention | null {
  const rest = mention.text.replace(/^\S+\s+/, '');
  return /\s/.test(rest) ? readMention(rest, mention.end - rest.length) : null;
}

/**
 * Lines written in title case ("Understated Perez Is Known For Getting Things Done"): every word is capitalised, so
 * runs of capitalised words there are no names ("Understated Perez", "Trump Supporter Screams"). A name in such a
 * headline is indexed where the story's text names the person again. Whether the line holding `at` is one, read on
 * first need for each line: only lines where a name run stands are read.
 */
function titleCaseLines(text: string): (at: number) => boolean {
  const known = new Map<number, boolean>();
  return (at) => {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    let answer = known.get(start);
    if (answer === undefined) {
      const newline = text.indexOf('\n', start);
      known.set(start, (answer = titleCaseLine(text, start, newline < 0 ? text.length : newline)));
    }
    return answer;
  };
}

/**
 * The line [start, end) has four words or more (the matches of /\p{L}[\p{L}'’-]*\/gu), at least 80% of them
 * capitalised: one scan of its characters, counting as it goes (no list of the words is made).
 */
function titleCaseLine(text: string, start: number, end: number): boolean {
  let words = 0;
  let capitalised = 0;
  let inWord = false;
  for (let i = start; i < end;) {
    const code = text.codePointAt(i)!;
    if (inWord && !WORD_PART(code)) inWord = false;
    if (!inWord && LETTER(code)) {
      inWord = true;
      words++;
      if (UPPER(code)) capitalised++;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return words >= 4 && capitalised >= 0.8 * words;
}
const LETTER = charClass(/^\p{L}$/u);
const WORD_PART = charClass(/^[\p{L}'’-]$/u);
const UPPER = charClass(/^\p{Lu}$/u);

/** `s` before the first match of `re` (which matches no empty string): `s.split(re)[0]`, without reading on. */
function upTo(s: string, re: RegExp): string {
  const at = s.search(re);
  return at < 0 ? s : s.slice(0, at);
}

const ANOTHER_NAME = /\b(?:Mr|Mrs|Ms)[.\u2024]?\s+\p{Lu}|(?<=[\p{Ll},;][^\S\n]+)\p{Lu}\p{Ll}/u;

// Any of the pronouns read below: a window without one has no vote, whatever else is cut from it (the cuts only take
// words away, at word edges).
const ANY_PRONOUN = /\b(?:he|his|him|she|her|hers)\b/i;

function guessGender(text: string, at: number): 'm' | 'f' | null {
  const reporters = unquoted(text.slice(at, at + 300));
  if (!ANY_PRONOUN.test(reporters)) return null;
  // Pronouns after someone else is named ("Ms. Lopez said she…", "didn't know Patrick was coming but saw his visit")
  // are not this person's.
  const window = withoutOwnObject(upTo(reporters, ANOTHER_NAME));
  const he = window.search(/\b(?:he|his|him)\b/i);
  const she = window.search(/\b(?:she|her|hers)\b/i);
  if (he === -1 && she === -1) return null;
  if (she === -1) return 'm';
  if (he === -1) return 'f';
  return he < she ? 'm' : 'f';
}

// "McCaskill (D-Mo.) scolded him:", "Trump thanked her for …": "him" or "her" as the object of the verb right after the
// name is someone else (the person would be "himself"); a possessive "her" ("raised her hand") is the person's own.
const OWN_OBJECT = new RegExp(
  `^[\\p{L}.\u2024'’-]*[^\\S\\n]*(?:\\([^()\\n]*\\)[^\\S\\n]*)?(?:\\p{Ll}+ly[^\\S\\n]+)?\\p{Ll}+[^\\S\\n]+(?:him|her)` +
    `(?=[^\\S\\n]*(?:[^\\p{L}\\s]|$|(?:${alternation(OBJECT_FOLLOWERS)})\\b))`,
  'u',
);
const withoutOwnObject = (window: string) => window.replace(OWN_OBJECT, (m) => m.slice(0, -3).padEnd(m.length));

const CAPITALISED_BEFORE = /(\p{Lu}[\p{L}'’-]*)[^\S\n]+$/u;

// `\b` as a pattern without the u flag reads it: between an ASCII word character and another character.
const asciiWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const asciiWordEdge = (text: string, at: number) =>
  asciiWordChar(text.charCodeAt(at - 1)) !== asciiWordChar(text.charCodeAt(at));

/** `surname` (straight apostrophes) is written at `at`, with either apostrophe. */
function surnameAt(text: string, at: number, surname: string): boolean {
  for (let i = 0; i < surname.length; i++) {
    const c = text[at + i];
    if (surname[i] === "'" ? c !== "'" && c !== '’' : c !== surname[i]) return false;
  }
  return true;
}

/**
 * The surnames' whole-word occurrences, from the left and the longest at one place: what /\b(?:longest|…)\b/g
 * finds, with either apostrophe for a straight one. The places where a surname's first character is written (found by
 * indexOf) are compared at word edges; no pattern is built per article (V8 counts every compiled pattern against its
 * optimising). An empty surname would match at every word edge, so then every place is visited.
 */
export function surnameOccurrences(text: string, surnames: string[]): { index: number; word: string }[] {
  const byFirst = new Map<string, string[]>();
  for (const surname of [...surnames].sort((a, b) => b.length - a.length)) {
    if (!surname) continue;
    const list = byFirst.get(surname[0]) ?? [];
    if (!list.length) byFirst.set(surname[0], list);
    list.push(surname);
  }
  const empty = surnames.includes('');
  // The longest surname written at `at` and ending at a word edge (`at` itself at one), if any. (A loop: a `find`
  // callback was a closure made for each place.)
  const surnameFrom = (at: number): string | undefined => {
    const list = byFirst.get(text[at] === '’' ? "'" : text[at]);
    if (list) for (const s of list) if (surnameAt(text, at, s) && asciiWordEdge(text, at + s.length)) return s;
    return undefined;
  };
  const found: { index: number; word: string }[] = [];
  let next = 0;
  if (empty) {
    for (let at = 0; at <= text.length; at++) {
      if (at < next || !asciiWordEdge(text, at)) continue;
      const surname = surnameFrom(at);
      if (surname !== undefined) {
        found.push({ index: at, word: text.slice(at, at + surname.length) });
        next = at + surname.length;
      } else found.push({ index: at, word: '' });
    }
    return found;
  }
  // Each place is read where indexOf finds it; only the places where a surname stands are put in text order (sorting
  // every place a first character is written cost more than reading them).
  const hits: { at: number; length: number }[] = [];
  for (const first of byFirst.keys())
    for (const written of first === "'" ? ["'", '’'] : [first])
      for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
        if (!asciiWordEdge(text, at)) continue;
        const surname = surnameFrom(at);
        if (surname !== undefined) hits.push({ at, length: surname.length });
      }
  hits.sort((a, b) => a.at - b.at);
  // From the left: a surname written inside one found before ("Cruz" of "de la Cruz") is no occurrence of its own.
  for (const { at, length } of hits) {
    if (at < next) continue;
    found.push({ index: at, word: text.slice(at, at + length) });
    next = at + length;
  }
  return found;
}

/**
 * "Bashar al-Assad" is "al-Assad", "Al-Assad" (opening a sentence) and "Assad" too: the other forms of a surname opened
 * by a joined particle (names/joined-article); none for other surnames.
 */
function joinedSurnameForms(surname: string): string[] {
  const n = joinedArticle(surname);
  if (n === 0) return [];
  const particle = surname.slice(0, n).toLowerCase();
  const rest = surname.slice(n);
  return [rest, particle + rest, particle[0].toUpperCase() + particle.slice(1) + rest];
}

/**
 * Every later mention by surname counts as naming the person again, and an honorific on any mention ("Ms. Lopez")
 * settles the pronoun. One pass over the text for all surnames (longest first), not one pass per person.
 */
function findSurnameMentions(text: string, people: Person[]): void {
  if (!people.length) return;
  // The first person introduced with a surname owns its later bare mentions ("Scott" after Keith and Rakeyia Scott);
  // one named without a generational suffix before one named with it ("Trump" is Donald Trump, not Donald Trump Jr.).
  // (Two passes, not a spread of two filtered lists: an empty one threw V8's optimised code of this function out.)
  const bySurname = new Map<string, Person>();
  for (const suffixed of [false, true])
    for (const p of people) {
      if (hasSuffix(p.name) !== suffixed) continue;
      const surname = straightApostrophe(surnameWord(p.name));
      if (!bySurname.has(surname)) bySurname.set(surname, p);
      for (const written of joinedSurnameForms(surname)) if (!bySurname.has(written)) bySurname.set(written, p);
    }
  // "Hillary Clinton" after "Bill Clinton": a relative's full name is no mention of the first one introduced.
  const relativeFirst = new Set(
    people
      .filter((p) => bySurname.get(straightApostrophe(surnameWord(p.name))) !== p)
      .map((p) => spaceWords(p.name)[0]),
  );
  // "Trump Jr." is the one named with that suffix.
  const suffixed = new Map(people.filter((p) => hasSuffix(p.name)).map((p) => [suffixedSurname(p.name), p]));
  const titled = new Set<Person>();
  const bearers = surnameBearers(people);
  for (const { index, word } of surnameOccurrences(text, [...bySurname.keys()])) {
    const suffix = suffixed.size ? SUFFIX_AFTER.exec(text.slice(index + word.length, index + word.length + 6)) : null;
    const first =
      (suffix && suffixed.get(`${word} ${suffix[1]}`.toLowerCase())) || bySurname.get(straightApostrophe(word))!;
    // "Mrs. Clinton" after "Bill Clinton" and "Hillary Clinton"; "Mr. Reyes" after Ann Reyes alone is no one named.
    const said = HONORIFIC_BEFORE.exec(text.slice(Math.max(0, index - 8), index));
    const person = said ? ofHonorific(first, bearers, said[1]) : first;
    if (!person) continue;
    // Read only when a relative was introduced (most articles introduce none).
    const before = relativeFirst.size
      ? CAPITALISED_BEFORE.exec(text.slice(Math.max(0, index - 30), index))?.[1]
      : undefined;
    if (before && relativeFirst.has(before) && !person.name.startsWith(`${before} `)) continue;
    // "Pope Francis" after "Amy Pope": a title-word surname before a capitalised name is that name's title.
    if (TITLE_WORD.has(word) && NAME_AFTER.test(text.slice(index + word.length))) continue;
    person.mentions.push(index);
    const honorific = titled.has(person)
      ? null
      : (said ?? HONORIFIC_BEFORE.exec(text.slice(Math.max(0, index - 8), index)));
    if (honorific) {
      titled.add(person);
      person.gender = honorific[1] === 'Mr' ? 'm' : 'f';
    }
  }
  // No honorific: the pronouns that follow each mention vote ("Trump said he …"), not only the first mention.
  for (const person of people) {
    if (titled.has(person)) continue;
    // Named once: when the words written with the person ("spokesman Lu Kang") say the other gender than the first
    // name's usual one ("Lu"), either may be wrong ("Trump spokesman Hope Hicks"), so neither is taken. (The words
    // are read only when a gender is there to doubt.)
    if (person.mentions.length < 2) {
      const described = person.gender && describedGender(text, person);
      if (described && described !== person.gender) person.gender = null;
      continue;
    }
    // The first name's usual gender ("Kenneth") counts as two votes: the text outvotes it only for a name used for
    // both ("Pat Miller … she").
    const usual = nameGender(person.name) ?? describedGender(text, person);
    const weight = usual ? 2 : 1;
    const prior = usual ?? person.gender;
    let votes = prior === 'm' ? weight : prior === 'f' ? -weight : 0;
    for (const at of person.mentions) votes += pronounAfter(text, at);
    person.gender = votes > 0 ? 'm' : votes < 0 ? 'f' : person.gender;
  }
}

// Any word the tables know as a first name, also one both genders bear ("Lynn", "Jessie").
const SHARED_FIRST = new Set(SHARED_GIVEN_NAMES.split(' '));
const anyFirstName = (word: string) => isGivenName(word) || SHARED_FIRST.has(word.toLowerCase());
// A first name standing alone: no capitalised word or letter glued before it ("Aunt Mary", "Mary-Kate"), none after
// it ("Mary Smith"), and no contraction ("Don’t"); a possessive "’s" may follow ("Rose-Lynn’s way").
const GLUED_OR_NAME_BEFORE = /(?:[\p{L}'’.\u2024-]|\p{Lu}[\p{L}'’.\u2024-]*[^\S\n]+)$/u;
const GLUED_OR_NAME_AFTER = /^(?:[\p{L}-]|['’](?!s(?!\p{L}))\p{L}|[^\S\n]+\p{Lu})/u;
const smallest = (offsets: number[]) => offsets.reduce((a, b) => Math.min(a, b), Infinity);

/**
 * "Rose-Lynn Harlan … as Rose-Lynn summons the strength": after a person is named in full, the first name alone names
 * them again (feature stories call ordinary people, children and characters so), when only one person was introduced
 * with it. Only a word the tables know as a first name (each part of "Rose-Lynn"), and none that is someone's surname:
 * not the first word of "Compaq Computer", "Muslim Americans" or a headline's "Sanders Is Not".
 */
function findFirstNameMentions(
  text: string,
  people: Person[],
  byFirstName: Map<string, Person | null>,
  isCommonWord: (word: string) => boolean,
): void {
  const surnames = new Set(people.map((p) => straightApostrophe(surnameWord(p.name)).toLowerCase()));
  const firsts = new Map<string, Person>();
  for (const p of people) {
    const words = spaceWords(p.name);
    const first = words[0];
    if (words.length < 2 || !FIRST_NAME_SHAPE.test(first) || isCommonWord(first)) continue;
    if (!first.split('-').every(anyFirstName) || surnames.has(straightApostrophe(first.toLowerCase()))) continue;
    if (byFirstName.get(first.toLowerCase()) === p) firsts.set(straightApostrophe(first), p);
  }
  if (!firsts.size) return;
  for (const { index, word } of surnameOccurrences(text, [...firsts.keys()])) {
    const person = firsts.get(straightApostrophe(word))!;
    if (index <= smallest(person.mentions) || person.mentions.includes(index)) continue;
    if (GLUED_OR_NAME_BEFORE.test(text.slice(Math.max(0, index - 40), index))) continue;
    if (GLUED_OR_NAME_AFTER.test(text.slice(index + word.length, index + word.length + 40))) continue;
    person.mentions.push(index);
  }
}
const FIRST_NAME_SHAPE = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** A capitalised word right after (a name). */
const NAME_AFTER = /^[^\S\n]+\p{Lu}/u;

const FEMALE_WORDS = new Set(FEMALE_DESCRIPTION_WORDS);
const MALE_WORDS = new Set(MALE_DESCRIPTION_WORDS);
// "his wife, Hillary Clinton", "spokeswoman Hope Hicks": a word for a woman or a man right before a name.
// What /(\p{Ll}+),?[^\S\n]+$/u captures, read from the end (the pattern was tried at each character of the window).
export function describedBefore(window: string): string | undefined {
  let end = window.length;
  while (end > 0 && LINE_SPACE(window.charCodeAt(end - 1))) end--;
  if (end === window.length) return undefined;
  if (end > 0 && window[end - 1] === ',') end--;
  let start = end;
  while (start > 0) {
    const { code, size } = codePointBefore(window, start);
    if (!LOWER(code)) break;
    start -= size;
  }
  return start < end ? window.slice(start, end) : undefined;
}

/**
 * The gender the words written with a person say: their role ("spokeswoman") or a description right before a
 * mention ("his wife, Hillary Clinton"), when only one gender's words are found. It counts as a first name of known
 * gender does: the text's pronouns outvote it only by a margin.
 */
function describedGender(text: string, person: Person): 'm' | 'f' | null {
  const words = (person.role ?? '').toLowerCase().split(/\s+/);
  for (const at of person.mentions.slice(0, 12)) {
    const start = lastWithin(text, spaceWords(person.name)[0], at, 40);
    const word = describedBefore(text.slice(Math.max(0, start - 30), start));
    if (word) words.push(word);
  }
  const female = words.some((w) => FEMALE_WORDS.has(w));
  return female === words.some((w) => MALE_WORDS.has(w)) ? null : female ? 'f' : 'm';
}

/**
 * Where `word` last starts at or before `at` if that is less than `span` characters before it, else `at`: what
 * text.lastIndexOf(word, at) tells when it finds one that near, searched in that window only (a first name the
 * text does not write near a mention sent lastIndexOf back through the whole text).
 */
function lastWithin(text: string, word: string, at: number, span: number): number {
  const from = Math.max(0, at - span + 1);
  const found = text.slice(from, at + word.length).lastIndexOf(word);
  return found >= 0 ? from + found : at;
}

const SENTENCE_OR_NAME = /[.!?]\s|\b(?:Mr|Mrs|Ms)[.\u2024]?\s+\p{Lu}|(?<=[\p{Ll},;][^\S\n]+)\p{Lu}\p{Ll}/u;

/**
 * +1 when the first pronoun after a mention is "he/his/him", −1 for "she/her", 0 when none comes before another
 * name.
 */
function pronounAfter(text: string, at: number): number {
  const reporters = unquoted(text.slice(at, at + 100));
  if (!ANY_PRONOUN.test(reporters)) return 0;
  const unquotedWindow = withoutOwnObject(reporters);
  const window = upTo(unquotedWindow, SENTENCE_OR_NAME);
  const m = window.match(/\b(?:(he|his|him)|(she|her|hers))\b/i);
  return !m ? 0 : m[1] ? 1 : -1;
}

// What stands right before a name that is no person's: a work's title in quote marks ("“Wild Rose”"), or an article
// ("a Go-Kart Track", "A Gallup Korea poll", "the Stadia Pro subscription"): people's names take none without a title.
const NOT_A_PERSON_BEFORE =
  /(?:[“"‘](?:\p{Lu}\p{Ll}{0,3}\s)?|\b(?:a|an|the|A|An|The|its|Its|this|This|that|That|titled|dubbed)\s+)$/u;
// Companies and products end in words no surname does ("Whole Foods Market", "Big Machine Records").
const COMPANY_END = new RegExp(
  `\\b(?:${alternation([...COMPANY_NAME_ENDS.map(capitalise), ...LEGAL_FORMS.slice(0, 5)])})\\.?$`,
);

/** A capitalised run that reads as a title, a product or a company rather than a person introduced by name. */
function notAPerson(text: string, name: string, mentionStart: number, end: number): boolean {
  // Searched within the mention only: a name written differently (a masked initial) must not scan the whole text.
  const mention = text.slice(mentionStart, end);
  // The name's initials may be written with masked points in the text ("E․J․ Dionne", "Tom G․ Baker").
  let found = mention.lastIndexOf(name);
  if (found < 0) found = mention.lastIndexOf(name.replace(/\./g, '\u2024'));
  const start = found >= 0 ? mentionStart + found : mentionStart;
  const before = text.slice(Math.max(0, start - 8), Math.max(0, start));
  const last = name.slice(name.lastIndexOf(' ') + 1);
  return NOT_A_PERSON_BEFORE.test(before) || COMPANY_END.test(last) || endsInOrgWord(last);
}

/** The table's name at the run's end ("Aberdeen Royal Infirmary", "Sioux Falls") typed as no person's. */
function tableSaysNoPerson(names: NameTable, run: RegExpMatchArray): boolean {
  const end = run.index! + run[0].length - (endsInPossessive(run[0]) ? 2 : 0);
  const named = nameEndingAt(names, end);
  return named !== null && typedNoPerson(named);
}
const PLURAL_POSSESSIVE = /^\p{L}+s['’]$/u;

// A title or honorific and one capitalised word: "Mr. Obama", "President Obama", "Sen. Sanders" name a person the
// article may never give in full. Abbreviation points are masked (\u2024) by the time the text gets here.
const PERSON_TITLES = TITLES_BEFORE_SURNAME.map(capitalise);
// Sticky: tried only where a title opens (matchesEachOpenedBy).
const TITLED_SURNAME = new RegExp(
  `\\b(${PERSON_TITLES.join('|')})[.\\u2024]?[^\\S\\n]+(\\p{Lu}[\\p{Ll}'’-]+|${JOINED_NAME_OPENING}[\\p{Ll}'’-]*)` +
    // The whole word ("Bernie", never "Berni" of "Bernie Sanders"), then no capitalised word, initial or name particle:
    // "President Barack Obama", "Mayor Bill de Blasio" are full names the main pass reads.
    // "Mayor Malkan al-Baini": nor a name word opened by a joined particle.
    `(?![\\p{L}'’-])(?![^\\S\\n]*(?:${NAME_OPENING}|[.\\u2024]\\p{Lu}|` +
    `(?:${alternation(NAME_PARTICLES)})[^\\S\\n]+\\p{Lu}))`,
  'uy',
);
const TITLE_OPENINGS = firstWords(PERSON_TITLES, false);

/** People named only by title and surname ("President Obama") join the index under the surname. */
function addTitledSurnames(
  text: string,
  people: Person[],
  bySurname: Map<string, Person>,
  titled: RegExpExecArray[],
): void {
  for (const m of titled) {
    const title = m[1];
    const surname = m[2].replace(/['’]s$/, '');
    const key = surname.toLowerCase();
    if (bySurname.has(key) || NOT_PERSON_WORD.test(surname) || TITLE_WORDS.has(key)) continue;
    const honorific = /^M(?:r|rs|s)$/.exec(title);
    const gender = honorific ? (title === 'Mr' ? 'm' : 'f') : guessGender(text, m.index! + m[0].length);
    const person: Person = { name: surname, role: honorific || title === 'Dr' ? null : title, mentions: [], gender };
    people.push(person);
    bySurname.set(key, person);
  }
}

const PARTICIPLE_OR_COMPOUND = new RegExp(`-\\p{Ll}|\\p{Ll}(?:${PARTICIPLE_FORM_ENDINGS.join('|')})$`, 'u');

// "Cruz openly admitted that …", "Obama also addressed …": one capitalised word, not after another, as a clause's
// subject: a verb in -ed or -s (perhaps after an adverb) follows it. Sticky: tried only where a capital opens a word
// (matchesAtCapitals), as NAME_RUN; the look-behind tried at every character was most of the scan. Latin-1 first.
const BARE_SUBJECT = latinFirst(
  new RegExp(
    `(?<![\\p{L}'’.\\u2024-][^\\S\\n]?)` +
      `(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)[^\\S\\n]+` +
      `(?:\\p{Ll}+ly[^\\S\\n]+|also[^\\S\\n]+)?\\p{Ll}{2,}(?:${VERB_ENDINGS.join('|')})\\b`,
    'uy',
  ),
);

// "Meanwhile Rihanna, who was honored …": one name and a relative clause about a person. What
// /(?<=[^\p{L}'’.\u2024-]|^)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?),[^\S\n]+who\b/gu finds: that pattern tried its
// look-behind at every character of the text; the comma and "who" are found first (a literal the scan skips to), and
// the name is read backwards from the comma.
const COMMA_WHO = /,[^\S\n]+who\b/gu;
const LOWER = charClass(/^\p{Ll}$/u);
const NOT_BEFORE_NAME = charClass(/^[\p{L}'’.\u2024-]$/u);

/** Where a capital and one or more lower-case letters (/\p{Lu}\p{Ll}+/u) end at `end` start, or -1. */
function capitalisedWordBefore(text: string, end: number): number {
  let at = end;
  while (at > 0) {
    const { code, size } = codePointBefore(text, at);
    if (!LOWER(code)) break;
    at -= size;
  }
  if (at === end || at === 0) return -1;
  const { code, size } = codePointBefore(text, at);
  return UPPER(code) ? at - size : -1;
}

/**
 * No word part and one line space before `at`: the second half of BARE_SUBJECT's look-behind, read before the pattern
 * is tried (matchesAtCapitals reads the first); most capitals stand after a word and a space.
 */
const afterNoWordAndSpace = (text: string, at: number) =>
  !(at >= 2 && LINE_SPACE(text.charCodeAt(at - 1)) && NOT_BEFORE_NAME(codePointBefore(text, at - 1).code));

/** BARE_SUBJECT's matches, in text order. */
export const bareSubjects = (text: string) =>
  matchesAtCapitals(BARE_SUBJECT, text, NOT_BEFORE_NAME, afterNoWordAndSpace);

/** No letter, apostrophe, point or hyphen before `at`: the look-behind BARE_WHO's name needed. */
const nameMayOpen = (text: string, at: number) => at === 0 || !NOT_BEFORE_NAME(codePointBefore(text, at).code);

/** The one-name subjects of ", who" ("Rihanna", "Ocasio-Cortez"), in text order. */
export function bareWhoNames(text: string): { index: number; word: string }[] {
  const found: { index: number; word: string }[] = [];
  for (const m of text.matchAll(COMMA_WHO)) {
    const last = capitalisedWordBefore(text, m.index);
    if (last < 0) continue;
    // A hyphenated name is read whole ("Ocasio-Cortez"); its second part alone has a hyphen before it.
    const first = text[last - 1] === '-' ? capitalisedWordBefore(text, last - 1) : -1;
    const start = first >= 0 && nameMayOpen(text, first) ? first : nameMayOpen(text, last) ? last : -1;
    if (start >= 0) found.push({ index: start, word: text.slice(start, m.index) });
  }
  return found;
}

/**
 * A person the article names by surname alone, never in full ("Cruz", "Carson", "Obama" in a story about the
 * campaign): indexed when the names table types the word as a person's name and it stands as a subject.
 */
function addBareSurnames(
  text: string,
  people: Person[],
  bySurname: Map<string, Person>,
  names: NameTable,
  isCommonWord: (word: string) => boolean,
): void {
  const firsts = new Set(people.filter((p) => /\s/.test(p.name)).map((p) => spaceWords(p.name)[0]));
  const subjects = bareSubjects(text).map((m) => ({
    index: m.index,
    word: m[1],
    who: false,
  }));
  for (const m of [...subjects, ...bareWhoNames(text).map((n) => ({ ...n, who: true }))]) {
    const word = m.word;
    const key = word.toLowerCase();
    // Cheap look-ups first: the table's type, then the text's own lower-case words.
    if (bySurname.has(key) || !typesOf(names, word).has('person')) continue;
    // "Nancy" after "Nancy Reagan": the first name of a person named in full is that person's.
    if (firsts.has(word) || NOT_PERSON_WORD.test(word) || TITLE_WORDS.has(key) || isCommonWord(word)) continue;
    const person: Person = { name: word, role: null, mentions: [], gender: guessGender(text, m.index + word.length) };
    if (m.who) person.byRelative = true;
    people.push(person);
    bySurname.set(key, person);
  }
}

// "his first wife, Ivana, who …", "Clinton's husband, Bill,": a relation, a comma, one capitalised word set off as
// its name.
// Sticky: tried only where a relation opens (matchesEachOpenedBy).
const RELATION_NAMED = new RegExp(
  `\\b(${alternation(RELATIONS)}),[^\\S\\n]+(\\p{Lu}\\p{Ll}+)(?=[,.;)]|[^\\S\\n]+(?:who|and)\\b)`,
  'uy',
);
const RELATION_OPENINGS = firstWords(RELATIONS, false);

// "her" / "his" and up to two lower-case words before the relation ("her younger sister").
const POSSESSIVE_BEFORE = /\b(her|his)(?:[^\S\n]+[\p{Ll}-]+){0,2}[^\S\n]+$/iu;

/**
 * Someone the article names by a relation and a first name only ("his first wife, Ivana, who …"): indexed under that
 * name, of the relation's gender (else the name's), so a later "she said" finds them. Not the first name of someone
 * named in full ("his wife, Hillary,"), nor a word the text writes in lower case.
 */
function addRelationNames(
  text: string,
  people: Person[],
  bySurname: Map<string, Person>,
  names: NameTable | undefined,
  isCommonWord: (word: string) => boolean,
  relations: RegExpExecArray[],
): void {
  const firsts = new Set(people.map((p) => spaceWords(p.name)[0]));
  for (const m of relations) {
    const [, relation, word] = m;
    const key = word.toLowerCase();
    if (bySurname.has(key) || firsts.has(word) || NOT_PERSON_WORD.test(word) || isCommonWord(word)) continue;
    if (givenNameGender(word) === null && !(names && typesOf(names, word).has('person'))) continue;
    const described = FEMALE_WORDS.has(relation) ? 'f' : MALE_WORDS.has(relation) ? 'm' : null;
    const person: Person = { name: word, role: null, mentions: [], gender: described ?? givenNameGender(word) };
    const owner = POSSESSIVE_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1].toLowerCase();
    const ownerGender = owner === 'her' ? 'f' : owner === 'his' ? 'm' : null;
    if (ownerGender && ownerGender === person.gender) person.kinOf = ownerGender;
    people.push(person);
    bySurname.set(key, person);
  }
}

/** People named by first name only who speak ("Melanie said"): indexed under that name (see first-names.ts). */
function addFirstNameSpeakers(
  text: string,
  people: Person[],
  bySurname: Map<string, Person>,
  isCommonWord: (word: string) => boolean,
  tokens?: readonly Token[],
  names?: NameTable,
): void {
  const firsts = new Set(people.map((p) => spaceWords(p.name)[0]));
  const known = (word: string) => firsts.has(word) || bySurname.has(word.toLowerCase()) || NOT_PERSON_WORD.test(word);
  // "Jordan" typed a place by the names table (its gazetteer) is no first name here.
  const isPlace = names && ((word: string) => typesOf(names, word).has('place'));
  for (const { name, gender } of firstNameSpeakers(text, known, isCommonWord, tokens, isPlace)) {
    const person: Person = { name, role: null, mentions: [], gender };
    people.push(person);
    bySurname.set(name.toLowerCase(), person);
  }
}

const SPLIT_WORD = charClass(/^[\p{L}'’-]$/u);

/** The character (code point) ending before `at` is a letter, an apostrophe or a hyphen. */
function wordCharBefore(text: string, at: number): boolean {
  return at > 0 && SPLIT_WORD(codePointBefore(text, at).code);
}

/**
 * Whether `word` is one of the pieces of text.split(/[^\p{L}'’-]+/u): written whole somewhere, between separators or
 * the text's ends. Searched for, not split: an article asks this of a few words only.
 */
function splitPiece(text: string, word: string): boolean {
  if (!word) return !text || !SPLIT_WORD(text.codePointAt(0)!) || !wordCharBefore(text, text.length);
  const spans = wordSpans(word, SPLIT_WORD, SPLIT_WORD);
  if (spans.length !== 2 || spans[0] !== 0 || spans[1] !== word.length) return false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    if (!wordCharBefore(text, at) && !(end < text.length && SPLIT_WORD(text.codePointAt(end)!))) return true;
  }
  return false;
}

const SPACED_INITIAL = /^\s*\p{Lu}[.\u2024]$/u;
/** A run's first word and the space after it. */
const OPENING_WORD = /^(\S+)[^\S\n]+/u;
const PARTICLE_OR_SUFFIX = new Set([...NAME_PARTICLES, ...GENERATIONAL_SUFFIXES]);
/**
 * The length of a run's opening initialism and the space after it when two or more words follow, not counting name
 * particles and suffixes ("W.E.B. Du Bois", "T.J. Watt Jr." are initials and one surname), else 0.
 */
function openingInitialism(run: string): number {
  const opening = OPENING_WORD.exec(run);
  if (!opening || !JOINED_INITIALS.test(opening[1])) return 0;
  const words = spaceWords(run.slice(opening[0].length)).filter(
    (w) => !PARTICLE_OR_SUFFIX.has(w.toLowerCase().replace(/[.\u2024]$/, '')),
  );
  return words.length >= 2 ? opening[0].length : 0;
}

/**
 * `tokens`: the text layer's words, when the caller has them (read again from `text` when not). `names`: the
 * article's name table (lib/names): a name it typed as no person's is not read as one.
 */
export function indexPeople(text: string, tokens?: readonly Token[], names?: NameTable): PeopleIndex {
  const people: Person[] = [];
  const bySurname = new Map<string, Person>();
  const byFullName = new Map<string, Person>();
  // "Math gave her …" is the word the text also writes as "math", not the first name of a "Math Mystery".
  // Each word is searched for once per article (an article asks of a few words: no set of all its words is built).
  const common = new Map<string, boolean>();
  const isCommonWord = (word: string) => {
    const lower = word.toLowerCase();
    let found = common.get(lower);
    if (found === undefined) common.set(lower, (found = splitPiece(text, lower)));
    return found;
  };
  // "Donor Adelson", "Stated Stone", "Rival Hillary Clinton": a first word the text also writes in lower case, and no
  // known first name, is a word standing before the name; a name the table knows as a person ("Ban Ki-moon") keeps it.
  const leadWordAt = (name: string): boolean => {
    const first = spaceWords(name)[0];
    // "RealClearPolitics’ David Byler", "Reuters’ Luciana Lopez": a plural possessive says whose the person is.
    if (PLURAL_POSSESSIVE.test(first) && spaceWords(name).length >= 3) return true;
    return (
      /\s/.test(name) &&
      givenNameGender(first) === null &&
      isCommonWord(first) &&
      !(names && typesOf(names, name).has('person'))
    );
  };
  const inTitleCaseLine = titleCaseLines(text);
  // The article's first line when it is short: a title, whose words may stand before a surname.
  const firstLine = text.indexOf('\n');
  const titleEnd = firstLine >= 0 && firstLine <= 200 ? firstLine : 0;
  const inTitle = new Set<Person>();
  // A title's word before a surname that is no first name: one the text writes in lower case too, a compound
  // ("Oscar-winner"), a participle ("Understated"). Not "Ivanka" or "Hillary", unknown to the first-name table.
  const nameLike = (word: string) => !isCommonWord(word) && !PARTICIPLE_OR_COMPOUND.test(word);
  // In a title-case line, a name starts at a known first name ("McCain Challenger Kelli Ward" → Kelli Ward), unless
  // the name table knows the whole run as a person's name.
  const headlineName = (m: Mention): Mention | null => {
    if (names && typesOf(names, m.text).has('person') && givenNameGender(spaceWords(m.text)[0])) return m;
    const words = m.text.split(/(?<=\S)(?=\s)/);
    const from = words.findIndex((w, i) => i < words.length - 1 && givenNameGender(w.trim()) !== null);
    if (from < 0) return null;
    // The first name and the word after it (an initial between them): a headline's verb may follow ("… Laughs").
    const end = from + (SPACED_INITIAL.test(words[from + 1]) ? 3 : 2);
    const name = words.slice(from, end).join('').trimStart();
    const at = m.end - words.slice(from).join('').trimStart().length;
    return readMention(name, at);
  };
  for (const match of matchesAtCapitals(NAME_RUN, text, WORD_PART, opensNameRun)) {
    if (names && tableSaysNoPerson(names, match)) continue;
    const inHeadline = inTitleCaseLine(match.index);
    // The index keeps a name that is an object too ("swayed by Ben Brafman"); readMention reads it as no speaker.
    const lead = governedLead(match[1]) ? '' : match[1];
    // An initialism opening a run of two more words is a country's or a city's ("the U.S. Tom Baker said" after a
    // full stop the masking hides, "U.S. District Judge Emmet G. Sullivan"); before one word it is initials ("J.K.
    // Rowling").
    const initialism = openingInitialism(match[0]);
    const read = initialism
      ? readMention(match[0].slice(initialism), match.index + initialism)
      : (readMention(lead + match[0], match.index - lead.length) ??
        (match[1] || opensWithFrontedWord(match[0]) ? fromGivenName(match[0], match.index) : null));
    if (!read || read.kind !== 'name') continue;
    const whole = withoutDate(text, nameEndingRun(read) ?? read);
    let mention = inHeadline ? headlineName(whole) : leadWordAt(whole.text) ? afterLeadWord(whole) : whole;
    // "Outside Dayton, aides said", "Beyond Meat said": a run opened by a preposition that also opens names is an
    // introductory phrase or a firm's or an outlet's name, no person's; "Beyond Tom Baker's house" holds one after it.
    if (mention && opensWithNamePreposition(mention.text)) mention = personAfterPreposition(mention);
    if (!mention || inOpeningDateline(text, mention.start)) continue;
    if (match[1] && mention.role) mention = { ...mention, role: roleFromOpener(text, mention.start, mention.role) };
    const words = spaceWords(mention.text);
    // Two to four words: a longer run is a headline ("Chris Christie Calls Hillary Clinton"), not one name.
    const tablePerson = names !== undefined && typesOf(names, mention.text).has('person');
    if (words.length < 2 || words.length > 4) continue;
    if (!allNameWords(words, tablePerson) && !surnamedLikeABuilding(text, words, mention)) continue;
    if (notAPerson(text, mention.text, mention.start, mention.end)) continue;
    // "One Home Depot": a name ending in one the table typed as no person's ("Home Depot") is none either.
    if (names && words.length > 2 && namesNoPerson(names, words.slice(-2).join(' '))) continue;
    const key = surnameOf(mention.text);
    const existing = bySurname.get(key);
    // "Understated Perez raises profile. ¶ … Labor Secretary Thomas Perez": a name read in the title line after a word
    // that is no first name (nameLike) takes the full name the story gives with a known first name.
    if (existing && inTitle.has(existing) && givenNameGender(words[0]) !== null) {
      inTitle.delete(existing);
      existing.name = mention.text;
      existing.role ??= roleSaid(mention.role);
      existing.gender = nameGender(mention.text) ?? existing.gender;
      continue;
    }
    if (existing && !(relative(existing, mention.text) && !isCommonWord(words[0]))) {
      existing.role ??= roleSaid(mention.role);
      continue;
    }
    const sibling = byFullName.get(mention.text.toLowerCase());
    if (sibling) {
      sibling.mentions.push(mention.start);
      continue;
    }
    const title = text.slice(Math.max(0, mention.start - 6), mention.start);
    const honorific = /\bMr\.?\s*$/.test(title) ? 'm' : /\bM(?:rs|s)\.?\s*$/.test(title) ? 'f' : null;
    const gender = honorific ?? nameGender(mention.text) ?? guessGender(text, mention.end);
    const person: Person = { name: pointedSuffix(text, mention), role: roleSaid(mention.role), mentions: [], gender };
    people.push(person);
    // Not the surname of someone named before ("Christie and Marco Rubio" after Chris Christie).
    const partner = partnerBefore(text, mention.start, words);
    if (
      partner &&
      !byFullName.has(partner.name.toLowerCase()) &&
      !bySurname.has(surnameOf(partner.name.split(' ')[0]))
    ) {
      people.push(partner);
      byFullName.set(partner.name.toLowerCase(), partner);
    }
    if (mention.start < titleEnd && givenNameGender(words[0]) === null && !nameLike(words[0])) inTitle.add(person);
    if (existing && !(hasSuffix(existing.name) && !hasSuffix(mention.text))) {
      // A relative: a person of their own, found by full name; the surname alone stays with the first one.
      person.mentions.push(mention.start);
      byFullName.set(mention.text.toLowerCase(), person);
    } else {
      // "Donald Trump Jr. … Donald Trump": the surname alone is the one named without the suffix (the writer adds
      // it to tell the son from the father).
      if (existing) byFullName.set(existing.name.toLowerCase(), existing);
      bySurname.set(key, person);
    }
  }
  // Titles and relations found in one scan of the text's words.
  const [titled, relations] = matchesEachOpenedBy(
    [
      [TITLED_SURNAME, TITLE_OPENINGS],
      [RELATION_NAMED, RELATION_OPENINGS],
    ],
    text,
  );
  addTitledSurnames(text, people, bySurname, titled);
  // "Assad" after "Bashar al-Assad" or "President al-Assad": his, unless it names someone else.
  for (const person of people)
    for (const written of joinedSurnameForms(surnameWord(person.name)))
      if (!bySurname.has(surnameOf(written)) && bySurname.get(surnameOf(person.name)) === person)
        bySurname.set(surnameOf(written), person);
  for (const person of people) {
    const first = firstSurname(person.name);
    if (first && !bySurname.has(first) && bySurname.get(surnameOf(person.name)) === person)
      bySurname.set(first, person);
  }
  addFirstNameSpeakers(text, people, bySurname, isCommonWord, tokens, names);
  addRelationNames(text, people, bySurname, names, isCommonWord, relations);
  if (names) addBareSurnames(text, people, bySurname, names, isCommonWord);
  findSurnameMentions(text, people);
  // "McLenney said …" after "Tyresha McClenney": a misspelt surname names the same person.
  const misspelt = new Map<string, Person>();
  const surnames = people.filter((p) => /\s/.test(p.name)).map((p) => surnameWord(p.name));
  for (const { word, surname, at } of misspeltSurnames(text, surnames, isCommonWord, new Set(bySurname.keys()))) {
    const person = bySurname.get(surname.toLowerCase());
    if (!person) continue;
    person.mentions.push(at);
    misspelt.set(word.toLowerCase(), person);
  }
  // A first name alone ("Martha", Korean "Yoon" for Yoon Suk Yeol) is the one person introduced with it, if only
  // one was.
  const byFirstName = new Map<string, Person | null>();
  for (const p of people) {
    const first = spaceWords(p.name)[0].toLowerCase();
    byFirstName.set(first, byFirstName.has(first) ? null : p);
  }
  findFirstNameMentions(text, people, byFirstName, isCommonWord);
  const bearers = surnameBearers(people);
  // Each name is looked up once per article: the index no longer changes, and the same speakers are asked about
  // again and again (for each quote, each reported sentence, each speaker).
  const found = new Map<string, Person | null>();
  const byName = (name: string): Person | null => {
    let person = found.get(name);
    if (person === undefined) found.set(name, (person = lookUp(name)));
    return person;
  };
  const lookUp = (name: string): Person | null => {
    const clean = name.replace(/^(?:Mr|Mrs|Ms|Dr)[.\u2024]?\s+/, '').replace(/['’]s$/, '');
    // "Mrs. Clinton": the bearer of the surname the honorific says (ofHonorific).
    const said = clean.includes(' ') ? null : HONORIFIC_OPENING.exec(name);
    if (leadWordAt(clean)) return byName(clean.replace(/^\S+\s+/, ''));
    const firstNamed = clean.includes(' ') ? null : (byFirstName.get(clean.toLowerCase()) ?? null);
    const relative = clean.includes(' ') ? byFullName.get(clean.toLowerCase()) : undefined;
    if (relative) return relative;
    // "Trump Jr." names the one introduced with that suffix.
    const suffixed = hasSuffix(clean)
      ? people.find((p) => hasSuffix(p.name) && suffixedSurname(p.name) === suffixedSurname(clean))
      : undefined;
    if (suffixed) return suffixed;
    const person =
      bySurname.get(surnameOf(clean)) ??
      (clean.includes(' ') ? null : misspelt.get(clean.toLowerCase())) ??
      (firstNamed && !isCommonWord(clean) ? firstNamed : null);
    if (!person) return null;
    // "Maricopa County Recorder Helen Purcell": a title run written before the full name.
    if (clean.toLowerCase().endsWith(` ${person.name.toLowerCase()}`)) return person;
    const first = spaceWords(clean)[0].toLowerCase();
    // "John Smith" is not "Jane Smith": a given first name must match.
    if (
      clean.includes(' ') &&
      spaceWords(person.name)[0].toLowerCase() !== first &&
      !person.name.toLowerCase().includes(first)
    )
      return null;
    return said ? ofHonorific(person, bearers, said[1]) : person;
  };
  // All mentions once, newest first; each query takes the ones before `at` with a binary search.
  // Whether a mention is oblique is read on first need: most queries stop at the first few mentions.
  const named = (person: Person, at: number): NamedAt => {
    let cached: boolean | undefined;
    return {
      person,
      at,
      get oblique() {
        return (cached ??= oblique(text, at));
      },
    };
  };
  const all = people.flatMap((person) => person.mentions.map((m) => named(person, m))).sort((a, b) => b.at - a.at);
  const namedBefore = (at: number) => {
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].at >= at) lo = mid + 1;
      else hi = mid;
    }
    return all.slice(lo, lo + 200);
  };
  return { people, byName, namedBefore };
}

// Words after which a name is the object of a preposition or a modifier, not the subject of a clause.
const OBLIQUE_BEFORE = new RegExp(`\\b(?:${OBLIQUE_MARKERS.join('|')})\\s+$`, 'i');
// "Officers arrested Mark Deane": what police or an attacker did to the person named (ACTS_ON_A_PERSON).
const ACTED_ON = new RegExp(`\\p{L}[^\\S\\n]+(?:${alternation(ACTS_ON_A_PERSON)})[^\\S\\n]+$`, 'u');
const OBJECT_OF_PRONOUN_VERB = /\b(?:[Hh]e|[Ss]he|[Tt]hey)[^\S\n]+(?!(?:and|or|but|nor|then|also)\b)\p{Ll}+[^\S\n]+$/u;
const POSSESSIVE = /^\p{L}+['’]s[^\S\n]+(?!(?:been|got|gotten|going|not|never|already|also|still|just|a|an|the)\b)/u;
const SENTENCE_OPENS = /(?:^|[.!?]["”’]?\s+|\n\s*)$/;
// "according to Ham", "according to a post from Arianna Huffington": the source of the sentence.
const ACCORDING = /\baccording\s+to\b[^.!?;]{0,40}$/i;
// The capitalised words (first names, initials, titles) and coordinated names before the surname that was found.
// Within the sentence: no line break, no word ending in a full stop (abbreviation points are masked as \u2024).
// "of" after a title is part of it ("Secretary of State John Kerry", "Chief of Staff Denis McDonough"); after any
// other capitalised word it is a preposition ("Friends of Anna Reyes", "One of Trump's aides").
const TITLE_OF = `(?:${alternation([...OFFICES, ...LEADERSHIP_ROLES, ...RANKS].map(capitalise))})[^\\S\\n]+of`;
// Each item starts a word: the "or" that ends "for" is no "or" ("a vote for Tom Baker" names him after a preposition).
const NAME_BEFORE = new RegExp(
  `(?:(?<![\\p{L}'’\\u2024-])(?:${TITLE_OF}|\\p{Lu}[\\p{L}'’\\u2024-]*|and|or)[^\\S\\n]+)+$`,
  'u',
);
// "a big night for Tom Baker, who won …", "for Jim Cole, a welder, …": a name after "for" set off by an apposition or
// a relative clause is whom the sentence is about, a referent for the next "he".
const FOR_THEN_APPOSITION = /^[\p{L}'’.-]*,[^\S\n]+[\p{Ll}\d]/u;
const FOR_BEFORE = /\bfor[^\S\n]+$/i;
// "Like Allen, their days begin …", "Around Chez Vachon, …": a preposition opening the sentence is capitalised and
// joins the capitalised run before the surname; it still makes the name its object (the articles aside: "The Rev. Al
// Sharpton").
const OPENING_PREPOSITION = new RegExp(
  `^(?:${OBLIQUE_MARKERS.filter((w) => !ARTICLES.includes(w))
    .map(capitalise)
    .join('|')})[^\\S\\n]`,
  'u',
);

const OPENING_FOR = /^For[^\S\n]/;
const NAME_THEN_COMMA = /^[\p{L}'’.\u2024-]+,/u;
const NEXT_LOWER = /^\p{L}+[^\S\n]+(\p{Ll}+)/u;
const NEXT_CAPITALISED = /^\p{L}+[^\S\n]+(\p{Lu}\p{Ll}+)\b/u;
const NEXT_LOWER_THEN_CAPITAL = /^\p{L}+[^\S\n]+(\p{Ll}+)[^\S\n]+\p{Lu}/u;

/**
 * A mention that is no clause's subject: after a preposition or an article ("an interview with Trending Today USA",
 * "loyalists to Joe Biden and Bernie Sanders"; "according to Ham" names the source, so it counts), or a possessive
 * ("Clinton's running mate"). `at` is where the surname stands.
 */
// The window's last two words, read once by character code: each end-anchored pattern below needs particular ones
// (checked first), and is otherwise tried from every character of the window for nothing.
const INLINE_SPACE = charClass(/^[^\S\n]$/u);
const NAME_PART = charClass(/^[\p{L}'’\u2024-]$/u);
const CAPITAL = charClass(/^\p{Lu}$/u);
const ACTS_ON = new Set(ACTS_ON_A_PERSON);

/** The last word of `text` before its closing spaces (none: ''), and the word before it. */
function lastTwoWords(text: string): { last: string; previous: string } {
  let end = text.length;
  while (end > 0 && INLINE_SPACE(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return { last: '', previous: '' };
  let start = end;
  while (start > 0 && !INLINE_SPACE(text.charCodeAt(start - 1))) start--;
  let previousEnd = start;
  while (previousEnd > 0 && INLINE_SPACE(text.charCodeAt(previousEnd - 1))) previousEnd--;
  let previousStart = previousEnd;
  while (previousStart > 0 && !INLINE_SPACE(text.charCodeAt(previousStart - 1))) previousStart--;
  return { last: text.slice(start, end), previous: text.slice(previousStart, previousEnd) };
}

/** NAME_BEFORE's last item ends the last word: "and", "or", "… of", or a capital and name letters after it. */
function mayEndName(word: string): boolean {
  if (word.endsWith('and') || word.endsWith('or') || word.endsWith('of')) return true;
  let capitalRun = false;
  for (let i = 0; i < word.length;) {
    const code = word.codePointAt(i)!;
    capitalRun = NAME_PART(code) && (capitalRun || CAPITAL(code));
    i += code > 0xffff ? 2 : 1;
  }
  return capitalRun;
}

const TAKES_A_PERSON = wordSet(VERBS_TAKING_A_PERSON);
const NAMING = wordSet(NAMING_PARTICIPLES, ADDRESSING_VERBS, APPOINTING_VERBS);
const REPORTING = wordSet(REPORTING_VERBS);
const VERB_BEFORE = /^\p{Ll}{2,}(?:ed|ing)$/u;
const BARE_VERB = /^\p{Ll}{2,}$/u;
// Words in -ed or -ing that are no verb's form: "something", "need", "morning".
const NO_VERB = /(?:thing|eed|morning|evening|during|including|king|spring)$/;
// A verb after the name makes it its own clause's subject: "hoping Trump wins", "believed Clinton was right",
// "showed Tom Ward won the debate" (an irregular past, as quotes/subjects reads one).
const VERB_AFTER = new RegExp(
  `^[\\p{L}'’-]+[^\\S\\n]+(?:\\p{Ll}+ly[^\\S\\n]+)?` +
    `(?:${alternation([...FORECAST_MODALS, 'must', ...AUXILIARIES])}\\b|${VERB}\\b)`,
  'u',
);
const DETERMINER_BEFORE = wordSet(ARTICLES, POSSESSIVES);
/** "Monday's hearing", "the party's meeting": a word after a possessive is a noun, not a verb. */
const OWNER_BEFORE = /['’]s?$/u;
const INVERTED = /[,“”"][^\S\n]*\p{Ll}+[^\S\n]*$/u;

/**
 * "The Wisconsin Republican did give Trump some credit", "forcing Sanders to reverse his opposition", "Earhardt then
 * asked Rubio which states …": a name right after a verb is its object, no subject a later pronoun goes on with.
 * Not when a verb follows the name (its own clause: "hoping Trump wins"), nor after a participle that names
 * ("a woman named Gloria Estes"), an adjective's participle ("the embattled Sen. Chaka Fattah"), or an inverted
 * reporting verb ("…,” added Trump").
 */
function objectOfVerb(rest: string, last: string, previous: string, after: string): boolean {
  // "to oppose Trump": a verb's plain form after "to".
  const infinitive = previous === 'to' && BARE_VERB.test(last);
  const verb = infinitive || TAKES_A_PERSON.has(last) || (VERB_BEFORE.test(last) && !NO_VERB.test(last));
  if (!verb || NAMING.has(last) || DETERMINER_BEFORE.has(previous.toLowerCase()) || OWNER_BEFORE.test(previous))
    return false;
  if (REPORTING.has(last) && INVERTED.test(rest)) return false;
  return !VERB_AFTER.test(after);
}

function oblique(text: string, at: number): boolean {
  const after = text.slice(at, at + 40);
  // "the Clinton campaign", "Clinton spokeswoman Jennifer Palmieri": the surname modifies a noun.
  const next = NEXT_LOWER.exec(after)?.[1];
  if (next && (ORG_HEADS.has(next) || PERSON_HEADS.has(next) || TITLE_WORDS.has(next))) return true;
  // "the former Trump University customer", "the Clinton Foundation said": the surname opens an organisation's name.
  const body = NEXT_CAPITALISED.exec(after)?.[1];
  if (body && ORG_HEADS.has(body.toLowerCase())) return true;
  // "Obama consultant Cornell Belcher", "Clinton strategist Joel Benenson": a noun for what someone does, then a name.
  const role = NEXT_LOWER_THEN_CAPITAL.exec(after)?.[1];
  if (role && (isAgentNoun(role) || PERSON_IN_ENT_ANT.test(role))) return true;
  const before = text.slice(Math.max(0, at - 80), at);
  const words = lastTwoWords(before);
  const name = words.last && mayEndName(words.last) ? NAME_BEFORE.exec(before) : null;
  const rest = name ? before.slice(0, name.index) : before;
  // "For Major, a retiree …, making calls is …", "For Trump, the format was not ideal": an opening "For" and the name
  // set off by a comma say whom the sentence is about.
  if (name && OPENING_PREPOSITION.test(name[0]) && SENTENCE_OPENS.test(rest))
    return !(OPENING_FOR.test(name[0]) && NAME_THEN_COMMA.test(after));
  // "Clinton's running mate": a possessive, unless it opens the sentence ("Palin's posts include …" is about her)
  // or stands for "has"/"is" ("Christie's been making the case").
  if (POSSESSIVE.test(after) && !SENTENCE_OPENS.test(rest)) return true;
  // "he said Ryan", "she called Trump": a name right after a third-person pronoun's verb is its object, no
  // referent for a later "he" ("I told Sanders" leaves Sanders the one "he" can mean).
  const { last, previous } = name ? lastTwoWords(rest) : words;
  if (/(?:[Hh]e|[Hh]ey)$/.test(previous) && OBJECT_OF_PRONOUN_VERB.test(rest)) return true;
  if (ACTS_ON.has(last) && ACTED_ON.test(rest)) return true;
  if (objectOfVerb(rest, last, previous, after)) return true;
  if (FOR_BEFORE.test(rest) && FOR_THEN_APPOSITION.test(after)) return false;
  return OBLIQUE_BEFORE.test(rest) && !ACCORDING.test(rest);
}

/**
 * The index with names said inside quote marks left out of `namedBefore`: "My adviser, John Holdren, warns …" in a
 * quote does not make Holdren the "he" of the next "he said" (the quote's speaker is). `byName` still knows them.
 */
export function outsideQuotes(index: PeopleIndex, quotes: { start: number; end: number }[]): PeopleIndex {
  if (!quotes.length) return index;
  const inQuote = (at: number) => {
    const i = lastStartingBy(quotes, at);
    return i >= 0 && at < quotes[i].end;
  };
  return { ...index, namedBefore: (at) => index.namedBefore(at).filter((n) => !inQuote(n.at)) };
}
