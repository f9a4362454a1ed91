// The words an article capitalises mid-sentence, read from the spaces of the text: the same words, in the same order,
// as the global regex /[\p{Ll}\d,;)] (\p{Lu}[\p{L}'’-]*)/gu (each match starting where the last one ended).
import { describe, expect, it } from 'vitest';
import { midSentenceCapitals } from './attribute';

const byRegex = (text: string) => [
  ...new Set([...text.matchAll(/[\p{Ll}\d,;)] (\p{Lu}[\p{L}'’-]*)/gu)].map((m) => m[1])),
];

describe('midSentenceCapitals', () => {
  it('reads a capital after a lower-case word, a digit, a comma, a semicolon or a bracket, never a sentence start', () => {
    const text = 'Reporters met Ana Ruiz. Then, Bob; Cy 2 Dee (yes) Eve-Marie. Fay said.';
    expect([...midSentenceCapitals(text)]).toEqual(['Ana', 'Bob', 'Cy', 'Dee', 'Eve-Marie']);
  });

  it('starts no match inside the last one: of three capitalised words the second is not read', () => {
    expect([...midSentenceCapitals('she told John Smith Jones so')]).toEqual(['John', 'Jones']);
  });

  it('reads letters beyond the BMP as one character, as the regex does', () => {
    for (const text of ['x 𝐀bc and 𝐚 Dove', 'é Éric, Ǆemal', 'a \udc00 B, \ud835 C', 'q  Two spaces', 'end x '])
      expect([...midSentenceCapitals(text)]).toEqual(byRegex(text));
  });
});
