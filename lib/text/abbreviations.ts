// Abbreviation points ("Mr.", "Sen.", "U.S.", "J.") would end sentences and names. Masking turns each into U+2024
// (one dot leader: same length, so every offset holds) before sentences are split and source phrases are read.
import { alternation, capitalise } from '../lexicon/build';
import { withoutFillers } from './mojibake';
import {
  HONORIFICS,
  NAME_ABBREVIATIONS,
  OFFICE_ABBREVIATIONS,
  PLURAL_OFFICE_ABBREVIATIONS,
  RANK_ABBREVIATIONS,
  RANK_ABBREVIATIONS_RARE,
} from '../lexicon/en/address';
import { LEGAL_FORMS } from '../lexicon/en/organisations';

/** The masked point. */
export const MASKED_POINT = '\u2024';

// Titles, ranks and "St."/"Jr."; "No." before a number; a single capital is an initial ("J. Edgar Hoover").
const ABBREVIATED = [
  ...HONORIFICS,
  ...OFFICE_ABBREVIATIONS,
  ...PLURAL_OFFICE_ABBREVIATIONS,
  ...RANK_ABBREVIATIONS,
  ...RANK_ABBREVIATIONS_RARE,
  ...NAME_ABBREVIATIONS,
  'no',
].map(capitalise);
// Each pattern opens with the point and reads the word back (a look-behind): opened at the word, it was tried at every
// character of the text (a third of the text layer's time); a point is rare, and only there is the word read.
/** The point ending an abbreviation, before white space or a comma. */
const ABBREVIATION_POINT = new RegExp(`\\.(?=\\s|,)(?<=\\b(?:${alternation(ABBREVIATED)}|[A-Z])\\.)`, 'g');
/**
 * A company's legal form ("Acme Inc. said", "Ford Motor Co., based in Dearborn,", "The firm — Acme Corp. — said"): its
 * point ends no sentence before a lower-case word, a comma or a dash (a sentence opens with none of them). Before a
 * capital it may end one ("… joined Acme Corp. The company …"), so it stays a full stop there.
 */
const LEGAL_FORM_POINT = new RegExp(`\\.(?=,|\\s+[\\p{Ll}—–])(?<=\\b(?:${alternation(LEGAL_FORMS)})\\.)`, 'gu');
/** Inner points of initialisms ("U.S. Attorney", "D.C."); the last point is masked only before a comma or space. */
const INITIALISM_POINT = /\.(?<=\b[A-Z]\.)(?=[A-Z]\.)/g;

/** The text with abbreviation points masked: the same length, the same offsets. */
export function maskAbbreviations(text: string): string {
  // Inner points of initialisms first ("U.S. Attorney", "D.C."), then the abbreviation's last point.
  const masked = text.replace(INITIALISM_POINT, MASKED_POINT).replace(ABBREVIATION_POINT, MASKED_POINT);
  return masked.includes('.') ? masked.replace(LEGAL_FORM_POINT, MASKED_POINT) : masked;
}

/** Masked points back to full stops, a repaired word's fillers dropped (for text shown to the reader). */
export const unmask = (s: string | null) => s && withoutFillers(s.replace(/\u2024/g, '.'));
