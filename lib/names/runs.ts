// Capitalised runs read from the text layer's tokens in one pass: "Kazakh President Kassym-Jomart Tokayev" gives
// "Kazakh" and "Kassym-Jomart Tokayev" (titled). Lower-case particles and "of" join a run ("Bank of England").
import type { Token } from '../text/tokens';
import { endsInPossessive } from '../text/end-reads';
import { LETTERED_NOUNS, NAME_PARTICLES } from '../lexicon/en/names';
import { titleAsSurname } from './title-surnames';
import { lowerJoinedName } from './joined-article';
import { DOTTED_STREET_HEADS, STREET_HEADS } from '../lexicon/en/sites';
import { isHonorific, isRole } from '../lexicon/en/name-words';
import { ROLE_MODIFIERS } from '../lexicon/en/roles';
import { givenNameGender } from './gender';
import { wordSet } from '../lexicon/build';
import {
  OPENING_FUNCTION_WORDS,
  POSSESSIVES,
  QUESTION_AND_AUXILIARY_WORDS,
  SUBJECT_PRONOUNS,
} from '../lexicon/en/function-words';

export interface Run {
  start: number;
  end: number;
  /** The run's words (a possessive "'s" dropped). */
  words: string[];
  /** Where each word starts. */
  starts: number[];
  /** A title, role or honorific stands right before the name ("Mr.", "President", "spokesman"). */
  titled: boolean;
  /** The lower-case word before the run (a comma may stand between), '' after other marks or at a sentence start. */
  before: string;
  /** The run opens a sentence, where any word is capitalised. */
  sentenceStart: boolean;
  /** A comma stands between `before` and the run ("the Home Secretary, Sajid Javid"). */
  apposed: boolean;
  /** `before` is the object of an "of" a few words back ("the author of the book, Mitchell Zuckoff"). */
  beforeAfterOf: boolean;
  /** "a" or "an" stands right before `before` ("a supporter Kenosha police shot"): a clause may follow the noun. */
  beforeAfterA: boolean;
  /** "to" stands right before `before` ("agreed to play Rose Lane"): `before` is a verb there, not a noun. */
  beforeAfterTo: boolean;
}

/** Lower-case words that continue a name between capitalised words. */
const JOINERS = new Set(['of', ...NAME_PARTICLES]);

/** Only a plain space joins two words of one name. */
const joined = (text: string, a: Token, b: Token) => b.start === a.end + 1 && text[a.end] === ' ';

/**
 * Words that open sentences and are never names: after "plan B." they start one, after an initial no name goes on;
 * "But Jordan said" names Jordan (names/index reads them too).
 */
export const OPENERS = wordSet(OPENING_FUNCTION_WORDS, POSSESSIVES, SUBJECT_PRONOUNS, QUESTION_AND_AUXILIARY_WORDS);
const LETTER = /^\p{Lu}$/u;
/** An initial's point and a space ("John F. Kerry", "J. K. Rowling") join a name: the point ends no sentence. */
// The point first: most words have none after them, and LETTER (\p{Lu}) is the costlier test.
const initialPoint = (text: string, a: Token) => text[a.end] === '.' && LETTER.test(a.text);
/** "N. Central Ave", "E. Washington St": a compass point's letter opening a run is an address's. */
const COMPASS_LETTER = /^[NSEW]$/;
const STREET_WORDS = wordSet(STREET_HEADS, DOTTED_STREET_HEADS);
const HOUSE_NUMBER = /^\d+[A-Za-z]?$/;
/**
 * The run opens with a compass point's letter and names a street: a street word ends it ("N. Central Ave") or a house
 * number stands before it ("1600 N. Central"). "W. Kamau Bell", "S. Epatha Merkerson" are one name.
 */
const compassPoint = (text: string, open: readonly Token[], before: Token | undefined) =>
  open.length > 1 &&
  COMPASS_LETTER.test(open[0].text) &&
  initialPoint(text, open[0]) &&
  (STREET_WORDS.has(open[open.length - 1].text.toLowerCase()) ||
    (before !== undefined && HOUSE_NUMBER.test(before.text) && before.end + 1 === open[0].start));
