// Scoring rules from the corpus's quote-scoring.md: token F1 matching, one-to-one pairing, name and mention rules.
import { describe, expect, it } from 'vitest';
import {
  matchQuotes,
  normalizeQuote,
  prf,
  speakerMatchesMention,
  speakerMatchesName,
  tokenF1,
  quoteTokens,
} from './quote-scoring';

describe('quote matching', () => {
  it.each([
    ['curly and straight marks normalise alike', '“We will win,”', '"we will win,"'],
    ['dashes and spacing', 'a  long—road', 'a long-road'],
  ])('%s', (_name, a, b) => expect(normalizeQuote(a)).toBe(normalizeQuote(b)));

  it.each([
    ['identical', 'we will rebuild the bridge', 'we will rebuild the bridge', 1],
    ['disjoint', 'we will rebuild', 'nothing here matches', 0],
    ['half overlap', 'a b c d', 'a b', 2 / 3],
  ])('token F1: %s', (_name, a, b, f) => expect(tokenF1(quoteTokens(a), quoteTokens(b))).toBeCloseTo(f as number));

  it('pairs greedily by similarity, one to one, above the threshold', () => {
    const gold = ['we will rebuild the bridge by june', 'the situation is stable and calm'];
    const predicted = ['the situation is stable', 'we will rebuild the bridge by june', 'we will rebuild the bridge'];
    expect(matchQuotes(gold, predicted)).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(matchQuotes(['completely different words here'], ['we will rebuild'])).toEqual([]);
  });

  it('P/R/F1', () => {
    expect(prf(3, 4, 6)).toEqual({ p: 0.75, r: 0.5, f1: 0.6 });
    expect(prf(0, 0, 5).f1).toBe(0);
  });
});

describe('speaker rules', () => {
  it.each([
    ['titles dropped', 'President Tokayev', 'Kassym-Jomart Tokayev', [], true],
    ['alias', 'the relatives', 'relatives of the officers', ['the relatives'], true],
    ['different person', 'Berik Uali', 'Kassym-Jomart Tokayev', [], false],
    ['a generational suffix is no surname', 'Charles Elliott Jr.', 'Elliott', [], true],
    ['a generational suffix left out', 'Brent Bozell', 'Brent Bozell III', [], true],
    ['a suffix is no surname shared', 'Donald Trump Jr.', 'Hunter Biden Jr.', [], false],
    ['gold copies mis-decoded letters', 'Federico de Jesús', 'Federico de JesA\u0303\u0083A\u0302os', [], true],
    ['no prediction', null, 'Berik Uali', [], false],
  ])('name rule: %s', (_n, predicted, gold, aliases, ok) =>
    expect(speakerMatchesName(predicted as string | null, gold as string, aliases as string[])).toBe(ok),
  );

  it.each([
    ['overlapping span', { start: 10, end: 15 }, true],
    ['span elsewhere', { start: 40, end: 45 }, false],
  ])('mention rule: %s', (_n, span, ok) =>
    expect(
      speakerMatchesMention({ speaker: 'Uali', speakerMention: span }, { start: 12, end: 20, text: 'Berik Uali' }),
    ).toBe(ok),
  );
});
