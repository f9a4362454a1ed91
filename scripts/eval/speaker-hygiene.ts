// Shown-speaker hygiene: does the string the panel shows as a speaker look like one (a person's or organisation's
// name, or a short description of a source in the article's words)? The accuracy figures judge a shown name by its
// last word, so "Explained Keith" passes for Keith Smith; a reader sees every such string. This classifier is the
// evaluation's own (no lib/quotes code, so it does not share the engine's blind spots); it sorts a shown string into
// a KIND of garbage, or none. It only counts: it never changes a figure. Also the STRICT speaker test: right only when
// every shown word, titles and honorifics aside, is a word of the gold name or an alias.
import {
  FEMALE_GIVEN_NAMES,
  MALE_GIVEN_NAMES,
  MOSTLY_FEMALE_GIVEN_NAMES,
  MOSTLY_MALE_GIVEN_NAMES,
  SHARED_GIVEN_NAMES,
} from '../../lib/lexicon/en/given-names';
import { repairMojibake } from '../../lib/text/mojibake';
import { quoteTokens } from './quote-scoring';

export type HygieneKind =
  | 'verb glued to a name'
  | 'name with a common word'
  | 'cut description'
  | 'not a source'
  | 'lone title or tag'
  | 'pronoun or possessive'
  | 'place, date or dateline'
  | 'headline words';

// Speech and other verb forms that open an inverted cue ("Explained Keith, “…”", "Continued Stone: “…”") or end a
// clause cut at the verb; a shown name never starts or ends with one.
// prettier-ignore
const VERB_FORMS = new Set([
  'said', 'says', 'added', 'adds', 'explained', 'explains', 'continued', 'continues', 'noted', 'notes', 'wrote',
  'writes', 'asked', 'asks', 'told', 'tells', 'stated', 'states', 'insisted', 'argued', 'warned', 'recalled',
  'remarked', 'replied', 'responded', 'answered', 'declared', 'countered', 'quipped', 'joked', 'concluded',
  'concludes', 'admitted', 'acknowledged', 'agreed', 'observed', 'commented', 'suggested', 'tweeted', 'posted',
  'according', 'laughed', 'shouted', 'cautioned', 'stressed', 'emphasized', 'reported', 'announced', 'confirmed',
  'is', 'are', 'was', 'were', 'has', 'have', 'had',
]);

// Words a description cannot end on: it was cut mid-phrase ("responses in multiple", "a source close", "an angry army
// of HP workers and").
// prettier-ignore
const OPEN_ENDINGS = new Set([
  'in', 'of', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'about', 'and', 'or', 'but', 'the', 'a', 'an', 'that',
  'which', 'who', 'this', 'these', 'multiple', 'several', 'many', 'close', 'involved', 'familiar', 'other', 'such',
  'new', 'former', 'senior', 'top', 'one', 'included',
]);

// Head nouns of no source: people's words or figures, not who said them ("responses in multiple languages",
// "One sweeping question", "Only 52 percent of registered voters").
// prettier-ignore
const NOT_SOURCES = new Set([
  'response', 'responses', 'comment', 'comments', 'result', 'results', 'reaction', 'reactions', 'reply', 'replies',
  'question', 'questions', 'percent', 'headline', 'narrative', 'merger', 'listing', 'postings', 'slogan', 'word',
  'words', 'remarks', 'quote', 'quotes', 'flu',
]);

// Page furniture and form labels glued to a name ("Gabrielle Hatcher Age: 27", "Read More", "Top Sanders aides").
const FURNITURE = new Set(['age', 'name', 'city', 'job', 'top', 'more', 'photo', 'video', 'related']);

// Heads of a body's name glued before a person's name ("Department Heather Nauert" of "State Department Heather
// Nauert"): the name is cut from a longer one.
// prettier-ignore
const BODY_HEADS = new Set([
  'department', 'ministry', 'organisation', 'organization', 'office', 'environment', 'agency', 'commission',
  'committee', 'council', 'police', 'affairs', 'university', 'institute', 'association', 'foundation',
]);

// Place words: "Royal Street" names a place, not a speaker.
const PLACE_HEADS = new Set(['street', 'avenue', 'road', 'boulevard', 'lane', 'highway', 'square', 'bridge']);

// A given name that is also a word ("Bill", "Rose", "Will") is no common word at a name's start.
const GIVEN_NAMES = new Set(
  [
    ...FEMALE_GIVEN_NAMES,
    ...MALE_GIVEN_NAMES,
    ...MOSTLY_FEMALE_GIVEN_NAMES,
    ...MOSTLY_MALE_GIVEN_NAMES,
    ...SHARED_GIVEN_NAMES,
  ].flatMap((line) => line.split(' ')),
);

