// The speaker mention next to a quote: after it (mention-after.ts), before it (mention-before.ts), the
// sentence's subject (subjects.ts) and how a source phrase is read (phrase.ts). One import point for attribute.ts,
// fallbacks.ts and reported.ts.
export { anyVerbAfter, asPutItAfter, mentionAfter, shortAttribution, signatureAfter } from './mention-after';
export { mentionBefore, passiveAgentAfter } from './mention-before';
export { parsePhrase } from './phrase';
export { clauseSubject, colonSpeaker, isSpeakerLike, sentenceSubject, subjectBeforeColon } from './subjects';
