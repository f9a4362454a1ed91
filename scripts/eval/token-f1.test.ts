import { describe, expect, it } from 'vitest';
import { tokenF1 } from './token-f1';

describe('tokenF1', () => {
  it('compares lower-cased word bags: order and punctuation do not count, repeats do', () => {
    expect(tokenF1('The cat, the dog.', 'dog the CAT the')).toEqual({ p: 1, r: 1, f1: 1 });
    const s = tokenF1('the the cat', 'the cat sat');
    expect(s.p).toBeCloseTo(2 / 3);
    expect(s.r).toBeCloseTo(2 / 3);
  });
  it('an empty extraction scores 0 against a real text', () => {
    expect(tokenF1('', 'some words here')).toEqual({ p: 0, r: 0, f1: 0 });
  });
});
