// Reads the shipped gazetteer (public/data/gazetteer-v1.tsv, built by scripts/data/build-gazetteer.ts).
// Three sections: "#places N maxWords" rows (name, lat, lon, ISO2, feature code, population, admin-1);
// "#names M" rows (lower-case name, comma-separated place ids) sorted by code unit;
// "#demonyms K" rows (demonym, ISO2, place id).
// Rows stay unparsed strings and names are binary-searched, so loading is one split (fast, small heap).
import { addName, mayHold, newNameFilter, type NameFilter } from '../name-filter';

export type PlaceKind = 'country' | 'region' | 'city';

export interface GazetteerEntry {
  name: string;
  lat: number;
  lon: number;
  country: string;
  /**
   * GeoNames feature code: PCLI/PCLD (country), ADM1/ADM2/RGN/CONT (region; ADM2 = US county),
   * PPL* (populated place).
   */
  code: string;
  population: number;
  /** GeoNames admin-1 code ("VA"), '' when unknown. */
  admin1: string;
}

export interface PlaceIndex {
  rows: string[];
  placeStart: number;
  placeCount: number;
  nameStart: number;
  nameCount: number;
  /** Extra spellings (lib/places/aliases.ts), looked up before the sorted names. */
  aliases: Map<string, number[]>;
  /** Lower-case demonym → ISO2 ("kazakh" → KZ). */
  demonyms: Map<string, string>;
  /** Lower-case demonym → the place id of its country or continent. */
  demonymIds: Map<string, number>;
  /** Longest name in words, bounds the recogniser's look-ahead. */
  maxWords: number;
  /** The first and last name row of each three first characters (see prefixKey): the binary search starts there. */
  prefixes: Map<number, [number, number]>;
  /** A Bloom filter of the row names (lib/name-filter.ts): a key it does not hold is searched for in no row. */
  filter: NameFilter;
  /** The rows read so far, by place id (an array: entry() is asked for the same few rows again and again). */
  cache: (GazetteerEntry | null)[];
  /** The states' rows, read on first use (see stateId); shared by the reading copies (see readingIndex). */
  states: StateRows;
  /** Lookups made while one text is read (see readingIndex): a story names the same words again and again. */
  memo?: Map<string, number[] | undefined>;
}

export interface StateRows {
  /** "US.VA" → the id of that state's row. */
  ids: Map<string, number>;
  /** The rows were read: a gazetteer with no state before its first town is not read again on each call. */
  read: boolean;
}

/**
 * The index for reading one text: lookups are remembered until the reading ends (the copy is dropped). An index
 * already reading one text is returned as it is, so the stages reading the same article share what was looked up.
 */
export function readingIndex(index: PlaceIndex): PlaceIndex {
  return index.memo ? index : { ...index, memo: new Map() };
}

export function kindOf(entry: GazetteerEntry): PlaceKind {
  if (entry.code.startsWith('PCL')) return 'country';
  if (entry.code === 'ADM1' || entry.code === 'ADM2' || entry.code === 'RGN' || entry.code === 'CONT') return 'region';
  return 'city';
}

/**
 * Whether writing the entry's own name means it over its namesake towns: a country's, a state's, a region's or an
 * ocean's does (Mexico, Montana, Atlantic); a county's does not, for it shares its bare name with towns abroad
 * (Kent, Norfolk) and is weighed against them.
 */
export function ownsItsName(entry: GazetteerEntry): boolean {
  return kindOf(entry) !== 'city' && entry.code !== 'ADM2';
}

/**
 * A name without its accents, in lower case ("São Paulo" → "sao paulo"), to compare an entry's name with the words
 * written. Most names are plain ASCII, which decomposes to itself and holds no marks: only the others are normalised.
 */
export function plainName(name: string): string {
  return (MARKED.test(name) ? unmarked(name) : name).toLowerCase();
}

/** The name without its marks ("Whangārei" → "Whangarei"). */
const unmarked = (key: string) => key.normalize('NFD').replace(/\p{M}/gu, '');

/** A letter with an accent, a macron or another mark. */
const MARKED = /[^\p{ASCII}]/u;

export function parseGazetteer(raw: string): PlaceIndex {
  const rows = raw.split('\n');
  const [, places, maxWords] = rows[0].split('\t');
  const placeCount = Number(places);
  const nameHeader = rows[placeCount + 1].split('\t');
  if (nameHeader[0] !== '#names') throw new Error('gazetteer: bad format');
  const nameStart = placeCount + 2;
  const nameCount = Number(nameHeader[1]);
  const demonyms = new Map<string, string>();
  const demonymIds = new Map<string, number>();
  for (let i = nameStart + nameCount + 1; i < rows.length; i++) {
    const [d, cc, id] = rows[i].split('\t');
    if (!d) continue;
    demonyms.set(d, cc);
    if (id) demonymIds.set(d, Number(id));
  }
  return {
    rows,
    placeStart: 1,
    placeCount,
    nameStart,
    nameCount,
    aliases: new Map(),
    demonyms,
    demonymIds,
    maxWords: Number(maxWords),
    prefixes: namePrefixes(rows, nameStart, nameCount),
    filter: nameFilter(rows, nameStart, nameCount),
    cache: Array.from({ length: placeCount }, () => null),
    states: { ids: new Map(), read: false },
  };
}

/**
 * A row's or a key's first three characters as one number. A name shorter than three characters is padded with the
 * row's tab (9), so "us" and the row "us<TAB>…" have one key.
 */