const LETTERED = wordSet(LETTERED_NOUNS);
/**
 * A point after a capital letter goes on in a person's name only: the run so far is initials ("J. K. Rowling"),
 * holds a given name ("Secretary of State John F. Kerry"), or is one name-like word and the letter ("Tyrise M.
 * Bell"): not a noun the text writes in lower case or one labelled by letters ("Plan B."). After "World War I." a
 * sentence ends.
 */
function namesGoOn(open: readonly Token[], lowerWords: ReadonlySet<string>): boolean {
  if (open.every((t) => LETTER.test(t.text)) || open.some((t) => givenNameGender(t.text) !== null)) return true;
  const first = open[0].text.toLowerCase();
  return open.length === 2 && !LETTERED.has(first) && !lowerWords.has(first);
}
const afterInitial = (text: string, open: readonly Token[], b: Token, lowerWords: ReadonlySet<string>) => {
  const a = open[open.length - 1];
  return (
    initialPoint(text, a) &&
    text[a.end + 1] === ' ' &&
    b.start === a.end + 2 &&
    !OPENERS.has(b.text.toLowerCase()) &&
    namesGoOn(open, lowerWords)
  );
};

// Asked before reading: an array's [-1] (an empty run's last token, the token before the first) is a slow property
// look-up in V8, not an element read, and it makes the reading site slow for every later read.
const lastOf = <T>(xs: readonly T[]): T | undefined => (xs.length > 0 ? xs[xs.length - 1] : undefined);
const tokenAt = (tokens: readonly Token[], i: number): Token | undefined => (i >= 0 ? tokens[i] : undefined);
const indefiniteAt = (tokens: readonly Token[], i: number) => i >= 0 && INDEFINITE.has(tokens[i].text);
const toAt = (tokens: readonly Token[], i: number) => i >= 0 && tokens[i].text === 'to';

/** The runs, and every word the text writes in lower case (a capitalised one of them opening a sentence is no name). */
export function readRuns(text: string, tokens: readonly Token[]): { runs: Run[]; lowerWords: Set<string> } {
  const runs: Run[] = [];
  const lowerWords = new Set<string>();
  let open: Token[] = [];
  let openAt = 0; // the open run's first token
  const emit = (at: number, words: Token[]) =>
    runs.push(
      runOf(
        text,
        words,
        tokenAt(tokens, at - 1),
        afterOf(text, tokens, at - 1),
        indefiniteAt(tokens, at - 2),
        toAt(tokens, at - 2),
      ),
    );
  const close = () => {
    if (open.length === 0) return;
    while (open.length && !capital(open[open.length - 1])) open.pop();
    if (open.length && compassPoint(text, open, tokenAt(tokens, openAt - 1))) {
      emit(openAt, open.slice(0, 1));
      emit(openAt + 1, open.slice(1));
    } else if (open.length) emit(openAt, open);
    open = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const last = lastOf(open);
    if (!capital(t)) {
      // Already lower case where it counts: its first letter (and a name's key is matched whole).
      lowerWords.add(t.text);
      if (last && JOINERS.has(t.text) && joined(text, last, t) && !(t.text === 'of' && personsName(text, open)))
        open.push(t);
      else close();
      continue;
    }
    const initial = last !== undefined && afterInitial(text, open, t, lowerWords);
    if (last && !initial && (!joined(text, last, t) || t.sentenceStart || endsInPossessive(last.text))) close();
    // "President", "Mr.", "Sen.", "The": said before a name, no part of it; a title says the name is a person's.
    // Not a surname that is a title word ("Amy Pope", "Steve King").
    if (ARTICLES.has(t.text) || (isTitle(text, t) && !surnameTitle(text, tokens, i, open))) {
      close();
      continue;
    }
    if (!open.length) openAt = i;
    open.push(t);
  }
  close();
  return { runs, lowerWords };
}