// Titles and honorifics: shown alone they name no one ("Assistant Superintendent", "Del").
// prettier-ignore
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'rev', 'sir', 'dame', 'lord', 'lady', 'sen', 'senator', 'rep',
  'representative', 'del', 'delegate', 'gov', 'governor', 'gen', 'general', 'col', 'capt', 'sgt', 'lt', 'president',
  'minister', 'secretary', 'chancellor', 'mayor', 'judge', 'justice', 'ambassador', 'councillor', 'councilman',
  'councilwoman', 'commissioner', 'superintendent', 'assistant', 'deputy', 'chief', 'director', 'officer', 'chairman',
  'chairwoman', 'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'vp', 'ceo',
  'prime', 'vice', 'executive', 'editor', 'editor-in-chief',
]);

// Pronouns, possessive determiners and bare quantifiers: shown alone or first they describe no one the reader knows
// ("Another", "Some", "My mother").
// prettier-ignore
const PRONOUNS = new Set([
  'i', 'me', 'my', 'we', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their',
  'another', 'some', 'many', 'others', 'one', 'both', 'all',
]);
const LEADING_PRONOUNS = new Set(['i', 'me', 'my', 'we', 'our', 'you', 'your']);

// prettier-ignore
const DATE_WORDS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight',
  'earlier', 'later', 'meanwhile', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
]);

// Headline words in capitals ("HOW", "BREAKING"): not an acronym of a body.
const HEADLINE_WORDS = new Set(['how', 'what', 'why', 'when', 'where', 'breaking', 'update', 'watch', 'exclusive']);

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);
const bare = (w: string) =>
  w
    .toLowerCase()
    .replace(/[’']s$|[’']$/, '')
    .replace(/[^\p{L}\p{N}-]/gu, '');
const capitalised = (w: string) => /^\p{Lu}/u.test(w);

/**
 * A word written in lower case somewhere in the text and never capitalised inside a sentence: a common word, not a
 * name ("Age" of "Gabrielle Hatcher Age: 27" beside "age"; "Top" of "Top Sanders aides" beside "top"). Names that are
 * words too ("Bill Clinton", "Rose") are capitalised mid-sentence somewhere.
 */
function commonInText(word: string, text: string): boolean {
  const w = word.replace(/[^\p{L}]/gu, '');
  if (w.length < 2 || !text) return false;
  // Not inside a web address or a file name ("/mike-pence-said").
  const lower = new RegExp(`(?<![\\p{L}\\p{N}/.@_-])${w.toLowerCase()}(?![\\p{L}\\p{N}/_-])`, 'u');
  return lower.test(text) && !capitalisedMidSentence(w, text);
}

// Capitalised titles written before a name ("Rep.", "Senator", "Transport Secretary"): a word after one is inside a
// sentence.
const TITLE_BEFORE = [...TITLES].map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join('|');

/**
 * Whether the text capitalises the word inside a sentence: after a lower-case word, a comma or semicolon, or a title
 * ("trader Said Hamdan told", "Rep. Young Kim said", "Senator Mark Warner"): a name's word, whatever else it is.
 */
