// Page metadata that fills the gaps Readability leaves: JSON-LD NewsArticle, OpenGraph, <link rel=canonical>,
// and for citations the author list, dates and outlet from JSON-LD, Highwire `citation_*` and Dublin Core meta.

export interface PageMetadata {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  canonicalUrl: string | null;
  lang: string | null;
  isArticleType: boolean;
  /** Authors named one by one in structured data (never the publisher); empty when the page names none. */
  authors: string[];
  modifiedTime: string | null;
}

// schema.org types of a news story or post.
const ARTICLE_TYPE_NAMES = [
  ...['NewsArticle', 'Article', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle'],
  ...['BlogPosting', 'LiveBlogPosting', 'Report'],
];
const ARTICLE_TYPES = new RegExp(`^(${ARTICLE_TYPE_NAMES.join('|')})$`);

type JsonObject = Record<string, unknown>;

/** Each meta key (property, name or itemprop) with the content of the first <meta> that carries it. */
type MetaIndex = Map<string, string>;
/** Keys a page repeats, one tag per author: every value is kept. */
const REPEATED_KEYS = new Set(['citation_author', 'dc.creator', 'dcterms.creator']);

/** One pass over the <meta> elements: a querySelector per key walked the whole page for each key it missed. */
function metaIndex(metas: Element[], allOf: Map<string, string[]>): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of metas) {
    const content = el.getAttribute('content') ?? '';
    for (const attr of ['property', 'name', 'itemprop']) {
      // Dublin Core is written DC.creator, dc.creator or DCTERMS.creator: keys are compared without case.
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key === undefined) continue;
      if (!index.has(key)) index.set(key, content);
      if (REPEATED_KEYS.has(key)) allOf.set(key, [...(allOf.get(key) ?? []), content]);
    }
  }
  return index;
}

function meta(index: MetaIndex, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = index.get(key.toLowerCase())?.trim();
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
function jsonLdNodes(scripts: Element[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of scripts.filter((s) => s.getAttribute('type') === 'application/ld+json')) {
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

/** A JSON-LD value that only points at another node ({"@id": …}) is that node. */
function resolved(value: unknown, nodes: JsonObject[]): unknown {
  return asArray(value).map((v) => {
    const id = v && typeof v === 'object' ? (v as JsonObject)['@id'] : undefined;
    return typeof id === 'string' && !(v as JsonObject).name ? (nodes.find((n) => n['@id'] === id && n.name) ?? v) : v;
  });
}

/** A profile link is not a name ("article:author" often holds one). */
const NOT_A_NAME = /^(?:https?:|www\.|@)|\/\//i;
// Built once: under tsx (esbuild, node20 target) a `\p{…}` literal inside a function is a new RegExp on every call.
/** Global, read only by replace (which starts from 0 whatever lastIndex holds). */
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;
const folded = (s: string) =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(NOT_LETTER_OR_DIGIT, '');

/**
 * The author list from structured data, first source that names anyone: JSON-LD `author`, then `citation_author`
 * tags, then Dublin Core creators. A publisher is not an author: a name equal to the outlet's is dropped, as is a
 * JSON-LD author typed Organization that is the publisher.
 */
function structuredAuthors(
  article: JsonObject | undefined,
  nodes: JsonObject[],
  allOf: Map<string, string[]>,
  outlet: string | null,
): string[] {
  const nameIn = (a: unknown) => (typeof a === 'string' ? a : (a as JsonObject | null)?.name);
  const fromJsonLd = asArray(resolved(article?.author, nodes))
    .map(nameIn)
    .filter((n) => typeof n === 'string');
  const dublinCore = [...(allOf.get('dc.creator') ?? []), ...(allOf.get('dcterms.creator') ?? [])];
  const lists = [fromJsonLd as string[], allOf.get('citation_author') ?? [], dublinCore];
  const publisher = outlet ? folded(outlet) : null;
  for (const list of lists) {
    const seen = new Set<string>();
    const names = list
      .map((n) => n.replace(/\s+/g, ' ').trim())
      .filter((n) => {
        const key = folded(n);
        if (!key || NOT_A_NAME.test(n) || key === publisher || seen.has(key)) return false;
        return seen.add(key);
      });
    if (names.length) return names;
  }
  return [];
}

/** <link rel=canonical>'s address. */
function canonicalHref(links: Element[]): string | undefined {
  for (const link of links)
    if (link.getAttribute('rel')?.trim().toLowerCase() === 'canonical') return link.getAttribute('href')?.trim();
  return undefined;
}

/** NodeFilter.SHOW_ELEMENT (lib/ reads no browser globals). */
const SHOW_ELEMENT = 1;

/**
 * The page's <script>, <meta> and <link> elements, in page order, from one walk of the page: a walk per tag took
 * three times as long, and a selector list (querySelectorAll) took a third longer than this walker and an element's
 * lower-case localName (no upper-case tagName made for each element).
 */
function metadataElements(doc: Document): Record<'script' | 'meta' | 'link', Element[]> {
  const found: Record<'script' | 'meta' | 'link', Element[]> = { script: [], meta: [], link: [] };
  if (!doc.documentElement) return found;
  const walker = doc.createTreeWalker(doc.documentElement, SHOW_ELEMENT);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    const tag = el.localName;
    if (tag === 'script' || tag === 'meta' || tag === 'link') found[tag].push(el);
  }
  return found;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const elements = metadataElements(doc);
  const nodes = jsonLdNodes(elements.script);
  const article = nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t)));
  const allOf = new Map<string, string[]>();
  const metas = metaIndex(elements.meta, allOf);
  const siteName =
    nameOf(resolved(article?.publisher, nodes)) ??
    meta(metas, 'og:site_name', 'citation_journal_title', 'dc.publisher', 'dcterms.publisher', 'application-name');
  const canonical = canonicalHref(elements.link) || meta(metas, 'og:url');
  const ogType = meta(metas, 'og:type');
  return {
    title: text(article?.headline) ?? meta(metas, 'og:title', 'twitter:title'),
    byline: nameOf(article?.author) ?? meta(metas, 'author', 'article:author', 'byl'),
    siteName,
    publishedTime:
      text(article?.datePublished) ??
      meta(
        metas,
        'article:published_time',
        'datePublished',
        'pubdate',
        'date',
        'citation_publication_date',
        'citation_date',
        'dc.date.issued',
        'dcterms.issued',
        'dcterms.created',
        'dc.date',
      ),
    canonicalUrl: canonical || null,
    lang: doc.documentElement?.getAttribute('lang')?.trim() || meta(metas, 'og:locale', 'language'),
    isArticleType: !!article || /article/i.test(ogType ?? ''),
    authors: structuredAuthors(article, nodes, allOf, siteName),
    modifiedTime:
      text(article?.dateModified) ??
      meta(metas, 'article:modified_time', 'og:updated_time', 'dateModified', 'dc.date.modified', 'dcterms.modified'),
  };
}
