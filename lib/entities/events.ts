// Named events the text names in running prose rather than as a capitalised name: "the Iowa
// caucuses", "the 2020 presidential race". Only in a story set in the country they belong to.
import type { Span } from '../types';
import type { KnowledgeBase } from './knowledge-base';
import type { Candidate } from './recognize';

/** A US presidential election year followed by what news copy calls the contest. */
const CONTEST_WORDS = ['election', 'race', 'campaign', 'primary', 'primaries', 'nomination', 'hopeful', 'candidate'];
const ELECTION_YEAR = new RegExp(
  '\\b((?:18|19|20)\\d\\d)(?:\\s+(?:Democratic|Republican|GOP|White House|U\\.S\\.|US))?\\s+(?:presidential\\s+)?' +
    `(?:${[...CONTEST_WORDS, 'contest', 'bid'].join('|')})s?\\b`,
  'g',
);
const PRESIDENCY = /\bpresiden(?:t|cy|tial)\b/i;
const SENTENCE_END = /[.!?]\s/g;

function sentenceAround(text: string, at: number): string {
  const before = text.lastIndexOf('. ', at);
  SENTENCE_END.lastIndex = at;
  const after = SENTENCE_END.exec(text);
  return text.slice(before + 1, after ? after.index + 1 : text.length);
}

function event(title: string, mentions: Span[]): Candidate {
  return {
    name: title.replace(/_/g, ' '),
    type: 'event',
    wikipedia: title,
    aliases: new Set(),
    mentions,
    namedMentions: mentions.length,
    guessedType: false,
  };
}

/** "2020 Democratic presidential hopeful", in a sentence about the presidency, in a US story. */
function presidentialElections(text: string): Candidate[] {
  const byYear = new Map<string, Span[]>();
  for (const m of text.matchAll(ELECTION_YEAR)) {
    const year = Number(m[1]);
    if (year % 4 !== 0 || !PRESIDENCY.test(sentenceAround(text, m.index))) continue;
    byYear.set(m[1], [...(byYear.get(m[1]) ?? []), { start: m.index, end: m.index + 4 }]);
  }
  return [...byYear].map(([year, mentions]) => event(`${year}_United_States_presidential_election`, mentions));
}

function phraseEvents(text: string, kb: KnowledgeBase, countries: ReadonlySet<string>): Candidate[] {
  // The lower-case copy is made when a phrase of one of the story's countries is first looked for: a story set in no
  // country with such phrases needs none.
  let lower: string | null = null;
  const found = new Map<string, Candidate>();
  for (const { phrase, entry } of kb.contextPhrases) {
    if (!countries.has(entry.country)) continue;
    lower ??= text.toLowerCase();
    for (let at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + phrase.length)) {
      const bounded = !/\w/.test(lower[at - 1] ?? '') && !/\w/.test(lower[at + phrase.length] ?? '');
      if (!bounded) continue;
      const c = found.get(entry.title) ?? event(entry.title, []);
      c.mentions.push({ start: at, end: at + phrase.length });
      c.namedMentions++;
      found.set(entry.title, c);
    }
  }
  return [...found.values()];
}

export function findEvents(text: string, kb: KnowledgeBase, countries: ReadonlySet<string>): Candidate[] {
  return [...phraseEvents(text, kb, countries), ...(countries.has('US') ? presidentialElections(text) : [])];
}
