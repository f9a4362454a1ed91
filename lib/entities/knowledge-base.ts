// The offline knowledge base: surface names → English Wikipedia titles. Built by
// scripts/data/build-knowledge-base.ts; this module owns the file format and the lookups.
import type { EntityType } from '../types';
import { GENERATIONAL_SUFFIXES } from '../lexicon/en/names';
import { addName, mayHold, newNameFilter, type NameFilter } from '../name-filter';
import { withoutFillers } from '../text/mojibake';

export const KB_FORMAT = 'news-lens-knowledge-base';
export const KB_VERSION = 4;

/**
 * A city's point (as in the gazetteer, 4 decimals) and its Wikipedia title. Kinds: `name`, the title is
 * just the city's name, so the article's own English form may stand for it; `state`, a US "City,_State"
 * title; `qualified`, the same, for a town that shares its name with a stand-alone city (Washington,
 * Pennsylvania); `fixed`, a title to use as is ("New_York_City").
 */
export type KbCity = [lat: number, lon: number, title: string, kind: 'name' | 'state' | 'qualified' | 'fixed'];

export interface KbEntry {
  title: string;
  type: EntityType;
  name: string;
  /** One line saying what the entry is ("President of Kazakhstan"), where the source gives one. */
  description?: string;
}

/** The JSON file as shipped. Compact rows keep it small. */
export interface KnowledgeBaseFile {
  format: typeof KB_FORMAT;
  version: number;
  /** Date the curated rows (heads of state …) were last checked. */
  checked: string;
  entries: [title: string, type: EntityType, name: string, description?: string][];
  /** Lower-case name → index into entries. */
  names: Record<string, number>;
  /** Case-sensitive acronym → index into entries. */
  acronyms: Record<string, number>;
  /** Names as written that hold lower-case words ("Dow Jones industrial average") → index into entries. */
  phrases: Record<string, number>;
  /** Lower-case country adjectives ("kazakh"): weaker evidence than the country's name. */
  demonyms: string[];
  /** Lower-case titles of popular articles whose type is not known. */
  titles: string[];
  /** Places the places engine resolves: cities by point, regions by lower-case name. */
  places: { cities: KbCity[]; regions: Record<string, string> };
  /** Names that mean one thing only in a story set in `country` ("Democrats" in the US). */
  contextual: KbContextual[];
  /** Major-league teams, for game stories that call them by nickname ("the Wild"). */
  teams: KbTeam[];
  /** Lower-case given names ("owen", "kate"): an unknown name that opens with one is a person's. */
  givenNames: string[];
}

export type KbTeam = [title: string, league: string, fullName: string, nickname: string];

export type KbContextual = [
  title: string,
  type: EntityType,
  name: string,
  country: string,
  names: string[],
  phrases: string[],
];

/** A contextual entry, found by name or by phrase. */
export interface ContextEntry extends KbEntry {
  country: string;
}

export interface KnowledgeBase {
  checked: string;
  entries: KbEntry[];
  /** Title → entry, for descriptions of whatever the linker found. */
  byTitle: Map<string, KbEntry>;
  names: Map<string, KbEntry>;
  acronyms: Map<string, KbEntry>;
  phrases: Map<string, KbEntry>;
  titles: Set<string>;
  demonyms: Set<string>;
  /** Cities bucketed by whole degrees of latitude and longitude. */
  citiesByCell: Map<number, KbCity[]>;
  regions: Map<string, string>;
  /** Lower-case name → the entries it may mean, by country. */
  contextNames: Map<string, ContextEntry[]>;
  /** Lower-case phrases matched in running text. */
  contextPhrases: { phrase: string; entry: ContextEntry }[];
  teams: KbTeam[];
  givenNames: Set<string>;
  /**
   * First words of the names of two words or more that lookupName can find ("new" of "new york times"), so a reader
   * tries longer spans only after a word that opens one.
   */
  multiWordStarts: Set<string>;
  /** Every key lookupName can find, as a Bloom filter (lib/name-filter.ts): a key it does not hold finds nothing. */
  filter: NameFilter;
  /** Country title → its lower-case adjectives ("Syria" → ["syrian"]), for the names of wars. */
  demonymsByTitle: Map<string, string[]>;
  /** Lower-case surnames of the people the base knows ("obama", "merkel"): alone in a story, most likely them. */
  personSurnames: Set<string>;
}

