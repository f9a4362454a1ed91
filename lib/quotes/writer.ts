// "I" in the reporter's own words is the writer ("“Your Honor,” I said"). Who that is, the article itself says in a
// few set forms, each a table row with an example: a book credit closing an excerpt, an author's note closing an
// opinion piece. A page's byline is not read: it may be an agency or two names. Nor is a name heading the title
// ("Ann Coulter: And Then There Was the One" is hers, "Bernie Sanders: It Is Not a Radical Idea" a news story's).

import { alternation, wordSet } from '../lexicon/build';
import { PROSPECT_WORDS, SUBORDINATORS } from '../lexicon/en/clause-words';
import { OPENING_FUNCTION_WORDS } from '../lexicon/en/function-words';
import { isHonorific, isRole } from '../lexicon/en/name-words';
import { CREDIT_OPENERS } from '../lexicon/en/works';

// Two to four capitalised words, as a person's name is written ("Dinesh D’Souza", "Nora Quill").
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:[^\\S\\n]+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,3}";
const S = '[^\\S\\n]';

// The credit openers as the pattern reads them (a space may be any blank but a line break).
const CREDIT = CREDIT_OPENERS.map((w) => w.replace(' ', S)).join('|');
// A post: up to six words, then the body's preposition ("a lecturer in", "the Republican governor of").
const POST = `(?:[^\\s.]+${S}){0,6}?(?:at|of|for|with|in)${S}`;
// Not "is expected to", "is up for": the person's prospects, not their post.
const NOT_PROSPECT = `(?!(?:${alternation(PROSPECT_WORDS)})\\b)`;
// A calling: "a historian and novelist." (the phrase ends at a stop or comma).
const CALLING = `(?:a|an)${S}(?:[^\\s.,;]+${S}){0,5}[^\\s.,;]+[.,;]`;

interface WriterForm {
  id: string;
  example: string;
  /** Where the form stands: one of the article's last two paragraphs. */
  where: 'end';
  pattern: RegExp;
}

// prettier-ignore
export const WRITER_FORMS: WriterForm[] = [
  {
    // The credit line closing a book excerpt.
    id: 'book-credit',
    example: 'From STEALING AMERICA by Dinesh D’Souza. Copyright © 2015 by Dinesh D’Souza.',
    where: 'end',
    pattern: new RegExp(`^(?:${CREDIT})${S}[^\\n]{1,160}?${S}by${S}(${NAME})[.,;]`, 'u'),
  },
  {
    // The note on the author closing an opinion piece: a full name, "is", what they do, one short paragraph.
    id: 'author-note',
    example: 'Nora Quill is writer-in-residence at Harlow College.',
    where: 'end',
    // What they do is a post at, of, for, with or in a body ("is a lecturer in", "is the Republican governor of",
    // "is Senior Editor-at-Large at") or a calling ("is a historian and novelist."), not what is due to happen to
    // them ("is expected to testify", "is up for re-election in November", "is due in court"): a news story's last
    // word on its subject.
    pattern: new RegExp(`^(${NAME})${S}is${S}${NOT_PROSPECT}(?:${POST}|${CALLING})[^\\n]{0,300}$`, 'u'),
  },
];

// A capitalised grammar word opens a sentence, not a name ("Although Bloomberg is …", "The New York Times is …").
const NOT_A_FIRST_NAME = wordSet(OPENING_FUNCTION_WORDS, SUBORDINATORS);
// Another "Name is" in the same note: the piece has several authors, and "I" is none of them for sure.
const ANOTHER_AUTHOR = new RegExp(`[.!?]${S}+${NAME}${S}is${S}`, 'u');

/** The writer the article names in one of WRITER_FORMS, or null. `paragraphs`: the article's paragraphs in order. */
export function writerOf(text: string, paragraphs: { start: number; end: number }[]): string | null {
  const ending = paragraphs.slice(-2).map((p) => text.slice(p.start, p.end).trim());
  for (const form of WRITER_FORMS) {
    for (const place of ending) {
      const found = form.pattern.exec(place)?.[1];
      if (!found || NOT_A_FIRST_NAME.has(found.split(/\s/)[0].toLowerCase())) continue;
      if (form.id === 'author-note' && !authorNote(found, place, text, paragraphs)) continue;
      return found;
    }
  }
  return null;
}

/**
 * An author's note names someone the piece has not spoken of: "Mayor Ann Reyes is up for re-election" (a title
 * before the name) or a last line on a person quoted or named earlier ("Tom Smith is expected to testify") is the
 * story's subject, and a first-person column's "I" is not them. Nor is a note with another author in it.
 */
function authorNote(name: string, place: string, text: string, paragraphs: { start: number; end: number }[]): boolean {
  const words = name.split(/\s+/);
  if (isRole(words[0]) || isHonorific(words[0])) return false;
  if (ANOTHER_AUTHOR.test(place)) return false;
  const noteAt = text.indexOf(place, paragraphs[Math.max(0, paragraphs.length - 2)]?.start ?? 0);
  const body = text.slice(0, noteAt < 0 ? text.length : noteAt);
  // The full name, first name and surname (a middle name or initial may stand between): not the surname alone,
  // which the writer's own family shares ("my parents, Ruth and Sam Quill").
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const [first, last] = [escape(words[0]), escape(words[words.length - 1])];
  return !new RegExp(`(?<![\\p{L}'’-])${first}${S}+(?:\\S+${S}+)?${last}(?![\\p{L}'’-])`, 'u').test(body);
}
