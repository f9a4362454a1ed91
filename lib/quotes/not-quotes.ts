// Quoted words that are not quotations: titles of works, names and nicknames, terms in scare quotes.
import { SPEECH_OPENINGS, SPEECH_STEMS } from '../lexicon/de/speech';
import { NAME_ABBREVIATIONS, PLACE_NAME_ABBREVIATIONS } from '../lexicon/en/address';
import { CARRIED_DISPLAY_NOUNS } from '../lexicon/en/sources';
import { MONTH_ABBREVIATIONS, MONTHS } from '../lexicon/en/calendar';
import { NAMING_CUES, QUOTED_AS_VERBS } from '../lexicon/en/speech';
import { WORK_NOUNS } from '../lexicon/en/works';
import { GOVERNING_PREPOSITIONS } from '../lexicon/en/clause-words';
import { cueCloses, cueOpens } from './cue-scan';
import { charClass } from '../text/chars';
import { splitSpaces } from '../text/space-split';

const MIN_WORDS = 3;
// Headlines run longer than titles of works; speech is never in title case for that long.
const MAX_TITLE_WORDS = 20;
// Works' titles are short: a title-cased line longer than this is a headline or speech.
const MAX_WORK_TITLE_WORDS = 8;
// “It's Our Time”: a cry this short may be title-cased speech with no cue beside it.
const MAX_CRY_WORDS = 4;
// A speech cue in the words after the closing mark, or right before the opening one (“…,” she said; she said: “…”).
// As /^[^.!?"“”\n]{0,60}\b${CUE}\b/i and /\b${CUE}\b[^.!?"“”\n]{0,40}$/i, read by cue-scan.
const CUE_AFTER = { test: cueOpens };
const CUE_BEFORE = { test: cueCloses };
const NAMING_CUE = new RegExp(`\\b(?:${NAMING_CUES.join('|')})\\s*$`, 'i');
// “Vote Yes” signs, “No Bridge, No Vote” banners: the words a sign bears, not anyone's speech. The noun in lower case
// right after the marks, and no stop or comma closing the words: not a sentence that ends there and one that opens
// with the noun (“We never quit.” Banners hung …; “…,” Flag Day organizer Ann Lee said; review34 finding 7).
const SIGN_AFTER = new RegExp(`^[^\\S\\n]*(?:${CARRIED_DISPLAY_NOUNS.join('|')})\\b`);
const CLOSED_WORDS = /[.,?;:]$/;
// "after the series, “…”", "on his podcast, “…”": a work's noun a preposition governs, then a comma: an adverbial
// ends there, and the marks open speech when a cue stands before it (review34 findings 3, 10; not "said his new
// book, “…,” will be out", an apposition naming the work).
const GOVERNED_WORK_COMMA = new RegExp(
  `\\b(?:${GOVERNING_PREPOSITIONS.join('|')})\\s+(?:the|a|an|his|her|their|its|this|that|our|my)\\s+` +
    `(?:[\\p{L}'’-]+\\s+){0,2}(?:${WORK_NOUNS.join('|')})s?,\\s*$`,
  'iu',
);
// “senior officials” as saying: the words in the marks name the source the report quotes.
const SOURCE_LABEL = new RegExp(`^\\s*,?\\s*as\\s+(?:${QUOTED_AS_VERBS.join('|')})\\b`, 'i');
// “March 9, 2016”, “9 March 2016.”: a date alone is when something was said, never what.
const MONTH = `(?:${[...MONTHS, ...MONTH_ABBREVIATIONS].join('|')})\\.?`;
const DATE_ONLY = new RegExp(
  `^(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?)\\s+\\d{4}[.,]?$`,
  'i',
);
// “St. Patrick's Day Parade”: the point after a name's abbreviation ends no sentence.
const NAME_ABBREVIATION = [...NAME_ABBREVIATIONS, ...PLACE_NAME_ABBREVIATIONS].join('|');
const NAME_POINT = new RegExp(`\\b(?:${NAME_ABBREVIATION})\\.(?=\\s)`, 'gi');
// The book “…”, the Syfy movie “…”, according to Smith's “…”: a work's noun or the source phrase, then the marks.
const WORK_BEFORE = new RegExp(
  `(?:\\b(?:${WORK_NOUNS.join('|')})s?,?|\\baccording to(?:\\s+[\\p{L}.'’ -]{1,40}?['’]s)?)\\s*$`,
  'iu',
);
// prettier-ignore
const SMALL_WORDS = new Set([
  'a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'is', 'vs', 'de', 'la',
]);

const SPACE = charClass(/^\s$/u);
const LETTER_OR_NUMBER = charClass(/^[\p{L}\p{N}]$/u);

/** How many pieces of text.split(/\s+/) hold a letter or a number: counted by one scan, no array of pieces. */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    if (SPACE(code)) counted = false;
    else if (!counted && LETTER_OR_NUMBER(code)) {
      count++;
      counted = true;
    }
    i += code > 0xffff ? 2 : 1;
  }
  return count;
}

