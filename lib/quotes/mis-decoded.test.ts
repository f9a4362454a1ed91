// A name written with mis-decoded letters (UTF-8 read as Latin-1, then compatibility-normalised: "JesÃÂos" for
// "Jesús") is read whole (lib/text/mojibake.ts repairs it in place), shown repaired, and "he" finds the person.
import { describe, expect, it } from 'vitest';
import { speakersNamed } from './test-helpers';

// "ú" read as Latin-1 twice, then normalised: "Ã" and "Â" as "A" and a combining mark, "º" as "o".
const JESUS = 'JesA\u0303\u0083A\u0302os';

describe('a name with mis-decoded letters', () => {
  it('is the speaker, shown repaired, and the person a later "he" names', () => {
    const story = [
      `“If they start doing it now, I think they are on time,” said Federico de ${JESUS}, a Democratic strategist.`,
      '“If they wait much longer, that might be more concerning,” he added.',
    ];
    expect(speakersNamed(story)).toEqual(['Federico de Jesús', 'Federico de Jesús']);
  });

  it('is read once decoded, ending where the word ends', () => {
    const story = ['The talks went on.', `“We will build the wall together,” Enrique Pe\u00C3\u00B1a Nieto said.`];
    expect(speakersNamed(story)).toEqual(['Enrique Peña Nieto']);
  });
});