/** How many lower-case words ("the", "his new") may stand between "of" and the noun it governs. */
const OF_REACH = 3;
/** "author of the book": the token at `i` is the object of an "of" up to OF_REACH lower-case words before it. */
function afterOf(text: string, tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - OF_REACH; j--) {
    const t = tokens[j];
    if (t.upper || text.slice(t.end, tokens[j + 1].start) !== ' ') return false;
    if (t.text === 'of') return true;
  }
  return false;
}

const ARTICLES = new Set(['The', 'A', 'An']);

/** The title word at `i` is the open name's surname ("Amy Pope"): see titleAsSurname. */
function surnameTitle(text: string, tokens: readonly Token[], i: number, open: readonly Token[]): boolean {
  const last = lastOf(open);
  if (!last || !joined(text, last, tokens[i])) return false;
  const next = tokens[i + 1];
  const words = [last.text, tokens[i].text];
  if (next && capital(next) && joined(text, tokens[i], next)) words.push(next.text);
  return titleAsSurname(words, 1);
}
/** "al-Bashir", "bin-Salman": a name word whose capital follows the article (names/joined-article). */
const capital = (t: Token) => t.upper || lowerJoinedName(t.text);

/**
 * A title or honorific, written out or abbreviated: the text layer's tokens drop an abbreviation's point, so "Sen"
 * before a point is tested as "Sen.".
 */
function isTitle(text: string, t: Token): boolean {
  // isRole and isHonorific read a word in any case: no lower-case copy of it is made.
  if (isRole(t.text) || isHonorific(t.text)) return true;
  if (text[t.end] !== '.') return false;
  const dotted = `${t.text}.`;
  return isRole(dotted) || isHonorific(dotted);
}

/**
 * "Eric Adams of New York", "Emmanuel Macron of France": after a given name and a surname, "of" says where the
 * person is from; it joins no name ("Bank of England", "University of Utah" open with no given name).
 */
const personsName = (text: string, open: Token[]) =>
  open.length >= 2 &&
  open[1].upper &&
  // "R. Creigh Deeds of Bath County": an initial's point says so too.
  (givenNameGender(open[0].text) !== null || open.some((t) => initialPoint(text, t)));
/** "Then", "Former": they stand before a title, and say nothing of the name after them. */
const MODIFIERS = new Set(ROLE_MODIFIERS);
const lower = (t: Token) => t.text.toLowerCase();

const INDEFINITE = new Set(['a', 'an', 'A', 'An']);

function runOf(
  text: string,
  tokens: Token[],
  opener: Token | undefined,
  beforeAfterOf: boolean,
  beforeAfterA: boolean,
  beforeAfterTo: boolean,
): Run {
  // An initial inside the name keeps its point ("John F. Kerry", as the knowledge base writes it).
  const words = tokens.map((t, i) => (i < tokens.length - 1 && initialPoint(text, t) ? `${t.text}.` : t.text));
  const last = tokens[tokens.length - 1];
  words[words.length - 1] = endsInPossessive(last.text) ? last.text.slice(0, -2) : last.text;
  const first = tokens[0];
  // "President Obama", "Mr. Jordan": a capitalised title a space (or an abbreviation's point and a space) before the
  // name. Lower-case role nouns are too often something else ("a major Seattle industry").
  const gap = opener ? text.slice(opener.end, first.start) : '';
  const near = opener !== undefined && (gap === ' ' || (gap === '. ' && opener.text.length <= 4));
  // "the Home Secretary, Sajid Javid": a comma may stand between a role and the name.
  const apposed = opener !== undefined && gap === ', ' && opener.text.length > 1;
  const title = near && opener.upper && isTitle(text, opener) && !MODIFIERS.has(lower(opener));
  return {
    start: first.start,
    end: last.end - (last.text.length - words[words.length - 1].length),
    words,
    starts: tokens.map((t) => t.start),
    titled: title,
    before: (near || apposed) && !first.sentenceStart ? opener!.text.toLowerCase() : '',
    sentenceStart: first.sentenceStart,
    apposed: apposed && !near,
    beforeAfterOf,
    beforeAfterA,
    beforeAfterTo,
  };
}
