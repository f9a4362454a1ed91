// A note is one pinned quote with everything needed to cite it and find it again, even if the page changes.
import type { Analysis, Quote } from '../types';
import { textFragmentUrl } from './text-fragment';
import { selectorFor, type QuoteSelector } from '../quote-selector';

export const NOTES_SCHEMA_VERSION = 2;

/** Finds the quote again in a page: exact words, some context either side, and the offset in the article text. */
export type NoteSelector = QuoteSelector;

export interface NoteArticle {
  title: string;
  outlet: string | null;
  url: string;
  publishedTime: string | null;
  /** The byline as the page gave it ("By Ana Silva and Li Wei"); citations split it into authors. */
  byline?: string | null;
  /** Authors one by one from the page's structured data; when present, citations use them instead of the byline. */
  authors?: string[];
  /** ISO 8601 of the article's last update as the page gave it when the quote was pinned. */
  modifiedTime?: string;
}

/** 'ok' while the article still contains the quote; 'changed' once a later visit no longer finds it. */
export type NoteStatus = 'ok' | 'changed';

export interface Note {
  id: string;
  /** Same quote on the same article → same key, across visits and re-analysis. */
  key: string;
  quote: string;
  partial: boolean;
  speaker: string | null;
  speakerRole: string | null;
  article: NoteArticle;
  /** ISO 8601. */
  pinnedAt: string;
  comment: string;
  tags: string[];
  /** The article URL with a `#:~:text=` fragment pointing at the quote. */
  link: string;
  selector: NoteSelector;
  status: NoteStatus;
  /** The last comparison of the quote with the article as it reads now (absent until the article is re-read). */
  check?: NoteCheck;
  /** Reported speech (the article's words, not a quotation). Absent on quotes. */
  paraphrase?: boolean;
  /** The reader marked the speaker News Lens gave as wrong. Absent until they do. */
  speakerDisputed?: boolean;
  /** Who the reader says is the speaker instead (picked from the article's people or typed). Absent until they do. */
  speakerFix?: string;
}

/** A speaker's name is short; longer input is a paste gone wrong. */
export const MAX_SPEAKER_FIX_CHARS = 120;

/** What became of a pinned quote when its article was read again. */
export type QuoteFate = 'unchanged' | 'moved' | 'edited' | 'reattributed' | 'removed';

/** One run of a word-level diff between the pinned words and the words the article has now. */
export interface WordChange {
  value: string;
  change: 'same' | 'added' | 'removed';
}

export interface NoteCheck {
  /** ISO 8601. */
  at: string;
  fate: QuoteFate;
  /** The words the article has now where the quote was found (edited quotes only). */
  now?: string;
  diff?: WordChange[];
  /** The speaker the article gives now, when it differs from the pinned one. */
  speakerNow?: string | null;
}

export interface NotesState {
  version: typeof NOTES_SCHEMA_VERSION;
  notes: Note[];
}

export const EMPTY_NOTES: NotesState = { version: NOTES_SCHEMA_VERSION, notes: [] };

const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$)/i;

/** The article's identity for notes: no fragment, no tracking parameters. */
export function normalizeArticleUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) if (TRACKING_PARAM.test(name)) parsed.searchParams.delete(name);
    return parsed.href;
  } catch {
    return url.trim();
  }
}

export function normalizeQuoteText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/[“”„‟«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** FNV-1a, 32 bit: short stable keys, not security. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export function quoteKey(articleUrl: string, quote: Pick<Quote, 'text'>): string {
  return `${normalizeArticleUrl(articleUrl)}#${fnv1a(normalizeQuoteText(quote.text))}`;
}

export { selectorFor };

export function noteFromQuote(analysis: Analysis, quote: Quote, pinnedAt: Date, id: string): Note {
  const { article } = analysis;
  return {
    id,
    key: quoteKey(article.url, quote),
    quote: quote.text.replace(/\s+/g, ' ').trim(),
    partial: quote.partial,
    speaker: quote.speaker,
    speakerRole: quote.speakerRole,
    article: {
      title: article.title,
      outlet: article.siteName,
      url: article.url,
      publishedTime: article.publishedTime,
      byline: article.byline,
      ...(article.authors?.length ? { authors: [...article.authors] } : {}),
      ...(article.modifiedTime ? { modifiedTime: article.modifiedTime } : {}),
    },
    pinnedAt: pinnedAt.toISOString(),
    comment: '',
    tags: [],
    link: textFragmentUrl(article.url, article.text, quote.start, quote.end),
    selector: selectorFor(article.text, quote.start, quote.end),
    status: 'ok',
  };
}

/** Tags as users type them: "Kazakhstan, unrest  #protest" → ["kazakhstan", "unrest", "protest"]. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,\s]+/)
    .map((t) => t.replace(/^#/, '').trim().toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}
