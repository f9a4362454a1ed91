// The article as Readability extracted it: metadata line and paragraphs, rendered as text only.
import type { Article } from '../lib/types';

function formatDate(iso: string | null, locale?: string): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
}

function languageName(code: string | null): string | null {
  if (!code) return null;
  try {
    return new Intl.DisplayNames(undefined, { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export function ArticleHeader({ article }: { article: Article }) {
  const date = formatDate(article.publishedTime);
  const facts = [
    article.byline && { id: 'byline', label: 'By', value: article.byline },
    date && { id: 'date', label: 'Published', value: date },
    article.lang && { id: 'lang', label: 'Language', value: languageName(article.lang) },
    { id: 'reading', label: 'Reading time', value: `${article.readingMinutes} min read (${article.wordCount.toLocaleString()} words)` },
  ].filter(Boolean) as { id: string; label: string; value: string }[];
  return (
    <header class="article-header">
      {article.siteName && <p class="outlet" data-testid="outlet">{article.siteName}</p>}
      <h1 data-testid="title" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
        {article.title || 'Untitled article'}
      </h1>
      <dl class="facts">
        {facts.map((f) => (
          <div key={f.id} data-testid={f.id}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}

export function ArticleBody({ article }: { article: Article }) {
  return (
    <div class="article-body" data-testid="article-body" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      {article.paragraphs.map((p) => (
        <p key={p.start} data-testid="paragraph">
          {article.text.slice(p.start, p.end)}
        </p>
      ))}
    </div>
  );
}
