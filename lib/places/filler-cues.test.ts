// The role cues that end with FILLER test the head and the shared FILLER apart (openedByThen); each answers as its
// whole pattern, on windows built from the cues' own words and the filler's.
import { describe, expect, it } from 'vitest';
import { FILLER_CUES } from './5-roles';
import { randomStrings } from '../text/random-strings';

// prettier-ignore
const PIECES = [
  'in', 'at', 'on', 'to', 'from', 'of', 'the', 'a', 'his', 'parents’', 'city', 'state', 'capital', 'northern',
  'south', 'present-day', '15th', 'century', 'Paris’s', 'two', '11', 'states', 'and', 'cities', 'such', 'as', 'like',
  'parts', 'middle', 'newly', 'independent', 'pet-friendly', 'IN', 'The', 'THE', 'North', 'Of', 'ſtates', '[of', 'K',
  'İn', 'in\u0345', 'ǅungla', 'ÉTATS', 'Victorian', 'victorian', 'VICTORIAN',
];
const GLUE = [' ', ' ', ' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', ''];
/** Each cue's words as they stand together, so that every cue is met. */
// prettier-ignore
const CUE_WORDS = [
  'sent troops to', 'traveled to', 'called back to', 'visited', 'won', 'fled from', 'hauled out of', 'was flown from',
  'phoned in from', 'said by phone from', 'Hurricane Irma is lashing', 'protests in', 'attack on', 'crossed', 'on',
  'documentary on', 'in',
];

const before = randomStrings(PIECES, GLUE, 4000, 11, 4);
const after = randomStrings(PIECES, GLUE, 4000, 29, 5);
const WINDOWS = before.map((b, i) => `${b}${CUE_WORDS[i % CUE_WORDS.length]} ${after[i]}`);

describe('role cues before FILLER', () => {
  it.each(Object.entries(FILLER_CUES))('%s answers as its whole pattern on random windows', (_, cue) => {
    const whole = new RegExp(cue.source, cue.flags);
    let matched = 0;
    for (const s of WINDOWS) {
      const want = whole.test(s);
      if (want) matched++;
      expect([s, cue.test(s)]).toEqual([s, want]);
    }
    expect(matched).toBeGreaterThanOrEqual(3); // the windows exercise the cue
  });
});
