// Furniture recognised by its wording once the article is plain blocks: picture credits ("Photo: AP", "(Image:
// GETTY)", "© Amazon"), publication stamps ("Published 10:02 AM EST Nov 19, 2019", "Nov. 20, 2019 5:52 AM EST"),
// gallery and comment controls ("Image 1 of 9", "Close"), pointers to other stories ("Read more: …"), captions
// closed by a credit, copyright notices and contact lines at the foot and a long block printed twice. Word lists
// are English: a page in another language keeps these lines.
import {
  MONTHS,
  MONTH_ABBREVIATIONS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_ABBREVIATIONS_LONG,
  WEEKDAYS,
} from '../lexicon/en/calendar';
import { capitalise, withCapitals } from '../lexicon/build';
import { ARTICLES } from '../lexicon/en/determiners';
import { countWords } from '../text/word-count';

/** Labels that open a picture credit and also close a caption ("Photo: AP"; "A plague doctor (Image: GETTY)"). */
const CLOSING_LABELS = ['photo', 'image', 'picture', 'pictures', 'credit'];
/** Labels that open a picture credit ("Photo: …", "Photo by …", "Image copyright …", "Credit...…"). */
// prettier-ignore
const CREDIT_LABELS = [
  ...CLOSING_LABELS,
  'photos', 'photograph', 'images', 'pic', 'foto', // the picture itself
  'illustration', 'graphic', 'video', // other media
  'credits', // the credit named as such
];
const CREDIT_LABEL = `[(\\[]?(?:${CREDIT_LABELS.join('|')})`;
const CREDIT_OPENER = `${CREDIT_LABEL}(?:\\s*(?::|by\\b|\\.\\.\\.|…)|\\s+(?:credit|copyright)\\b)`;
const CREDIT = new RegExp(`^(?:${CREDIT_OPENER}|©|\\(c\\)\\s)`, 'iu');

/**
 * A caption that ends in its picture's credit: in brackets ("A 14th century plague doctor (Image: GETTY)", "(Photo
 * Credit: Ana Silva)"), or capitalised right after the caption's last word or full stop ("…sought treatmentCredit:
 * EPA", "… the crew is awake. Credit: ESA"). The credit is a few words opening with a capital or a digit, without a
 * sentence's punctuation, so "Best Picture: Oppenheimer" or "Photo: sharp, fast and true to life" is no credit.
 */
const CREDIT_WORDS = '[^\\s.,!?:;]+(?:[ \\t/&-]+[^\\s.,!?:;]+){0,5}';
const BRACKETED_CREDIT = new RegExp(`\\((?:${CLOSING_LABELS.join('|')})(?:\\s+credit)?\\s*:\\s*[^()]{1,60}\\)$`, 'iu');
const CLOSING_CREDIT = new RegExp(
  `(?:(?<=\\p{Ll})|(?<=[.!?]["”’)]?\\s+))(?:${CLOSING_LABELS.map(capitalise).join('|')})(?:\\s+Credit)?\\s*:\\s*` +
    `(?=[\\p{Lu}\\d])${CREDIT_WORDS}$`,
  'u',
);
/** A caption is a sentence or two; a paragraph this long that ends so is left alone. */
const MAX_CAPTION_CHARS = 400;

/** Words that open a publication stamp. */
// prettier-ignore
const STAMP_LABELS = ['published', 'updated', 'posted', 'first published', 'last updated', 'last modified', 'modified'];
const MONTH_OR_DAY = `(?:${[...MONTHS.map((m) => m.slice(0, 3)), ...WEEKDAY_ABBREVIATIONS].join('|')})[a-z]*\\.?`;
/** A label, then (after "on", "at" or a colon) a number or a month or weekday name: "Updated on: November 19". */
const STAMP_HEAD = `^[|·•\\s]*(?:${STAMP_LABELS.join('|')})(?:\\s+(?:on|at))?\\s*:?\\s*`;
const STAMP = new RegExp(`${STAMP_HEAD}(?:\\d|${MONTH_OR_DAY}\\b)`, 'iu');

