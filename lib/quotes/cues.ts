// Cue patterns built from the lexicon's speech verbs (lib/lexicon/en/speech.ts).
import { BETWEEN_SOURCE_AND_CUE, CUE_VERBS } from '../lexicon/en/speech';
import { openedBy } from '../text/word-runs';

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
/**
 * A cue word anywhere in a text (`\b${CUE}\b`, i): tried only where a cue's first word stands (text/word-runs
 * openedBy), not with the whole alternation at every word. `CUE_IN_TEXT_U`: the same under the u flag.
 */
export const CUE_IN_TEXT = openedBy(new RegExp(`\\b${CUE}\\b`, 'i'), CUE_VERBS);
export const CUE_IN_TEXT_U = openedBy(new RegExp(`\\b${CUE}\\b`, 'iu'), CUE_VERBS);

// Words that may stand between a source and its cue ("Uali also said", "X has repeatedly said").
export const ADVERBS = `(?:(?:${BETWEEN_SOURCE_AND_CUE.join('|')})\\s+)*`;
