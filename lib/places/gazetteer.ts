// Reads the shipped gazetteer (public/data/gazetteer-v1.tsv, built by scripts/data/build-gazetteer.ts).
// Three sections: "#places N maxWords [ascii]" rows (name, lat, lon, ISO2, feature code, population, admin-1);
// "#names M" rows (lower-case name, comma-separated place ids) sorted by code unit;
// "#demonyms K" rows (demonym, ISO2, place id); then, optionally, "#filter FORMAT base64" (the names' Bloom filter,
// lib/name-filter.ts, built ahead of time). With "ascii" every name is written in ASCII (see asciiName): such a text
// is read with no UTF-8 decoding to speak of, and half the memory.
// The text stays as it came: loading notes where each line starts and a row is read where it lies when first asked
// for (names are binary-searched in place), so loading makes no string per row (fast, small heap).
import { addName, FILTER_FORMAT, filterFromText, mayHold, newNameFilter, type NameFilter } from '../name-filter';

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
  /** The file's text; line i starts at starts[i] and ends at the next newline (or the text's end). */
  text: string;
  starts: Uint32Array;
  /** The names are written in ASCII (asciiName): a key is written so before it is searched for. */
  ascii: boolean;
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
  /**
   * The first and last name row of each three first characters (see prefixKey) looked up so far, null for none: the
   * binary search starts there. Found on first use (prefixRun), so loading reads no row.
   */
  prefixes: Map<number, [number, number] | null>;
  /** A Bloom filter of the row names (lib/name-filter.ts): a key it does not hold is searched for in no row. */
  filter: NameFilter;
  /** The rows read so far, by place id (an array: entry() is asked for the same few rows again and again). */
  cache: (GazetteerEntry | null)[];
  /** The states' rows, read on first use (see stateId); shared by the reading copies (see readingIndex). */
  states: StateRows;
  /** Lookups made while one text is read (see readingIndex): a story names the same words again and again. */
  memo?: Map<string, number[] | null>;
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
  return (marked(name) ? unmarked(name) : name).toLowerCase();
}

/** A combining mark. Global, read only by replace (which starts from 0 whatever lastIndex holds); built once: under
 * tsx (esbuild, node20 target) a `\p{…}` literal inside a function is a new RegExp on every call. */
const MARK = /\p{M}/gu;
/** The name without its marks ("Whangārei" → "Whangarei"). */
const unmarked = (key: string) => key.normalize('NFD').replace(MARK, '');

/**
 * A letter with an accent, a macron or another mark: any character outside ASCII, as `/[^\p{ASCII}]/u` reads it (a
 * code unit above 127 is part of such a character), by a loop: V8 runs a late-compiled regexp unoptimised.
 */
function marked(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return true;
  return false;
}

export function parseGazetteer(raw: string): PlaceIndex {
  const starts = lineStarts(raw);
  const header = line(raw, starts, 0).split('\t');
  const placeCount = Number(header[1]);
  const nameHeader = line(raw, starts, placeCount + 1).split('\t');
  if (nameHeader[0] !== '#names') throw new Error('gazetteer: bad format');
  const nameStart = placeCount + 2;
  const nameCount = Number(nameHeader[1]);
  const ascii = header[3] === 'ascii';
  const demonymHeader = nameStart + nameCount;
  const demonymEnd = Math.min(
    starts.length,
    demonymHeader + 1 + Number(line(raw, starts, demonymHeader).split('\t')[1]),
  );
  const demonyms = new Map<string, string>();
  const demonymIds = new Map<string, number>();
  for (let i = demonymHeader + 1; i < demonymEnd; i++) {
    const [written, cc, id] = line(raw, starts, i).split('\t');
    if (!written) continue;
    const d = ascii ? fromAscii(written) : written;
    demonyms.set(d, cc);
    if (id) demonymIds.set(d, Number(id));
  }
  return {
    text: raw,
    starts,
    ascii,
    placeStart: 1,
    placeCount,
    nameStart,
    nameCount,
    aliases: new Map(),
    demonyms,
    demonymIds,
    maxWords: Number(header[2]),
    prefixes: new Map(),
    filter: shippedFilter(raw, starts, demonymEnd) ?? nameFilter(raw, starts, nameStart, nameCount),
    cache: new Array<GazetteerEntry | null>(placeCount).fill(null),
    states: { ids: new Map(), read: false },
  };
}

