import { describe, expect, it } from 'vitest';
import { endsInPossessive, lastWordBeforeSpace } from './end-reads';
import { randomStrings } from './random-strings';

// The end reads against the patterns they answer as, on random strings: spaces of every kind, both apostrophes,
// letters outside ASCII, a surrogate pair and a lone surrogate.
const PIECES = ['s', "'s", '’s', 'of', 'the', 'at', 'Smith', 'é', '𝐚', '\ud835', "'", '’', ',', 'x'];
// Nine kinds of glue: the generator's low bits pick from a count that is a power of two badly.
const GLUE = ['', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', '\u3000', ' \n'];
const strings = randomStrings(PIECES, GLUE, 4000, 11, 6);

describe('endsInPossessive', () => {
  it('reads a final possessive s', () => {
    expect(endsInPossessive('Obama’s')).toBe(true);
    expect(endsInPossessive("Obama's")).toBe(true);
    expect(endsInPossessive('Obamas')).toBe(false);
    expect(endsInPossessive("'s")).toBe(true);
    expect(endsInPossessive('s')).toBe(false);
  });
  it("is /['’]s$/ on random strings", () => {
    for (const s of strings) expect(endsInPossessive(s)).toBe(/['’]s$/.test(s));
  });
});

describe('lastWordBeforeSpace', () => {
  it('reads the last word between white space and the final white space', () => {
    expect(lastWordBeforeSpace('friends of ')).toBe('of');
    expect(lastWordBeforeSpace('friends of\u00a0\n')).toBe('of');
    expect(lastWordBeforeSpace('friends of')).toBeNull();
    expect(lastWordBeforeSpace('of ')).toBeNull();
    expect(lastWordBeforeSpace('  ')).toBeNull();
  });
  it('is the word /\\s(\\S+)\\s+$/ captures on random strings', () => {
    for (const s of strings) expect(lastWordBeforeSpace(s)).toBe(/\s(\S+)\s+$/.exec(s)?.[1] ?? null);
  });
});