function prefixKey(s: string): number {
  const c1 = s.length > 1 ? s.charCodeAt(1) : 9;
  const c2 = c1 !== 9 && s.length > 2 ? s.charCodeAt(2) : 9;
  return s.charCodeAt(0) * 4294967296 + c1 * 65536 + c2;
}

/**
 * Rows are sorted, so the names sharing their first three characters lie together: one pass finds each run. Three
 * characters, not two: a run then holds tens of rows, not thousands ("san…"), and a search takes half the steps.
 */
function namePrefixes(rows: string[], nameStart: number, nameCount: number): Map<number, [number, number]> {
  const prefixes = new Map<number, [number, number]>();
  for (let i = nameStart; i < nameStart + nameCount; i++) {
    const prefix = prefixKey(rows[i]);
    const run = prefixes.get(prefix);
    if (run) run[1] = i;
    else prefixes.set(prefix, [i, i]);
  }
  return prefixes;
}

/** The names of the rows (each row's text before its tab), for the lookup's first test. */
function nameFilter(rows: string[], nameStart: number, nameCount: number): NameFilter {
  const filter = newNameFilter();
  for (let i = nameStart; i < nameStart + nameCount; i++) addName(filter, rows[i], rows[i].indexOf('\t'));
  return filter;
}

export function entry(index: PlaceIndex, id: number): GazetteerEntry {
  let e = index.cache[id];
  if (!e) {
    const [name, lat, lon, country, code, population, admin1] = index.rows[index.placeStart + id].split('\t');
    e = {
      name,
      lat: Number(lat),
      lon: Number(lon),
      country,
      code,
      population: Number(population),
      admin1: admin1 ?? '',
    };
    index.cache[id] = e;
  }
  return e;
}

/**
 * The row of the state or province (ADM1) with this admin-1 code. The build writes the towns after every area, so
 * the first call reads the rows up to the first town, once.
 */
export function stateId(index: PlaceIndex, country: string, admin1: string): number | undefined {
  const states = index.states;
  if (!states.read) {
    for (let id = 0; id < index.placeCount; id++) {
      const [, , , cc, code, , a1] = index.rows[index.placeStart + id].split('\t');
      if (code.startsWith('PPL')) break;
      if (code === 'ADM1' && a1 && !states.ids.has(`${cc}.${a1}`)) states.ids.set(`${cc}.${a1}`, id);
    }
    states.read = true;
  }
  return states.ids.get(`${country}.${admin1}`);
}

/**
 * Place ids for a lower-case name, or undefined. "St. X" and "Saint X" are one name
 * (St. Petersburg, Russia and Florida).
 */
export function lookup(index: PlaceIndex, key: string): number[] | undefined {
  const memo = index.memo;
  if (!memo) return lookupName(index, key);
  if (memo.has(key)) return memo.get(key);
  const ids = lookupName(index, key);
  memo.set(key, ids);
  return ids;
}

function lookupName(index: PlaceIndex, key: string): number[] | undefined {
  const ids = lookupSpelling(index, key);
  if (ids || !MARKED.test(key)) return ids;
  // "Whangārei", "Tortí": a name written with marks the gazetteer lists without ("Whangarei").
  return lookupSpelling(index, unmarked(key));
}

/**
 * A name written with marks that is known only as an English short form without them ("América" read as "America",
 * the United States): inside a longer foreign name ("América Latina") it is no name of its own.
 */
export function foreignFormOfAlias(index: PlaceIndex, key: string): boolean {
  return MARKED.test(key) && !lookupSpelling(index, key) && index.aliases.has(unmarked(key));
}

function lookupSpelling(index: PlaceIndex, key: string): number[] | undefined {
  const alias = index.aliases.get(key);
  if (alias) return alias;
  const abbreviation = LEADING_ABBREVIATION.exec(key);
  if (!abbreviation) return lookupRow(index, key);
  const full = `${LEADING_WORDS[abbreviation[1]]} ${key.slice(abbreviation[0].length)}`;
  const ids = [...new Set([...(lookupRow(index, key) ?? []), ...(lookupRow(index, full) ?? [])])];
  return ids.length ? ids : undefined;
}

/**
 * A name's first word as news abbreviates it: "St. Petersburg", "Mt. Pleasant", "Ft. Worth" name every place the
 * full word does (GeoNames lists the short form under a few of them only).
 */
const LEADING_WORDS: Record<string, string> = { st: 'saint', mt: 'mount', ft: 'fort' };
const LEADING_ABBREVIATION = /^(st|mt|ft)\.? /;

function lookupRow(index: PlaceIndex, key: string): number[] | undefined {
  if (!mayHold(index.filter, key)) return undefined;
  const run = index.prefixes.get(prefixKey(key));
  if (!run || !key) return undefined;
  let [lo, hi] = run;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const row = index.rows[mid];
    // A row is "name<TAB>ids". The tab sorts before every character a name holds, so the whole row compares with the
    // key as its name alone would: no name is cut out of a row at each step of the search.
    if (row < key) lo = mid + 1;
    else if (row.charCodeAt(key.length) === 9 && row.startsWith(key))
      return row
        .slice(key.length + 1)
        .split(',')
        .map(Number);
    else hi = mid - 1;
  }
  return undefined;
}

/** Registers extra spellings under an existing name's places (merged with the spelling's own). */
export function addAliases(index: PlaceIndex, aliases: Record<string, string>): void {
  for (const [alias, target] of Object.entries(aliases)) {
    const ids = lookup(index, target.toLowerCase());
    if (!ids) continue;
    const key = alias.toLowerCase();
    index.aliases.set(key, [...new Set([...ids, ...(lookup(index, key) ?? [])])]);
  }
}
