// Attribution reads English cues ("said", "according to"); in another language its guesses would be
// presented as facts. There the quotes are listed with their speaker unknown.
import type { Article, Quote } from '../types';

/**
 * English, or no language declared (most English pages declare one; an undeclared page is read as English).
 * "en", "en-US", and og:locale's underscore form "en_GB" (where \b finds no boundary: "_" is a word character).
 */
export function attributable(article: Pick<Article, 'lang'>): boolean {
  return !article.lang || /^en(?:$|[-_])/i.test(article.lang.trim());
}

export function unattributed(quotes: Quote[]): Quote[] {
  return quotes.map((q) => ({ ...q, speaker: null, speakerType: 'unknown', speakerRole: null, speakerMention: null }));
}
