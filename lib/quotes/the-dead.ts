// People the story says are dead ("Tom Birch, a local artist who died in 1890", "the late Ann Reyes"): named in it,
// yet no one a later pronoun or role noun speaks for.
import { alternation } from '../lexicon/build';
import { DEATH_TITLE, DEATH_VERBS, RELATIVE_PRONOUNS } from '../lexicon/en/clause-words';
import { PREPOSITIONS } from '../lexicon/en/function-words';
import type { PeopleIndex, Person } from './people';

// The name, then a description in lower-case words and "who died": no other name between (the relative clause is
// this person's). "Birch, a painter from Leeds who died" (another capitalised word between) is not read. The
// description is a bare noun phrase: a preposition or a relative word in it brings in someone else, whose death the
// clause may tell ("Tom Ward, the father of a teenager who was killed"; "Ann Lee, who treated a patient who died").
const DEATH = alternation(DEATH_VERBS);
const DESCRIPTION_WORD = `(?!(?:${alternation([...PREPOSITIONS, ...RELATIVE_PRONOUNS])})\\b)[\\p{Ll}\\d'’-]+`;
const DIED_AFTER = new RegExp(
  "^(?:\\p{Lu}[\\p{L}'’.\\u2024-]*[^\\S\\n]*)+" +
    `(?:,[^\\S\\n]+${DESCRIPTION_WORD}(?:[^\\S\\n]+${DESCRIPTION_WORD}){0,7})?` +
    `[^\\S\\n]+who[^\\S\\n]+(?:had[^\\S\\n]+)?(?:${DEATH})\\b`,
  'u',
);
const LATE_BEFORE = new RegExp(`\\b${DEATH_TITLE.replace(/ /g, '\\s+')}\\s+(?:\\p{Lu}[\\p{L}.\\u2024]*\\s+)*$`, 'iu');

// The words each pattern needs, looked for first: most mentions have neither near them.
const WHO = 'who';
const LATE = /late/i;

/** Whether the text, at one of the person's mentions, says that person is dead. */
function saidDead(text: string, person: Person): boolean {
  return person.mentions.some((at) => {
    const after = text.slice(at, at + 160);
    if (after.includes(WHO) && DIED_AFTER.test(after)) return true;
    const before = text.slice(Math.max(0, at - 40), at);
    return LATE.test(before) && LATE_BEFORE.test(before);
  });
}

/** The index with the dead left out of `namedBefore` (the candidates for a pronoun or a role noun). */
export function withoutTheDead(index: PeopleIndex, text: string): PeopleIndex {
  const dead = new Set(index.people.filter((p) => saidDead(text, p)));
  if (!dead.size) return index;
  return { ...index, namedBefore: (at) => index.namedBefore(at).filter((n) => !dead.has(n.person)) };
}
