import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article } from '../types';
import { readPageMetadata } from './metadata';
import { elementToBlocks, joinParagraphs } from './to-text';
import { dropLeadingChrome } from './chrome-trim';
import { cleanByline } from './byline';
import { dropFurniture } from './boilerplate';
import { dropFurnitureLines, dropRepeats } from './furniture-lines';
import { countWords } from '../text/word-count';

const WORDS_PER_MINUTE = 230;
/** Below this an extraction is a teaser, a list or a stub, not an article. */
const MIN_ARTICLE_WORDS = 60;

function resolveUrl(href: string | null, base: string): string {
  if (!href) return base;
  try {
    return new URL(href, base).href;
  } catch {
    return base;
  }
}

/** The repairs together may take at most this share of Readability's words; more means they misread the page. */
const MAX_REPAIR_SHARE = 0.35;
/** The blocks hold at least `words` words: counted only until there are that many. */
function holdsWords(blocks: string[], words: number): boolean {
  let n = 0;
  for (const block of blocks) {
    if (n >= words) return true;
    n += countWords(block, false, words - n);
  }
  return n >= words;
}

/**
 * Readability's article as text blocks, repaired: furniture elements out (bylines, promo boxes, link lists,
 * teasers), then the leading menu run, furniture lines and repeated blocks. Repairs that together would take more
 * than MAX_REPAIR_SHARE of the words are not applied: Readability's own text is returned instead.
 */
export function repairedBlocks(content: Element): string[] {
  const { total, restore } = dropFurniture(content);
  const repaired = dropRepeats(dropFurnitureLines(dropLeadingChrome(elementToBlocks(content))));
  if (holdsWords(repaired, total * (1 - MAX_REPAIR_SHARE))) return repaired;
  // Rare: the article is converted a second time only when the repairs are refused.
  restore();
  return elementToBlocks(content);
}

export interface ExtractOptions {
  /**
   * The caller parsed `doc` for this call alone (the CLI, the evaluation): Readability may rewrite it, so no copy
   * is made. A live page (the extension) is never disposable: Readability works on a clone of it.
   */
  disposable?: boolean;
}

/**
 * Runs Readability on a clone of `doc` (or on `doc` itself when it is disposable) and returns plain data, or null
 * when the page holds no article. Pure: no browser APIs, so the same code runs in the page and in Node with linkedom.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  // Binary junk or an empty response parses to a document without a root or body: no article, not a crash.
  if (!doc?.documentElement || !doc.body) return null;
  const metadata = readPageMetadata(doc);
  // "Is this an article page?" walks the whole page. It is asked only of a short untyped extraction; a disposable
  // page is about to be rewritten, so for an untyped one the answer is taken first.
  const readerableBefore = options.disposable && !metadata.isArticleType ? isProbablyReaderable(doc) : undefined;
  const target = options.disposable ? doc : (doc.cloneNode(true) as Document);
  const parsed = new Readability<Node>(target, { serializer: (el) => el, keepClasses: true }).parse();
  if (!parsed?.content) return null;

  const { text, paragraphs } = joinParagraphs(repairedBlocks(parsed.content as Element));
  const wordCount = countWords(text, true);
  if (wordCount < MIN_ARTICLE_WORDS) return null;
  if (!metadata.isArticleType && paragraphs.length < 4 && !(readerableBefore ?? isProbablyReaderable(doc))) return null;

  const lang = parsed.lang?.trim() || metadata.lang;
  return {
    title: (parsed.title?.trim() || metadata.title || '').replace(/\s+/g, ' '),
    byline: cleanByline(parsed.byline) ?? cleanByline(metadata.byline),
    siteName: parsed.siteName?.trim() || metadata.siteName,
    publishedTime: parsed.publishedTime?.trim() || metadata.publishedTime,
    ...(metadata.authors.length ? { authors: metadata.authors } : {}),
    ...(metadata.modifiedTime ? { modifiedTime: metadata.modifiedTime } : {}),
    lang: lang || null,
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    url: resolveUrl(metadata.canonicalUrl, url),
    excerpt: parsed.excerpt?.trim() || null,
    text,
    paragraphs,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
  };
}
