// The sentence around a character offset, via Intl.Segmenter (the platform's sentence breaker).
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function sentenceAt(text: string, offset: number): string {
  // Segment only the paragraph: segmenting a whole article per mention would be quadratic.
  const start = text.lastIndexOf('\n', offset) + 1;
  const endBreak = text.indexOf('\n', offset);
  const paragraph = text.slice(start, endBreak < 0 ? text.length : endBreak);
  const hit = segmenter.segment(paragraph).containing(offset - start);
  return (hit?.segment ?? paragraph).trim();
}