/** Where each line starts: the newlines found by indexOf, with no string made for a line. */
function lineStarts(text: string): Uint32Array {
  let count = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  const starts = new Uint32Array(count);
  for (let i = 1, at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[i++] = at + 1;
  return starts;
}

/** Line i's text (without its newline). */
function line(text: string, starts: Uint32Array, i: number): string {
  const start = starts[i];
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}

/** The character at `at` of a line starting at `start`, or the tab (9) past the line's end, as prefixKey pads. */
function lineChar(text: string, at: number): number {
  const c = text.charCodeAt(at);
  return c === 10 || c !== c ? 9 : c;
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

/** prefixKey of the row starting at `start`, read in place. */
function rowPrefixKey(text: string, start: number): number {
  const c1 = lineChar(text, start + 1);
  const c2 = c1 !== 9 ? lineChar(text, start + 2) : 9;
  return text.charCodeAt(start) * 4294967296 + c1 * 65536 + c2;
}

/**
 * The name rows whose first three characters are the prefix's: rows are sorted, so they lie together, found by two
 * binary searches the first time the prefix is looked up. Three characters, not two: a run then holds tens of rows,
 * not thousands ("san…"), and a search takes half the steps.
 */
function prefixRun(index: PlaceIndex, prefix: number): [number, number] | null {
  let run = index.prefixes.get(prefix);
  if (run === undefined) {
    // prefixKey is a whole number: the rows after the run are the first whose key is at least one more.
    const first = firstRowFrom(index, prefix);
    const last = firstRowFrom(index, prefix + 1) - 1;
    run = first <= last ? [first, last] : null;
    index.prefixes.set(prefix, run);
  }
  return run;
}

/** The first name row whose prefixKey is `prefix` or more (the row after the last when there is none). */
function firstRowFrom(index: PlaceIndex, prefix: number): number {
  let lo = index.nameStart;
  let hi = index.nameStart + index.nameCount;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (rowPrefixKey(index.text, index.starts[mid]) < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The names of the rows (each row's text before its tab), for the lookup's first test. */
function nameFilter(text: string, starts: Uint32Array, nameStart: number, nameCount: number): NameFilter {
  const filter = newNameFilter();
  for (let i = nameStart; i < nameStart + nameCount; i++)
    addName(filter, text, text.indexOf('\t', starts[i]), starts[i]);
  return filter;
}

/** The filter the file holds after its demonyms, if it was built as this code builds one (FILTER_FORMAT). */
function shippedFilter(text: string, starts: Uint32Array, at: number): NameFilter | null {
  if (at >= starts.length) return null;
  const start = starts[at];
  const head = `#filter\t${FILTER_FORMAT}\t`;
  return text.startsWith(head, start) ? filterFromText(text, start + head.length) : null;
}

/**
 * A name written in ASCII: each character past "~" (and the backslash itself) as a backslash and four hex digits of
 * its UTF-16 code ("são paulo" → "s\00e3o paulo"). One name has one writing and the build sorts the written names, so
 * a key written so is searched for as the name itself would be.
 */
export function asciiName(name: string): string {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 126 || c === 92) return name.replace(/[^\0-[\]-~]/g, hexEscape);
  }
  return name;
}

const hexEscape = (c: string) => `\\${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** The name asciiName wrote. */
function fromAscii(written: string): string {
  return written.includes('\\')
    ? written.replace(/\\([0-9a-f]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : written;
}

/** Place row `id`'s fields. */
const placeFields = (index: PlaceIndex, id: number) =>
  line(index.text, index.starts, index.placeStart + id).split('\t');

export function entry(index: PlaceIndex, id: number): GazetteerEntry {
  let e = index.cache[id];
  if (!e) {
    const [name, lat, lon, country, code, population, admin1] = placeFields(index, id);
    e = {
      name: index.ascii ? fromAscii(name) : name,
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
      const [, , , cc, code, , a1] = placeFields(index, id);
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
  // A name not found is kept as null: one look-up answers both kinds of key seen before.
  const seen = memo.get(key);
  if (seen !== undefined) return seen ?? undefined;
  const ids = lookupName(index, key);
  memo.set(key, ids ?? null);
  return ids;
}

function lookupName(index: PlaceIndex, key: string): number[] | undefined {
  const ids = lookupSpelling(index, key);
  if (ids || !marked(key)) return ids;
  // "Whangārei", "Tortí": a name written with marks the gazetteer lists without ("Whangarei").
  return lookupSpelling(index, unmarked(key));
}

/**
 * A name written with marks that is known only as an English short form without them ("América" read as "America",
 * the United States): inside a longer foreign name ("América Latina") it is no name of its own.
 */
export function foreignFormOfAlias(index: PlaceIndex, key: string): boolean {
  return marked(key) && !lookupSpelling(index, key) && index.aliases.has(unmarked(key));
}

function lookupSpelling(index: PlaceIndex, key: string): number[] | undefined {
  const alias = index.aliases.get(key);
  if (alias) return alias;
  // Every key is looked up (~120 per article): the pattern runs only on keys whose second letter is its t.
  const abbreviation = key.charCodeAt(1) === T ? LEADING_ABBREVIATION.exec(key) : null;
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
const T = 0x74;

function lookupRow(index: PlaceIndex, name: string): number[] | undefined {
  const key = index.ascii ? asciiName(name) : name;
  if (!mayHold(index.filter, key)) return undefined;
  if (!key) return undefined;
  const run = prefixRun(index, prefixKey(key));
  if (!run) return undefined;
  const text = index.text;
  let [lo, hi] = run;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = index.starts[mid];
    const order = compareRow(text, start, key);
    if (order < 0) lo = mid + 1;
    else if (order === 0) {
      const end = text.indexOf('\n', start);
      return text
        .slice(start + key.length + 1, end === -1 ? text.length : end)
        .split(',')
        .map(Number);
    } else hi = mid - 1;
  }
  return undefined;
}

/**
 * The row starting at `start` ("name<TAB>ids") against the key, read in place: below 0 when the row sorts before the
 * key, 0 when the row's name is the key, above 0 when it sorts after. The tab sorts before every character a name
 * holds, so the whole row compares with the key as its name alone would.
 */
function compareRow(text: string, start: number, key: string): number {
  for (let i = 0; i < key.length; i++) {
    const r = text.charCodeAt(start + i);
    // The row ended: it is the key's beginning, which sorts first.
    if (r === 10 || r !== r) return -1;
    const k = key.charCodeAt(i);
    if (r !== k) return r - k;
  }
  return text.charCodeAt(start + key.length) === 9 ? 0 : 1;
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
