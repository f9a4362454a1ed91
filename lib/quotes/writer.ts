// "I" in the reporter's own words is the writer ("“Your Honor,” I said"). Who that is, the article itself says in a
// few set forms, each a table row with an example: a book credit closing an excerpt, an author's note closing an
// opinion piece. A page's byline is not read: it may be an agency or two names. Nor is a name heading the title
// ("Ann Coulter: And Then There Was the One" is hers, "Bernie Sanders: It Is Not a Radical Idea" a news story's).

import { wordSet } from '../lexicon/build';
import { SUBORDINATORS } from '../lexicon/en/clause-words';
import { OPENING_FUNCTION_WORDS } from '../lexicon/en/function-words';

// Two to four capitalised words, as a person's name is written ("Dinesh D’Souza", "Charlotte Meehan").
const NAME = "\\p{Lu}[\\p{L}'’-]+(?:[^\\S\\n]+(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]+)){1,3}";
const S = '[^\\S\\n]';

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
    pattern: new RegExp(`^(?:From|Excerpted${S}from|Adapted${S}from)${S}[^\\n]{1,160}?${S}by${S}(${NAME})[.,;]`, 'u'),
  },
  {
    // The note on the author closing an opinion piece: a full name, "is", what they do, one short paragraph.
    id: 'author-note',
    example: 'Charlotte Meehan is playwright-in-residence at Wheaton College.',
    where: 'end',
    pattern: new RegExp(`^(${NAME})${S}is${S}[^\\n]{3,300}$`, 'u'),
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
      if (form.id === 'author-note' && ANOTHER_AUTHOR.test(place)) continue;
      return found;
    }
  }
  return null;
}
