// Letter classes read Latin-1 first. A \p{…} class with the u flag is hundreds of ranges, and V8 tests a character of
// a two-byte string against all of them (the engines' texts and windows are two-byte: curly quotes, masked points).
// Most characters an article holds are Latin-1 (ASCII letters, spaces, marks): a class of the Latin-1 characters the
// atom matches answers them, and the atom itself reads only characters beyond Latin-1. The same characters match,
// each one way only (no second path for the engine to backtrack through), so the pattern's matches are the same.

// A character beyond Latin-1 ahead. Inside a look-behind too: there the atom, last in its sequence, is matched first
// (backward), and the look-ahead then reads the character the atom read.
const BEYOND = '(?=[^\\0-\\xff])';

const hex = (c: number) => `\\x${c.toString(16).padStart(2, '0')}`;

/** The Latin-1 characters `atom` (a class or a \p{…} escape) matches, as the body of a class ('' for none). */
function latinPart(atom: string, flags: string): string {
  const re = new RegExp(`^(?:${atom})$`, flags);
  const ranges: string[] = [];
  let start = -1;
  for (let c = 0; c <= 256; c++) {
    const inside = c < 256 && re.test(String.fromCharCode(c));
    if (inside && start < 0) start = c;
    if (!inside && start >= 0) {
      ranges.push(start === c - 1 ? hex(start) : `${hex(start)}-${hex(c - 1)}`);
      start = -1;
    }
  }
  return ranges.join('');
}

/**
 * Atoms already split, by flags and atom: the patterns share most of theirs (\p{Lu}, [\p{L}'’-]), and a split
 * compiles its atom once, at load.
 */
const splits = new Map<string, string>();

/** `atom` as its Latin-1 class or, beyond Latin-1, itself. */
function split(atom: string, flags: string): string {
  const key = `${flags} ${atom}`;
  let done = splits.get(key);
  if (done === undefined) {
    const latin = latinPart(atom, flags);
    done = latin ? `(?:[${latin}]|${BEYOND}${atom})` : `${BEYOND}${atom}`;
    splits.set(key, done);
  }
  return done;
}

const PROPERTY = /^\\[pP]\{[^}]*\}/;
// Any other escape, copied whole: \u{…}, \uXXXX, \xXX, \cX, \k<name>, a back-reference, one character.
const OTHER_ESCAPE = /^\\(?:u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|\d+|[^])/;

/** The source of a u-flag pattern with its \p{…} escapes, and the classes that hold one, read Latin-1 first. */
export function latinFirstSource(source: string, flags: string): string {
  const testFlags = flags.replace(/[gy]/g, '');
  let out = '';
  for (let i = 0; i < source.length;) {
    if (source[i] === '\\') {
      const escape = (PROPERTY.exec(source.slice(i, i + 64)) ?? OTHER_ESCAPE.exec(source.slice(i, i + 16)))![0];
      out += escape[1] === 'p' || escape[1] === 'P' ? split(escape, testFlags) : escape;
      i += escape.length;
    } else if (source[i] === '[') {
      let end = source[i + 1] === '^' ? i + 2 : i + 1;
      for (; end < source.length && source[end] !== ']'; end++) if (source[end] === '\\') end++;
      const cls = source.slice(i, end + 1);
      out += /\\[pP]\{/.test(cls) ? split(cls, testFlags) : cls;
      i = end + 1;
    } else out += source[i++];
  }
  return out;
}

/**
 * `pattern` (u flag, no i or v flag) with its letter classes read Latin-1 first: the same matches, faster on the
 * two-byte texts the engines read. For the patterns an article runs most.
 */
export function latinFirst(pattern: RegExp): RegExp {
  if (!pattern.unicode || pattern.ignoreCase || pattern.flags.includes('v'))
    throw new Error(`latinFirst: a u-flag pattern without i or v: ${pattern}`);
  return new RegExp(latinFirstSource(pattern.source, pattern.flags), pattern.flags);
}
