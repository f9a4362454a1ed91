// A name written with mis-decoded letters (UTF-8 read as Latin-1, then compatibility-normalised: "JesÃÂos" for
// "Jesús") is read whole (lib/text/mojibake.ts repairs it in place), shown repaired, and "he" finds the person.
import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '.';
import { readNames } from '../names';
import { readText } from '../text';
import { makeArticle } from '../../tests/factories';

function speakers(paragraphs: string[]): (string | null)[] {
  const article = makeArticle(paragraphs);
  const layer = readText(article);
  return analyzeQuotes(article, layer, readNames(layer, { kb: null, gazetteer: null })).quotes.map((q) => q.speaker);
}

// "ú" read as Latin-1 twice, then normalised: "Ã" and "Â" as "A" and a combining mark, "º" as "o".
const JESUS = 'JesA\u0303\u0083A\u0302os';

describe('a name with mis-decoded letters', () => {
  it('is the speaker, shown repaired, and the person a later "he" names', () => {
    const story = [
      `“If they start doing it now, I think they are on time,” said Federico de ${JESUS}, a Democratic strategist.`,
      '“If they wait much longer, that might be more concerning,” he added.',
    ];
    expect(speakers(story)).toEqual(['Federico de Jesús', 'Federico de Jesús']);
  });

  it('is read once decoded, ending where the word ends', () => {
    const story = ['The talks went on.', `“We will build the wall together,” Enrique Pe\u00C3\u00B1a Nieto said.`];
    expect(speakers(story)).toEqual(['Enrique Peña Nieto']);
  });
});
