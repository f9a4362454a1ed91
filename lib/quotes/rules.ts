// Which attribution rule chose a quote's speaker, and how far the panel can trust it.
// Rule ids: "<side>-<mention kind>" for a source beside the quote ("after-name": “…,” Lopez said), else the
// fallback that lent a speaker (another quote, a signature line, the paragraph or sentence before).
import type { Confidence } from '../types';
import type { Mention } from './mentions';
import type { Attribution } from './resolve';

export type RuledAttribution = Attribution & { rule?: string };

/** The rule id for a mention found beside quote `q`: the side it stands on and what kind of words it is. */
export function nearRule(mention: Mention, q: { start: number }): string {
  return `${mention.start < q.start ? 'before' : 'after'}-${mention.kind}`;
}

// Speaker precision on the name shown per rule (`npm run eval`: PolNeAR dev / PolNeAR train / dev gold), when the
// rule was set. Train pronouns are judged by the mention rule (no referents), so dev decides for them.
// high: ≥ 0.9 wherever measured. low: below 0.75 on PolNeAR dev. The rest medium.
const CONFIDENCE: Record<string, Confidence> = {
  'after-name': 'high', // 99.5 / 96.7 / 100: “…,” Lopez said.
  'before-name': 'high', // 94.2 / 92.1 / 100: Lopez said: “…”
  'after-anonymous': 'high', // 100 / 98.6 / 100: “…,” a source said. (shown as the article describes it)
  'signature-line': 'high', // – / 100 / –: “…” ¶ – Lopez
  'previous-paragraph-colon': 'high', // 100 / 95.0 / –: Lopez said: ¶ “…”
  'neighbour-quote': 'medium', // 94.4 / 87.8 / 100: the speaker of the quote beside it
  'after-organization': 'medium', // 70.0 / 97.6 / 100
  'after-role': 'medium', // 77.8 / 87.0 / 100
  'before-anonymous': 'medium', // 100 / 79.1 / 100
  'previous-paragraph-subject': 'medium', // – / 88.9 / –
  'previous-sentence-subject': 'medium', // – / 100 (2) / –
  'previous-quote': 'medium', // 0 (2) / 81.0 / 100 (1)
  'after-pronoun': 'low', // 67.1 on dev: "he" resolved to the wrong person a third of the time
  'before-pronoun': 'low', // 65.8 on dev
  'before-role': 'low', // 58.8 / 82.7 / 33.3
  'before-organization': 'low', // 62.5 / 82.9 / 100
  'before-group': 'low', // 66.7 / 70.8 / 100
  'after-group': 'low', // – / 66.7 / 100
};

export function confidenceOf(rule: string): Confidence {
  return CONFIDENCE[rule] ?? 'medium';
}
