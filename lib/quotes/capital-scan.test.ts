// matchesAtCapitals (capital-scan.ts) must find what a global scan of the same pattern finds.
import { describe, expect, it } from 'vitest';
import { charClass } from '../text/chars';
import { matchesAtCapitals } from './capital-scan';

const WORD_PART = charClass(/^[\p{L}'’-]$/u);
// Two capitalised words; the look-behind refuses a word part before the first, as the name patterns do.
const SOURCE = "(?<![\\p{L}'’-])\\p{Lu}\\p{Ll}*[^\\S\\n]+\\p{Lu}[\\p{L}'’-]*";
const global = new RegExp(SOURCE, 'gu');
const sticky = new RegExp(SOURCE, 'uy');
const scan = (text: string) => matchesAtCapitals(sticky, text, WORD_PART).map((m) => [m.index, m[0]]);
const reference = (text: string) => [...text.matchAll(global)].map((m) => [m.index, m[0]]);

describe('matchesAtCapitals', () => {
  it('finds what the global scan finds, with letters outside ASCII and the BMP', () => {
    const texts = [
      'Berik Uali said. McDonald Trump and O’Brien Smith met Élodie Durand in Zürich Ost.',
      'jean-Luc Picard, x-Ray Vision, AB CD EF: overlapping runs Ann Bo Cy Di.',
      '𝐀bc 𝐁cd \u{10400}x \u{10401}y — Ω Alpha “Quoted Name” Ünal Özil',
      'No capitals here at all.',
      'A',
      'Ann\nBo split by a line end, Ann  Bo by two spaces.',
    ];
    for (const text of texts) expect(scan(text)).toEqual(reference(text));
  });

  it('finds the same on random strings of letters, marks and spaces', () => {
    const alphabet = ['A', 'b', 'É', 'é', ' ', ' ', '\n', "'", '’', '-', '.', '𝐀', '\u{10428}', 'Z', 'q'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 40 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(scan(text)).toEqual(reference(text));
    }
  });

  it('refuses a global or non-sticky pattern', () => {
    expect(() => matchesAtCapitals(global, 'Ann Bo', WORD_PART)).toThrow();
  });
});