function capitalisedMidSentence(word: string, text: string): boolean {
  const w = word.replace(/[^\p{L}]/gu, '');
  if (!w || !text) return false;
  const before = `(?:(?<![\\p{L}\\p{N}])\\p{Ll}[\\p{L}'’-]*|[,;]|(?<![\\p{L}])(?:${TITLE_BEFORE})\\.?)`;
  return new RegExp(`${before} +${w}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The kind of garbage a shown speaker string is, or null when it looks like a speaker. `text`: the article's text. */
export function hygieneKind(shown: string, text = ''): HygieneKind | null {
  const ws = words(shown);
  if (!ws.length) return null;
  const low = ws.map(bare);
  const first = low[0];
  const last = low[low.length - 1];
  const proper = ws.every((w) => capitalised(w) || /^(?:de|van|von|da|del|la|le|bin|al|el|der|den)$/.test(w));
  const lowerLast = !capitalised(ws[ws.length - 1]);
  const headline = ws.some((w) => /^\p{Lu}{2,}$/u.test(w) && HEADLINE_WORDS.has(w.toLowerCase()));
  // "Mr. Sanders Is Not a Brave Truth-Teller": a capitalised verb inside is a headline's.
  if (headline || ws.slice(1).some((w) => /^(?:Is|Are|Was|Were|My)$/.test(w))) return 'headline words';
  if (/\(\p{Lu}+\)|\d{1,2}-\d{1,2}\b/u.test(shown) || DATE_WORDS.has(first) || DATE_WORDS.has(last))
    return 'place, date or dateline';
  if (ws.length > 1 && PLACE_HEADS.has(last)) return 'place, date or dateline';
  // "Explained Keith", not "Said Hamdan" where the text writes "trader Said Hamdan told".
  const verbFirst = VERB_FORMS.has(first) && !(ws.length > 1 && capitalisedMidSentence(ws[0], text));
  if (verbFirst || ws.some((w, i) => i > 0 && !capitalised(w) && VERB_FORMS.has(low[i]))) return 'verb glued to a name';
  if (low.every((w) => TITLES.has(w)) || /^[RDI]-\p{Lu}/u.test(shown)) return 'lone title or tag';
  if ((ws.length === 1 && PRONOUNS.has(first)) || LEADING_PRONOUNS.has(first) || /\p{L}['’]$/u.test(shown))
    return 'pronoun or possessive';
  if (low.some((w) => NOT_SOURCES.has(w)) && !proper) return 'not a source';
  if (/\s(?:--|-|–|—)\s/.test(shown) || (lowerLast && OPEN_ENDINGS.has(last))) return 'cut description';
  if (/^\d+-year-old$/.test(first)) return 'cut description';
  if (proper && ws.length > 1) {
    if (ws.length > 2 && BODY_HEADS.has(first)) return 'name with a common word';
    // Furniture at either end; a common word first in a two-word name unless a given name or "The"; the last only
    // after a given name (a body's name may start or end in one: "Government Accountability Office", "Fox News").
    if ([first, last].some((w) => FURNITURE.has(w))) return 'name with a common word';
    const person = GIVEN_NAMES.has(first);
    const edges = [
      ...(person || first === 'the' || ws.length > 2 ? [] : [ws[0]]),
      ...(person ? [ws[ws.length - 1]] : []),
    ];
    if (edges.some((w) => commonInText(w, text))) return 'name with a common word';
  }
  return null;
}

/** Counts of shown speakers by kind, over the quotes of a set (distinct strings and quotes). */
export class HygieneTally {
  quotes = 0;
  readonly byKind = new Map<HygieneKind, { quotes: number; strings: Set<string> }>();

  add(shown: string | null, text: string): void {
    if (!shown) return;
    this.quotes++;
    const kind = hygieneKind(shown, text);
    if (!kind) return;
    const entry = this.byKind.get(kind) ?? { quotes: 0, strings: new Set<string>() };
    entry.quotes++;
    entry.strings.add(shown);
    this.byKind.set(kind, entry);
  }

  /** "shown-speaker hygiene: 12/640 quotes not a speaker (9 strings): cut description 5/3, …" (quotes/strings). */
  line(label = 'shown-speaker hygiene'): string {
    let bad = 0;
    const strings = new Set<string>();
    for (const e of this.byKind.values()) {
      bad += e.quotes;
      e.strings.forEach((s) => strings.add(s));
    }
    const kinds = [...this.byKind.entries()]
      .sort((a, b) => b[1].quotes - a[1].quotes)
      .map(([k, e]) => `${k} ${e.quotes}/${e.strings.size}`);
    const detail = kinds.length ? `: ${kinds.join(', ')}` : '';
    return `${label}: ${bad}/${this.quotes} shown speakers not a speaker (${strings.size} strings)${detail} [quotes/strings; eval-only classifier]`;
  }

  /** The strings of each kind (QUOTE_ERRORS), for reading. */
  listing(): string[] {
    return [...this.byKind.entries()].map(([k, e]) => `    ${k}: ${[...e.strings].join(' | ')}`);
  }
}

// Determiners and the possessive's "s": no word of a name.
const DETERMINERS = new Set(['a', 'an', 'the', 's']);

/**
 * A name's words for comparing, each in two forms: repaired and without accents ("PeÃ±a" and "Peña" give "pena"),
 * and its ASCII letters only, for letters a page mis-decoded past repair ("FranÃÂ§ois" and "François" give "franois").
 */
function nameWords(name: string): string[][] {
  return quoteTokens(repairMojibake(name).replace(/[^\p{L}\p{M}\p{N}\s'’.-]/gu, ' ')).map((t) => [
    bare(t.normalize('NFD').replace(/\p{M}/gu, '')),
    bare(t).replace(/[^\x20-\x7e]/g, ''),
  ]);
}

/**
 * The strict speaker test: every word of the shown speaker is a word of one of the gold names (the gold speaker and
 * its aliases, or what the text calls the source), titles, honorifics and initials aside, and at least one word is.
 * "Explained Keith" for Keith Smith is wrong here; "Sen. Keith Smith", "Smith" and "the spokesman" for "the
 * prime minister's spokesman" are right.
 */
export function strictlyNamed(shown: string | null, names: readonly (string | null | undefined)[]): boolean {
  if (!shown) return false;
  const known = new Set(names.flatMap((n) => (n ? nameWords(n).flat() : [])));
  const isKnown = (forms: string[]) => forms.some((w) => known.has(w) || known.has(w.replace(/s$/, '')));
  // Initials aside too: "Donald J. Trump" for Donald Trump.
  const shownWords = nameWords(shown).filter(([w]) => !DETERMINERS.has(w) && w.length > 1);
  return shownWords.some(isKnown) && shownWords.every((forms) => isKnown(forms) || TITLES.has(forms[0]));
}

/** A text's ASCII letters, to find a name in it whose accented letters the page mis-decoded. */
export const asciiSkeleton = (s: string) => s.replace(/[^\x20-\x7e]/g, '');
