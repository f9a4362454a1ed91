// Cue patterns built from the lexicon's speech verbs (lib/lexicon/en/speech.ts).
import { BETWEEN_SOURCE_AND_CUE, CUE_VERBS } from '../lexicon/en/speech';
import { CUE_ORDER, endsInCue, hasCue } from './cue-scan';

export { CUE_VERBS };

const escaped = CUE_ORDER.map((v) => v.replace(/ /g, '\\s+'));
export const CUE = `(?:${escaped.join('|')})`;
/**
 * Cues that may come before their subject ("…,” said Uali"); "told" takes its object there ("…,” X told Fox
 * News").
 */
export const CUE_INVERTED = `(?!(?:told|tells|tell|telling)\\b)${CUE}`;
/**
 * A clause that ends with a cue and perhaps a short complement: "he said", "Uali told reporters on Wednesday"
 * (`\b${CUE}\b(?:\s+[^.!?"“”]{0,60})?$`, i; read by cue-scan, not compiled).
 */
export const CUE_AT_END = { test: endsInCue };
/**
 * A cue word anywhere in a text (`\b${CUE}\b`, i), read by cue-scan: the regexp's code would spend V8's budget (see
 * cue-scan). `CUE_IN_TEXT_U`: the same under the u flag.
 */
export const CUE_IN_TEXT = { test: (s: string) => hasCue(s, 'i') };
export const CUE_IN_TEXT_U = { test: (s: string) => hasCue(s, 'iu') };

// Words that may stand between a source and its cue ("Uali also said", "X has repeatedly said").
export const ADVERBS = `(?:(?:${BETWEEN_SOURCE_AND_CUE.join('|')})\\s+)*`;
