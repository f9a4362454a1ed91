// Which attribution rule chose a quote's speaker, and how far the panel can trust it.
// Rule ids: "<side>-<mention kind>" for a source beside the quote ("after-name": “…,” Lopez said), else the
// fallback that lent a speaker (another quote, a signature line, the paragraph or sentence before).
import type { Confidence } from '../types';
import type { Mention } from './mentions';
import type { RuleExample } from './fallbacks';
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
  'before-name': 'high', // 94.1 / 92.3 / 100: Lopez said: “…”
  'after-anonymous': 'high', // 100 (2) / 98.6 / 100: “…,” a source said. (shown as the article describes it)
  'signature-line': 'high', // – / 100 (7) / –: “…” ¶ – Lopez
  'previous-paragraph-colon': 'high', // 100 (3) / 95.0 / –: Lopez said: ¶ “…”
  'neighbour-quote': 'medium', // 90.9 / 87.8 / 100: the speaker of the quote beside it
  'after-organization': 'medium', // 70.0 (10) / 97.6 / 100
  'after-role': 'medium', // 88.9 / 87.0 / 100
  'before-anonymous': 'medium', // 100 (2) / 81.0 / 100
  'previous-paragraph-subject': 'medium', // – / 88.9 / –
  'previous-sentence-subject': 'medium', // – / 100 (2) / –
  'previous-quote': 'medium', // 0 (2) / 81.0 / 100 (1)
  // Pronouns: 65–67 on dev before the first-name table, subjects and own-sentence rules (issue 17); now above 75.
  'after-pronoun': 'medium', // 81.2 / (mention rule) / 100
  'before-pronoun': 'medium', // 78.9 / (mention rule) / 71.4 (7)
  'before-role': 'low', // 66.7 / 82.3 / 33.3
  'before-organization': 'low', // 68.8 / 82.7 / 100
  'before-group': 'low', // 66.7 / 69.6 / 100
  'after-group': 'low', // – / 62.5 / 100
};

/**
 * The rules for a source beside the quote, as the eval names them: one finder (mentionNear in attribute.ts) reads the
 * mention before or after the quote and its kind names the rule. Each example is a made-up text of the kind; the test
 * runs it and checks that this rule gave its last quote the speaker named. The fallbacks are in fallbacks.ts.
 */
export const NEAR_RULES: { id: string; example: RuleExample }[] = [
  {
    id: 'after-name',
    example: {
      paragraphs: ['“We will rebuild the bridge,” Maria Lopez said.'],
      speaker: 'Maria Lopez',
    },
  },
  {
    id: 'before-name',
    example: {
      paragraphs: ['Maria Lopez said: “We will rebuild the bridge by June.”'],
      speaker: 'Maria Lopez',
    },
  },
  {
    id: 'after-pronoun',
    example: {
      paragraphs: ['Maria Lopez spoke last.', '“We will rebuild the bridge by June,” she said.'],
      speaker: 'Maria Lopez',
    },
  },
  {
    id: 'before-pronoun',
    example: {
      paragraphs: ['Maria Lopez spoke last.', 'She said: “We will rebuild the bridge by June.”'],
      speaker: 'Maria Lopez',
    },
  },
  {
    id: 'after-role',
    example: {
      paragraphs: ['Port spokesman Tom Baker spoke first.', '“The bridge opens in June,” the spokesman said.'],
      speaker: 'Tom Baker',
    },
  },
  {
    id: 'before-role',
    example: {
      paragraphs: ['Port spokesman Tom Baker spoke first.', 'The spokesman said: “The bridge opens in June.”'],
      speaker: 'Tom Baker',
    },
  },
  {
    id: 'after-organization',
    example: {
      paragraphs: ['“The bridge will open in June,” the ministry said in a statement.'],
      speaker: 'the ministry',
    },
  },
  {
    id: 'before-organization',
    example: {
      paragraphs: ['The ministry said in a statement: “The bridge will open in June.”'],
      speaker: 'the ministry',
    },
  },
  {
    id: 'after-anonymous',
    example: { paragraphs: ['“The bridge will open in June,” a port official said.'], speaker: 'a port official' },
  },
  {
    id: 'before-anonymous',
    example: { paragraphs: ['A port official said: “The bridge will open in June.”'], speaker: 'A port official' },
  },
  {
    id: 'after-group',
    example: {
      paragraphs: ['“The bridge will never open,” residents said.'],
      speaker: 'residents',
    },
  },
  {
    id: 'before-group',
    example: {
      paragraphs: ['Residents said: “The bridge will never open.”'],
      speaker: 'Residents',
    },
  },
];

export function confidenceOf(rule: string): Confidence {
  return CONFIDENCE[rule] ?? 'medium';
}
