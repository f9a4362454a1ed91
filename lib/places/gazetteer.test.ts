import { describe, expect, it } from 'vitest';
import { addName, FILTER_FORMAT, filterFromText, filterText, mayHold, newNameFilter } from '../name-filter';
import { asciiName, entry, lookup, parseGazetteer } from './gazetteer';

/** Places as [display name, lat, lon, ISO2, code, population, admin-1] and the names that find each. */
type Place = [name: string, lat: number, lon: number, cc: string, code: string, pop: number, admin1: string];

/** A gazetteer in the shipped layout, its names written in ASCII as the build writes them, with a filter line. */
function asciiGazetteer(places: Place[], names: Record<string, number[]>, filterLine?: string): string {
  const rows = Object.entries(names)
    .map(([n, ids]) => [asciiName(n), ids.join(',')])
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const filter = newNameFilter();
  for (const [n] of rows) addName(filter, n);
  return [
    `#places\t${places.length}\t2\tascii`,
    ...places.map(([name, ...rest]) => [asciiName(name), ...rest].join('\t')),
    `#names\t${rows.length}`,
    ...rows.map((r) => r.join('\t')),
    '#demonyms\t1',
    `${asciiName('québécois')}\tCA\t2`,
    filterLine ?? `#filter\t${FILTER_FORMAT}\t${filterText(filter)}`,
    '',
  ].join('\n');
}

const PLACES: Place[] = [
  ['São Paulo', -23.5, -46.6, 'BR', 'PPLA', 12_000_000, '27'],
  ['Sao Paulo', 0, 0, 'XX', 'PPL', 1, ''],
  ['Québec', 46.8, -71.2, 'CA', 'ADM1', 8_000_000, '10'],
];
const NAMES = { 'são paulo': [0], 'sao paulo': [1], québec: [2], quebec: [2], 'sao\\00e3o': [1] };

describe('a gazetteer written in ASCII', () => {
  it('writes a name past "~" and the backslash as escapes, and plain names as they are', () => {
    expect(asciiName('são paulo')).toBe('s\\00e3o paulo');
    expect(asciiName('a\\b')).toBe('a\\005cb');
    expect(asciiName('kansas city')).toBe('kansas city');
  });
  it('finds a name written with accents by the name itself, and gives the display name back', () => {
    const g = parseGazetteer(asciiGazetteer(PLACES, NAMES));
    expect(g.ascii).toBe(true);
    expect(lookup(g, 'são paulo')).toEqual([0]);
    expect(lookup(g, 'sao paulo')).toEqual([1]);
    expect(lookup(g, 'québec')).toEqual([2]);
    expect(entry(g, 0).name).toBe('São Paulo');
    expect(entry(g, 2)).toMatchObject({ name: 'Québec', country: 'CA', admin1: '10', population: 8_000_000 });
    expect(g.demonyms.get('québécois')).toBe('CA');
  });
  it('does not take an escape written in the text for the character it stands for', () => {
    const g = parseGazetteer(asciiGazetteer(PLACES, NAMES));
    expect(lookup(g, 's\\00e3o paulo')).toBeUndefined();
    expect(lookup(g, 'sao\\00e3o')).toEqual([1]);
  });
});

/** Whether two filters hold the same bits (toEqual on 65,536 words is slow). */
const sameBits = (a: Uint32Array, b: Uint32Array) => a.length === b.length && a.every((w, i) => w === b[i]);

describe('the names filter shipped in the gazetteer', () => {
  it('is read back bit for bit', () => {
    const filter = newNameFilter();
    for (const n of ['paris', 'são paulo', 'x', '']) addName(filter, n);
    expect(filter.some((w) => w !== 0)).toBe(true);
    expect(sameBits(filterFromText(filterText(filter)), filter)).toBe(true);
    expect(sameBits(filterFromText(`#filter\t${filterText(filter)}`, '#filter\t'.length), filter)).toBe(true);
    expect(sameBits(filterFromText(filterText(newNameFilter())), filter)).toBe(false);
  });
  it('is used when written as this code builds one: an empty one turns every name away', () => {
    const empty = `#filter\t${FILTER_FORMAT}\t${filterText(newNameFilter())}`;
    const g = parseGazetteer(asciiGazetteer(PLACES, NAMES, empty));
    expect(mayHold(g.filter, 'quebec')).toBe(false);
    expect(lookup(g, 'quebec')).toBeUndefined();
  });
  it('is rebuilt from the names when written in another format', () => {
    const other = `#filter\tbloom-other\t${filterText(newNameFilter())}`;
    const g = parseGazetteer(asciiGazetteer(PLACES, NAMES, other));
    expect(lookup(g, 'quebec')).toEqual([2]);
    expect(sameBits(g.filter, parseGazetteer(asciiGazetteer(PLACES, NAMES)).filter)).toBe(true);
  });
});
