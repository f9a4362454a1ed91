// The article as Readability extracted it: a one-line header, and its paragraphs (the "Text" section), as text only.
import type { Article } from '../lib/types';
import { outletOf, readableByline } from './article-display';

function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
}

function languageName(code: string | null): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The language, only when it is not the reader's own (an English article is no news to an English reader). */
function foreignLanguage(code: string | null): string | null {
  if (!code) return null;
  const ui = (globalThis.navigator?.language ?? 'en').split('-')[0].toLowerCase();
  return code.split('-')[0].toLowerCase() === ui ? null : languageName(code);
}

interface HeaderProps {
  article: Article;
  onRefresh(): void;
  busy: boolean;
}

/** One muted line (outlet · date · reading time), the title clamped to two lines, and the re-read button. */
export function ArticleHeader({ article, onRefresh, busy }: HeaderProps) {
  const date = formatDate(article.publishedTime);
  const language = foreignLanguage(article.lang);
  const outlet = outletOf(article);
  const facts = [
    date && { id: 'date', text: date },
    { id: 'reading', text: `${article.readingMinutes} min read` },
    language && { id: 'lang', text: language },
  ].filter(Boolean) as { id: string; text: string }[];
  return (
    <header class="article-header">
      <div class="meta-line">
        <p class="meta">
          {outlet && (
            <span class="outlet" data-testid="outlet">
              {outlet}
            </span>
          )}
          {facts.map((f) => (
            <span key={f.id} data-testid={f.id}>
              {f.text}
            </span>
          ))}
        </p>
        <button
          type="button"
          class="refresh"
          data-testid="refresh"
          onClick={onRefresh}
          disabled={busy}
          title="Read the page again"
          aria-label="Read the page again"
        >
          <span aria-hidden="true">↻</span>
        </button>
      </div>
      <h1 data-testid="title" lang={article.lang ?? undefined} dir={article.dir ?? undefined} title={article.title}>
        {article.title || 'Untitled article'}
      </h1>
      {busy && <div class="progress" role="progressbar" aria-label="Reading the page again" data-testid="busy" />}
    </header>
  );
}

export function ArticleBody({ article }: { article: Article }) {
  const words = `${article.wordCount.toLocaleString()} words`;
  return (
    <div
      class="article-body"
      data-testid="article-body"
      lang={article.lang ?? undefined}
      dir={article.dir ?? undefined}
    >
      <p class="text-meta" data-testid="byline">
        {article.byline ? `By ${readableByline(article.byline)} · ${words}` : words}
      </p>
      {article.paragraphs.map((p) => (
        <p key={p.start} data-testid="paragraph">
          {article.text.slice(p.start, p.end)}
        </p>
      ))}
    </div>
  );
}
