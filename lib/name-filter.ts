// A Bloom filter of a name list (the gazetteer's rows, the knowledge base's keys). Most words a reader looks up are
// in no list ("Trump", "Monday", "Post"), and a lookup that finds nothing still reads a big table spread over the
// heap: the filter turns most of them away first. A key the filter does not hold is in no list; one it holds may be.

/** Three bits per name in 2^21 bits (256 KB): for the gazetteer's 218,000 names a quarter of the bits are set, so
 * about one key in fifty that names nothing is still looked up. */
const BITS = 1 << 21;
const HASHES = 3;

export type NameFilter = Uint32Array;

export const newNameFilter = (): NameFilter => new Uint32Array(BITS / 32);

/** Adds the name, or its first `end` characters (a row's name before its tab). */
export function addName(filter: NameFilter, name: string, end = name.length): void {
  const [a, b] = hashes(name, end);
  for (let k = 0; k < HASHES; k++) {
    const bit = (a + k * b) & (BITS - 1);
    filter[bit >>> 5] |= 1 << (bit & 31);
  }
}

/** False when the name was never added. */
export function mayHold(filter: NameFilter, name: string): boolean {
  const [a, b] = hashes(name, name.length);
  for (let k = 0; k < HASHES; k++) {
    const bit = (a + k * b) & (BITS - 1);
    if ((filter[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
  }
  return true;
}

/** Two hashes of the first `end` characters (FNV-1a and a multiplicative one, odd), for the filter's bits. */
function hashes(s: string, end: number): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x5bd1e995;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b + c, 0x5bd1e995) ^ (b >>> 15);
  }
  return [a >>> 0, (b | 1) >>> 0];
}
