// "Trump's grasp of policy is worrying, Cuban said. ¶ “…,” he said.", "The approach is made possible by its
// resources, said Katie Harbath. Others are “…,” she said.": the person a sentence reports, by a cue right after
// their name or an inverted cue right before it, is whom the next "he said" goes on quoting, more than a person
// that sentence only speaks of.
import { alternation } from '../lexicon/build';
import { REPORTING_VERBS } from '../lexicon/en/speech';
import type { PeopleIndex, Person } from './people';

// A mention stands at its last word ("McCain" of "John McCain"); the cue follows it, perhaps after an adverb.
const CUE_AFTER = new RegExp(
  `^[\\p{L}'’\\u2024.-]*\\s+(?:\\p{Ll}+ly\\s+|also\\s+)?(?:${alternation(REPORTING_VERBS)})\\b`,
  'u',
);
// "…, said Katie Harbath, Facebook's director", "…” for Clinton, said Kunin.": a cue after a comma or closing mark,
// then the name, then the clause ends; "Earnest said Obama has …", "he said Ryan." name whom the words are about.
const CUE_BEFORE = new RegExp(
  `[,”"]\\s*(?:${alternation(REPORTING_VERBS)})\\s+(?:\\p{Lu}[\\p{L}'’\\u2024.-]*\\s+){0,3}$`,
  'u',
);
const CLAUSE_END = /^[\p{L}'’\u2024-]*(?:[.,;]|$)/u;

/** The last person in [start, end) the text reports as speaking there (see the file comment), of fitting gender. */
export function reporterBetween(
  people: PeopleIndex,
  text: string,
  start: number,
  end: number,
  gender: 'm' | 'f',
): Person | null {
  const other = gender === 'm' ? 'f' : 'm';
  for (const named of people.namedBefore(end)) {
    const { at, person } = named;
    if (at < start) break;
    // "Friends of Anna Reyes said", "rebut Trump's claims": a name after a preposition, or a possessive, says nothing.
    if (person.gender === other || named.oblique) continue;
    const after = text.slice(at, at + 60);
    if (CUE_AFTER.test(after)) return person;
    if (CUE_BEFORE.test(text.slice(Math.max(start, at - 60), at)) && CLAUSE_END.test(after)) return person;
  }
  return null;
}