/** The words a bare date line is made of. */
const DATE_WORDS = new Set([
  ...MONTHS,
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAYS,
  ...WEEKDAY_ABBREVIATIONS,
  ...WEEKDAY_ABBREVIATIONS_LONG,
  // clock words and time zones
  ...'am pm a m p m gmt utc bst est edt cst cdt mst mdt pst pdt cet cest ist et pt ct mt'.split(' '),
  // ordinal endings and the stamp's own words ("Nov. 20th, 2019 at 5:52 AM | Updated …")
  ...'st nd rd th at updated published posted'.split(' '),
]);

/** Labels of a pointer to other stories ("Read more: …", "More from UK", "You may also like…"). */
// prettier-ignore
const PROMO_LABELS = [
  'read more', 'read also', 'also read', 'see also', 'also on', "don't miss", // a pointer inside the story
  'more', 'more from', 'more stories', 'related', 'related stories', 'related articles', // a related box's title
  'recommended', 'you may also like', 'you might also like', // recommendations
  'latest news', 'recent articles', 'popular', 'trending', 'most read', 'top stories', // site-wide lists
];
const PROMO_LABEL = PROMO_LABELS.map((l) => l.replace(/'/g, "['’]")).join('|');
const PROMO = new RegExp(`^(?:${PROMO_LABEL})\\b\\s*(?::|…|\\.\\.\\.|$)`, 'iu');

/** Words of the controls a gallery, a comment box or a share bar prints ("Image 1 of 9", "Caption", "Close"). */
const CONTROL_WORDS = new Set([
  ...'image images photo photos of caption close enlarge expand view gallery slideshow next previous prev'.split(' '),
  ...'show hide toggle'.split(' '), // "Show Caption", "toggle caption"
  ...'share comment comments post loading content print email'.split(' '),
]);

/**
 * A copyright or citation notice closing a page: "Copyright © 2019 Press TV. All rights reserved.", "This document
 * is subject to copyright. Apart from any fair dealing …", "Citation: <title> (2019) retrieved … from https://…".
 */
const LEGAL = /^copyright\b|all rights reserved\.?$|^this \w+ is subject to copyright\b|^citation:.*\bretrieved\b/i;

/**
 * The foot's notes on who wrote it and how to reach them: the writer's address alone or after a contact opener
 * ("Write to Jane Roe at jroe@example.com", "Jane Roe may be reached at jroe@…"), and "Jane Roe contributed reporting
 * from Lima." A story's own closing line with an address ("Anyone with information can email tips@…") stays.
 */
const EMAIL = '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+';
// prettier-ignore
const CONTACT_OPENERS = [
  'write to', 'email', 'e-mail', 'contact', 'reach', // an order to the reader, then the writer's name
  'follow', 'have a tip', // the writer's social accounts, a call for tips
];
const WRITERS_ADDRESS = new RegExp(`^(?:${EMAIL}|(?:${CONTACT_OPENERS.join('|')})\\b[^"“”]*${EMAIL})\\.?$`, 'iu');
/**
 * "Jane Roe may be reached at jroe@…", after the foot's other sentences ("Have a tip? …"): case-sensitive, so the
 * subject is a capitalised name, and not "The organizer" or "The shelter".
 */
const FULL_NAME = `(?!(?:${withCapitals(ARTICLES).join('|')})\\s)\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+)+`;
const REACHED_AT = new RegExp(`^(?:[^"“”]*[?!.]\\s+)?${FULL_NAME} (?:may|can) be reached at\\s+${EMAIL}[^"“”]*$`, 'u');
const CONTRIBUTED = /\bcontributed (?:reporting|to this (?:report|story|article))\b/iu;
// An author's bio that gives an address runs longer: it is left in, as Readability leaves it.
const MAX_CONTACT_WORDS = 25;

const MAX_CONTROL_WORDS = 5;
const MAX_PROMO_WORDS = 25;
const MAX_CREDIT_WORDS = 12;
const MAX_STAMP_WORDS = 16;
const MAX_LEGAL_WORDS = 60;
/** Stamps stand at the head or the foot of a story; a bare date line elsewhere is a table cell or a list item. */
const HEAD_BLOCKS = 5;
const TAIL_BLOCKS = 3;
/** A block of this many words seen twice is a gallery's or a widget's copy, not the story saying it again. */
const MIN_REPEAT_WORDS = 10;

const tokensOf = (block: string) => block.toLowerCase().match(/\p{L}+|\d+/gu) ?? [];
const isNumber = (token: string) => /^\d+$/.test(token);

function isDateLine(block: string): boolean {
  const tokens = tokensOf(block);
  return tokens.length >= 2 && tokens.some(isNumber) && tokens.every((t) => isNumber(t) || DATE_WORDS.has(t));
}

/** A short block made only of control words and numbers, with at least one word. */
function isControlLine(block: string): boolean {
  const tokens = tokensOf(block);
  return (
    tokens.length > 0 &&
    tokens.length <= MAX_CONTROL_WORDS &&
    !tokens.every(isNumber) &&
    tokens.every((t) => isNumber(t) || CONTROL_WORDS.has(t))
  );
}

/**
 * A credit, a control line or a pointer anywhere; a stamp only where stamps stand (`atEdge`); a legal notice only at
 * the foot, after the story's last paragraph (`atFoot`).
 */
export function isFurnitureLine(block: string, atEdge: boolean, atFoot = false): boolean {
  // Every test below is of a short line (a caption at most MAX_CAPTION_CHARS): a paragraph of the story is let
  // through without reading it to its end.
  const words = countWords(block, false, atFoot ? MAX_LEGAL_WORDS : MAX_PROMO_WORDS);
  if (atFoot && words <= MAX_LEGAL_WORDS && LEGAL.test(block)) return true;
  if (
    atFoot &&
    words <= MAX_CONTACT_WORDS &&
    (WRITERS_ADDRESS.test(block) || REACHED_AT.test(block) || CONTRIBUTED.test(block))
  )
    return true;
  if (block.length <= MAX_CAPTION_CHARS && (BRACKETED_CREDIT.test(block) || CLOSING_CREDIT.test(block))) return true;
  if (words > MAX_PROMO_WORDS) return false;
  if (words <= MAX_CREDIT_WORDS && CREDIT.test(block)) return true;
  if ((words <= MAX_CONTROL_WORDS && isControlLine(block)) || PROMO.test(block)) return true;
  return atEdge && words <= MAX_STAMP_WORDS && (STAMP.test(block) || isDateLine(block));
}

/** Below this many words a block is a line of page furniture, not a paragraph of the story. */
const MAX_LINE_WORDS = 12;

/**
 * Where the foot begins: at the story's last paragraph (its last long block, which may itself be a notice), or at the
 * last TAIL_BLOCKS if they start earlier.
 */
function footStart(blocks: string[]): number {
  let i = blocks.length - 1;
  while (i > 0 && countWords(blocks[i], false, MAX_LINE_WORDS) <= MAX_LINE_WORDS) i--;
  return Math.min(i, blocks.length - TAIL_BLOCKS);
}

/** The blocks without furniture lines. */
export function dropFurnitureLines(blocks: string[]): string[] {
  const foot = footStart(blocks);
  const tail = blocks.length - TAIL_BLOCKS;
  return blocks.filter((block, i) => !isFurnitureLine(block, i < HEAD_BLOCKS || i >= tail, i >= foot));
}

/** The blocks with a second copy of a long-enough block left out. */
export function dropRepeats(blocks: string[]): string[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    if (countWords(block, false, MIN_REPEAT_WORDS) < MIN_REPEAT_WORDS) return true;
    if (seen.has(block)) return false;
    seen.add(block);
    return true;
  });
}
