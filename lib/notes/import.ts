// Import of a JSON export: validated field by field. A foreign or malformed file is refused with a message
// saying why, and nothing is changed; the caller applies the notes with an 'import' operation (no duplicates).
import { MAX_SPEAKER_FIX_CHARS, NOTES_SCHEMA_VERSION, type Note } from './model';
import { EXPORT_FORMAT } from './export/json';
import type { Result } from '../result';

export type ImportResult = Result<{ notes: Note[] }>;

const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
const isString = (v: unknown): v is string => typeof v === 'string';
const isNullableString = (v: unknown) => v === null || isString(v);

function noteProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return 'is not an object';
  const n = value as Record<string, unknown>;
  for (const field of ['id', 'key', 'quote', 'pinnedAt', 'comment', 'link'] as const) {
    if (!isString(n[field])) return `has no text field "${field}"`;
  }
  if (!(n.quote as string).trim()) return 'has an empty quote';
  if (!isNullableString(n.speaker) || !isNullableString(n.speakerRole)) return 'has an invalid speaker';
  const a = n.article as Record<string, unknown> | null;
  if (typeof a !== 'object' || a === null || !isString(a.title) || !isString(a.url))
    return 'has no article title and URL';
  if (!isNullableString(a.outlet) || !isNullableString(a.publishedTime)) return 'has invalid article details';
  if (a.byline !== undefined && !isNullableString(a.byline)) return 'has an invalid byline';
  if (a.authors !== undefined && !(Array.isArray(a.authors) && a.authors.every(isString))) return 'has invalid authors';
  if (a.modifiedTime !== undefined && !isString(a.modifiedTime)) return 'has an invalid update date';
  if (n.check !== undefined && checkProblem(n.check)) return 'has an invalid edit check';
  if (!Array.isArray(n.tags) || !n.tags.every(isString)) return 'has invalid tags';
  const s = n.selector as Record<string, unknown> | null;
  if (typeof s !== 'object' || s === null || !isString(s.exact) || typeof s.offset !== 'number')
    return 'has no selector';
  if (n.status !== 'ok' && n.status !== 'changed') return 'has an unknown status';
  if (Number.isNaN(Date.parse(n.pinnedAt as string))) return 'has an invalid date';
  return null;
}

const FATES = new Set(['unchanged', 'moved', 'edited', 'reattributed', 'removed']);
const CHANGES = new Set(['same', 'added', 'removed']);

function checkProblem(value: unknown): boolean {
  const c = value as Record<string, unknown> | null;
  if (typeof c !== 'object' || c === null || !isString(c.at) || !FATES.has(c.fate as string)) return true;
  if (c.now !== undefined && !isString(c.now)) return true;
  if (c.speakerNow !== undefined && !isNullableString(c.speakerNow)) return true;
  const diff = c.diff;
  return (
    diff !== undefined && !(Array.isArray(diff) && diff.every((d) => isString(d?.value) && CHANGES.has(d?.change)))
  );
}

function toNote(n: Note): Note {
  return {
    id: n.id,
    key: n.key,
    quote: n.quote,
    partial: n.partial === true,
    speaker: n.speaker,
    speakerRole: n.speakerRole,
    article: {
      title: n.article.title,
      outlet: n.article.outlet,
      url: n.article.url,
      publishedTime: n.article.publishedTime,
      ...(n.article.byline !== undefined ? { byline: n.article.byline } : {}),
      ...(n.article.authors !== undefined ? { authors: [...n.article.authors] } : {}),
      ...(n.article.modifiedTime !== undefined ? { modifiedTime: n.article.modifiedTime } : {}),
    },
    pinnedAt: n.pinnedAt,
    comment: n.comment,
    tags: [...n.tags],
    link: n.link,
    selector: {
      exact: n.selector.exact,
      prefix: String(n.selector.prefix ?? ''),
      suffix: String(n.selector.suffix ?? ''),
      offset: n.selector.offset,
    },
    status: n.status,
    ...(n.check ? { check: structuredClone(n.check) } : {}),
    ...(n.paraphrase === true ? { paraphrase: true } : {}),
    ...(n.speakerDisputed === true ? { speakerDisputed: true } : {}),
    ...(typeof n.speakerFix === 'string' && n.speakerFix.trim()
      ? { speakerFix: n.speakerFix.trim().slice(0, MAX_SPEAKER_FIX_CHARS) }
      : {}),
  };
}

export function parseNotesImport(raw: string): ImportResult {
  if (raw.length > MAX_IMPORT_BYTES) return { ok: false, error: 'This file is too large to be a News Lens export.' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'This file is not valid JSON, so it is not a News Lens export. Nothing was imported.' };
  }
  const doc = data as Record<string, unknown> | null;
  if (typeof doc !== 'object' || doc === null || doc.format !== EXPORT_FORMAT) {
    return { ok: false, error: 'This JSON file is not a News Lens notes export. Nothing was imported.' };
  }
  if (typeof doc.version !== 'number' || doc.version > NOTES_SCHEMA_VERSION) {
    return {
      ok: false,
      error:
        `This export is from a newer version of News Lens (format ${String(doc.version)}). ` +
        'Update the extension to import it.',
    };
  }
  if (!Array.isArray(doc.notes)) return { ok: false, error: 'This export has no list of notes. Nothing was imported.' };
  for (const [i, note] of doc.notes.entries()) {
    const problem = noteProblem(note);
    if (problem) return { ok: false, error: `Note ${i + 1} ${problem}. Nothing was imported.` };
  }
  return { ok: true, notes: (doc.notes as Note[]).map(toNote) };
}
