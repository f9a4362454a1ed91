// Page metadata that fills the gaps Readability leaves: JSON-LD NewsArticle, OpenGraph, <link rel=canonical>.

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  isArticleType: boolean;
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report)$/;

type JsonObject = Record<string, unknown>;

/** Each meta key (property, name or itemprop) with the content of the first <meta> that carries it. */
type MetaIndex = Map<string, string>;

/** One pass over the <meta> elements: a querySelector per key walked the whole page for each key it missed. */
function metaIndex(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content') ?? '';
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key !== null && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

function meta(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key)?.trim();
    if (value) return value;
  }
  return null;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value == null ? [] : [value];
}

function typesOf(node: JsonObject): string[] {
  return asArray(node['@type']).filter((t): t is string => typeof t === 'string');
}

/** Every object in the page's JSON-LD blocks, @graph flattened; malformed blocks are skipped. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of asArray(parsed)) {
      if (!item || typeof item !== 'object') continue;
      const obj = item as JsonObject;
      nodes.push(obj, ...(asArray(obj['@graph']).filter((g) => g && typeof g === 'object') as JsonObject[]));
    }
  }
  return nodes;
}

function nameOf(value: unknown): string | null {
  const names = asArray(value)
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' ? (v as JsonObject).name : null))
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '');
  return names.length ? names.map((n) => n.trim()).join(', ') : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const article = jsonLdNodes(doc).find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  const metas = metaIndex(doc);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(metas, 'og:url');
  const ogType = meta(metas, 'og:type');
  return {
    title: text(article?.headline) ?? meta(metas, 'og:title', 'twitter:title'),
    byline: nameOf(article?.author) ?? meta(metas, 'author', 'article:author', 'byl'),
    siteName: nameOf(article?.publisher) ?? meta(metas, 'og:site_name', 'application-name'),
    publishedTime:
      text(article?.datePublished) ?? meta(metas, 'article:published_time', 'datePublished', 'pubdate', 'date', 'dc.date'),
    canonicalUrl: canonical || null,
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(metas, 'og:locale', 'language'),
    isArticleType: !!article || /article/i.test(ogType ?? ''),
  };
}
