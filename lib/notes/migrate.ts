// Stored notebooks from older versions become the current shape. Pure functions, one per version step.
import { NOTES_SCHEMA_VERSION, type Note, type NotesState } from './model';

/** v1 (the first release) stored `{ quotes: [{ text, speaker, url, title, site, date, savedAt, note }] }`. */
export interface NotesStateV1 {
  quotes: {
    id: string;
    text: string;
    speaker: string | null;
    url: string;
    title: string;
    site: string | null;
    date: string | null;
    savedAt: number;
    note?: string;
    link?: string;
  }[];
}

export function migrateV1ToV2(v1: NotesStateV1, keyFor: (url: string, text: string) => string): NotesState {
  const notes: Note[] = (v1.quotes ?? []).map((q) => ({
    id: q.id,
    key: keyFor(q.url, q.text),
    quote: q.text,
    partial: false,
    speaker: q.speaker,
    speakerRole: null,
    article: { title: q.title, outlet: q.site, url: q.url, publishedTime: q.date },
    pinnedAt: new Date(q.savedAt).toISOString(),
    comment: q.note ?? '',
    tags: [],
    link: q.link ?? q.url,
    selector: { exact: q.text, prefix: '', suffix: '', offset: -1 },
    status: 'ok',
  }));
  return { version: NOTES_SCHEMA_VERSION, notes };
}
