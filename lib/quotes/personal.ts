// "he" and "she" as a fallback: the people index with genders read from first names alone. (Places, teams and works
// the index might read as people, "the Aral Sea", "San Diego", are left out by indexPeople itself, from the name
// table: lib/quotes/people.ts.)
import { nameGender } from '../names/gender';
import type { PeopleIndex, Person } from './people';

/**
 * The people index with each gender read from the first name alone ("Hillary Clinton" → unknown, "Kenneth Baer" →
 * male). The index also counts the pronouns near a name, and a story about two candidates can vote a woman male;
 * "she said" that found no one fitting tries again on this view rather than showing no speaker.
 */
export function firstNameGenders(people: PeopleIndex): PeopleIndex {
  const copies = new Map<Person, Person>();
  const copy = (p: Person) => {
    let c = copies.get(p);
    if (!c) copies.set(p, (c = { ...p, gender: nameGender(p.name) }));
    return c;
  };
  return {
    people: people.people.map(copy),
    byName: (name) => {
      const person = people.byName(name);
      return person && copy(person);
    },
    // `oblique` stays read on first need (a spread would read it for every mention).
    namedBefore: (at) =>
      people.namedBefore(at).map((n) => ({
        person: copy(n.person),
        at: n.at,
        get oblique() {
          return n.oblique;
        },
      })),
  };
}
