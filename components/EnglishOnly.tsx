// Speakers, where a story happened and the kind of a name are read from English wording. On an article in another
// language each section says so in its own words ("English only"), so no section claims what it could not read:
// "Unattributed" would say the article names no one, "only mentioned" that nothing happened there.
import { attributable } from '../lib/quotes/language';
import type { Article } from '../lib/types';

/** "French" for "fr" or "fr-FR"; the code itself when the browser has no name for it. */
export function languageName(code: string): string {
  try {
    // The language alone: "fr-FR" is a French article, not a "French (France)" one.
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code.trim().split(/[-_]/)[0]) ?? code;
  } catch {
    return code;
  }
}

/** Null for an English article (or one with no language declared), else the language's name. */
export function otherLanguage(article: Pick<Article, 'lang'>): string | null {
  return attributable(article) || !article.lang ? null : languageName(article.lang);
}

const SAYS = {
  overview: (lang: string) =>
    `News Lens reads speakers and places in English. For this ${lang} article it lists the quotes and the names ` +
    'it recognises.',
  quotes: (lang: string) => `This article is in ${lang}, so its quotes are listed without speakers.`,
  places: (lang: string) =>
    `Where a story happened is read from English wording. For this ${lang} article these are the place names ` +
    'News Lens recognises, not where it happened.',
  'places-none': (lang: string) =>
    `Where a story happened is read from English wording, and no place name was recognised in this ${lang} article.`,
  background: (lang: string) =>
    `For this ${lang} article these are the names News Lens recognises; whether each is a person, a place or an ` +
    'organisation may be wrong.',
} as const;

const TOPIC = {
  overview: 'English only:',
  quotes: 'Speakers: English only.',
  places: 'Places: English only.',
  'places-none': 'Places: English only.',
  background: 'Names: English only.',
} as const;

/** The section's "English only" line, or nothing on an English article. */
export function EnglishOnly({ article, section }: { article: Pick<Article, 'lang'>; section: keyof typeof SAYS }) {
  const lang = otherLanguage(article);
  if (!lang) return null;
  return (
    <p class="banner english-only" data-testid="english-only" data-section={section}>
      <strong>{TOPIC[section]}</strong> {SAYS[section](lang)}
    </p>
  );
}
