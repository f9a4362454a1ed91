// Photo credits ("Credit Ashraf Shazly/Agence France-Presse — Getty Images", "Photo: Jane Doe/Reuters",
// "(AP Photo/Evan Vucci)") name the picture agency, not the story's actors: entities found only there
// get no link.
import type { Span } from '../types';

/** A credit closing a caption: a marker, then a short tail that is not a sentence ("Credit Suisse fell."). */
// "Credit", "Photo credit", "Photo:", "Images by", "©".
const CREDIT_MARKERS = [
  '(?:Photo(?:graph)?\\s+)?Credits?\\s+',
  '(?:Photo(?:graph)?|Image|Picture)s?(?::|\\s+by)\\s+',
  '©\\s*',
];
const TRAILING_CREDIT = new RegExp(`(?:^|[.!?”")]\\s+)(${CREDIT_MARKERS.join('|')})[^.!?]{2,150}$`);
const WIRE_PHOTO = /\((?:AP|AFP|Reuters|Getty|EPA)\s+Photos?\/[^)]{1,80}\)/g;

/**
 * The words every credit holds, looked up first (a native substring search): the patterns are tried from every
 * character of a paragraph, and most paragraphs hold none of them.
 */
const MARKER_WORDS = ['Credit', 'Photo', 'Image', 'Picture', '©'];
const mayHoldCredit = (body: string) => MARKER_WORDS.some((w) => body.includes(w));

/** The parts of paragraphs that are photo credits. */
export function creditSpans(text: string, paragraphs: Span[]): Span[] {
  const spans: Span[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end).trimEnd();
    if (!mayHoldCredit(body)) continue;
    const trailing = TRAILING_CREDIT.exec(body);
    if (trailing)
      spans.push({ start: p.start + trailing.index + trailing[0].indexOf(trailing[1]), end: p.start + body.length });
    for (const m of body.matchAll(WIRE_PHOTO))
      spans.push({ start: p.start + m.index, end: p.start + m.index + m[0].length });
  }
  return spans;
}

export const inSpans = (m: Span, spans: Span[]) => spans.some((s) => m.start >= s.start && m.end <= s.end);