export function parseKnowledgeBase(raw: string): KnowledgeBase {
  const file = JSON.parse(raw) as KnowledgeBaseFile;
  if (file.format !== KB_FORMAT || file.version !== KB_VERSION) {
    throw new Error(`knowledge base: expected ${KB_FORMAT} v${KB_VERSION}, got ${file.format} v${file.version}`);
  }
  const entries: KbEntry[] = file.entries.map(([title, type, name, description]) =>
    description ? { title, type, name, description } : { title, type, name },
  );
  const pick = (table: Record<string, number>) => {
    // for…in, not Object.entries: the same keys in the same order, without a pair array per key.
    const picked = new Map<string, KbEntry>();
    for (const k in table) picked.set(k, entries[table[k]]);
    return picked;
  };
  const contextual = parseContextual(file.contextual);
  const names = pick(file.names);
  const demonyms = new Set(file.demonyms);
  const { filter, multiWordStarts } = lookupKeys(names, contextual.contextNames, file.titles);
  return {
    checked: file.checked,
    entries,
    byTitle: new Map(entries.map((e) => [e.title, e])),
    names,
    acronyms: pick(file.acronyms),
    phrases: pick(file.phrases),
    titles: new Set(file.titles),
    demonyms,
    citiesByCell: bucketCities(file.places.cities),
    regions: new Map(Object.entries(file.places.regions)),
    ...contextual,
    teams: file.teams,
    givenNames: new Set(file.givenNames),
    multiWordStarts,
    filter,
    demonymsByTitle: demonymsByTitle(demonyms, names),
    personSurnames: personSurnames(entries),
  };
}

/** "Martin Luther King Jr." is King: a generational suffix is no surname. */
const NAME_SUFFIXES = new Set(GENERATIONAL_SUFFIXES.flatMap((s) => [s, `${s}.`]));

function personSurnames(entries: KbEntry[]): Set<string> {
  const surnames = new Set<string>();
  for (const e of entries) {
    if (e.type !== 'person') continue;
    const words = e.name.toLowerCase().split(/\s+/);
    while (words.length > 1 && NAME_SUFFIXES.has(words[words.length - 1])) words.pop();
    surnames.add(words[words.length - 1].replace(/,$/, ''));
  }
  return surnames;
}

function demonymsByTitle(demonyms: Set<string>, names: Map<string, KbEntry>): Map<string, string[]> {
  const byTitle = new Map<string, string[]>();
  for (const d of demonyms) {
    const title = names.get(d)?.title;
    if (title) byTitle.set(title, [...(byTitle.get(title) ?? []), d]);
  }
  return byTitle;
}

/**
 * Every key lookupName can find, read once for both its tables: the filter of them all and the first words of those
 * of two words or more.
 */
function lookupKeys(
  names: Map<string, KbEntry>,
  contextNames: Map<string, ContextEntry[]>,
  titles: string[],
): Pick<KnowledgeBase, 'filter' | 'multiWordStarts'> {
  const filter = newNameFilter();
  const starts = new Set<string>();
  const add = (key: string) => {
    addName(filter, key);
    const space = key.indexOf(' ');
    if (space > 0) starts.add(key.slice(0, space));
  };
  for (const key of names.keys()) add(key);
  for (const key of contextNames.keys()) add(key);
  for (const title of titles) add(title);
  // lookupName also finds "the home depot" as "home depot".
  for (const title of titles) if (title.startsWith('the ')) add(title.slice(4));
  return { filter, multiWordStarts: starts };
}

function parseContextual(rows: KbContextual[]): Pick<KnowledgeBase, 'contextNames' | 'contextPhrases'> {
  const contextNames = new Map<string, ContextEntry[]>();
  const contextPhrases: KnowledgeBase['contextPhrases'] = [];
  for (const [title, type, name, country, names, phrases] of rows) {
    const entry = { title, type, name, country };
    for (const n of names) contextNames.set(n.toLowerCase(), [...(contextNames.get(n.toLowerCase()) ?? []), entry]);
    for (const phrase of phrases) contextPhrases.push({ phrase, entry });
  }
  return { contextNames, contextPhrases };
}

