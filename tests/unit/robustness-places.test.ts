// Place recognition on a huge text reads each mention by its own token. Its speed on such pages (a token search per
// candidate once took half a minute on 300,000 words) is measured by `npm run robustness`, not here.
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../lib/places';
import { recognize } from '../../lib/places/1-recognize';

// The shipped format (lib/places/gazetteer.ts): one small town, one capital.
const GAZETTEER = loadGazetteer(
  [
    '#places\t2\t3',
    'Smallville\t40\t-90\tUS\tPPL\t5000\t',
    'Astana\t51.18\t71.45\tKZ\tPPLC\t1000000\t',
    '#names\t2',
    'astana\t1',
    'smallville\t0',
    '#demonyms\t0',
  ].join('\n'),
);

describe('place recognition on a huge text', () => {
  it('still reads each mention by its own token (a small town opening a sentence is weak) at 240,000 words', () => {
    // The town is not written as a place mid-sentence ("in Smallville" would make the opening one the town too).
    const unit = 'Smallville woke up early today. The mayor praised Smallville and then flew to Astana for talks. ';
    const text = unit.repeat(15_000);
    const found = recognize(text, GAZETTEER);
    expect(found).toHaveLength(45_000);
    expect(found.slice(-3).map((c) => [c.key, c.veto])).toEqual([
      ['smallville', 'weak'],
      ['smallville', undefined],
      ['astana', undefined],
    ]);
    expect(found.filter((c) => c.veto === 'weak')).toHaveLength(15_000);
  });
});
