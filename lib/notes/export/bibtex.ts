// BibTeX: @article with journal = outlet (the form citation managers import news as), one entry per article.
// A single note's entry carries its quote in `note`.
import type { Note } from '../model';
import { citationFacts, citationKey, isoDate, type ArticleCitation } from './bibliographic';
import type { Author } from './authors';
import { byArticle } from './csl';
import { MONTHS } from '../../lexicon/en/calendar';

/** BibTeX's month macros: the first three letters. */
const MONTH_MACROS = MONTHS.map((m) => m.slice(0, 3));
/** TeX's special characters, each written so that it prints as itself. */
const TEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

const tex = (s: string) => s.replace(/[\\{}&%$#_~^]/g, (c) => TEX_ESCAPES[c]);

function authorField(authors: Author[]): string {
  // Braces keep an organisation's name whole instead of being split into given and family names.
  return authors.map((a) => (a.literal ? `{${tex(a.literal)}}` : `${tex(a.family!)}, ${tex(a.given!)}`)).join(' and ');
}

function entry(facts: ArticleCitation, key: string, quote?: string): string {
  const fields: [string, string][] = [];
  if (facts.authors.length) fields.push(['author', `{${authorField(facts.authors)}}`]);
  fields.push(['title', `{{${tex(facts.title)}}}`]);
  if (facts.outlet) fields.push(['journal', `{${tex(facts.outlet)}}`]);
  if (facts.published) {
    fields.push(['year', `{${facts.published[0]}}`], ['month', MONTH_MACROS[facts.published[1] - 1]]);
    fields.push(['date', `{${isoDate(facts.published)}}`]);
  }
  fields.push(['url', `{${facts.url}}`], ['urldate', `{${isoDate(facts.accessed)}}`]);
  if (quote) fields.push(['note', `{Quoted: ${tex(quote)}}`]);
  return `@article{${key},\n${fields.map(([k, v]) => `  ${k} = ${v}`).join(',\n')}\n}\n`;
}

export function noteToBibtex(note: Note): string {
  const facts = citationFacts(note);
  const who = note.speaker ? ` (${note.speaker})` : '';
  return entry(facts, citationKey(facts), `“${note.quote}”${who}`);
}

export function notesToBibtex(notes: Note[]): string {
  return byArticle(notes)
    .map(([facts, key]) => entry(facts, key))
    .join('\n');
}
