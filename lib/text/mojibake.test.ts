import { describe, expect, it } from 'vitest';
import { FILLER, repairMojibake, withoutFillers } from './mojibake';

// Runs as web text gives them after UTF-8 was read as Latin-1 (and, in some corpora, compatibility-normalised).
const TILDE_A = 'A\u0303'; // "Ã" normalised into "A" and a combining tilde
const CIRCUMFLEX_A = 'A\u0302'; // "Â" likewise

describe('repairMojibake', () => {
  it.each([
    ['UTF-8 read as Latin-1', 'Enrique Pe\u00C3\u00B1a Nieto', 'Enrique Peña Nieto'],
    ['the lead normalised into a letter and a mark', `Pe${TILDE_A}\u00B1a Nieto`, 'Peña Nieto'],
    ['read as Latin-1 twice', `Carre${TILDE_A}\u0083${CIRCUMFLEX_A}\u00B1o`, 'Carreño'],
    ['a byte normalised into "1⁄4" (¼)', `G${TILDE_A}1\u20444len`, 'Gülen'],
    ['a byte normalised into "o" (º), twice read', `Jes${TILDE_A}\u0083${CIRCUMFLEX_A}os`, 'Jesús'],
    ['a soft hyphen byte', `Garc${TILDE_A}\u00ADa`, 'García'],
    ['Latin Extended-A ("š")', 'Ko\u00C5\u00A1ice', 'Košice'],
  ])('%s', (_kind, text, shown) => {
    const repaired = repairMojibake(text);
    expect(repaired).toHaveLength(text.length);
    expect(withoutFillers(repaired)).toBe(shown);
  });

  it.each([
    ['text without a lead byte', 'Peña Nieto said'],
    ['a capital Ä or Å in a word', 'Ärger in Århus'],
    ['a lead before a letter it cannot stand with', 'SÃO PAULO'],
  ])('leaves %s as it is', (_kind, text) => expect(repairMojibake(text)).toBe(text));

  it('fills the run, so the word reads as one', () => {
    expect(repairMojibake(`Pe${TILDE_A}\u00B1a`)).toBe(`Peñ${FILLER}${FILLER}a`);
  });
});
