// The panel's view of the notebook: which of this article's quotes are pinned, pin/unpin, and the quote-change
// watch: on every reading of an article with notes, each pinned quote is checked against the text as it is now.
import type { NotesClient } from '../lib/contracts';
import { checkNote, compareArticles, noteFromQuote, normalizeArticleUrl, quoteKey, type NoteCheck } from '../lib/notes';
import type { Analysis } from '../lib/types';
import { keepCopy, readStoredCopy, recordArticleCheck, unpackCopy } from './article-copies';
import { readNotes, sendNoteOperation, watchNotes } from './notes-store';
import { reportProblem } from './problems';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Compares the article with the copy kept at the first pin; the result goes to the copy index. */
async function checkAgainstCopy(analysis: Analysis, at: Date): Promise<void> {
  const stored = await readStoredCopy(analysis.article.url);
  const copy = stored && (await unpackCopy(stored));
  if (!copy) return;
  await recordArticleCheck(analysis.article.url, {
    at: at.toISOString(),
    changes: compareArticles(copy, analysis.article),
  });
}

export async function checkArticle(analysis: Analysis): Promise<number> {
  const article = normalizeArticleUrl(analysis.article.url);
  const notes = (await readNotes()).notes.filter((n) => normalizeArticleUrl(n.article.url) === article);
  if (!notes.length) return 0;
  const at = new Date();
  const checks: Record<string, NoteCheck> = {};
  for (const note of notes) checks[note.key] = checkNote(note, analysis, at);
  const found = notes
    .filter((n) => ['unchanged', 'moved', 'reattributed'].includes(checks[n.key].fate))
    .map((n) => n.key);
  await checkAgainstCopy(analysis, at);
  await sendNoteOperation({
    op: 'check',
    articleUrl: article,
    foundKeys: found,
    checkedKeys: notes.map((n) => n.key),
    checks,
  });
  return notes.length;
}

export function createNotesClient(): NotesClient {
  return {
    watchPinned(articleUrl, onChange) {
      const article = normalizeArticleUrl(articleUrl);
      return watchNotes((state) => {
        const keys = state.notes.filter((n) => normalizeArticleUrl(n.article.url) === article).map((n) => n.key);
        onChange(new Set(keys));
      });
    },
    async togglePin(analysis, quote, options) {
      const key = quoteKey(analysis.article.url, quote);
      const pinned = (await readNotes()).notes.some((n) => n.key === key);
      try {
        if (pinned) return void (await sendNoteOperation({ op: 'unpin', key }));
        const note = noteFromQuote(analysis, quote, new Date(), crypto.randomUUID());
        await sendNoteOperation({ op: 'pin', note: options?.paraphrase ? { ...note, paraphrase: true } : note });
      } catch (error) {
        const reported = (error as { reported?: boolean }).reported;
        if (!reported) await reportProblem(`Could not ${pinned ? 'unpin' : 'pin'} the quote: ${message(error)}`);
        throw error;
      }
      const problem = await keepCopy(analysis.article, new Date()).catch(
        (error) => `Could not keep the article copy: ${message(error)}`,
      );
      if (problem) await reportProblem(problem);
    },
    async checkArticle(analysis) {
      await checkArticle(analysis).catch((error) =>
        reportProblem(`Could not check the pinned quotes: ${message(error)}`),
      );
    },
  };
}
