// "he" and "she" stand for a person. The people index reads every capitalised run as a possible person, so places,
// teams and titles of works sit in it too ("the Aral Sea", "San Diego", "Sandy Hook"); the name table (lib/names)
// knows better, and a pronoun skips them. Organisations stay: the table types a person's brand or company by the
// person's name ("Ivanka Trump", measured on PolNeAR train: skipping them lost more quotes than it won).
import type { NameTable } from '../names';
import { nameKey } from '../entities/knowledge-base';
import { nameGender } from '../names/gender';
import type { PeopleIndex, Person } from './people';

/** The name table types the name as no person and no organisation: a place, a work or a team only. */
export function impersonal(names: NameTable, name: string): boolean {
  const types = names.types.get(nameKey(name));
  if (!types || types.has('person') || types.has('organization')) return false;
  return types.has('place') || types.has('work') || types.has('team');
}

/** The people index as "he" and "she" see it: only names that may be a person's. */
export function personalOnly(people: PeopleIndex, names: NameTable | undefined): PeopleIndex {
  if (!names) return people;
  const personal = (name: string) => !impersonal(names, name);
  return {
    people: people.people.filter((p) => personal(p.name)),
    byName: (name) => {
      const person = people.byName(name);
      return person && personal(person.name) ? person : null;
    },
    namedBefore: (at) => people.namedBefore(at).filter((n) => personal(n.person.name)),
  };
}

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
    namedBefore: (at) => people.namedBefore(at).map((n) => ({ ...n, person: copy(n.person) })),
  };
}