/** A whole-degree cell of latitude and longitude as one number (longitudes span fewer than 1,000 degrees). */
const cellOf = (lat: number, lon: number) => Math.floor(lat) * 1000 + Math.floor(lon);

function bucketCities(cities: KbCity[]): Map<number, KbCity[]> {
  const cells = new Map<number, KbCity[]>();
  for (const city of cities) {
    const key = cellOf(city[0], city[1]);
    const cell = cells.get(key);
    if (cell) cell.push(city);
    else cells.set(key, [city]);
  }
  return cells;
}

/** How far (degrees) a resolved point may sit from the city's own point: the same GeoNames row. */
const SAME_POINT = 0.01;

/** The city whose point the places engine resolved to, if the base knows one. */
export function cityAt(kb: KnowledgeBase, lat: number, lon: number): { title: string; kind: KbCity[3] } | null {
  const cell = kb.citiesByCell.get(cellOf(lat, lon)) ?? [];
  const city = cell.find(([cLat, cLon]) => Math.abs(cLat - lat) <= SAME_POINT && Math.abs(cLon - lon) <= SAME_POINT);
  return city ? { title: city[2], kind: city[3] } : null;
}

/** A region's title; names that regions of several countries share are keyed by country ("punjab|IN"). */
export function regionTitle(kb: KnowledgeBase, name: string, country: string | null = null): string | null {
  const key = name.toLowerCase();
  return (country ? kb.regions.get(`${key}|${country}`) : undefined) ?? kb.regions.get(key) ?? null;
}

export type KbHit = KbEntry & { source: 'known' | 'context' | 'title'; demonym?: boolean };

/**
 * Looks a surface name up: curated/countries/cities first, then names that mean one thing in a story
 * set in one of `countries`, then the bare title list.
 */
/** A name as the knowledge base keys it: lower case, a typographic apostrophe as a straight one. */
export const nameKey = (surface: string) => {
  // A name read from the quotes engine's text holds a repaired word's fillers ("Peña" there is "Peñ" and fillers).
  const lower = withoutFillers(surface).toLowerCase();
  // Most names hold no typographic apostrophe: no regex pass for them (this runs per word looked up).
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};

/** The default of lookupName: one empty set, not a new one per word looked up. */
const NO_COUNTRIES: ReadonlySet<string> = new Set();

export function lookupName(
  kb: KnowledgeBase,
  surface: string,
  countries: ReadonlySet<string> = NO_COUNTRIES,
): KbHit | null {
  const key = nameKey(surface);
  if (!mayHold(kb.filter, key)) return null;
  const known = kb.names.get(key);
  if (known) return { ...known, source: 'known', demonym: kb.demonyms.has(key) };
  const inContext = kb.contextNames.get(key)?.find((e) => countries.has(e.country));
  if (inContext) return { title: inContext.title, type: inContext.type, name: inContext.name, source: 'context' };
  if (kb.titles.has(key)) return { title: titleCase(surface), type: 'organization', name: surface, source: 'title' };
  // Titles that keep the article ("The Home Depot") are written without it as often as with it; one word
  // ("Times") is too often another paper's short name.
  if (key.includes(' ') && kb.titles.has(`the ${key}`))
    return { title: titleCase(`The ${surface}`), type: 'organization', name: surface, source: 'title' };
  return null;
}

/**
 * lookupName, remembered in `hits` (one map per article and set of countries): a story names the same people and
 * bodies again and again.
 */
export function lookupRemembered(
  kb: KnowledgeBase,
  hits: Map<string, KbHit | null>,
  surface: string,
  countries?: ReadonlySet<string>,
): KbHit | null {
  let hit = hits.get(surface);
  if (hit === undefined) {
    hit = lookupName(kb, surface, countries);
    hits.set(surface, hit);
  }
  return hit;
}

export function lookupAcronym(kb: KnowledgeBase, token: string): KbEntry | null {
  return kb.acronyms.get(token) ?? null;
}

/** The title list is lower case; the article's own capitalisation restores it ("Adam Neumann"). */
function titleCase(surface: string): string {
  const spaced = surface.replace(/’/g, "'").replace(/\s+/g, '_');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
