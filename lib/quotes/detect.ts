// Direct quotes in an article: marked spans that are quotations (not titles, names or scare quotes),
// with offsets into the text and whether they are partial or run over several paragraphs.
import type { Article, Quote } from '../types';
import { findMarkedSpans } from './marks';
import { isGermanTitle, isNotAQuote } from './not-quotes';
import { isPartialQuote } from './partial';

/** Trims white space inside the marks so text === article.text.slice(start, end) has no padding. */
function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

export function detectQuotes(article: Article): Quote[] {
  const { text, paragraphs } = article;
  const quotes: Quote[] = [];
  for (const span of findMarkedSpans(text, paragraphs)) {
    const [start, end] = trimSpan(text, span.start, span.end);
    const quoted = text.slice(start, end);
    const paragraphStart = paragraphs[span.paragraph].start;
    // The words just before the mark decide title/partial; a bounded window keeps huge paragraphs linear.
    const before = text.slice(Math.max(paragraphStart, span.open - 300), span.open);
    if (isNotAQuote(quoted, before, text.slice(span.close + 1, span.close + 80))) continue;
    if (
      isGermanTitle(
        quoted,
        text[span.open],
        text.slice(Math.max(paragraphStart, span.open - 80), span.open),
        text.slice(span.close + 1, span.close + 50),
      )
    )
      continue;
    quotes.push({
      text: quoted,
      start,
      end,
      paragraph: span.paragraph,
      partial: !span.multiParagraph && isPartialQuote(quoted, before),
      multiParagraph: span.multiParagraph,
      speaker: null,
      speakerType: 'unknown',
      speakerRole: null,
      speakerMention: null,
    });
  }
  return quotes;
}
