// The speaker mention next to a quote: after it (after.ts), before it (before.ts), the sentence's subject
// (subjects.ts) and how a source phrase is read (phrase.ts). One import point for attribute.ts and reported.ts.
export { anyVerbAfter, mentionAfter, shortAttribution, signatureAfter } from './after';
export { mentionBefore } from './before';
export { parsePhrase } from './phrase';
export { clauseSubject, colonSpeaker, isSpeakerLike, sentenceSubject, subjectBeforeColon } from './subjects';
