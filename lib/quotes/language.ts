// Attribution reads English cues ("said", "according to"); in another language its guesses would be
// presented as facts. There the quotes are listed with their speaker unknown.
import type { Article, Quote } from '../types';

/** English, or no language declared (most English pages declare one; an undeclared page is read as English). */
export function attributable(article: Pick<Article, 'lang'>): boolean {
  return !article.lang || /^en\b/i.test(article.lang);
}

export function unattributed(quotes: Quote[]): Quote[] {
  return quotes.map((q) => ({ ...q, speaker: null, speakerType: 'unknown', speakerRole: null, speakerMention: null }));
}