/** How many pieces `text.split(/\s+/).filter(Boolean)` holds: runs of characters other than white space. */
export function pieceCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++)
    if (!SPACE(text.charCodeAt(i)) && (i === 0 || SPACE(text.charCodeAt(i - 1)))) count++;
  return count;
}

/**
 * Every word capitalised (small words aside) and no sentence punctuation: reads as a title or a name, 'listed' when
 * commas part its words (“Greenest, Grandest, St. Patrick's Day Parade Ever”). American style puts the sentence's
 * comma or period inside the marks (“The World of Tomorrow.”): one is allowed at the end.
 */
function titleShape(quoted: string): 'title' | 'listed' | 'subtitled' | null {
  const text = quoted.trim().replace(/[.,]$/, '');
  // Most quotes are longer than a title: counted first, no array of their words made.
  if (pieceCount(text) > MAX_TITLE_WORDS) return null;
  const words = splitSpaces(text).filter(Boolean);
  // Sentence punctuation before a space (a point inside "100.000" is a number's, one after "St" an abbreviation's).
  if (words.length > MAX_TITLE_WORDS || /[.!?;](?:\s|$)|:$/.test(text.replace(NAME_POINT, ' '))) return null;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length === 0 || !content.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return null;
  // “Backfire: The Battle for a Company”: a colon parts a title from its subtitle.
  if (text.includes(':')) return 'subtitled';
  return /,(?:\s|$)/.test(text) ? 'listed' : 'title';
}

export function isNotAQuote(quoted: string, before: string, after = ''): boolean {
  if (wordCount(quoted) < MIN_WORDS) return true;
  if (NAMING_CUE.test(before) || SOURCE_LABEL.test(after)) return true;
  if (SIGN_AFTER.test(after) && !CLOSED_WORDS.test(quoted.trim())) return true;
  if (DATE_ONLY.test(quoted.trim())) return true;
  const shape = titleShape(quoted);
  if (!shape) return false;
  // “…” right after a work's noun or "according to" is the work's title: the book “Backfire: The Battle for a
  // Company”, according to Smith's “The Fixers: How a Studio Kept Its Stars”.
  // Not a noun ending an adverbial set off by a comma after a cue (GOVERNED_WORK_COMMA).
  if (WORK_BEFORE.test(before) && !(GOVERNED_WORK_COMMA.test(before) && CUE_BEFORE.test(before))) return true;
  // Else a colon is a headline's ("Gillibrand on the Speeches: “I Think She Will.”") as often as a subtitle's.
  if (shape === 'subtitled') return false;
  // “We Will Not Back Down,” the crowd chanted: a title-cased line someone is said to speak is speech, and so is a
  // short cry (singing “It's Our Time.”). A longer headline ("Trump: “I'm the Worst Thing That Ever Happened to the
  // Establishment”") or a work's title (“You Loved Me Like a Distant Star”) has no cue beside it.
  const cued = wordCount(quoted) <= MAX_CRY_WORDS || CUE_AFTER.test(after) || CUE_BEFORE.test(before);
  // Capitals parted by commas are a cry when short or cued (chants of “Trump, Trump, Trump”), else an event's or a
  // work's title (“Bigger, Better, Brighter Summer Festival Ever”).
  if (shape === 'listed') return !cued;
  // A long title-cased line with a speech cue beside it is speech too (a tweet in capitals, "… Trump tweeted").
  if (/^(?:I|We|You|It)\b/.test(quoted) || wordCount(quoted) > MAX_WORK_TITLE_WORDS) return !cued;
  return true;
}

// German puts „…“ around names of organisations, works, events and ships („Koalition für Einheit und
// Entwicklung“). Stems of German speech verbs and markers ("sagte", "erklärte", "so", "laut", "hieß es", "mit den
// Worten").
const GERMAN_SPEECH = new RegExp(`(?:^|[^\\p{L}])(?:${SPEECH_STEMS.join('|')})\\p{L}*`, 'u');
const SPEECH_OPENING = new RegExp(`^(?:${SPEECH_OPENINGS.join('|')})\\b`);
// „…“, sagte er: a comma and a lower-case word after the mark continue a sentence of speech (not ", die …").
const SPEECH_AFTER_COMMA = /^\s*,\s*(?!(?:der|die|das|den|dem|des|welche|welcher|welches|wo)\b)\p{Ll}/u;

/**
 * A German-marked („…“, »…«) span that reads as a name or title: it opens with a capital (not "Ich", "Wir"),
 * has at most eight words and no sentence punctuation, and no colon or speech verb introduces or follows it.
 */
export function isGermanTitle(quoted: string, mark: string, before: string, after: string): boolean {
  if (!'„»«'.includes(mark) || !/^[\p{Lu}\p{N}]/u.test(quoted) || SPEECH_OPENING.test(quoted)) return false;
  if (wordCount(quoted) > 8 || /[.!?,;:…]$/.test(quoted) || /[.!?]\s/.test(quoted)) return false;
  if (/:\s*$/.test(before) || SPEECH_AFTER_COMMA.test(after)) return false;
  return !GERMAN_SPEECH.test(before.slice(-50)) && !GERMAN_SPEECH.test(after.slice(0, 40));
}
