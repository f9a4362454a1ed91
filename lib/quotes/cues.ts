// Cue patterns built from the lexicon's speech verbs (lib/lexicon/en/speech.ts).
import { BETWEEN_SOURCE_AND_CUE, CUE_VERBS } from '../lexicon/en/speech';

export { CUE_VERBS };

const escaped = [...CUE_VERBS].sort((a, b) => b.length - a.length).map((v) => v.replace(/ /g, '\\s+'));
export const CUE = `(?:${escaped.join('|')})`;
/**
 * Cues that may come before their subject ("…,” said Uali"); "told" takes its object there ("…,” X told Fox
 * News").
 */
export const CUE_INVERTED = `(?!(?:told|tells|tell|telling)\\b)${CUE}`;
/** A clause that ends with a cue and perhaps a short complement: "he said", "Uali told reporters on Wednesday". */
export const CUE_AT_END = new RegExp(`\\b${CUE}\\b(?:\\s+[^.!?"“”]{0,60})?$`, 'i');
export const CUE_WORD = new RegExp(`\\b${CUE}\\b`, 'gi');

// Words that may stand between a source and its cue ("Uali also said", "X has repeatedly said").
export const ADVERBS = `(?:(?:${BETWEEN_SOURCE_AND_CUE.join('|')})\\s+)*`;
