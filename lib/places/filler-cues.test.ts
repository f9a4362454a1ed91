// The role cues that end with FILLER test the head and the shared FILLER apart (openedByThen); each answers as its
// whole pattern, on windows built from the cues' own words and the filler's.
import { describe, expect, it } from 'vitest';
import { FILLER_CUES } from './5-roles';
import { randomStrings } from '../text/random-strings';

// prettier-ignore
const PIECES = [
  'in', 'at', 'on', 'to', 'from', 'of', 'the', 'a', 'his', 'parents’', 'city', 'state', 'capital', 'northern',
  'south', 'present-day', '15th', 'century', 'Paris’s', 'two', '11', 'states', 'and', 'cities', 'such', 'as', 'like',
  'parts', 'middle', 'newly', 'independent', 'pet-friendly', 'IN', 'The', 'ſtates', '[of', 'Kelvin', 'K',
];
const GLUE = [' ', ' ', ' ', ' ', ' ', '  ', '\n', ', ', '. ', '-', ''];
/** Each cue's words as they stand together, so that every cue is met. */
// prettier-ignore
const CUE_WORDS = [
  'sent troops to', 'traveled to', 'called back to', 'visited', 'won', 'fled from', 'hauled out of', 'was flown from',
  'phoned in from', 'said by phone from', 'Hurricane Irma is lashing', 'protests in', 'attack on', 'crossed', 'on',
  'documentary on', 'in',
];

describe('role cues before FILLER', () => {
  it('answer as their whole patterns on random windows', () => {
    const before = randomStrings(PIECES, GLUE, 6000, 11, 4);
    const after = randomStrings(PIECES, GLUE, 6000, 29, 5);
    const windows = before.map((b, i) => `${b}${CUE_WORDS[i % CUE_WORDS.length]} ${after[i]}`);
    for (const [name, cue] of Object.entries(FILLER_CUES)) {
      const whole = new RegExp(cue.source, cue.flags);
      let matched = 0;
      for (const s of windows) {
        const want = whole.test(s);
        if (want) matched++;
        expect([name, s, cue.test(s)]).toEqual([name, s, want]);
      }
      expect([name, matched >= 5]).toEqual([name, true]); // the windows exercise each cue
    }
  });
});
