// storyState's one walk for the two highest counts answers as the sort it replaces, on random maps of counts with ties.
import { describe, expect, it } from 'vitest';
import { storyState } from './3-story-context';

function storyStateAsWas(stated: Map<string, number>): string | undefined {
  const [first, second] = [...stated].sort((a, b) => b[1] - a[1]);
  if (!first || first[1] < 2 || (second && first[1] < 2 * second[1])) return undefined;
  return first[0];
}

describe('storyState', () => {
  it('answers as the sorted ranking', () => {
    let x = 20261207;
    const next = (k: number) => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % k;
    };
    let found = 0;
    for (let n = 0; n < 3000; n++) {
      const stated = new Map<string, number>();
      for (let k = next(5); k > 0; k--) stated.set(`US.${next(8)}`, next(7));
      const expected = storyStateAsWas(stated);
      if (expected) found++;
      expect(storyState(stated), JSON.stringify([...stated])).toBe(expected);
    }
    expect(found).toBeGreaterThan(300);
  });
});
