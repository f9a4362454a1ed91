// Quote-change watch: when an article with pinned quotes is read again, say what became of each quote
// (unchanged, moved, edited with a word diff, attributed to someone else, removed) and what changed in the article.
import { diffWords } from 'diff';
import type { Analysis, Quote } from '../types';
import { anchorQuote, type Anchor } from '../quote-selector';
import type { Note, NoteCheck, WordChange } from './model';

/** Checks one pinned quote against the article as it reads now. */
export function checkNote(note: Note, analysis: Analysis, at: Date): NoteCheck {
  const text = analysis.article.text;
  const anchor = anchorQuote(text, note.selector) ?? anchorQuote(squashed(text), squashedSelector(note));
  const checked = { at: at.toISOString() };
  if (!anchor) return { ...checked, fate: 'removed' };
  const found = anchor.errors > 0 ? textAt(analysis, anchor, note) : null;
  const speakerNow = speakerAt(analysis.quotes, anchor);
  if (found !== null && wordsOf(found) !== wordsOf(note.quote)) {
    return {
      ...checked,
      fate: 'edited',
      now: found,
      diff: wordDiff(note.quote, found),
      ...speakerChange(note, speakerNow),
    };
  }
  const change = speakerChange(note, speakerNow);
  if (change.speakerNow !== undefined) return { ...checked, fate: 'reattributed', ...change };
  return { ...checked, fate: anchor.contextKept ? 'unchanged' : 'moved' };
}

/** Word-level diff, white space ignored: what a reader needs to see of an edit. */
export function wordDiff(before: string, after: string): WordChange[] {
  return diffWords(squashed(before), squashed(after)).map((part) => ({
    value: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'same',
  }));
}

export interface ArticleChanges {
  title: { before: string; after: string } | null;
  paragraphsAdded: number;
  paragraphsRemoved: number;
}

/** The article's own changes between the copy kept at pinning time and the text now. */
export function compareArticles(
  before: { title: string; text: string },
  after: { title: string; text: string },
): ArticleChanges {
  const was = paragraphSet(before.text);
  const now = paragraphSet(after.text);
  const titleChanged = squashed(before.title) !== squashed(after.title);
  return {
    title: titleChanged ? { before: before.title, after: after.title } : null,
    paragraphsAdded: [...now].filter((p) => !was.has(p)).length,
    paragraphsRemoved: [...was].filter((p) => !now.has(p)).length,
  };
}

const squashed = (s: string) => s.replace(/\s+/g, ' ').trim();
/** The words alone: a re-extraction may move a comma or a quote mark; readers care about changed words. */
// Stryker disable next-line MethodExpression: only ever compared with itself, so upper case would compare the same
const wordsOf = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

function squashedSelector(note: Note) {
  const { prefix, suffix, exact, offset } = note.selector;
  return { exact: squashed(exact), prefix: squashed(prefix), suffix: squashed(suffix), offset };
}

function paragraphSet(text: string): Set<string> {
  return new Set(
    text
      .split(/\n{2,}/)
      .map(squashed)
      .filter(Boolean),
  );
}

/** The words found: the engine's own quote there when it has one (whole quote marks), else the matched span. */
function textAt(analysis: Analysis, anchor: Anchor, note: Note): string {
  const quote = quoteAt(analysis.quotes, anchor);
  if (quote && Math.abs(quote.text.length - note.quote.length) <= note.quote.length * 0.5) return squashed(quote.text);
  return squashed(analysis.article.text.slice(anchor.start, anchor.end));
}

function quoteAt(quotes: Quote[], anchor: Anchor): Quote | undefined {
  return quotes.find((q) => q.start < anchor.end && anchor.start < q.end);
}

function speakerAt(quotes: Quote[], anchor: Anchor): string | null | undefined {
  const quote = quoteAt(quotes, anchor);
  return quote ? quote.speaker : undefined;
}

/** A speaker counts as changed only when both are known and name different people (same surname = same person). */
function speakerChange(note: Note, now: string | null | undefined): { speakerNow?: string | null } {
  if (!note.speaker || !now) return {};
  return lastWord(note.speaker) === lastWord(now) ? {} : { speakerNow: now };
}

// Stryker disable next-line Regex: after trim(), splitting on single spaces leaves the same last word
const lastWord = (name: string) => name.trim().split(/\s+/).pop()!.toLowerCase();
