// The panel's view of the notebook: which of this article's quotes are pinned, and pin/unpin.
import type { NotesClient } from '../components/panel-contract';
import { noteFromQuote, normalizeArticleUrl, quoteKey } from '../lib/notes';
import { readNotes, sendNoteOperation, watchNotes } from './notes-store';

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
      if (pinned) await sendNoteOperation({ op: 'unpin', key });
      else {
        const note = noteFromQuote(analysis, quote, new Date(), crypto.randomUUID());
        await sendNoteOperation({ op: 'pin', note: options?.paraphrase ? { ...note, paraphrase: true } : note });
      }
    },
    async checkArticle(analysis) {
      const article = normalizeArticleUrl(analysis.article.url);
      const notes = (await readNotes()).notes.filter((n) => normalizeArticleUrl(n.article.url) === article);
      if (!notes.length) return;
      const flat = analysis.article.text.replace(/\s+/g, ' ');
      const found = notes.filter((n) => flat.includes(n.quote)).map((n) => n.key);
      await sendNoteOperation({ op: 'check', articleUrl: article, foundKeys: found, checkedKeys: notes.map((n) => n.key) });
    },
  };
}
