// A Bloom filter of a name list (the gazetteer's rows, the knowledge base's keys). Most words a reader looks up are
// in no list ("Trump", "Monday", "Post"), and a lookup that finds nothing still reads a big table spread over the
// heap: the filter turns most of them away first. A key the filter does not hold is in no list; one it holds may be.

/** Three bits per name in 2^21 bits (256 KB): for the gazetteer's 218,000 names a quarter of the bits are set, so
 * about one key in fifty that names nothing is still looked up. */
const BITS = 1 << 21;
const HASHES = 3;

export type NameFilter = Uint32Array;

/**
 * What a filter shipped as text (filterText) was built with: the bits, the hashes and the hash functions' version. A
 * data file's filter built otherwise is not read (the loader builds its own): its bits would turn away names it holds.
 */
export const FILTER_FORMAT = `bloom-${BITS}-${HASHES}-fnv1a-mm1`;

export const newNameFilter = (): NameFilter => new Uint32Array(BITS / 32);

/** Adds the name, or its characters from `start` to `end` (a row's name before its tab, read in a longer text). */
export function addName(filter: NameFilter, name: string, end = name.length, start = 0): void {
  const [a, b] = hashes(name, start, end);
  for (let k = 0; k < HASHES; k++) {
    const bit = (a + k * b) & (BITS - 1);
    filter[bit >>> 5] |= 1 << (bit & 31);
  }
}

/** False when the name was never added. */
export function mayHold(filter: NameFilter, name: string): boolean {
  const [a, b] = hashes(name, 0, name.length);
  for (let k = 0; k < HASHES; k++) {
    const bit = (a + k * b) & (BITS - 1);
    if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** Two hashes of the characters from `start` to `end` (FNV-1a and a multiplicative one, odd), for the filter's bits. */
function hashes(s: string, start: number, end: number): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, (b | 1) >>> 0];
}

/** Base64 digits: the filter shipped in a text data file (filterText, filterFromText), four digits per three bytes. */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The filter's bytes (each word little-endian) as base64 without padding, for a data file built ahead of time. */
export function filterText(filter: NameFilter): string {
  const bytes = filter.length * 4;
  const byteAt = (i: number) => (i < bytes ? (filter[i >>> 2] >>> ((i & 3) * 8)) & 255 : 0);
  const out: string[] = [];
  for (let i = 0; i < bytes; i += 3) {
    const n = (byteAt(i) << 16) | (byteAt(i + 1) << 8) | byteAt(i + 2);
    const digits = Math.min(4, Math.ceil(((bytes - i) * 8) / 6));
    for (let d = 0; d < digits; d++) out.push(DIGITS[(n >>> (18 - 6 * d)) & 63]);
  }
  return out.join('');
}

/** The filter a data file holds as filterText wrote it, read from `text` at `start` (no substring is made). */
export function filterFromText(text: string, start = 0): NameFilter {
  const filter = newNameFilter();
  const value = digitValues();
  const bytes = filter.length * 4;
  let byte = 0;
  for (let at = start; byte < bytes; at += 4) {
    const n =
      (value[text.charCodeAt(at)] << 18) |
      (value[text.charCodeAt(at + 1)] << 12) |
      (value[text.charCodeAt(at + 2) | 0] << 6) |
      value[text.charCodeAt(at + 3) | 0];
    for (let k = 16; k >= 0 && byte < bytes; k -= 8, byte++)
      filter[byte >>> 2] |= ((n >>> k) & 255) << ((byte & 3) * 8);
  }
  return filter;
}

/** Each base64 digit's value by its character code (0 for any other character). */
function digitValues(): Uint8Array {
  const value = new Uint8Array(128);
  for (let d = 0; d < DIGITS.length; d++) value[DIGITS.charCodeAt(d)] = d;
  return value;
}
