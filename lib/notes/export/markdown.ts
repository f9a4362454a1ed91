// Markdown for note-taking apps: YAML front matter (Obsidian reads it as properties), one section per quote.
import { groupNotes } from '../group';
import type { Note } from '../model';
import { shownQuote } from '../shown-quote';

/** YAML double-quoted scalar: always quoted, so colons, '#' and leading dashes in titles stay text. */
const yamlString = (value: string) => JSON.stringify(value);
const blockquote = (text: string) =>
  text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');

function frontMatter(fields: [string, string | string[] | null][]): string {
  const lines = ['---'];
  for (const [name, value] of fields) {
    if (value === null) continue;
    if (Array.isArray(value)) lines.push(`${name}:`, ...value.map((v) => `  - ${yamlString(v)}`));
    else lines.push(`${name}: ${yamlString(value)}`);
  }
  lines.push('---');
  return lines.join('\n');
}

function noteSection(note: Note): string {
  const named = note.speaker
    ? `**${note.speaker}**${note.speakerRole ? ` (${note.speakerRole})` : ''}`
    : '*Unknown speaker*';
  const who = note.speakerFix
    ? `**${note.speakerFix}** *(speaker corrected by the reader; News Lens said ${note.speaker ?? 'nobody'})*`
    : note.speakerDisputed
      ? `${named} *(speaker marked wrong by the reader)*`
      : named;
  const quote = shownQuote(note.quote);
  const words = note.paraphrase ? `${blockquote(quote)}\n>\n> *(paraphrase)*` : blockquote(quote);
  const parts = [words, '', `— ${who} · [link to the sentence](<${note.link}>)`];
  if (note.status === 'changed') parts.push('', '*The article no longer contains this quote (changed or removed).*');
  if (note.comment) parts.push('', note.comment);
  if (note.tags.length) parts.push('', note.tags.map((t) => `#${t.replace(/\s+/g, '-')}`).join(' '));
  return parts.join('\n');
}

/** One Markdown document for one article's notes. */
export function articleToMarkdown(notes: Note[]): string {
  const { article } = notes[0];
  const tags = [...new Set(notes.flatMap((n) => n.tags))];
  const speakers = [...new Set(notes.map((n) => n.speaker).filter((s): s is string => !!s))];
  const head = frontMatter([
    ['title', article.title],
    ['source', article.url],
    ['outlet', article.outlet],
    ['published', article.publishedTime],
    ['speakers', speakers],
    ['tags', tags],
  ]);
  return `${head}\n\n# ${article.title}\n\n${notes.map(noteSection).join('\n\n---\n\n')}\n`;
}

export interface MarkdownFile {
  name: string;
  content: string;
}

/** File name from a title: letters, digits and dashes, at most 80 characters. */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'notes'}.md`;
}

export function notesToMarkdownFiles(notes: Note[]): MarkdownFile[] {
  return groupNotes(notes, 'article').map((g) => ({
    name: markdownFileName(g.label),
    content: articleToMarkdown(g.notes),
  }));
}

/** Everything in one document: one front matter, one section per article. */
export function notesToMarkdown(notes: Note[], exportedAt: Date): string {
  const head = frontMatter([
    ['title', 'News Lens notes'],
    ['exported', exportedAt.toISOString()],
  ]);
  const sections = groupNotes(notes, 'article').map((g) => {
    const a = g.notes[0].article;
    const source = [a.outlet, a.url].filter(Boolean).join(' · ');
    return `## ${a.title}\n\n${source}\n\n${g.notes.map(noteSection).join('\n\n')}`;
  });
  return `${head}\n\n# News Lens notes\n\n${sections.join('\n\n')}\n`;
}
